#pragma once
// MainWindow: the one frame every mode plugs into — the shared character list, the modes, the
// menus and the status bar. It assembles widgets and owns the open Project; modes do the work.

#include "project/project.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class CharacterListModel;
class CharactersPage;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTreeView;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the project in `dir`. On failure shows the reason and keeps what was open.
    bool openProject(const QString &dir);
    const Project *project() const { return m_project ? &*m_project : nullptr; }
    QString lastError() const { return m_lastError; }

    QTreeView *characterView() const { return m_characterView; }
    CharacterListModel *characterModel() const { return m_characterModel; }
    CharactersPage *charactersPage() const { return m_charactersPage; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    QWidget *createWelcomePage();
    QWidget *createWorkspace();
    void updateRecentMenus();
    void updateStatus();
    void refreshStoredCounts();
    void chooseProject();
    void reloadProject();
    void showAbout();
    void selectCharacter(const QString &name);

    std::optional<Project> m_project;
    QString m_lastError;

    QStackedWidget *m_stack = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_characterView = nullptr;
    CharacterListModel *m_characterModel = nullptr;
    QSortFilterProxyModel *m_characterProxy = nullptr;
    CharactersPage *m_charactersPage = nullptr;
    QListWidget *m_welcomeRecent = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusProject = nullptr;
    QLabel *m_statusRecords = nullptr;
    QLabel *m_statusIssues = nullptr;
    QAction *m_reloadAction = nullptr;
};
