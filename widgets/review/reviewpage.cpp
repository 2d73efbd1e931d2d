#include "reviewpage.h"

#include "dataset/datasetstore.h"
#include "dataset/importer.h"
#include "dataset/reviewmodel.h"
#include "dataset/reviewsession.h"
#include "document/projectdocument.h"
#include "importsummarydialog.h"
#include "personachooserdialog.h"
#include "main/appsettings.h"
#include "main/tone.h"
#include "recordview.h"
#include "spotcheckpanel.h"
#include "util/translations.h"
#include "util/workpools.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QApplication>
#include <QLocale>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum { ListPage, EmptyPage };

// The link of "Show all records" in the record view when no record matches the filter.
const char ClearFiltersLink[] = "studio:clear-filters";

// A filter combo box: the first entry means "any" and carries an empty value.
void fillCombo(QComboBox *box, const QString &anyText, const QStringList &values, const QStringList &labels = {})
{
    const QString current = box->currentData().toString();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyText, QString());
    for (qsizetype i = 0; i < values.size(); ++i)
        box->addItem(i < labels.size() ? labels.at(i) : values.at(i), values.at(i));
    const int index = box->findData(current);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : ModePage(parent)
    , m_model(new ReviewModel(this))
    , m_persona(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_sampleLine(new QLabel(this))
    , m_bulkButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_recordView(new RecordView(this))
    , m_spotCheck(new SpotCheckPanel(this))
    , m_hint(new QLabel(this))
    , m_reviewer(new QLabel(this))
{
    // Filter bar.
    fillCombo(m_persona, tr("All characters"), {});
    fillCombo(m_category, tr("All categories"), {});
    fillCombo(m_status, tr("Any status"), {QStringLiteral("unreviewed"), QStringLiteral("accepted"), QStringLiteral("edited"), QStringLiteral("rejected")},
              {tr("Unreviewed"), tr("Accepted"), tr("Edited"), tr("Rejected")});
    fillCombo(m_source, tr("Any source"), {QStringLiteral("generated"), QStringLiteral("imported")}, {tr("Generated"), tr("Imported")});
    fillCombo(m_flag, tr("Any flag"), {});
    m_persona->setAccessibleName(tr("Character filter"));
    m_category->setAccessibleName(tr("Category filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_source->setAccessibleName(tr("Source filter"));
    m_flag->setAccessibleName(tr("Flag filter"));
    for (QComboBox *box : {m_persona, m_category, m_status, m_source, m_flag}) {
        // Long names (characters, categories, flags) are elided in the closed box and shown
        // whole in its list: a project's longest category or flag cannot widen the window,
        // and the search field keeps room for its text. Statuses and sources are short.
        if (box == m_status || box == m_source) {
            box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        } else {
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(box == m_flag ? 5 : 8);
        }
        // A click opens the list without taking the keyboard from the records: after picking a
        // filter with the mouse, A, X, Backspace… still decide (and A does not pick
        // "Ambassador…" in the combo). Tab still reaches the combos.
        box->setFocusPolicy(Qt::TabFocus);
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewPage::applyFilter);
    }
    connect(m_persona, &QComboBox::currentIndexChanged, this, [this] {
        // The shared character list follows the filter, so every mode shows the same character.
        const QString name = m_persona->currentData().toString();
        if (!name.isEmpty() && name != m_character)
            emit characterRequested(name);
    });
    m_search->setPlaceholderText(tr("Search text or #number (Ctrl+F)"));
    // Room for "Search text" at the window's least width; the whole hint from its first size.
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(tr("Search text")) + 24);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search records"));
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(300);
    connect(m_search, &QLineEdit::textChanged, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(&m_searchTimer, &QTimer::timeout, this, &ReviewPage::applyFilter);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer.stop();
        applyFilter();
        m_table->setFocus();
    });
    auto *find = new QAction(tr("Search Records"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    // Bulk actions and import.
    m_bulkButton->setText(tr("&Bulk"));
    m_bulkButton->setPopupMode(QToolButton::InstantPopup);
    m_bulkButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *bulkMenu = new QMenu(m_bulkButton);
    bulkMenu->addAction(tr("Accept Selected"), this, [this] { bulk(false, int(Record::Status::Accepted)); });
    bulkMenu->addAction(tr("Reject Selected…"), this, [this] { bulk(false, int(Record::Status::Rejected)); });
    bulkMenu->addAction(tr("Reset Selected to Unreviewed"), this, [this] { bulk(false, int(Record::Status::Unreviewed)); });
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("Accept All Matching the Filter…"), this, [this] { bulk(true, int(Record::Status::Accepted)); });
    bulkMenu->addAction(tr("Reject All Matching the Filter…"), this, [this] { bulk(true, int(Record::Status::Rejected)); });
    bulkMenu->addAction(tr("Reset All Matching the Filter…"), this, [this] { bulk(true, int(Record::Status::Unreviewed)); });
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("Top Up Rejected…"), this, &ReviewPage::topUpRejected);
    bulkMenu->addAction(tr("Remove Imported Records…"), this, &ReviewPage::chooseImportToRemove);
    bulkMenu->addSeparator();
    bulkMenu->addAction(tr("Edit Reject Reasons…"), this, &ReviewPage::editRejectReasons);
    bulkMenu->addAction(tr("Reviewer Name…"), this, &ReviewPage::editReviewerName);
    // Importing more records: here and in File ▸ Import Records… (Ctrl+Shift+I); a button of
    // its own in the filter bar made the window too wide for a 1366 × 768 screen at 125 %.
    bulkMenu->addSeparator();
    QAction *import = bulkMenu->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import Records…"), this, &ReviewPage::chooseImportFiles);
    import->setToolTip(tr("Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text)"));
    m_bulkButton->setMenu(bulkMenu);
    m_bulkButton->setToolTip(tr("Decide on many records at once, top up rejected ones, edit reject reasons, import records"));

    auto *filterBar = new QHBoxLayout;
    // A little closer than the style's spacing: seven boxes in a row decide how narrow the window
    // can be, and what they leave goes to the character list's names.
    filterBar->setSpacing(4);
    for (QWidget *w : std::initializer_list<QWidget *>{m_persona, m_category, m_status, m_source, m_flag})
        filterBar->addWidget(w);
    filterBar->addWidget(m_search, 1);
    filterBar->addWidget(m_bulkButton);

    // The list.
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewModel::IdColumn, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Records"));
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never asks every row for its size, which a million rows needs.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // The user message and the reply share what the other columns leave, so the reply is in
    // sight at any width (a fixed user message column pushed it off a narrow list).
    m_table->horizontalHeader()->setSectionResizeMode(ReviewModel::InputColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewModel::OutputColumn, QHeaderView::Stretch);
    // The id column fits the digits of the largest id shown (fitIdColumn(), as rows load).
    m_columnWidths = {{ReviewModel::IdColumn, 0}, {ReviewModel::PersonaColumn, 100},
                      {ReviewModel::CategoryColumn, 80}, {ReviewModel::StatusColumn, 80},
                      {ReviewModel::ReasonColumn, 80}};
    fitIdColumn();
    // A width the reviewer drags becomes the column's own (fitColumns() starts from it).
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (!m_fittingColumns && width > 0 && m_columnWidths.contains(column)) {
            m_columnWidths[column] = width;
            m_idWidthDragged = m_idWidthDragged || column == ReviewModel::IdColumn;
        }
    });
    m_table->viewport()->installEventFilter(this);
    for (int column : {int(ReviewModel::SourceColumn), int(ReviewModel::FlagsColumn), int(ReviewModel::ReviewedAtColumn)})
        m_table->setColumnHidden(column, true);
    m_table->installEventFilter(this);
    m_recordView->browser()->installEventFilter(this);
    // A text search scans every record, and so does sorting a large table by a column: they run
    // on a worker, the list stays usable meanwhile.
    m_model->setBackgroundLoading(true);
    connect(m_model, &ReviewModel::loadingStarted, this, [this] { m_count->setText(tr("Searching…")); });
    connect(m_model, &ReviewModel::sortingStarted, this, [this] { m_count->setText(tr("Sorting…")); });
    connect(m_model, &ReviewModel::loaded, this, [this] {
        m_count->setText(tr("%Ln record(s)", nullptr, int(m_model->rowCount())));
        fitIdColumn();
        updateEmptyState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            setCurrentRow(0);
        showCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showCurrent);
    connect(m_recordView, &RecordView::editSaved, this, [this](qint64 id, const QString &text) {
        if (!m_session)
            return;
        // A decision on many records is being stored: the edit waits for it, kept here.
        if (m_session->isBusy()) {
            m_queuedEdit = {id, text};
            m_notice = tr("The edit is saved when the decision on many records is stored.");
            updateHint();
            return;
        }
        if (m_session->edit(id, text))
            move(+1);
        else
            decisionFailed();
    });
    connect(m_recordView, &RecordView::linkActivated, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String(ClearFiltersLink))
            clearFilters();
    });
    connect(m_recordView, &RecordView::editingChanged, this, [this](bool editing) {
        if (!editing)
            m_table->setFocus();
        updateHint();
    });

    // Spot-check.
    m_spotCheckAction = new QAction(tr("&Spot-Check Panel"), this);
    m_spotCheckAction->setCheckable(true);
    m_spotCheckAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_spotCheckAction->setChecked(AppSettings::reviewSpotCheckShown.get());
    m_spotCheck->setVisible(m_spotCheckAction->isChecked());
    m_sampleLine->setObjectName(QStringLiteral("spotCheckLine"));
    m_sampleLine->hide();
    connect(m_spotCheckAction, &QAction::toggled, this, [this](bool shown) {
        m_spotCheck->setVisible(shown);
        AppSettings::reviewSpotCheckShown.set(shown);
        updateProgress();
    });
    connect(m_spotCheck, &SpotCheckPanel::startRequested, this, &ReviewPage::startSpotCheck);
    connect(m_spotCheck, &SpotCheckPanel::endRequested, this, &ReviewPage::endSpotCheck);
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(400);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReviewPage::updateProgress);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(2000); // at a million records a refresh reads for about a second
    connect(&m_refreshTimer, &QTimer::timeout, this, &ReviewPage::refreshRecords);

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_reviewer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_reviewer->setTextFormat(Qt::RichText);
    m_reviewer->setToolTip(tr("The name recorded with your decisions; click it to change it"));
    connect(m_reviewer, &QLabel::linkActivated, this, &ReviewPage::editReviewerName);

    // Layout: list above the focus view, the spot-check panel beside them.
    // Named: the window keeps their sizes between sessions.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("reviewListAndRecord"));
    vertical->addWidget(m_table);
    vertical->addWidget(m_recordView);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    vertical->setChildrenCollapsible(false);
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->setObjectName(QStringLiteral("reviewAndSpotCheck"));
    horizontal->addWidget(vertical);
    horizontal->addWidget(m_spotCheck);
    // Both give way when the window narrows (the panel alone kept its 390 px and squeezed
    // the list to nothing at the window's least width), the list three times as much.
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({460, 390}); // at the window's first size (1280 px): room for the spot-check table's four columns
    horizontal->setChildrenCollapsible(false);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filterBar);
    listLayout->addWidget(horizontal, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(m_sampleLine);
    bottom->addWidget(m_count);
    bottom->addWidget(m_reviewer);
    listLayout->addLayout(bottom);

    auto *emptyPage = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    m_emptyText = new QLabel(emptyPage);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    QFont big = m_emptyText->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_emptyText->setFont(big);
    m_emptyImport = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")), tr("Import a File…"), emptyPage);
    connect(m_emptyImport, &QPushButton::clicked, this, &ReviewPage::chooseImportFiles);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyImport, 0, Qt::AlignHCenter);
    // The empty state has nothing to take the keyboard focus: Esc stops an import from
    // anywhere in the window while it is shown (the list's own keys do it over the list).
    m_stopImport = new QShortcut(QKeySequence(Qt::Key_Escape), emptyPage, this, &ReviewPage::stopImport, Qt::WindowShortcut);
    m_stopImport->setEnabled(false);
    emptyLayout->addStretch(1);

    m_stack->addWidget(listPage);
    m_stack->addWidget(emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    updateEmptyState();
    updateHint();
}

ReviewPage::~ReviewPage()
{
    // An import still running stops after its chunk (what is stored stays; importing the file
    // again completes it): the window waits for the thread pool when it closes.
    if (m_importWatcher)
        m_importWatcher->cancel();
    // The model reads through the store: detach it before the store closes.
    m_model->setStore(nullptr);
}

void ReviewPage::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_sample = SpotCheck();
    m_spotCheck->setSampleActive(false);
    m_model->setStore(nullptr);
    m_session.reset();
    m_store.reset();
    emit undoChanged();
    m_reasons = ReviewSession::defaultRejectReasons();
    if (m_document) {
        m_reasons = m_document->rejectReasons();
        connect(m_document, &ProjectDocument::rejectReasonsChanged, this, [this] {
            m_reasons = m_document->rejectReasons();
            updateHint();
        });
        openStore();
    }
    reloadFilterChoices();
    const ReviewFilter filter = currentFilter();
    m_table->setColumnHidden(ReviewModel::PersonaColumn, !filter.persona.isEmpty());
    fitColumns();
    // The ids are read once — when the page is shown: the window picks a character next.
    m_model->setSource(m_store.get(), filter, isVisible());
    m_refreshPending = !isVisible();
    // A spot-check under way when the project was last open (the window closed, or a crash)
    // goes on, with the same records.
    if (m_store) {
        const SpotCheck saved = m_store->savedSpotCheck();
        if (!saved.isEmpty()) {
            m_sample = saved;
            m_spotCheck->setSeed(saved.seed);
            m_spotCheck->setSize(saved.perPersona, saved.percent);
            m_spotCheck->setSampleActive(true, saved.seed);
            m_model->setSample(m_sample.allIds(), filter, isVisible());
        }
    }
    updateProgress();
    updateHint();
}

void ReviewPage::openStore()
{
    auto store = std::make_unique<DatasetStore>();
    QString error;
    // Another connection (a worker of another mode) may be creating a new studio.db's schema at
    // this very moment; DatasetStore::migrate() reads the version outside its transaction, so
    // the loser of that race fails once and succeeds when it reads the version again.
    bool opened = store->open(m_document->project().databasePath(), &error);
    if (!opened)
        opened = store->open(m_document->project().databasePath(), &error);
    if (!opened) {
        m_storeError = error;
        return;
    }
    m_storeError.clear();
    m_store = std::move(store);
    m_session = std::make_unique<ReviewSession>(*m_store);
    connect(m_session.get(), &ReviewSession::recordsDecided, this, &ReviewPage::decided);
    connect(m_session.get(), &ReviewSession::backgroundProgress, this, [this] { updateHint(); });
    connect(m_session.get(), &ReviewSession::backgroundFinished, this, &ReviewPage::backgroundFinished);
    connect(m_session.get(), &ReviewSession::recordsMoved, this, [this] {
        // An import undone or redone, a removal made or undone: the list changes rows.
        updateEmptyState();
        refreshRecords();
        announceChange();
    });
    connect(m_session.get(), &ReviewSession::undoChanged, this, &ModePage::undoChanged);
    updateReviewerLabel();
}

void ReviewPage::reloadFilterChoices()
{
    const DatasetStore *store = m_store.get();
    QStringList personas = ReviewModel::distinctValues(store, ReviewModel::PersonaColumn);
    if (m_document) {
        // The project's characters come first, in its order; personas only the records know follow.
        // (A set, not the list, says who is in: an imported dataset brings thousands of personas.)
        QStringList ordered;
        QSet<QString> listed;
        for (const CharacterEntry &c : m_document->project().characters) {
            ordered << c.name;
            listed.insert(c.name);
        }
        for (const QString &p : std::as_const(personas)) {
            if (!listed.contains(p))
                ordered << p;
        }
        personas = ordered;
    }
    fillCombo(m_persona, tr("All characters"), personas);
    const QStringList categories = ReviewModel::distinctValues(store, ReviewModel::CategoryColumn);
    QStringList categoryLabels;
    for (const QString &c : categories)
        categoryLabels << (c == ReviewFilter::noCategory() ? tr("(no category)") : c);
    fillCombo(m_category, tr("All categories"), categories, categoryLabels);
    // Every value of the three reads an index (the flags, the partial one of flagged records).
    fillCombo(m_flag, tr("Any flag"), ReviewModel::distinctValues(store, ReviewModel::FlagsColumn));
}

ReviewFilter ReviewPage::currentFilter() const
{
    ReviewFilter f;
    f.persona = m_persona->currentData().toString();
    f.category = m_category->currentData().toString();
    f.status = m_status->currentData().toString();
    f.sourceKind = m_source->currentData().toString();
    f.flag = m_flag->currentData().toString();
    f.text = m_search->text().trimmed();
    return f;
}

void ReviewPage::clearFilters()
{
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QComboBox *box : {m_persona, m_category, m_status, m_source, m_flag}) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    applyFilter();
    m_table->setFocus();
}

void ReviewPage::applyFilter()
{
    const ReviewFilter filter = currentFilter();
    // One character's records all say the same persona: its column gives its room to the reply.
    m_table->setColumnHidden(ReviewModel::PersonaColumn, !filter.persona.isEmpty());
    // Only rejected records have a reason: under another status the column would stay empty.
    m_table->setColumnHidden(ReviewModel::ReasonColumn, !filter.status.isEmpty() && filter.status != QLatin1String("rejected"));
    fitColumns();
    m_model->setFilter(filter);
}

void ReviewPage::fitIdColumn()
{
    if (m_idWidthDragged)
        return;
    // As wide as the largest id shown ("920" in a small project, seven digits at a million
    // records), at least three digits, and never narrower than its header with the sort arrow.
    qint64 largest = 0;
    for (qint64 id : m_model->ids())
        largest = std::max(largest, id);
    const int digits = std::max<int>(3, int(QString::number(largest).size()));
    const int width = std::max(m_table->fontMetrics().horizontalAdvance(QString(digits, QLatin1Char('0'))) + 12,
                               m_table->horizontalHeader()->sectionSizeHint(ReviewModel::IdColumn));
    if (width == m_columnWidths.value(ReviewModel::IdColumn))
        return;
    m_columnWidths[ReviewModel::IdColumn] = width;
    fitColumns();
}

void ReviewPage::fitColumns()
{
    // The user message and the reply keep at least this much between them; when the list is
    // narrower than that and the other columns' own widths, those give up to 45 % of theirs
    // (all but the id, which must show its digits).
    const int textRoom = 28 * m_table->fontMetrics().averageCharWidth();
    int fixed = 0;
    int shrinkable = 0;
    for (auto it = m_columnWidths.cbegin(); it != m_columnWidths.cend(); ++it) {
        if (m_table->isColumnHidden(it.key()))
            continue;
        fixed += it.value();
        if (it.key() != ReviewModel::IdColumn)
            shrinkable += it.value();
    }
    const int over = fixed + textRoom - m_table->viewport()->width();
    const double scale = over > 0 && shrinkable > 0 ? std::max(0.55, 1.0 - double(over) / shrinkable) : 1.0;
    m_fittingColumns = true;
    for (auto it = m_columnWidths.cbegin(); it != m_columnWidths.cend(); ++it) {
        if (!m_table->isColumnHidden(it.key()))
            m_table->setColumnWidth(it.key(), it.key() == ReviewModel::IdColumn ? it.value() : int(it.value() * scale));
    }
    m_fittingColumns = false;
}

void ReviewPage::refreshRecords()
{
    if (!isVisible()) {
        m_refreshPending = true;
        return;
    }
    const qint64 id = m_model->idAt(currentRow());
    reloadFilterChoices();
    m_model->refresh();
    if (const int row = m_model->rowOf(id); row >= 0)
        setCurrentRow(row);
    updateProgress();
}

void ReviewPage::setCurrentCharacter(const QString &name)
{
    m_character = name;
    int index = name.isEmpty() ? 0 : m_persona->findData(name);
    // Under a spot-check, a character with no record in the sample shows every character's.
    if (!m_sample.isEmpty() && !m_sample.idsByPersona.contains(name))
        index = 0;
    if (index < 0) {
        // A character without records yet: filtering by it shows the empty list, which is true.
        m_persona->addItem(name, name);
        index = m_persona->count() - 1;
    }
    m_persona->setCurrentIndex(index);
}

void ReviewPage::activated()
{
    if (m_refreshPending) {
        m_refreshPending = false;
        refreshRecords();
    }
    if (m_stack->currentIndex() == ListPage)
        m_table->setFocus();
}

void ReviewPage::recordsUpdated()
{
    if (m_ownChange)
        return;
    // A run stores records a few times a second; re-reading a million ids that often would not do.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

int ReviewPage::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void ReviewPage::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, ReviewModel::IdColumn);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Scrolled to by its first column, so the list never jumps sideways to the reply.
    m_table->scrollTo(index);
}

void ReviewPage::showCurrent()
{
    m_rejectArmed = false;
    const int row = currentRow();
    if (row < 0) {
        QString message;
        if (m_model->rowCount() == 0 && m_store) {
            // The character the list happens to have selected may have no records (none
            // generated yet, or its count set to 0): said as such, and one click shows
            // everything again.
            const ReviewFilter filter = currentFilter();
            ReviewFilter characterOnly;
            characterOnly.persona = filter.persona;
            const QString text = !filter.persona.isEmpty() && filter == characterOnly ? tr("%1 has no records yet.").arg(filter.persona)
                                                                                     : tr("No record matches the filter.");
            message = QStringLiteral("<p style=\"color:%1\">%2</p>").arg(Tone::css(Tone::Muted), text.toHtmlEscaped());
            if (!filter.isEmpty())
                message += QStringLiteral("<p><a href=\"%1\">%2</a></p>").arg(QLatin1String(ClearFiltersLink), tr("Show all records").toHtmlEscaped());
        }
        m_recordView->setMessage(message);
    } else {
        m_recordView->setRecord(m_model->record(row));
    }
    updateHint();
}

void ReviewPage::move(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = currentRow() < 0 ? 0 : std::clamp(currentRow() + delta, 0, rows - 1);
    if (row == currentRow())
        showCurrent(); // at either end the view still shows the decision just made
    else
        setCurrentRow(row);
}

void ReviewPage::acceptCurrent()
{
    const qint64 id = m_model->idAt(currentRow());
    if (!m_session || !id)
        return;
    if (m_session->accept(id))
        move(+1);
    else
        decisionFailed();
}

void ReviewPage::rejectCurrent(int reasonIndex)
{
    const qint64 id = m_model->idAt(currentRow());
    if (!m_session || !id || reasonIndex < 0 || reasonIndex >= m_reasons.size())
        return;
    if (m_session->reject(id, m_reasons.at(reasonIndex)))
        move(+1);
    else
        decisionFailed();
}

QString ReviewPage::undoText() const
{
    return m_session ? m_session->undoText() : QString();
}

QString ReviewPage::redoText() const
{
    return m_session ? m_session->redoText() : QString();
}

quint64 ReviewPage::undoStamp() const
{
    return m_session ? m_session->undoStamp() : 0;
}

quint64 ReviewPage::redoStamp() const
{
    return m_session ? m_session->redoStamp() : 0;
}

void ReviewPage::undo()
{
    undoOrRedo(false);
}

void ReviewPage::redo()
{
    undoOrRedo(true);
}

void ReviewPage::undoOrRedo(bool redo)
{
    if (!m_session || !(redo ? m_session->canRedo() : m_session->canUndo()) || refusedWhileBusy())
        return;
    // Many records: on a worker, the list following it (backgroundFinished() ends it).
    if ((redo ? m_session->nextRedoSize() : m_session->lastStepSize()) >= ReviewSession::BackgroundFrom
        || (redo ? m_session->nextRedoMoves() : m_session->lastStepMoves())) {
        m_notice.clear();
        if (redo)
            m_session->redoInBackground();
        else
            m_session->undoInBackground();
        updateHint();
        return;
    }
    const QList<qint64> ids = redo ? m_session->redo() : m_session->undo();
    if (ids.isEmpty() && !m_session->lastError().isEmpty()) {
        decisionFailed();
        return;
    }
    // Back to the record the decision was about, so it can be decided again (or seen decided).
    if (ids.size() == 1) {
        if (const int row = m_model->rowOf(ids.constFirst()); row >= 0)
            setCurrentRow(row);
    }
    showCurrent();
}

void ReviewPage::decided(const QList<qint64> &ids)
{
    if (!m_decisionError.isEmpty() || (!m_notice.isEmpty() && !m_session->isBusy())) {
        m_decisionError.clear();
        m_notice.clear();
        updateHint();
    }
    m_model->updateRecords(ids);
    if (ids.contains(m_recordView->record().id))
        m_recordView->setRecord(m_model->record(currentRow()));
    m_progressTimer.start();
    // The other modes count records again: once a background decision is done, not per batch.
    if (!m_session->isBusy())
        announceChange();
}

void ReviewPage::announceChange()
{
    m_ownChange = true;
    emit recordsChanged();
    m_ownChange = false;
}

void ReviewPage::updateProgress()
{
    m_sampleLine->setVisible(!m_spotCheckAction->isChecked() && !m_sample.isEmpty() && m_store);
    if (!m_spotCheckAction->isChecked()) {
        // The panel is hidden: a running spot-check's progress goes on the bottom line (a sample
        // is at most thousands of records, read at once); the figures over every record wait
        // until the panel is shown again.
        if (m_sampleLine->isVisibleTo(this)) {
            ReviewProgress sum;
            for (const ReviewProgress &p : ReviewSampler::progress(*m_store, m_sample)) {
                sum.total += p.total;
                sum.checked += p.checked;
                sum.rejected += p.rejected;
            }
            sum.persona = tr("Spot-check:");
            m_sampleLine->setText(sum.toText());
        }
        return;
    }
    if (!m_store) {
        m_spotCheck->setProgress({});
        return;
    }
    if (!m_sample.isEmpty()) {
        // A sample is at most thousands of records: read at once.
        m_spotCheck->setProgress(ReviewSampler::progress(*m_store, m_sample));
        return;
    }
    // The figures over every record scan the whole table (seconds at a million records), so
    // they are counted on a worker thread with a connection of its own.
    if (m_progressRunning) {
        m_progressAgain = true;
        return;
    }
    m_progressRunning = true;
    auto *watcher = new QFutureWatcher<QList<ReviewProgress>>(this);
    connect(watcher, &QFutureWatcher<QList<ReviewProgress>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_progressRunning = false;
        if (m_sample.isEmpty())
            m_spotCheck->setProgress(watcher->result());
        if (m_progressAgain) {
            m_progressAgain = false;
            updateProgress();
        }
    });
    const QString path = m_store->path();
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [path] {
        DatasetStore store;
        return store.open(path, nullptr) ? ReviewSampler::overall(store) : QList<ReviewProgress>();
    }));
}

void ReviewPage::startSpotCheck()
{
    if (!m_store)
        return;
    ReviewFilter pool = currentFilter();
    pool.persona.clear(); // stratified over every character; the persona filter narrows the list after
    const quint64 seed = m_spotCheck->seed();
    const int perPersona = m_spotCheck->perPersona();
    const double percent = m_spotCheck->percent();
    const quint64 ticket = ++m_drawTicket;
    // Drawing reads the id of every record in the pool: about a second at a million records,
    // so in a table as large as the list sorts in the background it runs on a worker with a
    // connection of its own.
    if (!m_model->isLargeTable()) {
        applySpotCheck(ReviewSampler::draw(*m_store, pool, seed, perPersona, percent));
        return;
    }
    m_spotCheck->setDrawing(true);
    auto *watcher = new QFutureWatcher<SpotCheck>(this);
    connect(watcher, &QFutureWatcher<SpotCheck>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (ticket != m_drawTicket)
            return;   // ended or started again meanwhile
        m_spotCheck->setDrawing(false);
        applySpotCheck(watcher->result());
    });
    const QString path = m_store->path();
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [path, pool, seed, perPersona, percent] {
        DatasetStore store;
        return store.open(path, nullptr) ? ReviewSampler::draw(store, pool, seed, perPersona, percent) : SpotCheck();
    }));
}

void ReviewPage::applySpotCheck(const SpotCheck &sample)
{
    m_sample = sample;
    // Kept in studio.db at once: the sample outlives the window and a crash.
    if (QString error; m_store && !m_store->saveSpotCheck(m_sample, &error))
        QMessageBox::warning(this, tr("Spot-Check"), tr("The spot-check cannot be kept in %1 (%2): it ends when the project closes.")
                                                         .arg(QDir::toNativeSeparators(m_store->path()), error));
    m_spotCheck->setSampleActive(!m_sample.isEmpty(), m_sample.seed);
    // The sample is drawn over every character; when the one the list shows has no record in
    // it (none stored, or a count of 0), the list shows the whole sample instead of nothing.
    const QString persona = m_persona->currentData().toString();
    if (!m_sample.isEmpty() && !persona.isEmpty() && !m_sample.idsByPersona.contains(persona)) {
        const QSignalBlocker block(m_persona);
        m_persona->setCurrentIndex(0);
        m_table->setColumnHidden(ReviewModel::PersonaColumn, false);
        fitColumns();
    }
    m_model->setSample(m_sample.allIds(), currentFilter());
    updateProgress();
    m_table->setFocus();
}

void ReviewPage::endSpotCheck()
{
    ++m_drawTicket;   // a draw still on its way is not wanted any more
    m_spotCheck->setDrawing(false);
    m_sample = SpotCheck();
    m_spotCheck->setSampleActive(false);
    m_model->setSample({});
    if (QString error; m_store && !m_store->saveSpotCheck(m_sample, &error))
        QMessageBox::warning(this, tr("Spot-Check"), tr("The end of the spot-check cannot be kept in %1 (%2): it will go on when the project opens again.")
                                                         .arg(QDir::toNativeSeparators(m_store->path()), error));
    updateProgress();
}

void ReviewPage::bulk(bool wholeFilter, int status)
{
    if (!m_session || refusedWhileBusy())
        return;
    QList<qint64> ids;
    if (wholeFilter) {
        ids = m_model->ids();
    } else {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &index : rows)
            ids << m_model->idAt(index.row());
    }
    if (ids.isEmpty())
        return;
    ReviewSession::Decision decision;
    decision.status = Record::Status(status);
    QString text;
    if (decision.status == Record::Status::Rejected) {
        bool ok = false;
        decision.reason = QInputDialog::getItem(this, tr("Reject Records"), tr("Reason for the %Ln record(s):", nullptr, int(ids.size())),
                                                m_reasons, 0, true, &ok);
        if (!ok)
            return;
        text = tr("Reject %Ln record(s)", nullptr, int(ids.size()));
    } else {
        text = decision.status == Record::Status::Accepted ? tr("Accept %Ln record(s)", nullptr, int(ids.size()))
                                                           : tr("Reset %Ln record(s)", nullptr, int(ids.size()));
        if (wholeFilter
            && QMessageBox::question(this, tr("Review"), tr("%1 — every record the filter shows? Backspace undoes it.").arg(text))
                   != QMessageBox::Yes)
            return;
    }
    if (ids.size() >= ReviewSession::BackgroundFrom) {
        m_notice.clear();
        m_session->decideInBackground(ids, decision, text);
        updateHint();
        return;
    }
    if (!m_session->decide(ids, decision, text))
        QMessageBox::warning(this, tr("Review"), tr("The decision could not be stored: %1").arg(m_session->lastError()));
}

void ReviewPage::topUpRejected()
{
    // The Generate mode, when the window has one, is a sibling page in the mode stack.
    ModePage *generate = nullptr;
    if (parentWidget()) {
        for (ModePage *page : parentWidget()->findChildren<ModePage *>(Qt::FindDirectChildrenOnly)) {
            if (QLatin1String(page->metaObject()->className()) == QLatin1String("GeneratePage"))
                generate = page;
        }
    }
    const QString text = tr("Rejected records do not count toward a character's target: the next Generate run tops "
                            "each character back up to its target.");
    if (generate) {
        QMessageBox::information(this, tr("Top Up Rejected"), text);
        emit modeRequested(generate);
    } else {
        QMessageBox::information(this, tr("Top Up Rejected"), text);
    }
}

void ReviewPage::chooseImportToRemove()
{
    if (!m_document || !m_store || isImporting() || refusedWhileBusy())
        return;
    // The files and their counts come from a scan of the imported records: on a worker, the
    // question when it answers (the watcher holds the place of a removal meanwhile).
    struct Result
    {
        QList<DatasetStore::ImportedFile> files;
        QString error;
    };
    auto result = std::make_shared<Result>();
    auto *watcher = new QFutureWatcher<void>(this);
    m_removeWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result] {
        watcher->deleteLater();
        m_removeWatcher = nullptr;
        updateHint();
        askToRemoveImport(result->files, result->error);
    });
    const QString database = m_document->project().databasePath();
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [database, result] {
        DatasetStore store;
        if (store.open(database, &result->error))
            result->files = store.importedFiles(&result->error);
    }));
}

void ReviewPage::askToRemoveImport(const QList<DatasetStore::ImportedFile> &files, const QString &error)
{
    const QString title = tr("Remove Imported Records");
    if (!error.isEmpty()) {
        QMessageBox::warning(this, title, tr("The imported records cannot be read: %1").arg(error));
        return;
    }
    if (files.isEmpty()) {
        QMessageBox::information(this, title, tr("No records of this project were imported from a file."));
        return;
    }
    QStringList items;
    for (const DatasetStore::ImportedFile &f : files)
        items << tr("%1 — %Ln record(s)", nullptr, int(f.records)).arg(QDir::toNativeSeparators(f.path));
    bool ok = false;
    const QString item = QInputDialog::getItem(this, title, tr("Remove the records imported from:"), items, 0, false, &ok);
    if (!ok || !items.contains(item))
        return;
    const DatasetStore::ImportedFile file = files.at(items.indexOf(item));
    QString question = tr("Remove the %Ln record(s) imported from %1?", nullptr, int(file.records)).arg(QFileInfo(file.path).fileName());
    if (file.reviewed > 0)
        question += QLatin1Char(' ') + tr("%Ln of them have a review decision, which goes with them.", nullptr, int(file.reviewed));
    question += QLatin1Char(' ') + tr("Edit ▸ Undo brings them back.");
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, this);
    box.setDefaultButton(QMessageBox::No);
    box.button(QMessageBox::Yes)->setText(tr("Remove"));
    if (box.exec() != QMessageBox::Yes)
        return;
    removeImport(file.path, file.records);
}

void ReviewPage::removeImport(const QString &path, qint64 records)
{
    if (!m_document || !m_session || isImporting() || m_session->isBusy())
        return;
    struct Result
    {
        QList<qint64> ids;
        QString error;
    };
    // The ids read on a worker, then taken out on the session's (one transaction), as an undo
    // step that brings them back: backgroundFinished() says how it went.
    auto result = std::make_shared<Result>();
    const QString name = QFileInfo(path).fileName();
    m_removing = name;
    m_notice.clear();
    m_hint->setText(tr("Removing %Ln record(s) imported from %1…", nullptr, int(records)).arg(name.toHtmlEscaped()));
    auto *watcher = new QFutureWatcher<void>(this);
    m_removeWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, name] {
        watcher->deleteLater();
        m_removeWatcher = nullptr;
        if (!result->ids.isEmpty() && m_session && !m_session->isBusy()) {
            m_session->removeInBackground(result->ids, tr("Remove Import of %1").arg(name));
            return;
        }
        m_removing.clear();
        if (!result->error.isEmpty())
            QMessageBox::warning(this, tr("Remove Imported Records"), tr("The records imported from %1 could not be removed: %2").arg(name, result->error));
        updateHint();
        emit removalFinished();
    });
    const QString database = m_document->project().databasePath();
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [database, path, result] {
        DatasetStore store;
        if (store.open(database, &result->error))
            result->ids = store.importedIds(path, 0, &result->error);
    }));
}

void ReviewPage::chooseImportFiles()
{
    if (!m_document || isImporting())
        return;
    // Datasets usually live elsewhere than the project: the dialog opens where the last ones were.
    const QString last = AppSettings::lastImportDir.get();
    const QString start = !last.isEmpty() && QFileInfo(last).isDir() ? last : m_document->project().dir;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Records"), start,
                                                            tr("JSON Lines or JSON arrays, also gzip-compressed (*.jsonl *.json *.txt *.jsonl.gz *.json.gz);;All files (*)"));
    if (paths.isEmpty())
        return;
    AppSettings::lastImportDir.set(QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

void ReviewPage::importFiles(const QStringList &paths, const QString &fallbackPersona)
{
    if (!m_document || isImporting())
        return;
    m_importFiles = int(paths.size());
    struct Result
    {
        ImportSummary summary;
        QString error;
        QList<qint64> ids;   // the records it stored: its undo step
    };
    // The importer opens its own connection, so the whole import runs on a worker thread; it
    // reports the share of bytes read between chunks and stops when the watcher is cancelled.
    auto result = std::make_shared<Result>();
    auto *watcher = new QFutureWatcher<void>(this);
    m_importWatcher = watcher;
    connect(watcher, &QFutureWatcher<void>::progressValueChanged, this, &ReviewPage::showImportProgress);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result] {
        watcher->deleteLater();
        m_importWatcher = nullptr;
        addImportStep(result->summary, result->ids);
        updateEmptyState();
        showImportSummary(result->summary, result->error);
        refreshRecords();
        announceChange();
        emit importFinished();
    });
    const Project project = m_document->project();
    Importer::Options options;
    options.fallbackPersona = fallbackPersona;
    watcher->setFuture(QtConcurrent::run(WorkPools::background(), [project, paths, options, result](QPromise<void> &promise) {
        promise.setProgressRange(0, 100);
        // The records an import stores are those of its files above the largest id before it.
        DatasetStore store;
        const qint64 before = store.open(project.databasePath(), nullptr) ? store.maxRecordId() : 0;
        Importer::importIntoProject(project, paths, options, &result->summary, &result->error,
                                    [&promise](qint64 done, qint64 total) {
                                        promise.setProgressValue(total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0);
                                        return !promise.isCanceled();
                                    });
        for (const ImportFileResult &file : std::as_const(result->summary.files)) {
            if (file.imported > 0 && store.isOpen())
                result->ids += store.importedIds(QFileInfo(file.path).absoluteFilePath(), before, nullptr);
        }
    }));
    showImportProgress(0);   // after setFuture(): a watcher without a future reads as cancelled
}

void ReviewPage::addImportStep(const ImportSummary &summary, const QList<qint64> &ids)
{
    if (!m_session || ids.isEmpty())
        return;
    QStringList names;
    for (const ImportFileResult &file : summary.files) {
        if (file.imported > 0)
            names << QFileInfo(file.path).fileName();
    }
    m_session->addImport(ids, names.size() == 1 ? tr("Import of %1").arg(names.constFirst()) : tr("Import of %Ln File(s)", nullptr, int(names.size())));
}

void ReviewPage::showImportProgress(int percent)
{
    if (!m_importWatcher || m_importWatcher->isCanceled())
        return;
    // In the hint line under the list, and in place of the empty state's sentence when the
    // project had no records yet.
    const QString text = tr("Importing %Ln file(s)… %1 % · <b>Esc</b> stop", nullptr, m_importFiles).arg(percent);
    m_hint->setText(text);
    m_emptyText->setText(text);
    m_emptyImport->setEnabled(false);
    m_stopImport->setEnabled(true);
}

void ReviewPage::stopImport()
{
    if (!m_importWatcher)
        return;
    m_importWatcher->cancel();
    m_hint->setText(tr("Stopping the import…"));
    m_emptyText->setText(m_hint->text());
}

void ReviewPage::showImportSummary(const ImportSummary &summary, const QString &error)
{
    updateHint();
    auto *box = new ImportSummaryDialog(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!error.isEmpty()) {
        box->setTone(ImportSummaryDialog::Tone::Warning);
        box->setText(error);
        box->setDetailedText(QString());
    } else {
        box->setTone(summary.skipped || summary.hasUnreadableFile() ? ImportSummaryDialog::Tone::Warning : ImportSummaryDialog::Tone::Information);
        // Two counts, two plural forms: "1 record imported, 3 lines skipped."
        box->setText(summary.skipped ? tr("%1, %2.").arg(tr("%Ln record(s) imported", nullptr, int(summary.imported)),
                                                         summary.skippedOnlyArrayElements()
                                                             ? tr("%Ln record(s) skipped", nullptr, int(summary.skipped))
                                                             : tr("%Ln line(s) skipped", nullptr, int(summary.skipped)))
                                     : tr("%Ln record(s) imported.", nullptr, int(summary.imported)));
        if (summary.cancelled)
            box->setText(tr("Import stopped. %1 Importing the same files again adds only the lines not stored yet.").arg(box->text()));
        box->setDetailedText(summary.toText());
        QStringList informative;
        // Files that could not be read to their end come first: the counts above leave them out.
        for (const ImportFileResult &f : summary.files) {
            if (f.partlyImported())
                informative << tr("%1 was imported only in part: %2.").arg(QFileInfo(f.path).fileName(), f.error);
            else if (!f.error.isEmpty())
                informative << tr("%1 was not imported: %2.").arg(QFileInfo(f.path).fileName(), f.error);
        }
        if (summary.withoutPersona > 0 && m_document)
            informative << tr("%Ln line(s) name no character (no persona, no “You are NAME” system message): "
                              "Import as Character… stores them as the one you choose.", nullptr, int(summary.withoutPersona));
        if (!summary.partlyKept.isEmpty())
            informative << tr("%Ln record(s) stored with a part of their line left out (more system messages, messages after the last reply): "
                              "see the details.", nullptr, int(summary.partlyKept.size()));
        if (!summary.matchedByPartOfName.isEmpty())
            informative << tr("Stored as the character whose name they are part of: %1.").arg(summary.matchedByPartOfNameText());
        // A few names are offered at one click; from many (a role-play dataset's thousands of
        // characters) the reviewer chooses, the ones with the most records first.
        constexpr qsizetype OfferedAtOnce = 10;
        const qsizetype withoutSheet = summary.personasWithoutSheet.size();
        if (withoutSheet > 0 && m_document) {
            if (withoutSheet <= OfferedAtOnce)
                informative << tr("No character sheet for: %1.").arg(summary.personasWithoutSheet.join(QStringLiteral(", ")));
            else
                informative << tr("No character sheet for %Ln persona(s), the most records first: %1 and %2 more.", nullptr, int(withoutSheet))
                                   .arg(summary.personasWithoutSheetByRecords().mid(0, OfferedAtOnce).join(QStringLiteral(", ")),
                                        QLocale().toString(withoutSheet - OfferedAtOnce));
        }
        box->setInformativeText(informative.join(QLatin1Char('\n')));
        if (summary.withoutPersona > 0 && m_document) {
            // The same files again with a character for the lines that name none: the lines
            // stored already are left as they are, so only those come in (one more undo step).
            QStringList files;
            for (const ImportFileResult &f : summary.files) {
                if (f.withoutPersona > 0)
                    files << f.path;
            }
            QPushButton *importAs = box->addActionButton(tr("Import as Character…"));
            importAs->setObjectName(QStringLiteral("importAsCharacter"));
            const int lines = int(summary.withoutPersona);
            // The report closes with the click (and is deleted): the chooser outlives it.
            connect(importAs, &QPushButton::clicked, this, [this, files, lines] {
                auto *chooser = new QInputDialog(this);
                chooser->setObjectName(QStringLiteral("personaForLines"));
                chooser->setAttribute(Qt::WA_DeleteOnClose);
                chooser->setWindowTitle(tr("Import as Character"));
                chooser->setLabelText(tr("The character for the %Ln line(s) that name none (type a name for a new one):", nullptr, lines));
                QStringList names;
                for (const CharacterEntry &c : m_document->project().characters)
                    names << c.name;
                chooser->setComboBoxItems(names);
                chooser->setComboBoxEditable(true);
                const QString current = m_persona->currentData().toString();
                if (!current.isEmpty())
                    chooser->setTextValue(current);
                connect(chooser, &QInputDialog::textValueSelected, this, [this, files](const QString &name) {
                    if (!name.trimmed().isEmpty() && !isImporting())
                        importFiles(files, name.trimmed());
                });
                chooser->open();
            });
        }
        if (withoutSheet > 0 && m_document) {
            // The offer: a sheet for each, to fill in, plan and generate for (one undo step).
            QPushButton *create = box->addActionButton(withoutSheet <= OfferedAtOnce ? tr("Create %Ln Character(s)", nullptr, int(withoutSheet))
                                                                                     : tr("Choose Characters to Create…"));
            create->setObjectName(QStringLiteral("createCharacters"));
            if (withoutSheet <= OfferedAtOnce) {
                const QStringList names = summary.personasWithoutSheet;
                connect(create, &QPushButton::clicked, this, [this, names] { createCharacters(names); });
            } else {
                const QStringList order = summary.personasWithoutSheetByRecords();
                const QMap<QString, qint64> records = summary.importedByPersona;
                connect(create, &QPushButton::clicked, this, [this, order, records] {
                    auto *chooser = new PersonaChooserDialog(order, records, this);
                    chooser->setObjectName(QStringLiteral("personaChooser"));
                    chooser->setAttribute(Qt::WA_DeleteOnClose);
                    connect(chooser, &QDialog::accepted, this, [this, chooser] { createCharacters(chooser->checkedNames()); });
                    chooser->open();
                });
            }
            // Role-play chats come with their characters' cards: sheets that are written already.
            QPushButton *cards = box->addActionButton(tr("From Character Cards…"));
            cards->setObjectName(QStringLiteral("characterCards"));
            cards->setToolTip(tr("Make the sheets from role-play character cards (SillyTavern's JSON or PNG cards)"));
            connect(cards, &QPushButton::clicked, this, &ReviewPage::characterCardsRequested);
            create->setDefault(true);   // Enter still creates
        }
    }
    box->setObjectName(QStringLiteral("importSummary"));
    // Closed, it leaves the keyboard with the list: the reviewer starts on the new records.
    connect(box, &QDialog::finished, this, [this] {
        if (m_stack->currentIndex() == ListPage && isVisible())
            m_table->setFocus();
    });
    box->open();
}

void ReviewPage::createCharacters(const QStringList &names)
{
    if (!m_document)
        return;
    const qsizetype before = m_document->project().characters.size();
    // A thousand sheets take a second or two to write and read back.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QStringList problems = m_document->newCharacters(names, tr("New characters from an import"));
    QApplication::restoreOverrideCursor();
    QStringList created;
    for (qsizetype i = before; i < m_document->project().characters.size(); ++i)
        created << m_document->project().characters.at(i).name;
    if (!created.isEmpty()) {
        m_notice = created.size() <= 5
                       ? tr("New sheets for %1: complete them in the Characters mode (Edit ▸ Undo removes them).").arg(created.join(QStringLiteral(", ")))
                       : tr("New sheets for %Ln character(s): complete them in the Characters mode (Edit ▸ Undo removes them).", nullptr,
                            int(created.size()));
        updateHint();
    }
    if (!problems.isEmpty()) {
        QStringList shown = problems.mid(0, 10);
        if (problems.size() > shown.size())
            shown << tr("… %Ln more", nullptr, int(problems.size() - shown.size()));
        QMessageBox::warning(this, tr("Import"), shown.join(QLatin1Char('\n')));
    }
}

void ReviewPage::updateEmptyState()
{
    if (!isImporting() && m_emptyText) {
        if (!m_storeError.isEmpty() && m_document) {
            // A database that cannot be read is not an empty project: importing into it would
            // fail too, and the file is left exactly as it is.
            m_emptyText->setText(tr("The project's records cannot be read (%1).\n\nThe file is left as it is: restore it from a "
                                    "backup, or move it aside to start the records afresh, then reload the project (F5).")
                                     .arg(m_storeError));
            m_emptyImport->setEnabled(false);
        } else if (m_session && m_session->undoPutsBack()) {
            m_emptyText->setText(tr("No records left — Edit ▸ Undo “%1” brings them back").arg(m_session->undoText()));
            m_emptyImport->setEnabled(true);
        } else if (m_session && m_session->redoPutsBack()) {
            m_emptyText->setText(tr("No records — Edit ▸ Redo “%1” brings them back").arg(m_session->redoText()));
            m_emptyImport->setEnabled(true);
        } else {
            m_emptyText->setText(tr("No records yet — open Generate to start a run, or import a file"));
            m_emptyImport->setEnabled(true);
        }
        m_stopImport->setEnabled(false);
    }
    // The empty state is for a project without records; an empty filter result shows the list.
    const bool empty = m_model->rowCount() == 0 && (!m_store || m_store->recordCount() == 0);
    m_stack->setCurrentIndex(empty ? EmptyPage : ListPage);
}

void ReviewPage::updateHint()
{
    if (isImporting())
        return;
    if (m_session && m_session->isBusy()) {
        const qint64 total = qMax<qint64>(1, m_session->backgroundTotal());
        const int percent = int(100 * m_session->backgroundDone() / total);
        const QString what = m_session->backgroundText().toHtmlEscaped();
        QString text;
        if (!m_session->backgroundStoppable())
            text = m_session->backgroundUndoes() ? tr("Undoing “%1”…").arg(what) : tr("%1…").arg(what);
        else if (m_session->isStopping())
            text = tr("Stopping after the records being stored…");
        else if (m_session->backgroundUndoes())
            text = tr("Undoing “%1”… %2 % · <b>Esc</b> stop").arg(what).arg(percent);
        else
            text = tr("%1… %2 % · <b>Esc</b> stop").arg(what).arg(percent);
        if (!m_notice.isEmpty())
            text += QStringLiteral(" · ") + m_notice.toHtmlEscaped();
        m_hint->setText(text);
        return;
    }
    if (!m_storeError.isEmpty()) {
        m_hint->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Tone::css(Tone::Bad), m_storeError.toHtmlEscaped()));
        return;
    }
    if (!m_decisionError.isEmpty()) {
        m_hint->setText(QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Tone::css(Tone::Bad), m_decisionError.toHtmlEscaped()));
        return;
    }
    if (!m_notice.isEmpty()) {
        m_hint->setText(m_notice.toHtmlEscaped());
        return;
    }
    if (m_recordView->isEditing()) {
        m_hint->setText(tr("<b>Ctrl+Enter</b> save the edit · <b>Esc</b> cancel"));
        return;
    }
    if (m_rejectArmed) {
        QStringList reasons;
        for (qsizetype i = 0; i < m_reasons.size() && i < 9; ++i)
            reasons << QStringLiteral("<b>%1</b> %2").arg(i + 1).arg(m_reasons.at(i).toHtmlEscaped());
        m_hint->setText(tr("Reject because: %1 · <b>Esc</b> cancel").arg(reasons.join(QStringLiteral(" · "))));
        return;
    }
    m_hint->setText(tr("<b>A</b> accept · <b>X</b> reject · <b>1–9</b> reject with reason · <b>E</b> edit · <b>Space</b> skip · "
                       "<b>Backspace</b> undo · <b>J</b>/<b>K</b> next/previous"));
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_table->viewport())
        fitColumns();
    if ((watched == m_table || watched == m_recordView->browser())
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        if (handleKey(static_cast<QKeyEvent *>(event), event->type() == QEvent::ShortcutOverride))
            return true;
    }
    return ModePage::eventFilter(watched, event);
}

bool ReviewPage::handleKey(QKeyEvent *event, bool shortcutOverride)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    bool ours = false;
    if (mods == Qt::NoModifier) {
        ours = key == Qt::Key_A || key == Qt::Key_X || key == Qt::Key_E || key == Qt::Key_Space || key == Qt::Key_Backspace
            || key == Qt::Key_J || key == Qt::Key_K || (key >= Qt::Key_1 && key <= Qt::Key_9)
            || (key == Qt::Key_Escape && (m_rejectArmed || m_importWatcher || (m_session && m_session->isBusy())));
    }
    // Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y are the window's Edit ▸ Undo and Redo, which undo and
    // redo decisions first while this mode has the keyboard (ModePage::undoText()).
    if (!ours)
        return false;
    // Claim the key before a window shortcut does; act on the key press that follows.
    event->accept();
    if (shortcutOverride)
        return true;
    // While a decision on many records is stored, the list can be read; decisions wait.
    const bool decides = key != Qt::Key_J && key != Qt::Key_K && key != Qt::Key_Space && key != Qt::Key_Escape;
    if (decides && refusedWhileBusy())
        return true;
    switch (key) {
    case Qt::Key_A: acceptCurrent(); break;
    case Qt::Key_X:
        m_rejectArmed = currentRow() >= 0;
        updateHint();
        break;
    case Qt::Key_Escape:
        if (m_rejectArmed) {
            m_rejectArmed = false;
            updateHint();
        } else if (m_session && m_session->isBusy()) {
            m_session->stopBackground();
            updateHint();
        } else {
            stopImport();
        }
        break;
    case Qt::Key_E: m_recordView->startEditing(); updateHint(); break;
    case Qt::Key_Space:
    case Qt::Key_J: move(+1); break;
    case Qt::Key_K: move(-1); break;
    case Qt::Key_Backspace: undo(); break;
    default:
        if (key >= Qt::Key_1 && key <= Qt::Key_9)
            rejectCurrent(key - Qt::Key_1);
        break;
    }
    return true;
}

void ReviewPage::editRejectReasons()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Reject Reasons"),
                                                        tr("One reason per line. Keys 1–9 pick the first nine when rejecting;\n"
                                                           "decisions already made keep their reason."),
                                                        m_reasons.join(QLatin1Char('\n')), &ok);
    if (!ok)
        return;
    // One undo step (Edit ▸ Undo), saved in studio.json with the project.
    m_document->setRejectReasons(text.split(QLatin1Char('\n')));
}

void ReviewPage::editReviewerName()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Reviewer Name"),
                                               tr("The name recorded with your decisions from now on\n(empty: the system's user name):"),
                                               QLineEdit::Normal, m_session->reviewer(), &ok);
    if (!ok)
        return;
    ReviewSession::setDefaultReviewer(name);
    m_session->setReviewer(ReviewSession::defaultReviewer());
    updateReviewerLabel();
}

void ReviewPage::updateReviewerLabel()
{
    if (!m_session) {
        m_reviewer->clear();
        return;
    }
    // The name is a link to change it.
    m_reviewer->setText(tr("Reviewing as %1").arg(QStringLiteral("<a href=\"reviewer\">%1</a>").arg(m_session->reviewer().toHtmlEscaped())));
}

bool ReviewPage::refusedWhileBusy()
{
    if (!m_session || !m_session->isBusy())
        return false;
    QApplication::beep();
    m_notice = tr("decisions wait until it is stored");
    updateHint();
    return true;
}

void ReviewPage::backgroundFinished(bool complete)
{
    announceChange();
    m_notice.clear();
    const qint64 done = m_session->backgroundDone();
    const qint64 total = m_session->backgroundTotal();
    const QString error = m_session->lastError();
    if (const QString removed = std::exchange(m_removing, QString()); !removed.isEmpty()) {
        if (complete)
            m_notice = tr("Removed %Ln record(s) imported from %1 — Backspace or Edit ▸ Undo brings them back.", nullptr, pluralCount(total)).arg(removed);
        updateEmptyState();
        updateHint();
        if (!complete)
            QMessageBox::warning(this, tr("Remove Imported Records"), tr("The records imported from %1 could not be removed: %2").arg(removed, error));
        emit removalFinished();
        return;
    }
    if (!complete && error.isEmpty()) {
        // Stopped: the batches stored stay, as one undo step (an undo's rest stays to undo).
        if (done == 0)
            m_notice = tr("Stopped: nothing was changed.");
        else if (m_session->backgroundUndoes())
            m_notice = tr("Undo stopped after %1 of %Ln record(s) — Backspace undoes the rest.", nullptr, pluralCount(total)).arg(QLocale().toString(done));
        else
            m_notice = tr("Stopped after %1 of %Ln record(s); they keep their new state — Backspace undoes them.", nullptr,
                              pluralCount(total))
                           .arg(QLocale().toString(done));
    }
    updateHint();
    if (!complete && !error.isEmpty())
        QMessageBox::warning(this, tr("Review"), tr("Only %1 of %Ln record(s) could be stored: %2", nullptr, pluralCount(total)).arg(QLocale().toString(done), error));
    if (m_queuedEdit.first) {
        const auto [id, text] = std::exchange(m_queuedEdit, {});
        if (!m_session->edit(id, text))
            decisionFailed();
    }
}

void ReviewPage::decisionFailed()
{
    // The database refused the write (full disk, read-only folder, …): say so where the keys are
    // explained, and stay on the record; every decision stored before is still there.
    m_decisionError = tr("The decision was not stored: %1. Decisions made before are kept; press the key again once the cause is fixed.")
                          .arg(m_session ? m_session->lastError() : QString());
    updateHint();
}
