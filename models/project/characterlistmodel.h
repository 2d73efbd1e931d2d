#pragma once
// CharacterListModel: the character list every mode of the window shares — name, tier, records
// stored against the target, and how many warnings the sheet has. A flat table over Project.

#include "project.h"

#include <QAbstractTableModel>
#include <QHash>

class CharacterListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TierColumn, TargetColumn, StoredColumn, IssuesColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        TierRole,
        TargetRole,
        StoredRole,
        ProgressRole,   // stored / target in 0..1 (1 when the target is 0)
        IssueCountRole,
        HasErrorRole,
    };

    explicit CharacterListModel(QObject *parent = nullptr);

    void setProject(const Project *project);
    // Records stored per character, from the dataset store.
    void setStoredCounts(const QHash<QString, int> &counts);
    QHash<QString, int> storedCounts() const { return m_stored; }
    // The row of `name` changed (its sheet was re-read: its warnings). Told to the views when
    // the event loop next runs, with the other rows changed by then, as one dataChanged().
    void refreshCharacter(const QString &name);
    QString nameAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Project *m_project = nullptr;
    QHash<QString, int> m_stored;
    // refreshCharacter()'s rows not told to the views yet
    int m_changedFirst = -1;
    int m_changedLast = -1;
    bool m_refreshPending = false;
};
