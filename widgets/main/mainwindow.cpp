#include "mainwindow.h"

#include "appsettings.h"
#include "characters/characterspage.h"
#include "dataset/datasetstore.h"
#include "project/characterlistmodel.h"
#include "project/tierplan.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_characterModel(new CharacterListModel(this))
    , m_characterProxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Persona Studio"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("user-identity")));
    m_characterProxy->setSourceModel(m_characterModel);
    m_characterProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_characterProxy->setFilterKeyColumn(-1);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(createWorkspace());
    setCentralWidget(m_stack);
    createActions();

    m_statusProject = new QLabel(this);
    m_statusRecords = new QLabel(this);
    m_statusIssues = new QLabel(this);
    statusBar()->addWidget(m_statusProject, 1);
    statusBar()->addPermanentWidget(m_statusIssues);
    statusBar()->addPermanentWidget(m_statusRecords);

    resize(1200, 780);
    restoreGeometry(AppSettings::windowGeometry.get());
    restoreState(AppSettings::windowState.get());
    m_mainSplitter->restoreState(AppSettings::mainSplitter.get());
    m_charactersPage->splitter()->restoreState(AppSettings::charactersSplitter.get());
    updateRecentMenus();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // The views outlive m_project while the base class tears the children down: detach them first.
    m_characterModel->setProject(nullptr);
    m_charactersPage->setProject(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_reloadAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Re&load Project"), this, &MainWindow::reloadProject);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find Character"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *list = view->addAction(tr("Character &List"), this, [this] { m_characterView->setFocus(); });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    auto *hint = new QLabel(tr("Open a project folder: one with studio.json, or just a folder of character_*.md sheets."), page);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *open = new QPushButton(tr("Open Project…"), page);
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseProject);
    layout->addWidget(open, 0, Qt::AlignCenter);
    auto *recentLabel = new QLabel(tr("Recent projects"), page);
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
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);

    auto *listPane = new QWidget(m_mainSplitter);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(4, 4, 0, 4);
    m_filter = new QLineEdit(listPane);
    m_filter->setPlaceholderText(tr("Filter characters (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_characterProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_characterView = new QTreeView(listPane);
    m_characterView->setModel(m_characterProxy);
    m_characterView->setRootIsDecorated(false);
    m_characterView->setUniformRowHeights(true);
    m_characterView->setAlternatingRowColors(true);
    m_characterView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_characterView->setSortingEnabled(false);
    m_characterView->setAccessibleName(tr("Characters"));
    m_characterView->header()->setStretchLastSection(false);
    m_characterView->header()->setSectionResizeMode(CharacterListModel::NameColumn, QHeaderView::Stretch);
    for (int c = CharacterListModel::TierColumn; c < CharacterListModel::ColumnCount; ++c)
        m_characterView->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(m_characterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const QModelIndex source = m_characterProxy->mapToSource(current);
        m_charactersPage->showCharacter(m_characterModel->nameAt(source.row()));
    });
    listLayout->addWidget(m_filter);
    listLayout->addWidget(m_characterView, 1);

    m_charactersPage = new CharactersPage(m_mainSplitter);
    m_mainSplitter->addWidget(listPane);
    m_mainSplitter->addWidget(m_charactersPage);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({380, 820});
    m_mainSplitter->setChildrenCollapsible(false);
    return m_mainSplitter;
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
    m_charactersPage->setProject(nullptr);
    m_characterModel->setProject(nullptr);
    m_project = std::move(opened.project);

    if (m_project->createdFromSheets) {
        // A folder of sheets becomes a project: write studio.json beside them, never touching the sheets.
        QString error;
        if (m_project->save(&error))
            statusBar()->showMessage(tr("Created studio.json for the %n sheet(s) in this folder", nullptr, int(m_project->characters.size())), 8000);
        else
            statusBar()->showMessage(tr("Opened read-only: %1").arg(error), 8000);
    }

    m_characterModel->setProject(&*m_project);
    m_charactersPage->setProject(&*m_project);
    refreshStoredCounts();
    m_reloadAction->setEnabled(true);
    m_stack->setCurrentIndex(1);
    setWindowTitle(tr("%1 — Persona Studio").arg(m_project->name.isEmpty() ? QFileInfo(m_project->dir).fileName() : m_project->name));
    setWindowFilePath(m_project->dir);
    AppSettings::addRecentProject(m_project->dir);
    updateRecentMenus();
    updateStatus();
    selectCharacter(previous.isEmpty() && !m_project->characters.isEmpty() ? m_project->characters.first().name : previous);
    return true;
}

void MainWindow::selectCharacter(const QString &name)
{
    const int row = m_characterModel->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_characterProxy->mapFromSource(m_characterModel->index(row, 0));
    m_characterView->setCurrentIndex(index);
}

void MainWindow::refreshStoredCounts()
{
    if (!m_project || !QFileInfo::exists(m_project->databasePath()))
        return;
    DatasetStore store;
    QString error;
    if (!store.open(m_project->databasePath(), &error)) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    m_characterModel->setStoredCounts(store.countsByPersona());
}

void MainWindow::reloadProject()
{
    if (m_project)
        openProject(m_project->dir);
}

void MainWindow::chooseProject()
{
    const QStringList recent = AppSettings::recentProjects.get();
    const QString start = m_project ? m_project->dir : (recent.isEmpty() ? QDir::homePath() : recent.first());
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"), start);
    if (!dir.isEmpty())
        openProject(dir);
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
    if (!m_project) {
        m_statusProject->setText(tr("No project open"));
        m_statusRecords->clear();
        m_statusIssues->clear();
        return;
    }
    const TierPlan plan = TierPlan::compute(*m_project);
    int stored = 0;
    for (int row = 0; row < m_characterModel->rowCount(); ++row)
        stored += m_characterModel->index(row, 0).data(CharacterListModel::StoredRole).toInt();
    m_statusProject->setText(tr("%1 · %n character(s)", nullptr, int(m_project->characters.size()))
                                 .arg(QDir::toNativeSeparators(m_project->dir)));
    m_statusRecords->setText(tr("%1 / %2 records").arg(stored).arg(plan.total));
    int warnings = 0;
    int errors = 0;
    for (const Issue &issue : m_project->issues)
        issue.isError() ? ++errors : ++warnings;
    m_statusIssues->setText(errors ? tr("%n error(s)", nullptr, errors) + tr(", %n warning(s)", nullptr, warnings)
                                   : tr("%n warning(s)", nullptr, warnings));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Persona Studio"),
                       tr("<h3>Persona Studio %1</h3>"
                          "<p>Build fine-tuning datasets of character voices with an LLM.</p>"
                          "<p>Built with Qt %2, md4c and SQLite.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::windowGeometry.set(saveGeometry());
    AppSettings::windowState.set(saveState());
    AppSettings::mainSplitter.set(m_mainSplitter->saveState());
    AppSettings::charactersSplitter.set(m_charactersPage->splitter()->saveState());
    event->accept();
}
