#pragma once
// ModePage: what every mode of the window (Characters, Plan, Generate, Insights, Review, Export)
// is to the main window. The window owns the document and the shared character list; a page
// follows them and asks the window for what it cannot do itself. Adding a mode is one
// MainWindow::addMode() call.

#include <QList>
#include <QWidget>

class QAction;

class ProjectDocument;

class ModePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;      // with a mnemonic, e.g. tr("&Plan")
    virtual QString iconName() const = 0;   // a freedesktop icon name
    // The open project, or nullptr when it closes. The page must drop every pointer into it.
    virtual void setDocument(ProjectDocument *document) = 0;
    // The shared character list's selection; empty for none.
    virtual void setCurrentCharacter(const QString &name) { Q_UNUSED(name) }
    // The page has become the visible mode.
    virtual void activated() {}
    // Records in studio.db changed (another page emitted recordsChanged); refresh what shows them.
    // Called at most a few times a second during a run.
    virtual void recordsUpdated() {}
    // Actions for the View menu (showing or hiding a part of the page); the window shows them,
    // and their shortcuts work, only while the page is the current mode.
    virtual QList<QAction *> viewActions() const { return {}; }
    // An undo history of the page's own (the Review mode's decisions and imports): while the
    // page is the current mode and the focus is not in a text field, Edit ▸ Undo undoes its last
    // step when it is later than the project's last edit, and Edit ▸ Redo makes the step undone
    // last again.
    // undoText() and redoText() name the steps ("Accept"); empty for none.
    virtual QString undoText() const { return {}; }
    virtual void undoLast() {}
    virtual QString redoText() const { return {}; }
    virtual void redoLast() {}
    // When the page's last step was made and its next redo undone (HistoryClock): Edit ▸ Undo
    // takes the page's step or the project's, whichever is later, and Edit ▸ Redo likewise.
    virtual quint64 undoStamp() const { return 0; }
    virtual quint64 redoStamp() const { return 0; }

signals:
    // Asks the window to select a character in the shared list (and so in every mode).
    void characterRequested(const QString &name);
    // Records in studio.db changed (stored, imported, reviewed): counts everywhere refresh.
    void recordsChanged();
    // Asks the window to show another mode.
    void modeRequested(ModePage *page);
    // A line for the status bar's run area ("3 jobs running · $0.12"); empty to clear it.
    void runStatusChanged(const QString &text);
    // undoText() or redoText() changed.
    void undoChanged();
};
