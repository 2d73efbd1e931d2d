#pragma once
// ReviewSession: the reviewer's decisions on records — accept, reject with a reason, edit, reset —
// for one record or many at once. Each decision is written to studio.db at once, in one
// transaction, with its time and the reviewer's name, and logged in review_log, so a crash loses
// nothing. The session keeps the previous state of what it changed so the last decisions can be
// undone (the widgets bind Backspace / Ctrl+Z to undo()), and the decisions undone so they can be
// made again (redo(); a new decision forgets them). Used by the Review mode; the core
// keeps the undo list so that the CLI and tests need no QtGui.
//
// A decision or an undo over many records (a whole filter of a million) can run on a worker
// thread with a connection of its own (decideInBackground / undoInBackground): it is stored in
// batches, one transaction each, so the list follows it batch by batch, other writers (a
// generation run, an import) wait at most one batch, and a stop leaves the batches stored so far
// decided — and undoable as one step.
//
// Imports are steps too: undoing an import takes its records out of the project (into
// removed_records, DatasetStore::takeOut), redoing it puts them back; removing an import is a
// step whose undo puts the records back, with their decisions and review log. What is taken out
// stays in studio.db only while a step can bring it back: a step forgotten (a new decision after
// undos, the oldest past MaxUndo) deletes its records for good, the session's end deletes what
// its steps took out, and a session deletes what an ended one left (a crash) but not what a live
// one (another window's) holds.

#include "record.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DatasetStore;
class QLockFile;
template <typename T>
class QFutureWatcher;
class QSqlDatabase;
class Project;

class ReviewSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxUndo = 200;
    // From this many records the Review mode decides and undoes in the background.
    static constexpr int BackgroundFrom = 10000;

    struct Decision
    {
        Record::Status status = Record::Status::Accepted;
        QString reason;      // for Rejected
        QString editedText;  // for Edited
    };

    // `store` must be open and outlive the session.
    explicit ReviewSession(DatasetStore &store, QObject *parent = nullptr);
    ~ReviewSession() override;

    void setReviewer(const QString &name) { m_reviewer = name; }
    QString reviewer() const { return m_reviewer; }

    bool accept(qint64 id) { return decide({id}, {Record::Status::Accepted, {}, {}}, tr("Accept")); }
    bool reject(qint64 id, const QString &reason) { return decide({id}, {Record::Status::Rejected, reason, {}}, tr("Reject")); }
    // Editing to the generated text itself is an accept: there is nothing to keep.
    bool edit(qint64 id, const QString &text) { return decide({id}, {Record::Status::Edited, {}, text}, tr("Edit")); }
    bool reset(qint64 id) { return decide({id}, {Record::Status::Unreviewed, {}, {}}, tr("Reset")); }
    // Applies one decision to many records as one transaction and one undo step.
    bool decide(const QList<qint64> &ids, const Decision &decision, const QString &undoText);

    bool canUndo() const { return !m_undo.isEmpty(); }
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.constLast().text; }
    int undoCount() const { return int(m_undo.size()); }
    // How many records the next undo() restores.
    qsizetype lastStepSize() const
    {
        if (m_undo.isEmpty())
            return 0;
        const UndoStep &step = m_undo.constLast();
        return step.move ? step.move->ids.size() : step.previous.size();
    }
    // Restores the records of the last decision as they were before it. Returns their ids.
    QList<qint64> undo();
    // The last decision undone, made again on the same records (an undo step again). Returns
    // their ids.
    bool canRedo() const { return !m_redo.isEmpty(); }
    QString redoText() const { return m_redo.isEmpty() ? QString() : m_redo.constLast().text; }
    // When the last step was made (or redone) and the next redo undone, on HistoryClock's
    // ticks; 0 for none.
    quint64 undoStamp() const { return m_undo.isEmpty() ? 0 : m_undo.constLast().stamp; }
    quint64 redoStamp() const { return m_redo.isEmpty() ? 0 : m_redo.constLast().stamp; }
    qsizetype nextRedoSize() const { return m_redo.isEmpty() ? 0 : m_redo.constLast().ids.size(); }
    QList<qint64> redo();
    QString lastError() const { return m_lastError; }
    // Whether the next undo (redo) takes records out of the project or puts them back: the
    // Review mode runs those in the background, whatever their size.
    bool lastStepMoves() const { return !m_undo.isEmpty() && m_undo.constLast().move.has_value(); }
    bool nextRedoMoves() const { return !m_redo.isEmpty() && m_redo.constLast().move.has_value(); }
    // The next undo (redo) puts records back that are out of the project now.
    bool undoPutsBack() const { return !m_undo.isEmpty() && m_undo.constLast().recordsOut(); }
    bool redoPutsBack() const { return !m_redo.isEmpty() && m_redo.constLast().recordsOut(); }

    // The records an import stored, as an undo step (undo takes them out of the project, redo
    // puts them back). Made while isBusy(), the step follows the work under way.
    void addImport(const QList<qint64> &ids, const QString &undoText);
    // Takes the records out of the project (an import removed) on a worker, as an undo step
    // that puts them back; recordsMoved() and backgroundFinished() when done. All or nothing.
    void removeInBackground(const QList<qint64> &ids, const QString &undoText);

    // decide() and undo() on a worker thread, in batches of backgroundBatchSize() records, each
    // its own transaction. Progress comes with backgroundProgress(), records with
    // recordsDecided() batch by batch, the end with backgroundFinished(). While one runs
    // (isBusy()) decide() and undo() refuse, saying so in lastError().
    void decideInBackground(const QList<qint64> &ids, const Decision &decision, const QString &undoText);
    void undoInBackground();
    void redoInBackground();
    // Stops after the batch being stored; what was stored stays (one undo step).
    void stopBackground();
    bool isBusy() const { return m_worker != nullptr; }
    // stopBackground() was called for the running work, which ends after its batch.
    bool isStopping() const { return m_stop && m_stop->load(); }
    // Whether stopBackground() can stop the running work part way: a move (an import taken out
    // or put back) is one transaction and runs to its end.
    bool backgroundStoppable() const { return m_work == Work::Decide || m_work == Work::Undo; }
    // Whether the running (or last) background work is an undo.
    bool backgroundUndoes() const { return m_workerUndoes; }
    // The running background work's undo text (for an undo, that of the step being undone).
    QString backgroundText() const { return m_workerText; }
    // Records the running (or last) background work went through, and in all.
    qint64 backgroundDone() const { return m_done; }
    qint64 backgroundTotal() const { return m_total; }
    void setBackgroundBatchSize(int records) { m_batchSize = qMax(1, records); }
    int backgroundBatchSize() const { return m_batchSize; }

    // The name recorded with decisions: the "review/reviewer" setting, else the OS user name.
    static QString defaultReviewer();
    // Sets that setting (the Review mode's Bulk ▸ Reviewer Name…); empty goes back to the OS name.
    static void setDefaultReviewer(const QString &name);
    // The project's reject reasons (studio.json review.reject_reasons), in order: 1–9 pick them.
    static QStringList rejectReasons(const Project &project);
    static void setRejectReasons(Project &project, const QStringList &reasons);
    static QStringList defaultRejectReasons();

signals:
    // Records changed by a decision or an undo: views re-read them, counts refresh.
    void recordsDecided(const QList<qint64> &ids);
    // Records left the project or came back (ids as they are now): views read the list again.
    void recordsMoved(const QList<qint64> &ids);
    void undoChanged();
    void backgroundProgress(qint64 done, qint64 total);
    // complete: every record was stored; otherwise it was stopped (lastError() empty) or a
    // batch failed (lastError() says why) — the batches before it are stored either way.
    void backgroundFinished(bool complete);

private:
    struct Previous
    {
        qint64 id = 0;
        QString status;
        QVariant reason, reviewer, reviewedAt, editedOutput;
    };
    // Records taken out of the project and put back: an import (out on undo) or a removal (out
    // when made, back on undo). While out they are in removed_records under `removal`.
    struct Move
    {
        qint64 removal = 0;
        QList<qint64> ids;
        bool outOnUndo = false;
    };
    struct UndoStep
    {
        QString text;
        QList<Previous> previous;
        Decision decision;   // what was decided: a redo decides it again
        std::optional<Move> move;
        quint64 stamp = 0;
        bool recordsOut() const { return move && !move->outOnUndo; }
    };
    struct RedoStep
    {
        QString text;
        QList<qint64> ids;
        Decision decision;
        std::optional<Move> move;
        quint64 stamp = 0;
        bool recordsOut() const { return move && move->outOnUndo; }
    };
    // What one batch stored: how many of the ids (or undo rows) it went through, and for a
    // decision the records' previous values; for a move, the records given new ids.
    struct Batch
    {
        qsizetype consumed = 0;
        QList<Previous> previous;
        QHash<qint64, qint64> renumbered;
    };
    enum class Work { Decide, Undo, Redo, MoveUndo, MoveRedo, Remove };
    // One transaction each. `now` is the decision's time, the same for every batch of it.
    static bool decideBatch(QSqlDatabase &db, const QList<qint64> &ids, const Decision &decision, const QString &reviewer,
                            const QString &now, QList<Previous> &previous, QString &error);
    static bool restoreBatch(QSqlDatabase &db, const QList<Previous> &rows, const QString &reviewer, QString &error);
    bool refuseWhileBusy();
    // decide() and redo() on this thread: the decision stored and its undo step pushed; the
    // records changed, or nothing when the database refused (lastError()).
    std::optional<QList<qint64>> storeDecision(const QList<qint64> &ids, const Decision &decision, const QString &undoText);
    // Both stamp the step with the time it joins its list.
    void pushUndo(UndoStep step);
    void pushRedo(RedoStep step);
    // A new step: the steps undone before it are forgotten.
    void clearRedo();
    // Deletes for good what a forgotten step had taken out.
    void forget(const std::optional<Move> &move, bool out);
    // A move on this thread or a worker's: out of the project or back.
    static bool applyMove(DatasetStore &store, const Move &move, bool out, QHash<qint64, qint64> &renumbered, QString &error);
    // Records put back under new ids: every step names them by those now.
    void renumber(const QHash<qint64, qint64> &renumbered);
    // A move undone or redone on this thread: its step goes to the other list.
    QList<qint64> moveNow(bool redo);
    void startMove(Work work, const Move &move, const QString &text);
    static QList<qint64> idsOf(const QList<Previous> &rows);
    // Stores the `batch.consumed` records from `from` on, on the worker's connection.
    using StoreBatch = std::function<bool(DatasetStore &store, qsizetype from, Batch &batch, QString &error)>;
    // Runs `storeBatch` over `total` records in batches on a worker thread, until done, stopped
    // or failed. A batch may go through more records than it was given (a move, all at once).
    void startWorker(Work work, const QString &text, qint64 total, StoreBatch storeBatch);
    // decideInBackground() and redoInBackground(): the decision on a worker, its step pending.
    void startDeciding(const QList<qint64> &ids, const Decision &decision, const QString &undoText);
    void takeBatches();
    void workerFinished();

    DatasetStore &m_store;
    QString m_reviewer;
    QList<UndoStep> m_undo;
    QList<RedoStep> m_redo;
    QString m_lastError;

    QFutureWatcher<Batch> *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::shared_ptr<QString> m_workerError;
    Work m_work = Work::Decide;
    bool m_workerUndoes = false;
    QHash<qint64, qint64> m_renumbered;   // a background move's new ids
    QList<UndoStep> m_queued;             // imports made while a worker ran, pushed when it ends
    // The session's number, the high bits of its removal keys, and the lock that says it lives.
    static constexpr int OwnerShift = 24;
    quint32 m_owner = 0;
    std::unique_ptr<QLockFile> m_ownerLock;
    qint64 m_nextRemoval = 1;
    QString ownerLockPath(qint64 owner) const;
    QString m_workerText;
    UndoStep m_pending;        // a background decision's step, pushed when it ends
    RedoStep m_redoing;        // a background redo's step: what a stop leaves goes back to the redo list
    qsizetype m_restored = 0;  // rows of the last step a background undo has restored
    qint64 m_done = 0;
    qint64 m_total = 0;
    int m_taken = 0;           // results of the worker handled
    int m_batchSize = 20000;
};
