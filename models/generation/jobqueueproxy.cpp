#include "jobqueueproxy.h"

#include "generationrun.h"
#include "jobqueuemodel.h"

JobQueueProxy::JobQueueProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobQueueModel::SortRole);
    // Rows change state while the run goes on: keep the filter and order current.
    setDynamicSortFilter(true);
}

void JobQueueProxy::setStateFilter(StateFilter filter)
{
    if (filter == m_state)
        return;
    m_state = filter;
    invalidateRowsFilter();
}

void JobQueueProxy::setCharacterFilter(const QString &persona)
{
    if (persona == m_persona)
        return;
    m_persona = persona;
    invalidateRowsFilter();
}

bool JobQueueProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_persona.isEmpty() && index.data(JobQueueModel::PersonaRole).toString() != m_persona)
        return false;
    using JobState = GenerationRun::JobState;
    const auto state = JobState(index.data(JobQueueModel::JobStateRole).toInt());
    switch (m_state) {
    case AllJobs:
        return true;
    case ActiveJobs:
        return state == JobState::Waiting || state == JobState::Running || state == JobState::Retrying;
    case DoneJobs:
        return state == JobState::Done;
    case FailedJobs:
        return state == JobState::Failed || state == JobState::Cancelled;
    }
    return true;
}
