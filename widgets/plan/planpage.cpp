#include "planpage.h"

#include "counteditor.h"
#include "document/projectdocument.h"
#include "generation/generationrun.h"
#include "generation/runestimate.h"
#include "project/tierplan.h"
#include "util/money.h"

#include <QAction>
#include <QDropEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

void PlanTree::dropEvent(QDropEvent *event)
{
    // The document changes and the tree is rebuilt from it; Qt's own move must not happen.
    if (dropCurrentAt(event->position().toPoint(), dropIndicatorPosition())) {
        event->setDropAction(Qt::IgnoreAction);
        event->accept();
    } else {
        event->ignore();
    }
}

bool PlanTree::dropCurrentAt(const QPoint &pos, DropIndicatorPosition indicator)
{
    QTreeWidgetItem *dragged = currentItem();
    QTreeWidgetItem *target = itemAt(pos);
    if (!dragged || dragged->data(0, PlanPage::KindRole).toInt() != PlanPage::CharacterItem || !target)
        return false;
    QTreeWidgetItem *tier = target->data(0, PlanPage::KindRole).toInt() == PlanPage::TierItem ? target : target->parent();
    int position = -1;
    if (target != tier) {
        position = tier->indexOfChild(target);
        if (indicator == QAbstractItemView::BelowItem)
            ++position;
        if (dragged->parent() == tier && tier->indexOfChild(dragged) < position)
            --position;
    }
    emit characterDropped(dragged->data(0, PlanPage::NameRole).toString(), tier->data(0, PlanPage::NameRole).toString(), position);
    return true;
}

PlanPage::PlanPage(QWidget *parent)
    : ModePage(parent)
    , m_tree(new PlanTree(this))
    , m_totals(new QLabel(this))
    , m_estimate(new QLabel(this))
    , m_batchSize(new QSpinBox(this))
{
    QFont big = m_totals->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_totals->setFont(big);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_estimate->setWordWrap(true);
    m_estimate->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_batchSize->setRange(1, 50);
    m_batchSize->setKeyboardTracking(false);
    m_batchSize->setToolTip(tr("Records asked for in one request"));
    auto *batchLabel = new QLabel(tr("&Batch size:"), this);
    batchLabel->setBuddy(m_batchSize);
    connect(m_batchSize, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_document)
            m_document->setBatchSize(value);
    });

    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Tier / character"), tr("Records each"), tr("Records"), tr("Split over categories")});
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(CountColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(RecordsColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(NameColumn, 230);
    m_tree->setColumnWidth(CountColumn, 250);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Tiers"));
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &PlanTree::characterDropped, this, [this](const QString &character, const QString &tier, int position) {
        if (m_document)
            m_document->moveToTier(character, tier, position);
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, KindRole).toInt() == CharacterItem)
            emit characterRequested(item->data(0, NameRole).toString());
        else
            renameTier();
    });

    auto action = [this](const QString &text, const QString &icon, const QKeySequence &key, auto slot) {
        auto *a = new QAction(QIcon::fromTheme(icon), text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
        return a;
    };
    action(tr("&Add Tier…"), QStringLiteral("list-add"), QKeySequence(Qt::CTRL | Qt::Key_T), &PlanPage::addTier);
    // The tier actions act on a tier's own row, the character actions on a character's, and are
    // enabled only there. F2 and Ctrl+Delete rename and delete the selected character from the
    // Character menu in every mode, so the tier's keys are Shift+F2 and Ctrl+Shift+Delete (a key
    // bound twice does nothing at all).
    m_tierActions << action(tr("Re&name Tier…"), QStringLiteral("edit-rename"), QKeySequence(Qt::SHIFT | Qt::Key_F2), &PlanPage::renameTier);
    m_removeTierAction = action(tr("&Remove Tier"), QStringLiteral("list-remove"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete), [this] {
        if (m_document && !selectedTier().isEmpty() && selectedCharacter().isEmpty())
            m_document->removeTier(selectedTier());
    });
    m_tierActions << m_removeTierAction;
    m_moveTierUpAction = action(tr("Move Tier &Up"), QStringLiteral("go-up"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] {
        if (m_document && !selectedTier().isEmpty() && selectedCharacter().isEmpty())
            m_document->moveTier(selectedTier(), -1);
    });
    m_tierActions << m_moveTierUpAction;
    m_moveTierDownAction = action(tr("Move Tier Do&wn"), QStringLiteral("go-down"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] {
        if (m_document && !selectedTier().isEmpty() && selectedCharacter().isEmpty())
            m_document->moveTier(selectedTier(), +1);
    });
    m_tierActions << m_moveTierDownAction;
    m_characterActions << action(tr("To Tier &Above"), QStringLiteral("go-previous"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveSelectedCharacter(-1); });
    m_characterActions << action(tr("To Tier &Below"), QStringLiteral("go-next"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveSelectedCharacter(+1); });
    m_characterActions << action(tr("Use Tier's &Count"), QStringLiteral("edit-undo"), QKeySequence(Qt::CTRL | Qt::Key_Backspace), [this] {
        if (m_document && !selectedCharacter().isEmpty())
            m_document->clearOverride(selectedCharacter());
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlanPage::updateActions);
    updateActions();

    // A tool bar folds what does not fit into its extension menu, so small windows keep every action.
    auto *toolbar = new QHBoxLayout;
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions(m_actions);
    toolbar->addWidget(bar, 1);
    toolbar->addWidget(batchLabel);
    toolbar->addWidget(m_batchSize);

    auto *hint = new QLabel(tr("Drag characters between tiers, or select one and press Ctrl+Up / Ctrl+Down. A character's own count overrides its tier's (shown in bold)."), this);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(m_estimate);
    layout->addLayout(toolbar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);

    m_estimateTimer.setSingleShot(true);
    m_estimateTimer.setInterval(300);
    connect(&m_estimateTimer, &QTimer::timeout, this, [this] {
        // Counting the tokens of every prompt takes a while: on a worker thread, newest wins.
        if (!m_document)
            return;
        const quint64 ticket = ++m_estimateTicket;
        const Project &project = m_document->project();
        auto *watcher = new QFutureWatcher<RunEstimate>(this);
        connect(watcher, &QFutureWatcher<RunEstimate>::finished, this, [this, watcher, ticket] {
            watcher->deleteLater();
            if (ticket == m_estimateTicket && m_document)
                showEstimate(watcher->result());
        });
        watcher->setFuture(RunEstimate::start(project, GenerationOptions::fromProject(project)));
    });
}

void PlanPage::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_structure.clear();
    if (m_document) {
        connect(m_document, &ProjectDocument::planChanged, this, &PlanPage::refresh);
        connect(m_document, &ProjectDocument::planChanged, this, &PlanPage::updateActions);
        connect(m_document, &ProjectDocument::charactersChanged, this, &PlanPage::refresh);
        connect(m_document, &ProjectDocument::sheetChanged, this, [this] { m_estimateTimer.start(); });
    }
    refresh();
    updateActions();
}

void PlanPage::setCurrentCharacter(const QString &name)
{
    m_sharedCharacter = name;
    if (QTreeWidgetItem *item = itemFor(CharacterItem, name))
        m_tree->setCurrentItem(item);
}

void PlanPage::activated()
{
    m_tree->setFocus();
}

QString PlanPage::structureKey() const
{
    QStringList parts;
    if (m_document) {
        for (const Tier &t : m_document->project().tiers)
            parts << t.name + QLatin1Char(':') + t.members.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char('|'));
}

QTreeWidgetItem *PlanPage::itemFor(Kind kind, const QString &name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *tier = m_tree->topLevelItem(i);
        if (kind == TierItem && tier->data(0, NameRole).toString() == name)
            return tier;
        for (int j = 0; kind == CharacterItem && j < tier->childCount(); ++j) {
            if (tier->child(j)->data(0, NameRole).toString() == name)
                return tier->child(j);
        }
    }
    return nullptr;
}

CountEditor *PlanPage::tierEditor(const QString &tier) const
{
    QTreeWidgetItem *item = itemFor(TierItem, tier);
    return item ? qobject_cast<CountEditor *>(m_tree->itemWidget(item, CountColumn)) : nullptr;
}

CountEditor *PlanPage::characterEditor(const QString &character) const
{
    QTreeWidgetItem *item = itemFor(CharacterItem, character);
    return item ? qobject_cast<CountEditor *>(m_tree->itemWidget(item, CountColumn)) : nullptr;
}

void PlanPage::rebuild()
{
    m_rebuildPending = false;
    const QString selectedName = m_tree->currentItem() ? m_tree->currentItem()->data(0, NameRole).toString() : QString();
    const int selectedKind = m_tree->currentItem() ? m_tree->currentItem()->data(0, KindRole).toInt() : 0;
    m_tree->clear();
    if (!m_document)
        return;
    for (const Tier &t : m_document->project().tiers) {
        auto *tierItem = new QTreeWidgetItem(m_tree);
        tierItem->setData(0, KindRole, TierItem);
        tierItem->setData(0, NameRole, t.name);
        tierItem->setFlags((tierItem->flags() | Qt::ItemIsDropEnabled) & ~Qt::ItemIsDragEnabled);
        QFont bold = tierItem->font(0);
        bold.setBold(true);
        tierItem->setFont(0, bold);
        auto *tierEditor = new CountEditor;
        tierEditor->setAccessibleName(tr("Records per character in tier %1").arg(t.name));
        const QString tierName = t.name;
        connect(tierEditor, &CountEditor::valueEdited, this, [this, tierName](int value, int gesture) {
            if (m_document)
                m_document->setTierTarget(tierName, value, gesture);
        });
        m_tree->setItemWidget(tierItem, CountColumn, tierEditor);
        for (const QString &member : t.members) {
            auto *item = new QTreeWidgetItem(tierItem);
            item->setData(0, KindRole, CharacterItem);
            item->setData(0, NameRole, member);
            item->setFlags((item->flags() | Qt::ItemIsDragEnabled) & ~Qt::ItemIsDropEnabled);
            auto *editor = new CountEditor;
            editor->setAccessibleName(tr("Records for %1").arg(member));
            connect(editor, &CountEditor::valueEdited, this, [this, member](int value, int gesture) {
                if (m_document)
                    m_document->setCharacterTarget(member, value, gesture);
            });
            m_tree->setItemWidget(item, CountColumn, editor);
        }
        tierItem->setExpanded(true);
    }
    m_structure = structureKey();
    // The row selected before, else the character selected in the shared list (the tree is
    // built after the list first selects one).
    QTreeWidgetItem *current = selectedKind ? itemFor(Kind(selectedKind), selectedName) : nullptr;
    if (!current && !m_sharedCharacter.isEmpty())
        current = itemFor(CharacterItem, m_sharedCharacter);
    if (current)
        m_tree->setCurrentItem(current);
}

void PlanPage::refresh()
{
    if (structureKey() != m_structure || !m_document) {
        // Rebuilding inside a drop or a slider's own signal would delete the widget in use: do it next.
        if (!m_rebuildPending) {
            m_rebuildPending = true;
            QMetaObject::invokeMethod(this, [this] {
                rebuild();
                refresh();
            }, Qt::QueuedConnection);
        }
        if (!m_document) {
            m_totals->setText(tr("No project open"));
            m_estimate->clear();
        }
        return;
    }
    const Project &project = m_document->project();
    const TierPlan plan = TierPlan::compute(project);
    const int batch = project.generation.batchSize;
    {
        QSignalBlocker blocker(m_batchSize);
        m_batchSize->setValue(batch);
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *tierItem = m_tree->topLevelItem(i);
        const QString tierName = tierItem->data(0, NameRole).toString();
        const int tierTarget = project.tierTarget(tierName);
        if (auto *editor = qobject_cast<CountEditor *>(m_tree->itemWidget(tierItem, CountColumn)))
            editor->setValue(tierTarget);
        int tierRecords = 0;
        for (int j = 0; j < tierItem->childCount(); ++j) {
            QTreeWidgetItem *item = tierItem->child(j);
            const QString name = item->data(0, NameRole).toString();
            const PersonaPlan *p = plan.persona(name);
            if (!p)
                continue;
            tierRecords += p->target;
            QStringList split;
            for (const auto &[category, count] : p->categories) {
                split << QStringLiteral("%1 %2").arg(category, QLocale().toString(count));
            }
            item->setText(NameColumn, p->overridden ? tr("%1 (tier: %2)").arg(name, QLocale().toString(tierTarget)) : name);
            QFont font = item->font(NameColumn);
            font.setBold(p->overridden);
            item->setFont(NameColumn, font);
            item->setText(RecordsColumn, QLocale().toString(p->target));
            item->setText(SplitColumn, p->target > 0 ? split.join(QStringLiteral(", ")) : tr("nothing to generate"));
            item->setToolTip(SplitColumn, split.join(QLatin1Char('\n')));
            if (auto *editor = qobject_cast<CountEditor *>(m_tree->itemWidget(item, CountColumn)))
                editor->setValue(p->target);
        }
        tierItem->setText(NameColumn, tr("%1 — %n character(s)", nullptr, tierItem->childCount()).arg(tierName));
        tierItem->setText(RecordsColumn, QLocale().toString(tierRecords));
        tierItem->setText(SplitColumn, QString());
    }
    const QLocale locale;
    m_totals->setText(tr("%1 in the plan for %n character(s)", nullptr, int(plan.personas.size())).arg(tr("%Ln record(s)", nullptr, plan.total)));
    m_estimate->setText(tr("Estimating tokens and cost…"));
    m_estimateTimer.start();
}

void PlanPage::updateEstimateNow()
{
    m_estimateTimer.stop();
    ++m_estimateTicket;   // an estimate still being counted is older than this one
    if (!m_document)
        return;
    const Project &project = m_document->project();
    showEstimate(RunEstimate::compute(project, GenerationOptions::fromProject(project)));
}

void PlanPage::showEstimate(const RunEstimate &e)
{
    if (!e.error.isEmpty()) {
        m_estimate->setText(tr("No estimate: %1").arg(e.error));
        return;
    }
    const Project &project = m_document->project();
    const QLocale locale;
    // Counts with their own plural forms ("1 record in 1 request", "25 records in 5 requests").
    m_estimate->setText(tr("Still to generate: %1 in %2 of up to %3 · about %4 prompt + %5 completion tokens · %6 with %7")
                            .arg(tr("%Ln record(s)", nullptr, e.records), tr("%Ln request(s)", nullptr, e.requests),
                                 locale.toString(project.generation.batchSize),
                                 locale.toString(e.promptTokens), locale.toString(e.completionTokens),
                                 e.priceKnown ? Money::usd(e.costUsd, 2) : tr("no price known for the model"),
                                 project.generation.model));
}

QString PlanPage::selectedTier() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return {};
    if (item->data(0, KindRole).toInt() == CharacterItem)
        item = item->parent();
    return item ? item->data(0, NameRole).toString() : QString();
}

void PlanPage::updateActions()
{
    const bool character = !selectedCharacter().isEmpty();
    const QString tierName = character ? QString() : selectedTier();
    for (QAction *a : std::as_const(m_tierActions))
        a->setEnabled(m_document && !tierName.isEmpty());
    // The unassigned tier with characters in it cannot go: they would come straight back to it.
    if (m_document && tierName == Project::UnassignedTier) {
        const QTreeWidgetItem *item = m_tree->currentItem();
        m_removeTierAction->setEnabled(item && item->childCount() == 0);
    }
    // The first tier goes no higher, the last no lower, and "unassigned" stays last.
    if (m_document && !tierName.isEmpty()) {
        m_moveTierUpAction->setEnabled(m_document->canMoveTier(tierName, -1));
        m_moveTierDownAction->setEnabled(m_document->canMoveTier(tierName, +1));
    }
    for (QAction *a : std::as_const(m_characterActions))
        a->setEnabled(m_document && character);
}

QString PlanPage::selectedCharacter() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(0, KindRole).toInt() == CharacterItem ? item->data(0, NameRole).toString() : QString();
}

void PlanPage::moveSelectedCharacter(int delta)
{
    const QString character = selectedCharacter();
    if (!m_document || character.isEmpty())
        return;
    const QList<Tier> &tiers = m_document->project().tiers;
    const QString tier = selectedTier();
    const auto it = std::find_if(tiers.cbegin(), tiers.cend(), [&](const Tier &t) { return t.name == tier; });
    const qsizetype index = (it - tiers.cbegin()) + delta;
    if (index < 0 || index >= tiers.size())
        return;
    m_document->moveToTier(character, tiers.at(index).name);
}

void PlanPage::addTier()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Tier"), tr("Name of the new tier:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (refuseTakenTierName(tr("Add Tier"), name.trimmed()))
        return;
    m_document->addTier(name, 30);
}

void PlanPage::renameTier()
{
    const QString tier = selectedTier();
    if (!m_document || tier.isEmpty() || !selectedCharacter().isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Tier"), tr("New name for the %1 tier:").arg(tier), QLineEdit::Normal, tier, &ok).trimmed();
    if (!ok || name.isEmpty() || name == tier)
        return;
    if (refuseTakenTierName(tr("Rename Tier"), name))
        return;
    m_document->renameTier(tier, name);
}

bool PlanPage::refuseTakenTierName(const QString &title, const QString &name)
{
    const QList<Tier> &tiers = m_document->project().tiers;
    if (std::none_of(tiers.cbegin(), tiers.cend(), [&](const Tier &t) { return t.name == name; }))
        return false;
    QMessageBox::warning(this, title, tr("There is already a tier called %1.").arg(name));
    return true;
}
