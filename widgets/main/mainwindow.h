#pragma once
// MainWindow: the one frame every mode plugs into — the mode bar, the shared character list,
// the menus and the status bar. It assembles the mode pages and owns the open ProjectDocument;
// the pages do the work.

#include <QMainWindow>
#include <memory>

class CharacterListModel;
class ModePage;
class CharactersPage;
class PlanPage;
class Project;
class ProjectDocument;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolBar;
class QTreeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The modes always present; later modes are added with addMode() and reached by page.
    enum Mode { CharactersMode, PlanMode };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the project in `dir`. On failure shows the reason and keeps what was open.
    bool openProject(const QString &dir);
    // Starts a project in DIR (Project::createNew) and opens it in the Characters mode.
    bool newProject(const QString &dir, const QString &work);
    const Project *project() const;
    ProjectDocument *document() const { return m_document.get(); }
    QString lastError() const { return m_lastError; }
    void setMode(Mode mode);
    Mode mode() const;
    void setModePage(ModePage *page);
    ModePage *currentModePage() const;
    QList<ModePage *> modePages() const { return m_pages; }
    QLabel *runStatusLabel() const { return m_statusRun; }

    QTreeView *characterView() const { return m_characterView; }
    CharacterListModel *characterModel() const { return m_characterModel; }
    CharactersPage *charactersPage() const { return m_charactersPage; }
    PlanPage *planPage() const { return m_planPage; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void createActions();
    // The window's geometry, mode and splitters into the settings (AppSettings).
    void saveLayout();
    // The current mode when the focus is where its own undo applies (not a text field).
    ModePage *pageWithOwnUndo() const;
    // The current mode when Edit ▸ Undo (Redo) is its own (see ModePage::undoText()), else nullptr.
    ModePage *pageUndoing() const;
    ModePage *pageRedoing() const;
    // Puts a mode in the mode bar and the View menu (Ctrl+1…9 in order) and wires it to the
    // document and the shared character list.
    void addMode(ModePage *page);
    QWidget *createWelcomePage();
    QWidget *createWorkspace();
    void updateRecentMenus();
    void updateStatus();
    void updateUndoActions();
    void refreshStoredCounts();
    void chooseProject();
    void chooseNewProject();
    void reloadProject();
    void showAbout();
    void selectCharacter(const QString &name);
    bool editorHasFocus() const;
    // Files dropped on the window: one folder opens as the project; dataset files are imported
    // into the open one (in the Review mode). Returns false for anything else.
    // Cards: PNG images and CHARX packages only, read as role-play character cards (Character ▸
    // Import Character Cards…).
    enum class Drop { None, Project, Import, Cards };
    Drop dropKind(const QStringList &paths) const;
    bool dropPaths(const QStringList &paths);
    void importIntoProject(const QStringList &paths);

    std::unique_ptr<ProjectDocument> m_document;
    QString m_lastError;

    QStackedWidget *m_stack = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QTimer *m_layoutSaveTimer = nullptr;   // saveLayout() a moment after the layout changes
    QToolBar *m_modeBar = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    QStackedWidget *m_modes = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_characterView = nullptr;
    QWidget *m_characterViewport = nullptr;   // its viewport, watched for its width (eventFilter)
    CharacterListModel *m_characterModel = nullptr;
    QSortFilterProxyModel *m_characterProxy = nullptr;
    CharactersPage *m_charactersPage = nullptr;
    PlanPage *m_planPage = nullptr;
    QListWidget *m_welcomeRecent = nullptr;
    QLabel *m_welcomeRecentLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusProject = nullptr;
    QLabel *m_statusRecords = nullptr;
    QLabel *m_statusIssues = nullptr;
    QLabel *m_statusRun = nullptr;
    QList<ModePage *> m_pages;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportAgainAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_characterMenu = nullptr;
};
