#include "jobqueuemodel.h"

#include "util/money.h"

#include <QLocale>

using JobState = GenerationRun::JobState;

JobQueueModel::JobQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &JobQueueModel::flush);
}

void JobQueueModel::setRun(GenerationRun *run)
{
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (!run)
        return;
    connect(run, &GenerationRun::jobStateChanged, this, &JobQueueModel::onJobStateChanged);
    connect(run, &GenerationRun::retryScheduled, this, &JobQueueModel::onRetryScheduled);
    // The last changes of a run must not wait for the timer when a view reads the summary.
    connect(run, &GenerationRun::finished, this, &JobQueueModel::flush);
}

void JobQueueModel::removeUnfinished(const QStringList &personas)
{
    flush();
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const GenerationRun::Job &job = m_rows.at(row).job;
        if (job.state == JobState::Done || (!personas.isEmpty() && !personas.contains(job.persona)))
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    rebuildIndex();
}

JobQueueModel::PastRows JobQueueModel::pastRunRows(const GenerationJournal::PastRun &run)
{
    PastRows rows;
    rows.m_rows.reserve(run.jobs.size());
    rows.m_rowById.reserve(run.jobs.size());
    for (const GenerationJournal::PastJob &p : run.jobs) {
        Row r;
        r.job.id = p.id;
        r.job.persona = p.persona;
        r.job.category = p.category;
        r.job.requested = p.requested;
        r.job.stored = p.stored;
        r.job.attempts = p.attempts;
        r.job.lastError = p.lastError;
        r.job.promptTokens = p.promptTokens;
        r.job.completionTokens = p.completionTokens;
        r.job.costUsd = p.costUsd;
        r.job.state = p.state == QLatin1String("done")     ? JobState::Done
                      : p.state == QLatin1String("failed") ? JobState::Failed
                                                           : JobState::Cancelled;   // cancelled, abandoned, or left running
        r.latencyMs = p.latencyMs > 0 ? p.latencyMs : -1;
        rows.m_rowById.insert(p.id, int(rows.m_rows.size()));
        rows.m_rows << r;
    }
    return rows;
}

void JobQueueModel::showPastRun(PastRows rows)
{
    setRun(nullptr);
    m_coalesce.stop();
    m_dirtyFirst = m_dirtyLast = -1;
    beginResetModel();
    m_rows.swap(rows.m_rows);
    m_rowById.swap(rows.m_rowById);
    endResetModel();
}

void JobQueueModel::clear()
{
    m_coalesce.stop();
    m_dirtyFirst = m_dirtyLast = -1;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

int JobQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const GenerationRun::Job &job = row.job;
    const qint64 tokens = qint64(job.promptTokens) + job.completionTokens;
    switch (role) {
    case JobIdRole:
        return job.id;
    case PersonaRole:
        return job.persona;
    case CategoryRole:
        return job.category;
    case JobStateRole:
        return int(job.state);
    case ErrorRole:
        return job.lastError;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !job.lastError.isEmpty())
            return job.lastError;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RecordsColumn && index.column() != StateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case CharacterColumn:
            return job.persona;
        case CategoryColumn:
            return job.category;
        case RecordsColumn:
            return job.stored;
        case StateColumn:
            return int(job.state);
        case AttemptsColumn:
            return job.attempts;
        case TokensColumn:
            return tokens;
        case LatencyColumn:
            return row.latencyMs;
        case CostColumn:
            return job.costUsd;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CharacterColumn:
            return job.persona;
        case CategoryColumn:
            return job.category;
        case RecordsColumn:
            return tr("%1 / %2").arg(QLocale().toString(job.stored), QLocale().toString(job.requested));
        case StateColumn:
            return stateText(job.state, row.retryCause, row.retryDelayMs, job.lastError);
        case AttemptsColumn:
            return job.attempts;
        case TokensColumn:
            return tokens ? QLocale().toString(tokens) : QString();
        case LatencyColumn:
            return row.latencyMs < 0 ? QString() : tr("%1 s").arg(QLocale().toString(row.latencyMs / 1000.0, 'f', 1));
        case CostColumn:
            return job.costUsd > 0 ? Money::usd(job.costUsd, 4) : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant JobQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CharacterColumn:
        return tr("Character");
    case CategoryColumn:
        return tr("Category");
    case RecordsColumn:
        return tr("Records");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case TokensColumn:
        return tr("Tokens");
    case LatencyColumn:
        return tr("Latency");
    case CostColumn:
        return tr("Cost");
    case ColumnCount:
        break;
    }
    return {};
}

int JobQueueModel::count(GenerationRun::JobState state) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &r) { return r.job.state == state; }));
}

QStringList JobQueueModel::personasWithFailures() const
{
    QStringList personas;
    for (const Row &r : m_rows) {
        if ((r.job.state == JobState::Failed || r.job.state == JobState::Cancelled) && !personas.contains(r.job.persona))
            personas << r.job.persona;
    }
    return personas;
}

void JobQueueModel::flush()
{
    m_coalesce.stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = std::min(m_dirtyLast, int(m_rows.size()) - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString JobQueueModel::stateText(GenerationRun::JobState state, const QString &retryCause, qint64 retryDelayMs, const QString &error)
{
    switch (state) {
    case JobState::Waiting:
        return tr("queued");
    case JobState::Running:
        return tr("running");
    case JobState::Retrying: {
        const qint64 seconds = (retryDelayMs + 999) / 1000;
        return retryCause.isEmpty() ? tr("retrying") : tr("retrying: %1, waiting %2 s").arg(retryCause).arg(seconds);
    }
    case JobState::Done:
        return tr("done");
    case JobState::Failed:
        return error.isEmpty() ? tr("failed") : tr("failed: %1").arg(error);
    case JobState::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString JobQueueModel::causeText(const QString &cause)
{
    if (cause == QLatin1String("429"))
        return tr("rate limit");
    if (cause == QLatin1String("5xx"))
        return tr("server error");
    if (cause == QLatin1String("connection"))
        return tr("connection lost");
    if (cause == QLatin1String("timeout"))
        return tr("request timed out");
    if (cause == QLatin1String("bad_answer"))
        return tr("unusable answer");
    if (cause == QLatin1String("structured_output_rejected"))
        return tr("structured output refused");
    return cause;
}

void JobQueueModel::onJobStateChanged(const GenerationRun::Job &job)
{
    int row = rowOf(job.id);
    if (row < 0) {
        // New rows are inserted at once (views need the row count); their later changes are batched.
        row = int(m_rows.size());
        beginInsertRows(QModelIndex(), row, row);
        m_rows.append(Row{job, {}, 0, -1, {}});
        m_rowById.insert(job.id, row);
        endInsertRows();
    }
    Row &r = m_rows[row];
    const JobState before = r.job.state;
    if (job.state == JobState::Running && (before != JobState::Running || !r.attemptClock.isValid()))
        r.attemptClock.start();
    else if (before == JobState::Running && job.state != JobState::Running && r.attemptClock.isValid())
        r.latencyMs = r.attemptClock.elapsed();
    if (job.state != JobState::Retrying) {
        r.retryCause.clear();
        r.retryDelayMs = 0;
    }
    r.job = job;
    markChanged(row);
}

void JobQueueModel::onRetryScheduled(const GenerationRun::Job &job, const QString &cause, qint64 delayMs)
{
    const int row = rowOf(job.id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.job = job;
    r.retryCause = cause;
    r.retryDelayMs = delayMs;
    markChanged(row);
    // A retry shows at once: one short enough (an injected 429 waits 200 ms) could otherwise be
    // over before the coalescing timer fires on a busy event loop, and the view would never show it.
    flush();
}

void JobQueueModel::markChanged(int row)
{
    m_dirtyFirst = m_dirtyFirst < 0 ? row : std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void JobQueueModel::rebuildIndex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).job.id, i);
    m_dirtyFirst = m_dirtyLast = -1;
}
