#include "shortcutsdialog.h"

#include "main/modepage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QString plainText(const QAction *action)
{
    return QString(action->text()).remove(QLatin1Char('&'));
}

QString keysText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

// A menu's actions with a shortcut, its submenus' too, as "Menu ▸ Action".
void addMenu(QTreeWidgetItem *section, const QMenu *menu, const QString &path, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(section, sub, path + plainText(action) + QStringLiteral(" ▸ "), seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || plainText(action).isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        new QTreeWidgetItem(section, {path + plainText(action), keysText(action)});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window, const QList<ModePage *> &pages)
    : QDialog(window)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_filter->setPlaceholderText(tr("Type to filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));

    QSet<const QAction *> seen;
    auto section = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(m_list, {title});
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
        return item;
    };

    QTreeWidgetItem *menus = section(tr("Menus"));
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (const QMenu *menu = menuAction->menu())
            addMenu(menus, menu, plainText(menuAction) + QStringLiteral(" ▸ "), seen);
    }

    // Each mode's own actions (toolbars, buttons), which no menu holds.
    for (ModePage *page : pages) {
        QTreeWidgetItem *own = nullptr;
        for (QAction *action : page->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || plainText(action).isEmpty() || seen.contains(action))
                continue;
            seen.insert(action);
            if (!own)
                own = section(tr("%1 mode").arg(QString(page->title()).remove(QLatin1Char('&'))));
            new QTreeWidgetItem(own, {plainText(action), keysText(action)});
        }
    }

    // The Review mode's single keys, read by its list and focus view rather than by actions.
    QTreeWidgetItem *review = section(tr("Reviewing records (the list or the record has the keyboard)"));
    const QList<QPair<QString, QString>> reviewKeys = {
        {tr("Accept and go to the next record"), QStringLiteral("A")},
        {tr("Reject: then 1–9 for the reason, Esc to cancel"), QStringLiteral("X")},
        {tr("Reject with that reason at once"), QStringLiteral("1 … 9")},
        {tr("Edit the reply (Ctrl+Enter saves, Esc leaves it unchanged)"), QStringLiteral("E")},
        {tr("Skip to the next record"), tr("Space")},
        {tr("Undo the last decision"), tr("Backspace, Ctrl+Z")},
        {tr("Make the last undone decision again"), tr("Ctrl+Shift+Z, Ctrl+Y")},
        {tr("Next / previous record"), tr("J / K, Down / Up")},
    };
    for (const auto &[what, keys] : reviewKeys)
        new QTreeWidgetItem(review, {what, keys});

    m_list->expandAll();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 640);
    m_filter->setFocus();
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int s = 0; s < m_list->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_list->topLevelItem(s);
        int shown = 0;
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem *item = section->child(i);
            const bool match = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        section->setHidden(shown == 0);
    }
}
