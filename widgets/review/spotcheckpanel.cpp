#include "spotcheckpanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

SpotCheckPanel::SpotCheckPanel(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_percent(new QDoubleSpinBox(this))
    , m_seed(new QLineEdit(this))
    , m_start(new QPushButton(tr("&Start Spot-Check"), this))
    , m_end(new QPushButton(tr("E&nd"), this))
    , m_title(new QLabel(this))
    , m_table(new QTreeWidget(this))
{
    m_kind->addItem(tr("Records per character"));
    m_kind->addItem(tr("Percent of each character"));
    m_count->setRange(1, 100000);
    m_count->setValue(20);
    m_percent->setRange(0.1, 100);
    m_percent->setValue(5);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setVisible(false);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_count->setVisible(index == 0);
        m_percent->setVisible(index == 1);
    });
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), m_seed));
    m_seed->setToolTip(tr("The same seed over the same records draws the same sample"));
    setSeed(ReviewSampler::newSeed());
    auto *newSeed = new QToolButton(this);
    newSeed->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    newSeed->setText(tr("New"));
    newSeed->setToolTip(tr("Draw a new seed"));
    connect(newSeed, &QToolButton::clicked, this, [this] { setSeed(ReviewSampler::newSeed()); });
    connect(m_start, &QPushButton::clicked, this, &SpotCheckPanel::startRequested);
    connect(m_end, &QPushButton::clicked, this, &SpotCheckPanel::endRequested);
    m_end->setEnabled(false);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_count, 1);
    sizeRow->addWidget(m_percent, 1);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(newSeed);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start, 1);
    buttons->addWidget(m_end);

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("Sa&mple:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    // The size's field is the count or the percentage, whichever the sample kind shows.
    auto *sizeLabel = new QLabel(tr("Si&ze:"), this);
    sizeLabel->setBuddy(m_count);
    connect(m_kind, &QComboBox::currentIndexChanged, sizeLabel, [this, sizeLabel](int index) {
        sizeLabel->setBuddy(index == 1 ? static_cast<QWidget *>(m_percent) : m_count);
    });
    form->addRow(sizeLabel, sizeRow);
    auto *seedLabel = new QLabel(tr("See&d:"), this);
    seedLabel->setBuddy(m_seed);
    form->addRow(seedLabel, seedRow);

    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({tr("Character"), tr("Checked"), tr("Rejected"), tr("Accepted")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAccessibleName(tr("Review progress per character"));
    // The figures as wide as their text, always whole — the rate and its interval are what a
    // reviewer reads; the names take the rest, whole when there is room, else shortened in the
    // middle so that names that begin alike ("Ambassador Tegmen", "Ambassador Turais") stay apart.
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setMinimumSectionSize(40);
    m_table->headerItem()->setToolTip(RateColumn, tr("Accepted or edited among the checked records, with the 95% confidence interval"));
    m_table->header()->setSectionResizeMode(CharacterColumn, QHeaderView::Stretch);
    for (int c = CheckedColumn; c < ColumnCount; ++c)
        m_table->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_title->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Spot-check</b>"), this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    setSampleActive(false);
}

quint64 SpotCheckPanel::seed() const
{
    return m_seed->text().toULongLong();
}

void SpotCheckPanel::setSeed(quint64 seed)
{
    m_seed->setText(QString::number(seed));
}

int SpotCheckPanel::perPersona() const
{
    return m_kind->currentIndex() == 0 ? m_count->value() : 0;
}

double SpotCheckPanel::percent() const
{
    return m_kind->currentIndex() == 1 ? m_percent->value() : 0;
}

void SpotCheckPanel::setSize(int perPersona, double percent)
{
    m_kind->setCurrentIndex(perPersona > 0 ? 0 : 1);
    if (perPersona > 0)
        m_count->setValue(perPersona);
    else
        m_percent->setValue(percent);
}

void SpotCheckPanel::setDrawing(bool drawing)
{
    m_start->setEnabled(!drawing);
    if (drawing)
        m_title->setText(tr("Drawing the sample…"));
}

void SpotCheckPanel::setSampleActive(bool active, quint64 seed)
{
    m_end->setEnabled(active);
    m_title->setText(active ? tr("Spot-check with seed <b>%1</b>: the list shows the sample only.").arg(seed)
                            : tr("All records of each character:"));
}

QString SpotCheckPanel::rateText(const ReviewProgress &p)
{
    if (p.checked == 0)
        return QStringLiteral("–");
    const WilsonInterval ci = ReviewSampler::wilson(p.accepted, p.checked);
    return tr("%1% (%2–%3%)")
        .arg(QString::number(100.0 * p.acceptanceRate(), 'f', 0), QString::number(100.0 * ci.low, 'f', 0),
             QString::number(100.0 * ci.high, 'f', 0));
}

void SpotCheckPanel::setProgress(const QList<ReviewProgress> &progress)
{
    // Rows are updated in place so that the selection and scroll position survive a refresh.
    while (m_table->topLevelItemCount() > progress.size())
        delete m_table->takeTopLevelItem(m_table->topLevelItemCount() - 1);
    for (qsizetype i = 0; i < progress.size(); ++i) {
        const ReviewProgress &p = progress.at(i);
        QTreeWidgetItem *item = m_table->topLevelItem(int(i));
        if (!item)
            item = new QTreeWidgetItem(m_table);
        item->setText(CharacterColumn, p.persona);
        item->setText(CheckedColumn, tr("%1 / %2").arg(QLocale().toString(p.checked), QLocale().toString(p.total)));
        item->setText(RejectedColumn, QLocale().toString(p.rejected));
        item->setText(RateColumn, rateText(p));
        item->setToolTip(CharacterColumn, p.toText());
        item->setToolTip(RateColumn, tr("Accepted or edited among the checked records; the true rate lies in the "
                                        "bracket with 95% confidence (Wilson score interval)"));
        item->setTextAlignment(CheckedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RejectedColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
}
