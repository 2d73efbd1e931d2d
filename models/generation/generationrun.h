#pragma once
// GenerationRun: one run of the generator over a project — the plan's targets turned into
// requests, answers turned into records in studio.db. Used by `persona-studio-cli generate` and
// by the GUI's Generate mode (queue view); both only start it and follow its signals.
//
// How it works, in short (docs/generation.md has the long form):
// - Work is planned per slot (character, category): missing = target − records already stored.
//   A job asks for min(batch size, missing − already requested) records; the run keeps making
//   jobs until every slot holds exactly its target, so drops are made up for and surplus
//   records of a batch are never stored. Re-running a finished or killed run simply continues.
// - Every answer is committed in one transaction (records + job row + drop counts + run totals).
// - A Pacer decides when the next request may start; failed attempts are retried with backoff
//   up to maxAttempts per job.
//
// Signals (all emitted on the thread that owns the run, in this order of a job's life):
//   jobStateChanged(job)      every change of a job: Waiting → Running → (Retrying → Running)* →
//                             Done | Failed | Cancelled. `job.id` is the jobs table row id, stable
//                             for the job's life; a view keys its rows on it.
//   retryScheduled(job, cause, delayMs)   just after a job enters Retrying; cause is one of
//                             "429", "5xx", "connection", "timeout", "bad_answer",
//                             "structured_output_rejected".
//   recordsStored(persona, category, count, storedNow, target)  after a commit; storedNow and
//                             target are the slot's figures after it.
//   recordsDropped(persona, category, reason, count)  per reason, after the same commit.
//   progressChanged(progress) after any of the above; cheap to follow.
//   stateChanged(state)       Running / Paused / Stopping / Finished.
//   message(text)             one line for a log (retries, a slot given up, fallbacks).
//   finished(summary)         exactly once, after the last in-flight answer is handled.
// A slot may call pause(), resume(), stop() or cancel(): the answer being handled is finished
// first, then the run acts on it.

#include "chatclient.h"
#include "generationjournal.h"
#include "generationoptions.h"
#include "pacer.h"
#include "promptbuilder.h"
#include "recordvalidator.h"
#include "dataset/datasetstore.h"
#include "project/project.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <map>
#include <memory>

class QTimer;

class GenerationRun : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping, Finished };
    Q_ENUM(State)
    enum class JobState { Waiting, Running, Retrying, Done, Failed, Cancelled };
    Q_ENUM(JobState)

    struct Job
    {
        qint64 id = 0;
        QString persona;
        QString category;
        int requested = 0;
        int stored = 0;
        int attempts = 0;
        JobState state = JobState::Waiting;
        QString lastError;
        qint64 retryAtMs = 0;       // Pacer clock, while Retrying
        int promptTokens = 0;
        int completionTokens = 0;
        double costUsd = 0;
    };

    struct Progress
    {
        int target = 0;             // of the slots this run works on
        int stored = 0;             // records in studio.db for those slots
        int storedThisRun = 0;
        int inFlight = 0;
        int retrying = 0;
        int concurrencyLimit = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double costUsd = 0;
        qint64 elapsedMs = 0;
    };

    struct Summary
    {
        enum class Outcome { Completed, Incomplete, Stopped, BudgetReached, Cancelled, Failed };
        Outcome outcome = Outcome::Completed;
        QString error;              // set for Failed (a refused key, an unwritable database, …)
        bool targetsMet = false;
        qint64 runId = 0;
        QMap<QString, int> storedThisRun;   // persona → records stored by this run
        QMap<QString, int> storedTotal;     // persona → records in studio.db now
        QMap<QString, int> target;          // persona → target
        QMap<QString, int> drops;           // reason → count, this run
        QMap<QString, int> retries;         // cause → count, this run
        QStringList givenUp;                // "persona / category" slots that kept failing
        int requests = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double costUsd = 0;
        bool priceKnown = true;
        qint64 wallMs = 0;
        bool structuredOutput = false;      // what the provider ended up being asked for

        static QString outcomeName(Outcome outcome);
    };

    struct PlannedRequest
    {
        QString persona;
        QString category;
        int count = 0;
        qsizetype promptTokens = 0;
        int completionTokens = 0;   // estimate
        double costUsd = 0;         // estimate
    };

    GenerationRun(const Project &project, const GenerationOptions &options, QObject *parent = nullptr);
    ~GenerationRun() override;

    // The requests a run would send now, with token and cost estimates; sends nothing and writes
    // nothing (the database is only read when it exists).
    QList<PlannedRequest> plannedRequests(QString *error);
    // Opens studio.db, reads what is stored and starts. False (with *error) when it cannot start.
    bool start(QString *error);
    void pause();                 // no new requests; in-flight ones finish and are stored
    void resume();
    void stop();                  // finish cleanly: in-flight answers are stored, then finished()
    void cancel();                // abort in-flight requests now, then finished()

    State state() const { return m_state; }
    Progress progress() const;
    Summary summary() const { return m_summary; }
    QList<Job> jobs() const;      // the jobs not finished yet
    const GenerationOptions &options() const { return m_options; }
    ChatClient *client() const { return m_client; }

signals:
    void stateChanged(GenerationRun::State state);
    void jobStateChanged(const GenerationRun::Job &job);
    void retryScheduled(const GenerationRun::Job &job, const QString &cause, qint64 delayMs);
    void recordsStored(const QString &persona, const QString &category, int count, int storedNow, int target);
    void recordsDropped(const QString &persona, const QString &category, const QString &reason, int count);
    void progressChanged(const GenerationRun::Progress &progress);
    void message(const QString &text);
    void finished(const GenerationRun::Summary &summary);

private:
    struct Slot
    {
        QString persona;
        Category category;
        int target = 0;
        int stored = 0;
        int reserved = 0;           // records asked for by unfinished jobs
        int failStreak = 0;         // jobs in a row that ended without a record
        bool givenUp = false;
        QStringList recentInputs;
        int need() const { return givenUp ? 0 : std::max(0, target - stored - reserved); }
    };
    struct ActiveJob
    {
        Job job;
        int slot = -1;
        quint64 ticket = 0;
        quint64 callId = 0;
        bool inFlight = false;
        bool structured = false;
        qsizetype promptTokens = 0;
        double estimatedCost = 0;
    };

    bool prepareSlots(QString *error);
    bool openStore(QString *error);
    void schedule();
    void dispatch(ActiveJob &job);
    void onAnswer(qint64 jobId, const ChatResponse &response);
    void handleFailure(ActiveJob &job, const ChatResponse &response);
    void handleAnswer(ActiveJob &job, const ChatResponse &response);
    // An answer's records and counts, to store in one transaction (GenerationJournal::Commit)
    // and then to count in the run.
    struct StoredAnswer
    {
        GenerationJournal::Commit commit;
        QHash<QString, int> drops;
        JobState next = JobState::Done;
        QString cause;
        int records = 0;
        qint64 promptTokens = 0;
        qint64 completionTokens = 0;
        double cost = 0;
        RateLimitInfo rateLimit;
        qint64 latencyMs = 0;
        qint64 firstTryMs = -1;   // m_pacer.now() at the first try
    };
    // Stores the answer, or — while another connection holds studio.db — keeps it and tries
    // again on a timer, the job counted in flight meanwhile (the window stays responsive; the
    // run neither sends more for it nor finishes before it is stored).
    void storeAnswer(ActiveJob &job, StoredAnswer answer);
    void retryStore(qint64 jobId);
    void answerStored(ActiveJob &job, const StoredAnswer &answer);
    void retryLater(ActiveJob &job, Pacer::Failure failure, const QString &cause, const RateLimitInfo &info);
    void endJob(ActiveJob &job, JobState state, bool countsAsFailure);
    void failRun(const QString &error);
    void maybeFinish();
    void setState(State state);
    void emitJob(const ActiveJob &job);
    void emitProgress();
    void wakeIn(qint64 ms);
    bool useStructured() const;
    void setStructured(bool on);
    int batchFor(int need) const;
    int estimatedCompletion(int count) const;
    double costOf(qint64 promptTokens, qint64 completionTokens) const;
    QString capabilityKey() const;

    Project m_project;
    GenerationOptions m_options;
    std::unique_ptr<PromptBuilder> m_prompts;
    DatasetStore m_store;
    std::unique_ptr<GenerationJournal> m_journal;
    ChatClient *m_client = nullptr;
    Pacer m_pacer;
    RecordValidator m_validator;
    QTimer *m_wake = nullptr;
    QList<Slot> m_slots;
    std::map<qint64, ActiveJob> m_active;
    std::map<qint64, StoredAnswer> m_waitingToStore;   // by job: answers waiting for another writer's lock
    int m_nextSlot = 0;
    int m_inFlight = 0;
    State m_state = State::Idle;
    Summary m_summary;
    Summary::Outcome m_stopReason = Summary::Outcome::Stopped;
    QElapsedTimer m_clock;
    qint64 m_runId = 0;
    double m_avgCompletionPerRecord = 0;
    QHash<QString, bool> m_structuredByEndpoint;   // base URL + model → structured output works
    bool m_finishing = false;
    int m_handlingAnswer = 0;   // > 0 while onAnswer() runs: schedule() waits for it to finish
};

Q_DECLARE_METATYPE(GenerationRun::Job)
Q_DECLARE_METATYPE(GenerationRun::Progress)
Q_DECLARE_METATYPE(GenerationRun::Summary)
