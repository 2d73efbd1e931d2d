#pragma once
// ShortcutsDialog: every keyboard shortcut of the window in one list (Help ▸ Keyboard
// Shortcuts, F1) — the menus' actions, each mode's own actions, and the Review mode's
// single keys — read from the live actions, so it is never out of date. Typing filters it.

#include <QDialog>

class ModePage;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `pages`: the modes, in the mode bar's order.
    ShortcutsDialog(QMainWindow *window, const QList<ModePage *> &pages);

    QTreeWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
