#pragma once
// JobQueueModel: the generation queue as a table — one row per job of a GenerationRun (character,
// category, records asked / stored, state in words, attempts, tokens, latency, cost). The Generate
// mode shows it through JobQueueProxy; tests check it without widgets. It follows the run's
// signals only, and coalesces the many small changes of a busy run into one dataChanged per
// ~100 ms so a view repaints a few times a second, not once per signal (a job entering a retry
// is shown at once).
// Rows outlive their run: finished jobs stay as history when the next run starts, so a view
// shows what a retry replaced.

#include "generationjournal.h"
#include "generationrun.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class JobQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

    struct Row
    {
        GenerationRun::Job job;
        QString retryCause;
        qint64 retryDelayMs = 0;
        qint64 latencyMs = -1;     // of the last attempt that got an answer or an error
        QElapsedTimer attemptClock;
    };

public:
    enum Column {
        CharacterColumn,
        CategoryColumn,
        RecordsColumn,   // "stored / asked"
        StateColumn,
        AttemptsColumn,
        TokensColumn,
        LatencyColumn,
        CostColumn,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole + 1,
        PersonaRole,
        CategoryRole,
        JobStateRole,    // int of GenerationRun::JobState
        SortRole,        // numbers as numbers, for the proxy
        ErrorRole,       // the last error, empty if none
    };

    static constexpr int CoalesceMs = 100;
    // Changes received and not yet shown (they are, at most CoalesceMs later).
    bool hasPendingChanges() const { return m_coalesce.isActive(); }

    explicit JobQueueModel(QObject *parent = nullptr);

    // Follows `run` from now on (nullptr: stop following). Rows already shown stay.
    void setRun(GenerationRun *run);
    // Shows the jobs of a run that has ended, as studio.db keeps them (a project opened again):
    // failed ones can be retried from here. Jobs a dead run left unfinished show as cancelled.
    // In two steps, so that a run of a million records (200,000 jobs) does not hold the window
    // while its rows are made: pastRunRows() runs on any thread, showPastRun() only puts the
    // rows in place.
    class PastRows
    {
    public:
        qsizetype size() const { return m_rows.size(); }

    private:
        friend class JobQueueModel;
        QList<Row> m_rows;
        QHash<qint64, int> m_rowById;
    };
    static PastRows pastRunRows(const GenerationJournal::PastRun &run);
    void showPastRun(PastRows rows);
    GenerationRun *run() const { return m_run; }
    // Drops rows that did not end Done (failed, cancelled, or left unfinished by a run that
    // ended) for these characters (empty: all), before a new run plans them again.
    void removeUnfinished(const QStringList &personas = {});
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    GenerationRun::Job jobAt(int row) const { return m_rows.value(row).job; }
    int rowOf(qint64 jobId) const { return m_rowById.value(jobId, -1); }
    int count(GenerationRun::JobState state) const;
    // Characters with at least one failed or cancelled job, in first-seen order.
    QStringList personasWithFailures() const;
    // Emits the pending dataChanged now (tests, and before a view reads a final state).
    void flush();

    // "retrying: 429, waiting 3 s", "failed: <error>", "done", …
    static QString stateText(GenerationRun::JobState state, const QString &retryCause = {}, qint64 retryDelayMs = 0,
                             const QString &error = {});
    // The retry cause in words for pacing lines ("rate limit" for 429).
    static QString causeText(const QString &cause);

private:
    void onJobStateChanged(const GenerationRun::Job &job);
    void onRetryScheduled(const GenerationRun::Job &job, const QString &cause, qint64 delayMs);
    void markChanged(int row);
    void rebuildIndex();

    QPointer<GenerationRun> m_run;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowById;
    QTimer m_coalesce;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
};
