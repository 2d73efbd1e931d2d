#include "mainwindow.h"

#include "appsettings.h"
#include "characters/characterspage.h"
#include "dataset/datasetstore.h"
#include "document/projectdocument.h"
#include "document/sheetdocument.h"
#include "export/exportdialog.h"
#include "languagedialog.h"
#include "steadybox.h"
#include "generate/generatepage.h"
#include "insights/insightspage.h"
#include "plan/planpage.h"
#include "project/characterlistmodel.h"
#include "project/tierplan.h"
#include "review/reviewpage.h"
#include "shortcutsdialog.h"
#include "util/workpools.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextEdit>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_characterModel(new CharacterListModel(this))
    , m_characterProxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Persona Studio"));
    setAcceptDrops(true);
    setWindowIcon(QIcon::fromTheme(QStringLiteral("user-identity")));
    m_characterProxy->setSourceModel(m_characterModel);
    m_characterProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_characterProxy->setFilterKeyColumn(-1);

    m_statusProject = new QLabel(this);
    m_statusRecords = new QLabel(this);
    m_statusIssues = new QLabel(this);
    m_statusRun = new QLabel(this);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(createWorkspace());
    setCentralWidget(m_stack);
    createActions();

    statusBar()->addWidget(m_statusProject, 1);
    // The run's figures and the record counts change all through a run: steady boxes keep
    // those changes from relaying out the window.
    statusBar()->addPermanentWidget(new SteadyBox(m_statusRun));
    statusBar()->addPermanentWidget(m_statusIssues);
    statusBar()->addPermanentWidget(new SteadyBox(m_statusRecords));

    // A first start fills most of a small screen and stays at a comfortable size on a large one.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(std::min(1280, available.width() * 9 / 10), std::min(820, available.height() * 9 / 10));
    restoreGeometry(AppSettings::windowGeometry.get());
    restoreState(AppSettings::windowState.get());
    m_mainSplitter->restoreState(AppSettings::mainSplitter.get());
    m_charactersPage->splitter()->restoreState(AppSettings::charactersSplitter.get());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(AppSettings::splitterState(splitter->objectName()));
    }
    // Back in the mode of the last session: a reviewer comes back to Review.
    if (ModePage *last = m_pages.value(AppSettings::lastMode.get()); last && last != m_charactersPage)
        setModePage(last);
    // The layout is kept as it changes, not only at a clean close: a crash or a killed session
    // loses at most its last second.
    m_layoutSaveTimer = new QTimer(this);
    m_layoutSaveTimer->setSingleShot(true);
    m_layoutSaveTimer->setInterval(1000);
    connect(m_layoutSaveTimer, &QTimer::timeout, this, &MainWindow::saveLayout);
    for (QSplitter *splitter : findChildren<QSplitter *>())
        connect(splitter, &QSplitter::splitterMoved, m_layoutSaveTimer, qOverload<>(&QTimer::start));
    updateRecentMenus();
    updateStatus();
    updateUndoActions();
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateUndoActions);
}

MainWindow::~MainWindow()
{
    // Tear the children down while this is still a MainWindow: signals they send on the way
    // (focus changes, selection changes) must not reach a half-destroyed window.
    disconnect(qApp, nullptr, this, nullptr);
    m_characterModel->setProject(nullptr);
    for (ModePage *page : std::as_const(m_pages))
        page->setDocument(nullptr);
    if (m_document) {
        m_document->flushSave();
        m_document->disconnect(this);
        m_document->undoStack()->disconnect(this);
        m_document.reset();
    }
    delete takeCentralWidget();
    m_pages.clear();
    // Workers of the modes (counts, a flag scan, a sort, a sample, an import told to stop) each
    // read studio.db through a connection of their own. QApplication's destructor closes every
    // connection left before it waits for the thread pool: one still in use would be closed
    // under its worker. They end here first — within a second or two, at a million records.
    WorkPools::waitForDone();
}

const Project *MainWindow::project() const
{
    return m_document ? &m_document->project() : nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("&New Project…"), this, &MainWindow::chooseNewProject);
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_reloadAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load Project"), this, &MainWindow::reloadProject);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    file->addAction(m_charactersPage->saveAction());
    m_importAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Records…"), this,
                                     [this] { importIntoProject({}); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importAction->setToolTip(tr("Import JSONL records or JSON arrays (studio, OpenAI chat, ShareGPT, Alpaca, instruction/response, prompt/completion, chat-template text) into this project"));
    m_importAction->setEnabled(false);
    m_exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this, [this] {
        if (!m_document)
            return;
        m_charactersPage->saveAll();
        m_document->flushSave();
        ExportDialog dialog(m_document->project().dir, this);
        dialog.exec();
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAgainAction = file->addAction(tr("Export &Again"), this, [this] {
        if (!m_document)
            return;
        m_charactersPage->saveAll();
        m_document->flushSave();
        ExportDialog::exportWithLastSettings(this, m_document->project().dir);
    });
    m_exportAgainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    m_exportAgainAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Undo follows the focus: in the sheet editor it undoes typing, elsewhere project edits.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this, [this] {
        if (editorHasFocus())
            m_charactersPage->editor()->undo();
        else if (ModePage *page = pageUndoing())
            page->undoLast();
        else if (m_document)
            m_document->undoStack()->undo();
        updateUndoActions();
    });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this, [this] {
        if (editorHasFocus())
            m_charactersPage->editor()->redo();
        else if (ModePage *page = pageRedoing())
            page->redoLast();
        else if (m_document)
            m_document->undoStack()->redo();
        updateUndoActions();
    });
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // The editor's own undo shortcuts would shadow the menu's; the menu decides.
    m_charactersPage->editor()->setUndoRedoEnabled(true);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    m_modeGroup = new QActionGroup(this);
    for (ModePage *page : std::as_const(m_pages))
        addMode(page);
    view->addSeparator();
    // The modes' own view actions, each shown only while its mode is current (setModePage).
    for (ModePage *page : std::as_const(m_pages)) {
        for (QAction *action : page->viewActions()) {
            view->addAction(action);
            action->setVisible(page == m_pages.constFirst());
        }
    }
    QAction *find = view->addAction(tr("&Filter Characters"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *list = view->addAction(tr("Character &List"), this, [this] { m_characterView->setFocus(); });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addSeparator();
    view->addAction(LanguageDialog::menuText(), this, [this] {
        LanguageDialog dialog(this);
        dialog.exec();
    });

    m_characterMenu = menuBar()->addMenu(tr("&Character"));
    m_characterMenu->addActions(m_charactersPage->characterActions());
    m_characterMenu->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(this, m_pages);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Persona Studio"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(tr("<h1>Persona Studio</h1><p>Build fine-tuning datasets of character voices.</p>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Start a new project, or open a project folder: one with studio.json, or just a folder of "
                               "character_*.md sheets."), page);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *create = new QPushButton(tr("New Project…"), page);
    connect(create, &QPushButton::clicked, this, &MainWindow::chooseNewProject);
    buttons->addWidget(create);
    auto *open = new QPushButton(tr("Open Project…"), page);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseProject);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_welcomeRecentLabel = new QLabel(tr("Recent projects"), page);
    QLabel *recentLabel = m_welcomeRecentLabel;
    recentLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(recentLabel);
    m_welcomeRecent = new QListWidget(page);
    m_welcomeRecent->setMaximumWidth(560);
    m_welcomeRecent->setMaximumHeight(180);
    recentLabel->setBuddy(m_welcomeRecent);
    connect(m_welcomeRecent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openProject(item->data(Qt::UserRole).toString()); });
    layout->addWidget(m_welcomeRecent, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

QWidget *MainWindow::createWorkspace()
{
    auto *workspace = new QWidget(this);
    auto *workspaceLayout = new QHBoxLayout(workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);

    m_modeBar = new QToolBar(tr("Modes"), workspace);
    m_modeBar->setOrientation(Qt::Vertical);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(28, 28));
    workspaceLayout->addWidget(m_modeBar);

    m_mainSplitter = new QSplitter(Qt::Horizontal, workspace);
    workspaceLayout->addWidget(m_mainSplitter, 1);

    auto *listPane = new QWidget(m_mainSplitter);
    // Narrow enough that the window fits 1024 px (a 1280 × 800 screen at 125 %); it starts at
    // 320 px (setSizes below), room for the longest names.
    listPane->setMinimumWidth(200);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 0, 4);
    m_filter = new QLineEdit(listPane);
    m_filter->setPlaceholderText(tr("Filter characters (Ctrl+K)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_characterProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_characterView = new QTreeView(listPane);
    m_characterView->setModel(m_characterProxy);
    m_characterView->setRootIsDecorated(false);
    m_characterView->setUniformRowHeights(true);
    m_characterView->setAlternatingRowColors(true);
    m_characterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_characterView->setAccessibleName(tr("Characters"));
    // "Ambassador…Tegmen", not "Ambassador T…": names that begin alike stay apart.
    m_characterView->setTextElideMode(Qt::ElideMiddle);
    m_characterView->header()->setStretchLastSection(false);
    m_characterView->header()->setSectionResizeMode(CharacterListModel::NameColumn, QHeaderView::Stretch);
    for (int c = CharacterListModel::TierColumn; c < CharacterListModel::ColumnCount; ++c)
        m_characterView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_characterView->setColumnHidden(CharacterListModel::TargetColumn, true); // "stored / target" says it
    m_characterViewport = m_characterView->viewport();
    m_characterViewport->installEventFilter(this);   // a narrow list leaves the tier out
    connect(m_characterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_characterProxy->mapToSource(current);
        const QString name = m_characterModel->nameAt(source.row());
        for (ModePage *page : std::as_const(m_pages))
            page->setCurrentCharacter(name);
    });
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_characterView, 1);

    m_modes = new QStackedWidget(m_mainSplitter);
    m_charactersPage = new CharactersPage(m_modes);
    m_planPage = new PlanPage(m_modes);
    // The modes, in workflow order. Each is added to the stack, the mode bar and the View menu.
    m_pages = {m_charactersPage, m_planPage, new GeneratePage(m_modes), new InsightsPage(m_modes), new ReviewPage(m_modes)};
    for (ModePage *page : std::as_const(m_pages)) {
        m_modes->addWidget(page);
        if (auto *review = qobject_cast<ReviewPage *>(page))
            connect(review, &ReviewPage::characterCardsRequested, m_charactersPage, [this] { m_charactersPage->importCharacterCards(); });
    }
    connect(m_charactersPage, &CharactersPage::unsavedChangesChanged, this, [this] {
        setWindowModified(m_charactersPage->hasUnsavedChanges());
        updateUndoActions();
    });

    m_mainSplitter->addWidget(listPane);
    m_mainSplitter->addWidget(m_modes);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({320, 960});
    m_mainSplitter->setChildrenCollapsible(false);
    return workspace;
}

void MainWindow::addMode(ModePage *page)
{
    const int index = int(m_modeGroup->actions().size());
    QAction *a = m_modeGroup->addAction(QIcon::fromTheme(page->iconName()), page->title());
    a->setCheckable(true);
    a->setChecked(index == 0);
    if (index < 9)
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    a->setToolTip(QStringLiteral("%1 (%2)").arg(page->title().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    m_viewMenu->insertAction(m_viewMenu->actions().value(index), a);
    m_modeBar->addAction(a);
    connect(a, &QAction::triggered, this, [this, page] { setModePage(page); });
    connect(page, &ModePage::characterRequested, this, &MainWindow::selectCharacter);
    connect(page, &ModePage::modeRequested, this, &MainWindow::setModePage);
    connect(page, &ModePage::recordsChanged, this, [this] {
        refreshStoredCounts();
        updateStatus();
        for (ModePage *p : std::as_const(m_pages))
            p->recordsUpdated();
    });
    connect(page, &ModePage::runStatusChanged, m_statusRun, &QLabel::setText);
    connect(page, &ModePage::undoChanged, this, &MainWindow::updateUndoActions);
}

void MainWindow::setMode(Mode mode)
{
    setModePage(m_pages.value(int(mode)));
}

void MainWindow::setModePage(ModePage *page)
{
    const int index = int(m_pages.indexOf(page));
    if (index < 0)
        return;
    m_modes->setCurrentIndex(index);
    if (m_layoutSaveTimer)
        m_layoutSaveTimer->start();
    const QList<QAction *> actions = m_modeGroup->actions();
    for (int i = 0; i < actions.size(); ++i)
        actions.at(i)->setChecked(i == index);
    for (ModePage *other : std::as_const(m_pages)) {
        for (QAction *action : other->viewActions())
            action->setVisible(other == page);
    }
    page->activated();
    updateUndoActions();
}

ModePage *MainWindow::currentModePage() const
{
    return m_pages.value(m_modes->currentIndex());
}

MainWindow::Mode MainWindow::mode() const
{
    return Mode(m_modes->currentIndex());
}

bool MainWindow::openProject(const QString &dir)
{
    Project::OpenResult opened = Project::open(dir);
    if (!opened.project) {
        m_lastError = opened.error;
        QMessageBox::critical(this, tr("Cannot open project"), opened.error);
        return false;
    }
    m_lastError.clear();
    const QString previous = m_charactersPage->currentCharacter();
    for (ModePage *page : std::as_const(m_pages))
        page->setDocument(nullptr);
    m_characterModel->setProject(nullptr);
    if (m_document) {
        m_document->disconnect(this);
        m_document->undoStack()->disconnect(this);
    }
    m_document = std::make_unique<ProjectDocument>(std::move(*opened.project));

    if (m_document->project().createdFromSheets) {
        // A folder of sheets becomes a project: write studio.json beside them, never touching the sheets.
        if (m_document->save())
            statusBar()->showMessage(tr("Created studio.json for the %n sheet(s) in this folder", nullptr, int(m_document->project().characters.size())), 8000);
        else
            statusBar()->showMessage(tr("Could not create studio.json: %1").arg(m_document->lastSaveError()), 10000);
    }
    ProjectDocument *document = m_document.get();
    connect(document, &ProjectDocument::charactersChanged, this, [this] {
        const QString current = m_charactersPage->currentCharacter();
        m_characterModel->setProject(&m_document->project());
        refreshStoredCounts();
        selectCharacter(current);
        updateStatus();
    });
    connect(document, &ProjectDocument::planChanged, this, [this] {
        m_characterModel->setStoredCounts(m_characterModel->rowCount() ? m_characterModel->storedCounts() : QHash<QString, int>());
        updateStatus();
    });
    // A sheet re-read changes its row's warnings only (an import's hundred new sheets are a
    // hundred rows, not a hundred passes over the list).
    connect(document, &ProjectDocument::sheetChanged, m_characterModel, &CharacterListModel::refreshCharacter);
    connect(document, &ProjectDocument::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Not saved: %1").arg(message), 15000);
    });
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);

    m_characterModel->setProject(&m_document->project());
    for (ModePage *page : std::as_const(m_pages))
        page->setDocument(document);
    m_characterMenu->setEnabled(true);
    refreshStoredCounts();
    m_reloadAction->setEnabled(true);
    m_importAction->setEnabled(true);
    m_exportAction->setEnabled(true);
    m_exportAgainAction->setEnabled(true);
    m_stack->setCurrentIndex(1);
    const Project &p = m_document->project();
    setWindowTitle(tr("%1[*] — Persona Studio").arg(p.name.isEmpty() ? QFileInfo(p.dir).fileName() : p.name));
    setWindowFilePath(p.dir);
    AppSettings::addRecentProject(p.dir);
    updateRecentMenus();
    updateStatus();
    updateUndoActions();
    selectCharacter(previous.isEmpty() || !p.character(previous) ? (p.characters.isEmpty() ? QString() : p.characters.first().name) : previous);
    // Hidden modes read their data when shown (Review, Insights): the one on screen now is.
    if (ModePage *page = currentModePage())
        page->activated();
    return true;
}

void MainWindow::selectCharacter(const QString &name)
{
    const int row = m_characterModel->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_characterProxy->mapFromSource(m_characterModel->index(row, 0));
    m_characterView->setCurrentIndex(index);
    for (ModePage *page : std::as_const(m_pages))
        page->setCurrentCharacter(name);
}

bool MainWindow::editorHasFocus() const
{
    return mode() == CharactersMode && m_charactersPage->editor()->hasFocus();
}

ModePage *MainWindow::pageWithOwnUndo() const
{
    ModePage *page = m_document ? currentModePage() : nullptr;
    if (!page)
        return nullptr;
    // In a text field (the search, the edit of a reply) Ctrl+Z is the field's.
    const QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<const QLineEdit *>(focus) || qobject_cast<const QAbstractSpinBox *>(focus)
        || (qobject_cast<const QPlainTextEdit *>(focus) && !static_cast<const QPlainTextEdit *>(focus)->isReadOnly())
        || (qobject_cast<const QTextEdit *>(focus) && !static_cast<const QTextEdit *>(focus)->isReadOnly()))
        return nullptr;
    return page;
}

ModePage *MainWindow::pageUndoing() const
{
    // The page's step when it is later than the project's last edit.
    ModePage *page = pageWithOwnUndo();
    if (!page || page->undoText().isEmpty())
        return nullptr;
    return !m_document->undoStack()->canUndo() || page->undoStamp() > m_document->undoStamp() ? page : nullptr;
}

ModePage *MainWindow::pageRedoing() const
{
    // The step undone last, the page's or the project's.
    ModePage *page = pageWithOwnUndo();
    if (!page || page->redoText().isEmpty())
        return nullptr;
    return !m_document->undoStack()->canRedo() || page->redoStamp() > m_document->redoStamp() ? page : nullptr;
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    if (editorHasFocus()) {
        QTextDocument *doc = m_charactersPage->editor()->document();
        m_undoAction->setEnabled(doc && doc->isUndoAvailable());
        m_redoAction->setEnabled(doc && doc->isRedoAvailable());
        m_undoAction->setText(tr("&Undo Typing"));
        m_redoAction->setText(tr("&Redo Typing"));
        return;
    }
    // The mode's own steps (the Review mode's decisions and imports) and the project's edits,
    // the latest first.
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    const ModePage *undoing = pageUndoing();
    const ModePage *redoing = pageRedoing();
    const QString undoText = undoing ? undoing->undoText() : stack && stack->canUndo() ? stack->undoText() : QString();
    const QString redoText = redoing ? redoing->redoText() : stack && stack->canRedo() ? stack->redoText() : QString();
    m_undoAction->setEnabled(undoing || (stack && stack->canUndo()));
    m_redoAction->setEnabled(redoing || (stack && stack->canRedo()));
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void MainWindow::refreshStoredCounts()
{
    if (!m_document || !QFileInfo::exists(m_document->project().databasePath()))
        return;
    DatasetStore store;
    QString error;
    if (!store.open(m_document->project().databasePath(), &error)) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    m_characterModel->setStoredCounts(store.countsByPersona());
}

void MainWindow::reloadProject()
{
    if (!m_document)
        return;
    m_charactersPage->saveAll();
    m_document->flushSave();
    openProject(m_document->project().dir);
}

void MainWindow::importIntoProject(const QStringList &paths)
{
    if (!m_document)
        return;
    for (ModePage *page : std::as_const(m_pages)) {
        if (auto *review = qobject_cast<ReviewPage *>(page)) {
            // Imported records are looked at in the Review mode: go there, then import (asking
            // for the files first when none are given).
            setModePage(review);
            if (paths.isEmpty())
                review->chooseImportFiles();
            else if (review->isImporting())
                statusBar()->showMessage(tr("An import is running: drop the files again when it is done."), 8000);
            else
                review->importFiles(paths);
            return;
        }
    }
}

MainWindow::Drop MainWindow::dropKind(const QStringList &paths) const
{
    if (paths.size() == 1 && QFileInfo(paths.first()).isDir())
        return Drop::Project;
    if (paths.isEmpty() || !m_document)
        return Drop::None;
    bool images = true;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isFile())
            return Drop::None;
        images = images && (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".charx"), Qt::CaseInsensitive));
    }
    return images ? Drop::Cards : Drop::Import;
}

bool MainWindow::dropPaths(const QStringList &paths)
{
    switch (dropKind(paths)) {
    case Drop::Project:
        m_charactersPage->saveAll();
        return openProject(paths.first());
    case Drop::Import:
        importIntoProject(paths);
        return true;
    case Drop::Cards:
        m_charactersPage->importCharacterCards(paths);
        return true;
    case Drop::None:
        break;
    }
    return false;
}

namespace {

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (dropKind(localPaths(event->mimeData())) != Drop::None)
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (dropKind(localPaths(event->mimeData())) != Drop::None)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (dropKind(paths) == Drop::None)
        return;
    event->acceptProposedAction();
    // After the drop returns: opening a project or starting an import may show a dialog, which
    // must not run inside the drag's own event loop.
    QMetaObject::invokeMethod(this, [this, paths] { dropPaths(paths); }, Qt::QueuedConnection);
}

void MainWindow::chooseProject()
{
    const QStringList recent = AppSettings::recentProjects.get();
    const QString start = m_document ? m_document->project().dir : (recent.isEmpty() ? QDir::homePath() : recent.first());
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"), start);
    if (!dir.isEmpty()) {
        m_charactersPage->saveAll();
        openProject(dir);
    }
}

void MainWindow::chooseNewProject()
{
    const QStringList recent = AppSettings::recentProjects.get();
    const QString start = m_document ? QFileInfo(m_document->project().dir).absolutePath()
                                     : (recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).absolutePath());
    const QString dir = QFileDialog::getExistingDirectory(this, tr("New Project: Choose or Create Its Folder"), start);
    if (dir.isEmpty())
        return;
    if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("studio.json")))) {
        if (QMessageBox::question(this, tr("New Project"), tr("%1 already holds a project. Open it?").arg(QDir::toNativeSeparators(dir)))
            == QMessageBox::Yes) {
            m_charactersPage->saveAll();
            openProject(dir);
        }
        return;
    }
    bool ok = false;
    const QString work = QInputDialog::getText(this, tr("New Project"),
                                               tr("The film, book or game the characters come from (prompts name it):"),
                                               QLineEdit::Normal, QFileInfo(dir).fileName(), &ok);
    if (!ok)
        return;
    m_charactersPage->saveAll();
    newProject(dir, work);
}

bool MainWindow::newProject(const QString &dir, const QString &work)
{
    QString error;
    if (!Project::createNew(dir, work, &error)) {
        m_lastError = error;
        QMessageBox::warning(this, tr("New Project"), tr("The project cannot be started: %1").arg(error));
        return false;
    }
    if (!openProject(dir))
        return false;
    setModePage(m_charactersPage);
    statusBar()->showMessage(tr("New project: add its characters with Character ▸ New Character (Ctrl+N)."), 10000);
    return true;
}

void MainWindow::updateRecentMenus()
{
    const QStringList recent = AppSettings::recentProjects.get();
    m_recentMenu->clear();
    m_welcomeRecent->clear();
    for (const QString &dir : recent) {
        const QString label = QDir::toNativeSeparators(dir);
        m_recentMenu->addAction(label, this, [this, dir] { openProject(dir); });
        auto *item = new QListWidgetItem(label, m_welcomeRecent);
        item->setData(Qt::UserRole, dir);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    // A first start shows no empty box under "Recent projects".
    m_welcomeRecent->setVisible(!recent.isEmpty());
    m_welcomeRecentLabel->setVisible(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            AppSettings::recentProjects.set({});
            updateRecentMenus();
        });
    }
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_statusProject->setText(tr("No project open"));
        m_statusRecords->clear();
        m_statusIssues->clear();
        return;
    }
    const Project &p = m_document->project();
    const TierPlan plan = TierPlan::compute(p);
    int stored = 0;
    for (int value : m_characterModel->storedCounts())
        stored += value;
    m_statusProject->setText(tr("%1 · %n character(s)", nullptr, int(p.characters.size())).arg(QDir::toNativeSeparators(p.dir)));
    m_statusRecords->setText(tr("%1 / %Ln record(s)", nullptr, plan.total).arg(QLocale().toString(stored)));
    int warnings = 0;
    int errors = 0;
    for (const CharacterEntry &c : p.characters) {
        for (const Issue &issue : c.sheet.issues)
            issue.isError() ? ++errors : ++warnings;
    }
    m_statusIssues->setText(errors ? tr("%n error(s)", nullptr, errors) + tr(", %n warning(s)", nullptr, warnings)
                                   : tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Persona Studio"));
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(tr("<h3>Persona Studio %1</h3>"
                   "<p>Build fine-tuning datasets of character voices with an LLM.</p>"
                   "<p>Licensed under the MIT licence.</p>")
                    .arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("<p><b>Third-party software and data</b></p>"
                              "<ul>"
                              "<li>Qt %1 — LGPL 3.0 (The Qt Company and contributors)</li>"
                              "<li>md4c — MIT licence (Martin Mitáš)</li>"
                              "<li>SQLite — public domain</li>"
                              "<li>QtKeychain — BSD 3-clause licence (Frank Osterfeld and contributors), where available</li>"
                              "<li>o200k_base and cl100k_base merge ranks from js-tiktoken — MIT licence (© 2022 OpenAI, Shantanu Jain)</li>"
                              "</ul>")
                               .arg(QString::fromLatin1(qVersion())));
    box.setStandardButtons(QMessageBox::Ok);
    box.exec();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Narrowed towards its least width, the character list gives the tier's column to the
    // names ("Ambassador…Tegmen", not "A…n"); the Characters and Plan modes show the tier.
    if (event->type() == QEvent::Resize && watched == m_characterViewport) {
        const int tierAndCounts = m_characterView->fontMetrics().horizontalAdvance(QStringLiteral("supporting 100 / 100 ⚠")) + 40;
        const int nameRoom = m_characterView->fontMetrics().horizontalAdvance(QStringLiteral("Ambassador Te"));
        m_characterView->setColumnHidden(CharacterListModel::TierColumn, m_characterView->viewport()->width() < tierAndCounts + nameRoom);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_charactersPage->saveAll()) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved sheets"),
                                                 tr("Some sheets could not be saved (see the bar above the editor). Quit anyway and lose those changes?"),
                                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    if (m_document)
        m_document->flushSave();
    m_layoutSaveTimer->stop();
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout()
{
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    AppSettings::lastMode.set(m_modes->currentIndex());
    AppSettings::mainSplitter.set(m_mainSplitter->saveState());
    AppSettings::charactersSplitter.set(m_charactersPage->splitter()->saveState());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            AppSettings::setSplitterState(splitter->objectName(), splitter->saveState());
    }
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_layoutSaveTimer && isVisible())
        m_layoutSaveTimer->start();
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    if (m_layoutSaveTimer && isVisible())
        m_layoutSaveTimer->start();
}
