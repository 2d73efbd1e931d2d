#pragma once
// JobQueueProxy: sorting and filtering of the JobQueueModel for the Generate mode's job table —
// by state (active, done, failed) and by character. Numbers sort as numbers (SortRole).

#include <QSortFilterProxyModel>

class JobQueueProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum StateFilter { AllJobs, ActiveJobs, DoneJobs, FailedJobs };
    Q_ENUM(StateFilter)

    explicit JobQueueProxy(QObject *parent = nullptr);

    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_state; }
    // Only this character's jobs; empty for all.
    void setCharacterFilter(const QString &persona);
    QString characterFilter() const { return m_persona; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    StateFilter m_state = AllJobs;
    QString m_persona;
};
