#include "insightspage.h"

#include "document/projectdocument.h"
#include "heatmapwidget.h"
#include "main/mainwindow.h"
#include "quality/qualityanalyzer.h"
#include "quality/textscan.h"
#include "util/money.h"
#include "util/translations.h"
#include "util/workpools.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QBarLegendMarker>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent>
#ifdef PS_HAVE_QTSVG
#include <QSvgGenerator>
#endif

#include <cmath>

namespace {

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(220, 160);
    view->chart()->setMargins(QMargins(4, 4, 4, 4));
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Lines up the plot areas of two charts stacked in a column: their value labels differ in width
// ("1000" against "$0.080"), so each plot area would start at its own x under one time axis.
// The chart whose plot area would start further left gets that much more left margin; this
// follows every layout of either (a resize, new labels).
void alignPlotAreas(QChart *a, QChart *b)
{
    const int base = a->margins().left();
    auto align = [a, b, base] {
        if (a->plotArea().isEmpty() || b->plotArea().isEmpty())
            return;   // not laid out yet
        // Where each plot area starts with the base margin alone.
        const qreal naturalA = a->plotArea().left() - (a->margins().left() - base);
        const qreal naturalB = b->plotArea().left() - (b->margins().left() - base);
        const qreal left = std::max(naturalA, naturalB);
        for (const auto &[chart, natural] : {std::pair(a, naturalA), std::pair(b, naturalB)}) {
            QMargins margins = chart->margins();
            const int wanted = base + qRound(left - natural);
            if (margins.left() != wanted) {
                margins.setLeft(wanted);
                chart->setMargins(margins);
            }
        }
    };
    QObject::connect(a, &QChart::plotAreaChanged, a, align);
    QObject::connect(b, &QChart::plotAreaChanged, b, align);
}

// One distinct hue per tier, in the plan's order; readable on light and dark backgrounds.
QColor tierColor(int index)
{
    static const QColor colors[] = {QColor(0x3d, 0x7e, 0xdb), QColor(0x2e, 0xa0, 0x6b), QColor(0xe0, 0x8a, 0x1e),
                                    QColor(0x9b, 0x59, 0xb6), QColor(0xd0, 0x4a, 0x5a), QColor(0x7f, 0x8c, 0x8d)};
    return colors[index % int(std::size(colors))];
}

// Histogram of `values` in about `bins` equal bins from the smallest value (a label is its
// bin's lower bound): labels and counts. Starting at 0 would leave most bins empty when every
// user message is 7 or 8 tokens long.
QPair<QStringList, QList<qreal>> histogram(const QList<int> &values, int bins)
{
    QStringList labels;
    QList<qreal> counts;
    if (values.isEmpty())
        return {labels, counts};
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const int min = *low;
    const int width = std::max(1, (*high - min + bins) / bins);
    const int start = min - min % width;   // bounds on multiples of the width: 12, 16, 20…
    counts.fill(0, (*high - start) / width + 1);
    for (int v : values)
        counts[(v - start) / width] += 1;
    for (int i = 0; i < counts.size(); ++i)
        labels << QString::number(start + i * width);
    return {labels, counts};
}

// Removes a chart's series and axes before it is drawn again.
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);   // the chart gives the axis back: it is ours to delete
        delete axis;
    }
}

// A value axis of counts from 0 to a little above `largest`, in whole round steps (1, 2 or 5
// times a power of ten, about four of them). Qt's nice numbers may step by 0.25 or 2.5, which
// "%d" prints as "0 0 1 1" or "0 2 5 7 10".
void countAxis(QValueAxis *axis, qreal largest)
{
    const double most = std::max(1.0, double(largest));
    const double rough = most / 4;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * power;
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * power >= rough) {
            step = m * power;
            break;
        }
    }
    step = std::max(1.0, step);
    const double top = std::ceil(most * 1.05 / step) * step;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
}

void setBars(QChart *chart, const QStringList &labels, const QList<qreal> &values, const QString &name, const QColor &color)
{
    clearChart(chart);
    auto *set = new QBarSet(name);
    set->append(values);
    set->setColor(color);
    set->setBorderColor(color);
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    // Whole labels: Qt Charts cuts one well before it fills its slot ("unrevi..."). These
    // charts have short ones (statuses, the histograms' numbers); names go across
    // (setHorizontalBars).
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    // An empty chart still needs a finite range, or Qt Charts computes NaN ticks.
    double top = 1;
    for (qreal v : values)
        top = std::max(top, double(v));
    countAxis(y, top);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(false);
}

// One bar across per label, the first label at the top, each name whole on the left: for names
// of any length and number (characters, categories). `top` fixes the value axis's end.
QHorizontalBarSeries *setHorizontalBars(QChart *chart, const QStringList &labels, const QList<qreal> &values, const QString &name,
                                        const QColor &color, qreal top = 0)
{
    clearChart(chart);
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    QStringList reversed;
    qreal largest = 1;
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        reversed << labels.at(i);
        set->append(values.value(i));
        largest = std::max(largest, values.value(i));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(reversed);
    y->setTruncateLabels(false);
    // A size smaller, so that Qt Charts does not leave out every other name for want of room
    // (15 characters in about 250 px).
    QFont small = y->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    y->setLabelsFont(small);
    auto *x = new QValueAxis;
    if (top > 0) {
        x->setLabelFormat(QStringLiteral("%d"));
        x->setRange(0, top);
        x->setTickCount(5);
    } else {
        countAxis(x, largest);
    }
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
    return series;
}

// The quality flags table's columns: the character, its records, its canon coverage, one per flag.
enum { FlagRecordsColumn = 1, FlagCanonColumn = 2, FlagFirstColumn = 3 };

// A row of the quality tables: a column holding a number in Qt::UserRole sorts by it, not by
// its text ("9%" after "50%", "145" before "58").
class NumberedItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant a = data(column, Qt::UserRole), b = other.data(column, Qt::UserRole);
        if (a.isValid() && b.isValid())
            return a.toDouble() < b.toDouble();
        return QTreeWidgetItem::operator<(other);
    }
    // Shows `text` and sorts by `value`.
    void setNumber(int column, const QString &text, double value)
    {
        setText(column, text);
        setData(column, Qt::UserRole, value);
        setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
};

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setSortingEnabled(true);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

} // namespace

InsightsPage::InsightsPage(QWidget *parent)
    : ModePage(parent)
    , m_tabs(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_runButton(new QPushButton(QIcon::fromTheme(QStringLiteral("system-run")), tr("Run &quality checks"), this))
    , m_progress(new QProgressBar(this))
    , m_exportButton(new QToolButton(this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_runButton->setToolTip(tr("Check every record for tics, duplicates, refusals and voice distinctness, and flag them for review"));
    connect(m_runButton, &QPushButton::clicked, this, &InsightsPage::runQualityChecks);
    m_exportButton->setText(tr("E&xport Chart"));
    m_exportButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("As &PNG…"), this, [this] { exportDialog(false); });
#ifdef PS_HAVE_QTSVG
    exportMenu->addAction(tr("As &SVG…"), this, [this] { exportDialog(true); });
#endif
    m_exportButton->setMenu(exportMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progress);
    top->addWidget(m_runButton);
    top->addWidget(m_exportButton);

    // Characters: target, stored and accepted per character.
    m_overview = makeView(m_tabs);
    m_tabs->addTab(m_overview, tr("Characters"));

    // The selected character.
    auto *characterTab = new QWidget(m_tabs);
    auto *characterLayout = new QGridLayout(characterTab);
    m_characterTitle = new QLabel(characterTab);
    m_characterTitle->setWordWrap(true);
    m_categories = makeView(characterTab);
    m_statuses = makeView(characterTab);
    m_replyLengths = makeView(characterTab);
    m_inputLengths = makeView(characterTab);
    characterLayout->addWidget(m_characterTitle, 0, 0, 1, 2);
    characterLayout->addWidget(m_categories, 1, 0);
    characterLayout->addWidget(m_statuses, 1, 1);
    characterLayout->addWidget(m_replyLengths, 2, 0);
    characterLayout->addWidget(m_inputLengths, 2, 1);
    m_tabs->addTab(characterTab, tr("Character"));

    // Over time.
    auto *timeTab = new QWidget(m_tabs);
    auto *timeLayout = new QVBoxLayout(timeTab);
    m_perMinute = makeView(timeTab);
    m_cost = makeView(timeTab);
    timeLayout->addWidget(m_perMinute);
    timeLayout->addWidget(m_cost);
    alignPlotAreas(m_perMinute->chart(), m_cost->chart());   // one time axis, one x for a time
    m_tabs->addTab(timeTab, tr("Over Time"));

    // Quality.
    // Named: the window keeps their sizes between sessions.
    auto *qualityTab = new QSplitter(Qt::Vertical, m_tabs);
    m_qualityTab = qualityTab;
    qualityTab->setObjectName(QStringLiteral("insightsQuality"));
    auto *upper = new QSplitter(Qt::Horizontal, qualityTab);
    upper->setObjectName(QStringLiteral("insightsQualityUpper"));
    m_distinctness = makeView(upper);
    m_heatMap = new HeatMapWidget(upper);
    connect(m_heatMap, &HeatMapWidget::characterClicked, this, &InsightsPage::characterRequested);
    upper->addWidget(m_distinctness);
    upper->addWidget(m_heatMap);
    upper->setSizes({380, 430});   // the chart's names and bars, the heat map's names and grid
    auto *lower = new QWidget(qualityTab);
    auto *lowerLayout = new QGridLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_qualityNote = new QLabel(tr("No quality checks yet — press Run quality checks."), lower);
    m_qualityNote->setWordWrap(true);
    m_pairs = makeTree({tr("Character"), tr("Sounds like"), tr("Similarity")}, lower);
    m_phrases = makeTree({tr("Character"), tr("Phrase"), tr("Share")}, lower);
    QStringList flagHeaders{tr("Character"), tr("Records"), tr("Canon")};
    for (const QString &f : QualityFlags::names())
        flagHeaders << f;
    m_flags = makeTree(flagHeaders, lower);
    for (QTreeWidget *tree : {m_pairs, m_phrases, m_flags})
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openReviewFor(item->text(0)); });
    lowerLayout->addWidget(m_qualityNote, 0, 0, 1, 3);
    lowerLayout->addWidget(m_pairs, 1, 0);
    lowerLayout->addWidget(m_phrases, 1, 1);
    lowerLayout->addWidget(m_flags, 2, 0, 1, 2);
    lowerLayout->setColumnStretch(0, 2);   // the pairs' three columns
    lowerLayout->setColumnStretch(1, 3);
    qualityTab->addWidget(upper);
    qualityTab->addWidget(lower);
    m_tabs->addTab(qualityTab, tr("Quality"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    // Counts refresh shortly after the data changes: a run stores records several times a second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InsightsPage::refreshNow);
    connect(&m_dataWatcher, &QFutureWatcher<InsightsData>::finished, this, [this] {
        showData(m_dataWatcher.result());
        if (m_refreshAgain) {
            m_refreshAgain = false;
            scheduleRefresh();
        }
    });
    connect(&m_qualityWatcher, &QFutureWatcher<std::optional<QualityReport>>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_qualityWatcher, &QFutureWatcher<std::optional<QualityReport>>::progressTextChanged, m_progress, &QProgressBar::setFormat);
    connect(&m_qualityWatcher, &QFutureWatcher<std::optional<QualityReport>>::finished, this, [this] {
        m_progress->setVisible(false);
        m_runButton->setEnabled(m_document != nullptr);
        const std::optional<QualityReport> result = m_qualityWatcher.future().resultCount() ? m_qualityWatcher.result() : std::nullopt;
        if (result) {
            m_report = result;
            showQuality();
            emit recordsChanged(); // the flags are on the records now
        } else {
            m_qualityNote->setText(tr("The quality checks failed: %1").arg(m_qualityError));
        }
        emit qualityFinished();
    });
    restyleAll();
    setDocument(nullptr);
}

InsightsPage::~InsightsPage()
{
    // The workers read the project by value and their own connections; only wait for them.
    m_dataWatcher.waitForFinished();
    m_qualityWatcher.waitForFinished();
}

void InsightsPage::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_report.reset();
    m_runButton->setEnabled(document != nullptr && !isRunning());
    m_exportButton->setEnabled(document != nullptr);
    m_heatMap->setMatrix({}, {});
    for (QTreeWidget *tree : {m_pairs, m_phrases, m_flags})
        tree->clear();
    m_qualityNote->setText(tr("No quality checks yet — press Run quality checks."));
    if (!document) {
        m_summary->setText(tr("No project open."));
        return;
    }
    connect(document, &ProjectDocument::planChanged, this, &InsightsPage::scheduleRefresh, Qt::UniqueConnection);
    refreshNow();
}

void InsightsPage::setCurrentCharacter(const QString &name)
{
    if (name == m_character)
        return;
    m_character = name;
    scheduleRefresh();
}

void InsightsPage::activated()
{
    refreshNow();
}

void InsightsPage::recordsUpdated()
{
    scheduleRefresh();
}

void InsightsPage::scheduleRefresh()
{
    if (m_document && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void InsightsPage::refreshNow()
{
    m_refreshTimer.stop();
    if (!m_document)
        return;
    // Hidden, there is nothing to show: activated() reads the data when the mode is shown. (At a
    // million records a reading takes a core for seconds; a run stores records all the time.)
    if (!isVisible())
        return;
    if (m_dataWatcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const QString path = m_document->project().databasePath();
    const QString character = m_character;
    m_dataWatcher.setFuture(QtConcurrent::run(WorkPools::background(), [path, character] { return InsightsData::load(path, character); }));
}

bool InsightsPage::isRunning() const
{
    return m_qualityWatcher.isRunning();
}

void InsightsPage::runQualityChecks()
{
    if (!m_document || isRunning())
        return;
    m_runButton->setEnabled(false);
    m_tabs->setCurrentWidget(m_qualityTab);   // where the results appear
    m_progress->setValue(0);
    m_progress->setFormat(tr("Reading records"));
    m_progress->setVisible(true);
    m_qualityError.clear();
    const Project project = m_document->project();
    m_qualityWatcher.setFuture(QtConcurrent::run(WorkPools::background(), [this, project](QPromise<std::optional<QualityReport>> &promise) {
        promise.setProgressRange(0, 100);
        QString error;
        std::optional<QualityReport> report = QualityAnalyzer::run(project, {}, [&promise](int percent, const QString &stage) {
            promise.setProgressValueAndText(percent, stage);
        }, &error);
        if (!report)
            m_qualityError = error; // read after finished(), when this thread is done with it
        promise.addResult(std::move(report));
    }));
}

void InsightsPage::showData(const InsightsData &data)
{
    if (!m_document)
        return;
    int stored = 0, accepted = 0;
    for (int v : data.stored)
        stored += v;
    for (int v : data.accepted)
        accepted += v;
    if (stored == 0)
        m_summary->setText(tr("No records yet — open Generate to start a run, or import a dataset."));
    else if (data.imported == 0)
        m_summary->setText(tr("%Ln record(s) stored, %1 accepted.", nullptr, stored).arg(QLocale().toString(accepted)));
    else if (data.imported == stored)
        m_summary->setText(tr("%Ln record(s) stored, all imported, %1 accepted.", nullptr, stored).arg(QLocale().toString(accepted)));
    else
        m_summary->setText(tr("%Ln record(s) stored (%1 generated, %2 imported), %3 accepted.", nullptr, stored)
                               .arg(QLocale().toString(stored - data.imported), QLocale().toString(data.imported), QLocale().toString(accepted)));
    showOverview(data);
    showCharacter(data);
    showTimeline(data);
    emit dataRefreshed();
}

void InsightsPage::showOverview(const InsightsData &data)
{
    const Project &project = m_document->project();
    QChart *chart = m_overview->chart();
    clearChart(chart);
    chart->setTitle(tr("Records per character: solid accepted, light not reviewed yet, grey rejected, ◆ target"));

    // Characters grouped by tier, in the plan's order; then the personas that have records but
    // no sheet in the project (an imported dataset's), by name, as a group of their own.
    QSet<QString> characters;
    for (const CharacterEntry &c : project.characters)
        characters.insert(c.name);
    const QString noSheet = tr("no sheet");
    auto tierOf = [&](const QString &name) { return characters.contains(name) ? project.tierOf(name) : noSheet; };
    QStringList names;
    QStringList tiers;
    for (const Tier &t : project.tiers)
        tiers << t.name;
    for (const QString &tier : std::as_const(tiers))
        for (const CharacterEntry &c : project.characters)
            if (project.tierOf(c.name) == tier)
                names << c.name;
    for (const CharacterEntry &c : project.characters)
        if (!names.contains(c.name)) {
            names << c.name;
            if (!tiers.contains(project.tierOf(c.name)))
                tiers << project.tierOf(c.name);
        }
    QStringList sheetless;
    for (auto it = data.stored.cbegin(); it != data.stored.cend(); ++it) {
        if (it.value() > 0 && !characters.contains(it.key()))
            sheetless << it.key();   // QMap: already by name
    }
    if (!sheetless.isEmpty()) {
        names << sheetless;
        tiers << noSheet;
    }
    // A bar and its label are readable up to a few dozen (narrower slots lose their first
    // label): from more (a role-play dataset brings thousands of personas) the planned
    // characters keep theirs, then those with the most records; the others are counted above
    // the chart.
    constexpr qsizetype MaxBars = 40;
    if (names.size() > MaxBars) {
        QStringList planned, others;
        for (const QString &name : std::as_const(names))
            (characters.contains(name) && project.targetFor(name) > 0 ? planned : others) << name;
        std::stable_sort(others.begin(), others.end(), [&](const QString &a, const QString &b) { return data.stored.value(a) > data.stored.value(b); });
        QStringList left = planned.mid(MaxBars) + others.mid(std::max<qsizetype>(0, MaxBars - planned.size()));
        QSet<QString> leftOut(left.cbegin(), left.cend());
        qint64 leftRecords = 0;
        for (const QString &name : std::as_const(left))
            leftRecords += data.stored.value(name);
        const qsizetype all = names.size();
        names.removeIf([&](const QString &name) { return leftOut.contains(name); });
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("The chart shows %1 of %2: the planned characters, then those with the most records; %Ln other(s) "
                                "with %3 are left out.",
                                nullptr, int(left.size()))
                                 .arg(QLocale().toString(qlonglong(names.size())), QLocale().toString(qlonglong(all)),
                                      tr("%Ln record(s)", nullptr, pluralCount(leftRecords))));
    }

    // One stacked pair of sets per tier: a character has values only in its own tier's sets,
    // so each bar takes its tier's colour. The rejected records, which do not count toward the
    // target (the character list's count leaves them out too), sit on top in grey.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    QList<QBarSet *> lightSets;
    qreal maxValue = 1;
    auto *rejected = new QBarSet(tr("rejected"));
    {
        const QColor grey = palette().color(QPalette::Mid);
        QColor pale = grey;
        pale.setAlphaF(0.45f);
        rejected->setColor(pale);
        rejected->setBorderColor(grey);
    }
    for (int t = 0; t < tiers.size(); ++t) {
        // A tier without characters has nothing to draw and no place in the legend; the others
        // keep their colours (by the tier's place in the plan).
        if (std::none_of(names.cbegin(), names.cend(), [&](const QString &name) { return tierOf(name) == tiers.at(t); }))
            continue;
        auto *solid = new QBarSet(tiers.at(t));
        auto *light = new QBarSet(tr("%1, not accepted").arg(tiers.at(t)));
        const QColor color = tierColor(t);
        solid->setColor(color);
        solid->setBorderColor(color);
        QColor pale = color;
        pale.setAlphaF(0.35f);
        light->setColor(pale);
        light->setBorderColor(color);
        for (const QString &name : std::as_const(names)) {
            const bool own = tierOf(name) == tiers.at(t);
            const int s = data.stored.value(name), r = std::min(s, data.rejected.value(name));
            const int a = std::min(s - r, data.accepted.value(name));
            solid->append(own ? a : 0);
            light->append(own ? s - r - a : 0);
            maxValue = std::max<qreal>(maxValue, s);
        }
        series->append(solid);
        series->append(light);
        lightSets << light;
    }
    for (const QString &name : std::as_const(names))
        rejected->append(std::min(data.stored.value(name), data.rejected.value(name)));
    series->append(rejected);
    auto *targets = new QScatterSeries;
    targets->setName(tr("Target"));
    targets->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);   // the title's ◆
    targets->setMarkerSize(11);
    targets->setColor(palette().color(QPalette::WindowText));
    targets->setBorderColor(palette().color(QPalette::Window));
    for (int i = 0; i < names.size(); ++i) {
        const int target = characters.contains(names.at(i)) ? project.targetFor(names.at(i)) : 0;
        if (target > 0)   // no target (a count of 0, no tier): no mark on the axis
            targets->append(i, target);
        maxValue = std::max<qreal>(maxValue, target);
    }
    chart->addSeries(series);
    chart->addSeries(targets);
    for (QLegendMarker *marker : chart->legend()->markers(targets))
        marker->setShape(QLegend::MarkerShapeFromSeries);   // a diamond in the legend too
    // Short names fit under the bars: "Olga Solis" → "Olga", "Ambassador Questa" → "Questa" —
    // unless two names share it (a category axis takes each label once: a repeated one would
    // shift every bar after it), then the whole names.
    QStringList shortNames;
    QHash<QString, int> shortUses;
    for (const QString &name : std::as_const(names)) {
        const QStringList forms = TextScan::nameForms(name);
        shortNames << (forms.size() > 1 ? forms.at(1) : name);
        ++shortUses[shortNames.constLast()];
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (shortUses.value(shortNames.at(i)) > 1)
            shortNames[i] = names.at(i);
    }
    auto *x = new QBarCategoryAxis;
    x->append(shortNames);
    // Slanted from eleven names; upright from 25, where a slanted label is wider than its slot
    // and the chart would drop the first and the last (they would reach past the axis).
    x->setLabelsAngle(names.size() > 24 ? -90 : names.size() > 10 ? -45 : 0);
    // Slanted, a name has room beyond its slot: "Glordon", not "Glor...".
    x->setTruncateLabels(names.size() <= 10);
    auto *y = new QValueAxis;
    countAxis(y, maxValue);
    // The scatter sits on the same category slots: an invisible value axis from −0.5 to n − 0.5.
    auto *slotAxis = new QValueAxis;
    slotAxis->setRange(-0.5, names.size() - 0.5);
    slotAxis->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(slotAxis, Qt::AlignTop);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    targets->attachAxis(slotAxis);
    targets->attachAxis(y);
    chart->legend()->setVisible(true);
    for (QLegendMarker *marker : chart->legend()->markers(series)) {
        if (auto *bar = qobject_cast<QBarLegendMarker *>(marker); bar && lightSets.contains(bar->barset()))
            marker->setVisible(false);
    }
    connect(series, &QStackedBarSeries::clicked, this, [this, names](int index, QBarSet *) {
        if (index >= 0 && index < names.size())
            openReviewFor(names.at(index));
    });
    styleChart(chart);
}

void InsightsPage::showCharacter(const InsightsData &data)
{
    const QColor accent = palette().color(QPalette::Highlight);
    if (data.character.isEmpty()) {
        m_characterTitle->setText(tr("Select a character in the list to see its records."));
    } else {
        m_characterTitle->setText(tr("<b>%1</b> — %n record(s); generation tokens %2 prompt + %3 completion; cost %4",
                                     nullptr, int(data.replyTokens.size()))
                                      .arg(data.character.toHtmlEscaped(), QLocale().toString(data.promptTokens),
                                           QLocale().toString(data.completionTokens), Money::usd(data.cost, 4)));
    }
    setHorizontalBars(m_categories->chart(), data.byCategory.keys(), [&] {
        QList<qreal> v;
        for (int n : data.byCategory)
            v << n;
        return v;
    }(), tr("Records"), accent);
    m_categories->chart()->setTitle(tr("Records by category"));
    QStringList statuses{QStringLiteral("unreviewed"), QStringLiteral("accepted"), QStringLiteral("edited"), QStringLiteral("rejected")};
    QList<qreal> statusCounts;
    for (const QString &s : statuses)
        statusCounts << data.byStatus.value(s);
    setBars(m_statuses->chart(), {tr("unreviewed"), tr("accepted"), tr("edited"), tr("rejected")}, statusCounts, tr("Records"), accent);
    m_statuses->chart()->setTitle(tr("Records by review status"));
    const auto replies = histogram(data.replyTokens, 12);
    setBars(m_replyLengths->chart(), replies.first, replies.second, tr("Replies"), tierColor(1));
    m_replyLengths->chart()->setTitle(tr("Reply length (tokens)"));
    const auto inputs = histogram(data.inputTokens, 12);
    setBars(m_inputLengths->chart(), inputs.first, inputs.second, tr("User messages"), tierColor(2));
    m_inputLengths->chart()->setTitle(tr("User message length (tokens)"));
    for (QChartView *v : {m_categories, m_statuses, m_replyLengths, m_inputLengths})
        styleChart(v->chart());
}

void InsightsPage::showTimeline(const InsightsData &data)
{
    // Both charts share one time axis range, so a minute's records sit above its cost.
    using Points = QList<QPair<QDateTime, qreal>>;
    auto timeChart = [this](QChart *chart, const QString &title, const QString &name, const Points &points, const QString &format,
                            const QDateTime &from, const QDateTime &to) {
        clearChart(chart);
        chart->setTitle(title);
        auto *series = new QLineSeries;
        series->setName(name);
        QPen pen(palette().color(QPalette::Highlight));
        pen.setWidthF(2);
        series->setPen(pen);
        // A short run is a few points: each one marked, so a single minute still shows.
        series->setPointsVisible(points.size() <= 60);
        qreal max = 0;
        for (const auto &p : points) {
            series->append(qreal(p.first.toMSecsSinceEpoch()), p.second);
            max = std::max(max, p.second);
        }
        chart->addSeries(series);
        auto *x = new QDateTimeAxis;
        x->setTickCount(5);
        // Ticks a few minutes apart would repeat "13:04" at minute precision: the format
        // follows the span (a run of minutes, a working day, several days).
        const qint64 span = from.secsTo(to);
        x->setFormat(span < 10 * 60 ? QStringLiteral("HH:mm:ss") : span < 24 * 3600 ? QStringLiteral("HH:mm") : QStringLiteral("MMM d HH:mm"));
        if (from.isValid() && to.isValid())
            x->setRange(from, to);
        auto *y = new QValueAxis;
        if (format == QLatin1String("%d")) {
            countAxis(y, max);   // whole records
        } else {
            // Nice steps from 0 to just above the largest value ($0.08 for a $0.07 run, not $1.10).
            y->setRange(0, max > 0 ? max * 1.05 : 1);
            y->applyNiceNumbers();
            y->setLabelFormat(format);
        }
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->setVisible(false);
        styleChart(chart);
    };
    // Each minute's count at the middle of its minute. Minutes without records are 0: the line
    // rises from 0 before a run, drops to 0 after it (unless the minute is still going) and
    // between two runs, instead of bridging the hours between them at the last minute's height.
    Points minutes;
    const QDateTime thisMinute = QDateTime::currentDateTime().addSecs(-QDateTime::currentDateTime().time().second());
    for (const auto &p : data.perMinute) {
        const QDateTime middle = p.first.toLocalTime().addSecs(30);
        if (minutes.isEmpty()) {
            minutes.append({middle.addSecs(-60), 0});
        } else if (minutes.last().first.secsTo(middle) > 60) {
            const QDateTime after = minutes.last().first.addSecs(60);
            minutes.append({after, 0});
            if (after.secsTo(middle) > 60)
                minutes.append({middle.addSecs(-60), 0});
        }
        minutes.append({middle, qreal(p.second)});
    }
    if (!data.perMinute.isEmpty() && data.perMinute.last().first.toLocalTime() < thisMinute)
        minutes.append({minutes.last().first.addSecs(60), 0});
    Points cost;
    for (const auto &p : data.cumulativeCost)
        cost.append({p.first.toLocalTime(), p.second});
    QDateTime from, to;
    for (const Points *points : {&minutes, &cost}) {
        if (points->isEmpty())
            continue;
        if (!from.isValid() || points->first().first < from)
            from = points->first().first;
        if (!to.isValid() || points->last().first > to)
            to = points->last().first;
    }
    if (from.isValid()) {
        from = from.addSecs(-30);
        to = to.addSecs(30);
    }
    timeChart(m_perMinute->chart(), tr("Records generated per minute"), tr("Records"), minutes, QStringLiteral("%d"), from, to);
    const qreal totalCost = cost.isEmpty() ? 0 : cost.last().second;
    timeChart(m_cost->chart(), tr("Cumulative cost (USD)"), tr("Cost"), cost, totalCost < 0.1 ? QStringLiteral("$%.3f") : QStringLiteral("$%.2f"), from, to);
}

void InsightsPage::showQuality()
{
    if (!m_report)
        return;
    const QualityReport &r = *m_report;
    // The characters voice distinctness compared (all with records, or from many personas
    // those with the most); the tables below list every one.
    QStringList names;
    QList<qreal> values;
    for (const int i : r.measured) {
        const auto &p = r.personas.at(i);
        names << p.name;
        values << (p.distinctness < 0 ? 0 : p.distinctness * 100);
    }
    std::vector<int> rows;
    for (int i = 0; i < r.personas.size(); ++i) {
        if (r.personas.at(i).records > 0)
            rows.push_back(i);
    }
    // One row per character, in the plan's order from the top, beside the heat map's rows.
    {
        QChart *chart = m_distinctness->chart();
        QHorizontalBarSeries *series = setHorizontalBars(chart, names, values, tr("Distinctness"), palette().color(QPalette::Highlight), 100);
        chart->setTitle(tr("Voice distinctness"));
        if (QAbstractAxis *x = chart->axes(Qt::Horizontal).value(0))
            x->setTitleText(tr("% of replies told apart"));
        // The series' index counts from the bottom.
        connect(series, &QHorizontalBarSeries::clicked, this,
                [this, names](int index, QBarSet *) { openReviewFor(names.value(names.size() - 1 - index)); });
        styleChart(chart);
    }

    m_heatMap->setMatrix(names, r.similarity);

    for (QTreeWidget *tree : {m_pairs, m_phrases, m_flags}) {
        tree->setSortingEnabled(false);
        tree->clear();
    }
    for (const auto &pair : r.confusablePairs) {
        auto *item = new NumberedItem(m_pairs, {pair.a, pair.b});
        item->setNumber(2, QLocale().toString(pair.similarity, 'f', 3), pair.similarity);
    }
    const QLocale locale;
    for (int i : rows) {
        const auto &p = r.personas.at(i);
        for (const auto &ph : p.overusedPhrases) {
            auto *item = new NumberedItem(m_phrases, {p.name, ph.text});
            item->setNumber(2, locale.toString(qRound(ph.share * 100)) + locale.percent(), ph.share);
        }
        auto *item = new NumberedItem(m_flags, {p.name});
        item->setNumber(FlagRecordsColumn, locale.toString(p.records), p.records);
        // Canon coverage: the share of replies naming someone or something of the sheet; a sheet
        // that names nobody has none to cover.
        if (p.hasCanon)
            item->setNumber(FlagCanonColumn, locale.toString(qRound(p.canonCoverage * 100)) + locale.percent(), p.canonCoverage);
        else
            item->setNumber(FlagCanonColumn, QStringLiteral("–"), -1);
        item->setToolTip(FlagCanonColumn, tr("Replies that name someone or something of the character's sheet (its canon)"));
        for (int f = 0; f < QualityFlags::Count; ++f)
            item->setNumber(FlagFirstColumn + f, locale.toString(p.flags[size_t(f)]), p.flags[size_t(f)]);
    }
    QStringList unknown;
    for (const auto &n : r.unknownNames.mid(0, 8))
        unknown << QStringLiteral("%1 (%2)").arg(n.first).arg(n.second);
    int cross = 0;
    for (const auto &g : r.duplicateGroups)
        cross += g.crossCharacter;
    QString note = tr("%Ln record(s) checked in %1 s. Near-duplicate groups: %2 (%3 across characters). Names in no sheet: %4. "
                      "Double-click a row to review that character.",
                      nullptr, pluralCount(r.records))
                       .arg(QLocale().toString(r.seconds, 'f', 1), QLocale().toString(r.duplicateGroups.size()), QLocale().toString(cross),
                            unknown.isEmpty() ? tr("none") : unknown.join(QStringLiteral(", ")));
    if (r.measured.size() < rows.size())
        note += QLatin1Char(' ')
                + tr("Voice distinctness compares the %1 personas with the most records, of %2.")
                      .arg(QLocale().toString(qlonglong(r.measured.size())), QLocale().toString(qlonglong(rows.size())));
    m_qualityNote->setText(note);
    // Most similar pairs and most shared phrases first, characters by name.
    m_pairs->sortByColumn(2, Qt::DescendingOrder);
    m_phrases->sortByColumn(2, Qt::DescendingOrder);
    m_flags->sortByColumn(0, Qt::AscendingOrder);
    for (QTreeWidget *tree : {m_pairs, m_phrases, m_flags})
        tree->setSortingEnabled(true);
}

void InsightsPage::styleChart(QChart *chart) const
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme) {
        // setTheme recolours series; keep the colours this page chose.
        QList<QPair<QBarSet *, QPair<QColor, QColor>>> bars;
        for (QAbstractSeries *s : chart->series())
            if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : b->barSets())
                    bars.append({set, {set->color(), set->borderColor()}});
        chart->setTheme(theme);
        for (const auto &b : bars) {
            b.first->setColor(b.second.first);
            b.first->setBorderColor(b.second.second);
        }
    }
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(pal.color(QPalette::WindowText));
    chart->legend()->setLabelColor(pal.color(QPalette::WindowText));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::WindowText));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
}

void InsightsPage::restyleAll()
{
    for (QChartView *v : findChildren<QChartView *>())
        styleChart(v->chart());
}

void InsightsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        restyleAll();
    ModePage::changeEvent(event);
}

void InsightsPage::openReviewFor(const QString &character)
{
    if (character.isEmpty())
        return;
    emit characterRequested(character);
    // The reviewer, when the window has one, shows that character's records.
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<MainWindow *>(w)) {
            for (ModePage *page : window->modePages()) {
                // By class, not by its translated title (two contexts may word it apart).
                if (QLatin1String(page->metaObject()->className()) == QLatin1String("ReviewPage")) {
                    emit modeRequested(page);
                    return;
                }
            }
            return;
        }
    }
}

bool InsightsPage::exportCurrent(const QString &fileName) const
{
    QWidget *widget = m_tabs->currentWidget();
    if (!widget)
        return false;
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
#ifndef PS_HAVE_QTSVG
        return false;
#else
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(widget->size());
        svg.setViewBox(widget->rect());
        svg.setTitle(m_tabs->tabText(m_tabs->currentIndex()).remove(QLatin1Char('&')));
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        widget->render(&painter);
        return painter.end();
#endif
    }
    return widget->grab().save(fileName);
}

void InsightsPage::exportDialog(bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString name = QFileDialog::getSaveFileName(this, tr("Export Chart"),
                                                      QStringLiteral("insights-%1.%2").arg(m_tabs->currentIndex()).arg(suffix),
                                                      svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
    if (name.isEmpty())
        return;
    if (!exportCurrent(name))
        QMessageBox::warning(this, tr("Export Chart"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(name)));
}
