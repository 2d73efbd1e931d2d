#pragma once
// PlanPage: the Plan mode — tiers as groups of characters with a count slider per tier and an
// override slider per character, drag and drop (or Ctrl+Up/Down) between tiers, and live totals:
// records per tier and in all, requests at the batch size, and the engine's token and cost
// estimate for what is still to generate. Every change is an undo step saved to studio.json.

#include "main/modepage.h"

#include <QTimer>
#include <QTreeWidget>

struct RunEstimate;

class CountEditor;
class ProjectDocument;
class QAction;
class QLabel;
class QSpinBox;

// The tree with tiers as top-level items; a dropped character moves to the tier it lands in.
class PlanTree : public QTreeWidget
{
    Q_OBJECT

public:
    using QTreeWidget::QTreeWidget;
    // Moves the current character to the tier at `pos` (viewport coordinates), as a drop there does.
    bool dropCurrentAt(const QPoint &pos, DropIndicatorPosition indicator = OnItem);

signals:
    void characterDropped(const QString &character, const QString &tier, int position);

protected:
    void dropEvent(QDropEvent *event) override;
};

class PlanPage : public ModePage
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn, RecordsColumn, SplitColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, NameRole };
    enum Kind { TierItem = 1, CharacterItem };

    explicit PlanPage(QWidget *parent = nullptr);

    QString title() const override { return tr("&Plan"); }
    QString iconName() const override { return QStringLiteral("view-list-tree"); }
    void setDocument(ProjectDocument *document) override;
    void setCurrentCharacter(const QString &name) override;
    void activated() override;
    PlanTree *tree() const { return m_tree; }
    QLabel *totalsLabel() const { return m_totals; }
    QLabel *estimateLabel() const { return m_estimate; }
    QSpinBox *batchSizeBox() const { return m_batchSize; }
    CountEditor *tierEditor(const QString &tier) const;
    CountEditor *characterEditor(const QString &character) const;
    QTreeWidgetItem *itemFor(Kind kind, const QString &name) const;
    QList<QAction *> planActions() const { return m_actions; }
    // Recomputes the engine's estimate now instead of after the usual short pause.
    void updateEstimateNow();   // counts on this thread (the timer path counts on a worker)

private:
    void rebuild();
    void refresh();
    QString structureKey() const;
    QString selectedTier() const;
    QString selectedCharacter() const;
    void moveSelectedCharacter(int delta);
    void updateActions();   // the tier actions for a tier's row, the character actions for a character's
    void addTier();
    void renameTier();
    // Says so, titled `title`, when a tier is called `name` already; true then.
    bool refuseTakenTierName(const QString &title, const QString &name);

    ProjectDocument *m_document = nullptr;
    PlanTree *m_tree;
    QLabel *m_totals;
    QLabel *m_estimate;
    QSpinBox *m_batchSize;
    QList<QAction *> m_actions;
    QList<QAction *> m_tierActions;
    QList<QAction *> m_characterActions;
    QAction *m_removeTierAction = nullptr;
    QAction *m_moveTierUpAction = nullptr;
    QAction *m_moveTierDownAction = nullptr;
    QString m_sharedCharacter;   // the shared character list's selection
    QString m_structure;
    void showEstimate(const RunEstimate &estimate);
    QTimer m_estimateTimer;
    quint64 m_estimateTicket = 0;
    bool m_rebuildPending = false;
};
