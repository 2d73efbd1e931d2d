#pragma once
// GenerationJournal: the generator's SQL on studio.db — runs, jobs, drops, and the one
// transaction per answer that makes a run durable: the answer's accepted records, its job row,
// its drop counts and the run's token and cost totals are committed together or not at all.
// A process killed at any moment therefore leaves either all of an answer or none of it, and the
// next run counts what is stored and continues from there. It shares the DatasetStore's
// connection (same thread).

#include "dataset/record.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class GenerationJournal
{
public:
    struct JobUpdate
    {
        qint64 jobId = 0;
        QString state;          // queued, running, retrying, done, failed, cancelled
        int attempts = 0;
        QString lastError;
        int addStored = 0;
        int addPromptTokens = 0;
        int addCompletionTokens = 0;
        double addCost = 0;
        qint64 latencyMs = 0;
    };

    struct Commit
    {
        qint64 runId = 0;
        QString persona;
        QString category;
        QList<Record> records;          // inserted; ids are set
        QHash<QString, int> drops;      // reason → count
        JobUpdate job;
    };

    explicit GenerationJournal(const QSqlDatabase &db);

    // Runs left "running" by a process that died are marked "interrupted", their unfinished
    // jobs "abandoned": what they stored is in records, the rest is simply planned again.
    bool closeInterrupted(QString *error);
    qint64 startRun(const QString &baseUrl, const QString &model, const QJsonObject &settings, QString *error);
    bool finishRun(qint64 runId, const QString &state, QString *error);
    qint64 addJob(qint64 runId, const QString &persona, const QString &category, int requested, QString *error);
    bool updateJob(const JobUpdate &update, QString *error);
    // Stores an answer's records, drops and job counts in one transaction. Waits at most
    // busyTimeoutMs for another connection's lock (the connection's own timeout is restored
    // after): false with *busy set when that lock was the cause — the caller tries again later
    // without blocking its thread meanwhile (GenerationRun, on the window's thread, on a timer).
    bool tryCommit(Commit &commit, int busyTimeoutMs, bool *busy, QString *error);

    // The newest run and its jobs as stored, for the Jobs tab of a project opened again.
    struct PastJob
    {
        qint64 id = 0;
        QString persona;
        QString category;
        QString state;            // done, failed, cancelled, abandoned (by a run that died), …
        QString lastError;
        int requested = 0;
        int stored = 0;
        int attempts = 0;
        int promptTokens = 0;
        int completionTokens = 0;
        double costUsd = 0;
        qint64 latencyMs = 0;     // 0: no answer was timed
    };
    struct PastRun
    {
        qint64 id = 0;            // 0: no run yet
        QString state;            // completed, stopped, cancelled, failed, interrupted, …
        QString startedAt;        // ISO, UTC
        QList<PastJob> jobs;      // in the order they were planned
    };
    PastRun lastRun() const;

    // For `stats`: all runs together.
    QHash<QString, int> dropsByReason() const;
    struct Totals
    {
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double costUsd = 0;
    };
    Totals totals() const;
    QHash<QString, Totals> totalsByPersona() const;
    // persona → status → count
    QHash<QString, QHash<QString, int>> statusCounts() const;

private:
    bool commitOnce(Commit &commit, QString *error);
    bool insertRecord(Record &r, QString *error);
    bool applyJobUpdate(const JobUpdate &update, QString *error);

    QSqlDatabase m_db;
    bool m_busy = false;   // a statement of the commit failed on another writer's lock
};
