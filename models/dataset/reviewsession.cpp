#include "reviewsession.h"

#include "datasetstore.h"
#include "project/project.h"
#include "util/historyclock.h"
#include "util/workpools.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

ReviewSession::ReviewSession(DatasetStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_reviewer(defaultReviewer())
{
    // Removal keys are this session's number, then a count: sessions of two windows on one
    // project never share one. The session holds a lock file named by its number while it
    // lives, so a session finds what an ended one left (a crash) and deletes it — it cannot be
    // brought back any more — while what another window's session took out stays.
    m_owner = QRandomGenerator::global()->bounded(1u, 1u << 30);
    m_nextRemoval = qint64(m_owner) << OwnerShift;
    if (!m_store.isOpen() || m_store.path().isEmpty())
        return;
    m_ownerLock = std::make_unique<QLockFile>(ownerLockPath(m_owner));
    m_ownerLock->setStaleLockTime(0);
    m_ownerLock->tryLock(0);
    qint64 checked = -1;
    for (qint64 key : m_store.removalKeys()) {
        const qint64 owner = key >> OwnerShift;
        if (owner == checked || owner == qint64(m_owner))
            continue;
        checked = owner;
        QLockFile lock(ownerLockPath(owner));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0))
            m_store.forgetTakenOut(owner << OwnerShift, ((owner + 1) << OwnerShift) - 1, nullptr);
    }
}

QString ReviewSession::ownerLockPath(qint64 owner) const
{
    return m_store.path() + QStringLiteral("-undo-%1.lock").arg(owner);
}

ReviewSession::~ReviewSession()
{
    // A window closed during a background decision: it stops after its batch; the batches
    // stored stay stored (the undo list goes with the session).
    if (m_worker) {
        m_stop->store(true);
        m_worker->waitForFinished();
    }
    // The undo list goes with the session, and what its steps took out with it.
    const bool out = std::any_of(m_undo.cbegin(), m_undo.cend(), [](const UndoStep &s) { return s.recordsOut(); })
        || std::any_of(m_redo.cbegin(), m_redo.cend(), [](const RedoStep &s) { return s.recordsOut(); });
    if (out && m_store.isOpen())
        m_store.forgetTakenOut(qint64(m_owner) << OwnerShift, ((qint64(m_owner) + 1) << OwnerShift) - 1, nullptr);
}

namespace {
const QString ReviewerKey = QStringLiteral("review/reviewer");
}

void ReviewSession::setDefaultReviewer(const QString &name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(ReviewerKey);
    else
        QSettings().setValue(ReviewerKey, name.trimmed());
}

QString ReviewSession::defaultReviewer()
{
    const QString configured = QSettings().value(ReviewerKey).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return tr("reviewer");
}

QStringList ReviewSession::defaultRejectReasons()
{
    return {tr("out of character"), tr("factual error"), tr("generic"), tr("repetitive"),
            tr("unsafe"), tr("fourth wall"), tr("too long"), tr("other")};
}

QStringList ReviewSession::rejectReasons(const Project &project)
{
    QStringList reasons;
    const QJsonArray list = project.extra.value(QStringLiteral("review")).toObject().value(QStringLiteral("reject_reasons")).toArray();
    for (const QJsonValue &v : list) {
        const QString reason = v.toString().trimmed();
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons << reason;
    }
    return reasons.isEmpty() ? defaultRejectReasons() : reasons;
}

void ReviewSession::setRejectReasons(Project &project, const QStringList &reasons)
{
    QJsonObject review = project.extra.value(QStringLiteral("review")).toObject();
    review.insert(QStringLiteral("reject_reasons"), QJsonArray::fromStringList(reasons));
    project.extra.insert(QStringLiteral("review"), review);
}

bool ReviewSession::decide(const QList<qint64> &ids, const Decision &decision, const QString &undoText)
{
    if (ids.isEmpty())
        return true;
    if (refuseWhileBusy())
        return false;
    const std::optional<QList<qint64>> changed = storeDecision(ids, decision, undoText);
    if (!changed)
        return false;
    clearRedo();   // a new decision: what was undone before it is not made again
    emit recordsDecided(*changed);
    emit undoChanged();
    return true;
}

QList<qint64> ReviewSession::redo()
{
    if (m_redo.isEmpty() || refuseWhileBusy())
        return {};
    if (nextRedoMoves())
        return moveNow(true);
    const RedoStep redo = m_redo.constLast();
    const std::optional<QList<qint64>> changed = storeDecision(redo.ids, redo.decision, redo.text);
    if (!changed)
        return {};
    m_redo.removeLast();
    emit recordsDecided(*changed);
    emit undoChanged();
    return *changed;
}

std::optional<QList<qint64>> ReviewSession::storeDecision(const QList<qint64> &ids, const Decision &decision, const QString &undoText)
{
    QSqlDatabase db = m_store.database();
    UndoStep step{undoText, {}, decision, std::nullopt};
    if (!decideBatch(db, ids, decision, m_reviewer, nowText(), step.previous, m_lastError))
        return std::nullopt;
    QList<qint64> changed = idsOf(step.previous);
    pushUndo(std::move(step));
    return changed;
}

void ReviewSession::pushRedo(RedoStep step)
{
    step.stamp = HistoryClock::tick();
    m_redo.append(std::move(step));
}

void ReviewSession::pushUndo(UndoStep step)
{
    step.stamp = HistoryClock::tick();
    m_undo.append(std::move(step));
    while (m_undo.size() > MaxUndo) {
        const UndoStep oldest = m_undo.takeFirst();
        forget(oldest.move, oldest.recordsOut());
    }
}

void ReviewSession::clearRedo()
{
    for (const RedoStep &step : std::as_const(m_redo))
        forget(step.move, step.recordsOut());
    m_redo.clear();
}

void ReviewSession::forget(const std::optional<Move> &move, bool out)
{
    if (move && out)
        m_store.forgetTakenOut(move->removal, move->removal, nullptr);
}

bool ReviewSession::applyMove(DatasetStore &store, const Move &move, bool out, QHash<qint64, qint64> &renumbered, QString &error)
{
    return out ? store.takeOut(move.ids, move.removal, &error) : store.putBack(move.removal, &renumbered, &error);
}

void ReviewSession::renumber(const QHash<qint64, qint64> &renumbered)
{
    if (renumbered.isEmpty())
        return;
    auto renumberIds = [&renumbered](QList<qint64> &ids) {
        for (qint64 &id : ids)
            id = renumbered.value(id, id);
    };
    for (UndoStep &step : m_undo) {
        for (Previous &p : step.previous)
            p.id = renumbered.value(p.id, p.id);
        if (step.move)
            renumberIds(step.move->ids);
    }
    for (RedoStep &step : m_redo) {
        renumberIds(step.ids);
        if (step.move)
            renumberIds(step.move->ids);
    }
    for (UndoStep &step : m_queued) {
        if (step.move)
            renumberIds(step.move->ids);
    }
}

void ReviewSession::addImport(const QList<qint64> &ids, const QString &undoText)
{
    if (ids.isEmpty())
        return;
    UndoStep step{undoText, {}, {}, Move{m_nextRemoval++, ids, true}};
    if (isBusy()) {
        m_queued.append(std::move(step));
        return;
    }
    clearRedo();
    pushUndo(std::move(step));
    emit undoChanged();
}

void ReviewSession::removeInBackground(const QList<qint64> &ids, const QString &undoText)
{
    if (ids.isEmpty() || refuseWhileBusy())
        return;
    clearRedo();
    m_pending = UndoStep{undoText, {}, {}, Move{m_nextRemoval++, ids, false}};
    startMove(Work::Remove, *m_pending.move, undoText);
}

QList<qint64> ReviewSession::moveNow(bool redo)
{
    // Undoing an import or redoing a removal takes out; the others put back.
    const Move move = redo ? *m_redo.constLast().move : *m_undo.constLast().move;
    const bool out = redo ? !move.outOnUndo : move.outOnUndo;
    QHash<qint64, qint64> renumbered;
    if (!applyMove(m_store, move, out, renumbered, m_lastError))
        return {};
    if (redo) {
        const RedoStep step = m_redo.takeLast();
        pushUndo(UndoStep{step.text, {}, step.decision, step.move});
    } else {
        const UndoStep step = m_undo.takeLast();
        pushRedo(RedoStep{step.text, step.move->ids, step.decision, step.move});
    }
    renumber(renumbered);
    const QList<qint64> ids = redo ? m_undo.constLast().move->ids : m_redo.constLast().move->ids;
    emit recordsMoved(ids);
    emit undoChanged();
    return ids;
}

void ReviewSession::startMove(Work work, const Move &move, const QString &text)
{
    const bool out = work == Work::Remove || (work == Work::MoveUndo) == move.outOnUndo;
    m_renumbered.clear();
    startWorker(work, text, move.ids.size(), [move, out](DatasetStore &store, qsizetype from, Batch &batch, QString &error) {
        batch.consumed = move.ids.size() - from;   // all at once: one transaction
        return applyMove(store, move, out, batch.renumbered, error);
    });
}

QList<qint64> ReviewSession::idsOf(const QList<Previous> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Previous &p : rows)
        ids << p.id;
    return ids;
}

bool ReviewSession::decideBatch(QSqlDatabase &db, const QList<qint64> &ids, const Decision &decision, const QString &reviewer,
                                const QString &now, QList<Previous> &previous, QString &error)
{
    // IMMEDIATE: the write lock from the start. A deferred transaction that read first could
    // not write after another connection (a background batch, a run) committed meanwhile.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = q.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &failed) {
        error = failed.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // Set-based: the ids go into a temporary table and three statements do the rest, so a
    // decision on a whole filter costs about as much per record as SQLite's own row updates.
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS review_ids (id INTEGER PRIMARY KEY)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.review_ids")))
        return fail(q);
    // All ids in one statement, as a JSON array: one call per id cost more than the update.
    QByteArray idArray;
    idArray.reserve(ids.size() * 8 + 2);
    idArray += '[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i)
            idArray += ',';
        idArray += QByteArray::number(ids[i]);
    }
    idArray += ']';
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.review_ids (id) SELECT value FROM json_each(?)"));
    insert.addBindValue(QString::fromLatin1(idArray));
    if (!insert.exec())
        return fail(insert);

    QList<Previous> before;
    before.reserve(ids.size());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, status, reject_reason, reviewer, reviewed_at, edited_output FROM records"
                               " WHERE id IN (SELECT id FROM temp.review_ids)")))
        return fail(q);
    while (q.next()) {
        Previous p;
        p.id = q.value(0).toLongLong();
        p.status = q.value(1).toString();
        p.reason = q.value(2);
        p.reviewer = q.value(3);
        p.reviewedAt = q.value(4);
        p.editedOutput = q.value(5);
        before.append(p);
    }
    q.finish();

    // The new status, reason and edit as SQL over each record's own columns, with their values.
    QString status;
    QString reason = QStringLiteral("NULL");
    QString edited = QStringLiteral("edited_output");
    QVariantList statusValues, reasonValues, editedValues;
    switch (decision.status) {
    case Record::Status::Accepted:
        // Accepting an edited record accepts the edit: it stays "edited".
        status = QStringLiteral("CASE WHEN COALESCE(edited_output, '') <> '' THEN 'edited' ELSE 'accepted' END");
        break;
    case Record::Status::Edited: {
        // Editing to the generated text itself (or to nothing) is an accept.
        const QString same = QStringLiteral("(? = output OR trim(?) = '')");
        status = QStringLiteral("CASE WHEN %1 THEN 'accepted' ELSE 'edited' END").arg(same);
        statusValues = {decision.editedText, decision.editedText};
        edited = QStringLiteral("CASE WHEN %1 THEN NULL ELSE ? END").arg(same);
        editedValues = {decision.editedText, decision.editedText, decision.editedText};
        break;
    }
    case Record::Status::Rejected:
        status = QStringLiteral("'rejected'");
        reason = QStringLiteral("?");
        reasonValues = {orNull(decision.reason)};
        break; // an edit stays: rejecting does not throw the reviewer's text away
    case Record::Status::Unreviewed:
        status = QStringLiteral("'unreviewed'");
        edited = QStringLiteral("NULL");
        break;
    }
    const bool reviewed = decision.status != Record::Status::Unreviewed;
    const QVariant reviewerValue = reviewed ? QVariant(reviewer) : QVariant();
    const QVariant at = reviewed ? QVariant(now) : QVariant();

    // The log first: it reads the status before the update.
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO review_log (record_id, status, previous_status, reason, reviewer, at)"
                               " SELECT id, %1, status, %2, ?, ? FROM records WHERE id IN (SELECT id FROM temp.review_ids)")
                    .arg(status, reason));
    for (const QVariant &v : std::as_const(statusValues))
        log.addBindValue(v);
    for (const QVariant &v : std::as_const(reasonValues))
        log.addBindValue(v);
    log.addBindValue(reviewer);
    log.addBindValue(now);
    if (!log.exec())
        return fail(log);

    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE records SET status = %1, reject_reason = %2, edited_output = %3, reviewer = ?,"
                                  " reviewed_at = ? WHERE id IN (SELECT id FROM temp.review_ids)")
                       .arg(status, reason, edited));
    for (const QVariantList *values : {&statusValues, &reasonValues, &editedValues}) {
        for (const QVariant &v : *values)
            update.addBindValue(v);
    }
    update.addBindValue(reviewerValue);
    update.addBindValue(at);
    if (!update.exec())
        return fail(update);
    if (!q.exec(QStringLiteral("DELETE FROM temp.review_ids")) || !q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    previous = std::move(before);
    return true;
}

QList<qint64> ReviewSession::undo()
{
    if (m_undo.isEmpty() || refuseWhileBusy())
        return {};
    if (lastStepMoves())
        return moveNow(false);
    const UndoStep step = m_undo.constLast();
    QSqlDatabase db = m_store.database();
    if (!restoreBatch(db, step.previous, m_reviewer, m_lastError))
        return {};
    m_undo.removeLast();
    const QList<qint64> changed = idsOf(step.previous);
    pushRedo(RedoStep{step.text, changed, step.decision, std::nullopt});
    emit recordsDecided(changed);
    emit undoChanged();
    return changed;
}

bool ReviewSession::restoreBatch(QSqlDatabase &db, const QList<Previous> &rows, const QString &reviewer, QString &error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = q.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &failed) {
        error = failed.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    // Set-based like decide(): the previous values go into a temporary table in one statement
    // (a JSON array of [id, status, reason, edit, reviewer, reviewed at]), then one statement
    // logs the undo and one restores them.
    // A NULL column reads as a null QString: it must go back as JSON null (SQL NULL), not "".
    auto value = [](const QVariant &v) { return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()); };
    QJsonArray array;
    for (const Previous &p : rows)
        array.append(QJsonArray{p.id, p.status, value(p.reason), value(p.editedOutput), value(p.reviewer), value(p.reviewedAt)});
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS review_restore (id INTEGER PRIMARY KEY, status TEXT, reason TEXT,"
                               " edited TEXT, reviewer TEXT, reviewed_at TEXT)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.review_restore")))
        return fail(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.review_restore SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                             " json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]') FROM json_each(?)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(q);
    // The log keeps the undo too: it is the history of what the records went through. CROSS
    // JOIN keeps the restored rows outside (SQLite's planner otherwise scans every record).
    q.prepare(QStringLiteral("INSERT INTO review_log (record_id, status, previous_status, reason, reviewer, at)"
                             " SELECT r.id, t.status, r.status, 'undo', ?, ? FROM temp.review_restore t CROSS JOIN records r ON r.id = t.id"));
    q.addBindValue(reviewer);
    q.addBindValue(nowText());
    if (!q.exec())
        return fail(q);
    // Driven by the ids (rowid lookups): an UPDATE … FROM may scan the whole records table for
    // every batch instead.
    if (!q.exec(QStringLiteral("UPDATE records SET (status, reject_reason, edited_output, reviewer, reviewed_at) ="
                               " (SELECT t.status, t.reason, t.edited, t.reviewer, t.reviewed_at FROM temp.review_restore t WHERE t.id = records.id)"
                               " WHERE id IN (SELECT id FROM temp.review_restore)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.review_restore")) || !q.exec(QStringLiteral("COMMIT")))
        return fail(q);
    return true;
}

bool ReviewSession::refuseWhileBusy()
{
    if (!isBusy())
        return false;
    m_lastError = tr("Wait until the decision on many records is stored, or stop it with Esc.");
    return true;
}

void ReviewSession::decideInBackground(const QList<qint64> &ids, const Decision &decision, const QString &undoText)
{
    if (ids.isEmpty() || refuseWhileBusy())
        return;
    clearRedo();
    startDeciding(ids, decision, undoText);
}

void ReviewSession::redoInBackground()
{
    if (m_redo.isEmpty() || refuseWhileBusy())
        return;
    m_redoing = m_redo.takeLast();
    if (m_redoing.move) {
        startMove(Work::MoveRedo, *m_redoing.move, m_redoing.text);
        return;
    }
    startDeciding(m_redoing.ids, m_redoing.decision, m_redoing.text);
}

void ReviewSession::startDeciding(const QList<qint64> &ids, const Decision &decision, const QString &undoText)
{
    m_pending = UndoStep{undoText, {}, decision, std::nullopt};
    m_pending.previous.reserve(ids.size());
    const QString now = nowText();
    const QString reviewer = m_reviewer;
    startWorker(Work::Decide, undoText, ids.size(), [ids, decision, reviewer, now](DatasetStore &store, qsizetype from, Batch &batch, QString &error) {
        QSqlDatabase db = store.database();
        return decideBatch(db, ids.mid(from, batch.consumed), decision, reviewer, now, batch.previous, error);
    });
}

void ReviewSession::undoInBackground()
{
    if (m_undo.isEmpty() || refuseWhileBusy())
        return;
    if (lastStepMoves()) {
        startMove(Work::MoveUndo, *m_undo.constLast().move, m_undo.constLast().text);
        return;
    }
    m_restored = 0;
    const QList<Previous> rows = m_undo.constLast().previous;
    const QString reviewer = m_reviewer;
    startWorker(Work::Undo, m_undo.constLast().text, rows.size(), [rows, reviewer](DatasetStore &store, qsizetype from, Batch &batch, QString &error) {
        QSqlDatabase db = store.database();
        return restoreBatch(db, rows.mid(from, batch.consumed), reviewer, error);
    });
}

void ReviewSession::startWorker(Work work, const QString &text, qint64 total, StoreBatch storeBatch)
{
    m_lastError.clear();
    m_work = work;
    m_workerUndoes = work == Work::Undo || work == Work::MoveUndo;
    m_workerText = text;
    m_done = 0;
    m_total = total;
    m_taken = 0;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_workerError = std::make_shared<QString>();
    m_worker = new QFutureWatcher<Batch>(this);
    connect(m_worker, &QFutureWatcher<Batch>::resultsReadyAt, this, &ReviewSession::takeBatches);
    connect(m_worker, &QFutureWatcher<Batch>::finished, this, &ReviewSession::workerFinished);
    const QString path = m_store.path();
    const qsizetype batchSize = m_batchSize;
    // The stop is a flag of its own, not the future's cancel: a cancelled future drops the
    // results reported after it, and a batch committed must reach the undo list.
    m_worker->setFuture(QtConcurrent::run(WorkPools::background(), [path, total, batchSize, stop = m_stop, error = m_workerError,
                                           storeBatch = std::move(storeBatch)](QPromise<Batch> &promise) {
        DatasetStore store;
        if (!store.open(path, error.get()))
            return;
        // The stop is looked at after each batch, so the batch under way when it comes — the
        // first one, however early it comes — is stored and reaches the undo list.
        for (qsizetype from = 0; from < total;) {
            Batch batch;
            batch.consumed = qMin<qsizetype>(batchSize, total - from);
            if (!storeBatch(store, from, batch, *error))
                return;
            from += qMax<qsizetype>(1, batch.consumed);
            promise.addResult(std::move(batch));
            if (stop->load())
                break;
        }
    }));
    emit backgroundProgress(0, m_total);
}

void ReviewSession::stopBackground()
{
    if (m_stop)
        m_stop->store(true);
}

// On the GUI thread, batch by batch: a decision's previous values join its pending undo step, an
// undo's restored rows are counted off the step it undoes; views re-read the records.
void ReviewSession::takeBatches()
{
    if (!m_worker)
        return;
    const QFuture<Batch> future = m_worker->future();
    const int count = future.resultCount();
    const UndoStep *undone = m_workerUndoes && !m_undo.isEmpty() ? &m_undo.constLast() : nullptr;
    for (; m_taken < count; ++m_taken) {
        const Batch batch = future.resultAt(m_taken);
        QList<qint64> changed;
        if (m_work == Work::MoveUndo || m_work == Work::MoveRedo || m_work == Work::Remove) {
            m_renumbered.insert(batch.renumbered);
            m_done += batch.consumed;
            emit backgroundProgress(m_done, m_total);
            continue;
        }
        if (m_workerUndoes) {
            if (undone) {
                for (qsizetype i = m_restored; i < m_restored + batch.consumed && i < undone->previous.size(); ++i)
                    changed << undone->previous.at(i).id;
            }
            m_restored += batch.consumed;
        } else {
            changed = idsOf(batch.previous);
            m_pending.previous.append(batch.previous);
        }
        m_done += batch.consumed;
        emit recordsDecided(changed);
        emit backgroundProgress(m_done, m_total);
    }
}

void ReviewSession::workerFinished()
{
    takeBatches();
    const bool complete = m_done >= m_total && m_workerError->isEmpty();
    m_lastError = *m_workerError;
    QList<qint64> moved;
    if (m_work == Work::MoveUndo || m_work == Work::MoveRedo || m_work == Work::Remove) {
        // One transaction: done, or nothing changed and the step stays where it was.
        if (m_work == Work::MoveUndo && complete) {
            const UndoStep step = m_undo.takeLast();
            pushRedo(RedoStep{step.text, step.move->ids, step.decision, step.move});
        } else if (m_work == Work::MoveRedo) {
            if (complete)
                pushUndo(UndoStep{m_redoing.text, {}, m_redoing.decision, m_redoing.move});
            else
                m_redo.append(m_redoing);   // nothing changed: back where it was
        } else if (m_work == Work::Remove && complete) {
            pushUndo(std::move(m_pending));
        }
        if (complete) {
            renumber(m_renumbered);
            moved = m_work == Work::MoveUndo ? m_redo.constLast().move->ids : m_undo.constLast().move->ids;
        }
        m_renumbered.clear();
    } else if (m_workerUndoes) {
        // Stopped part way, the step keeps the records not restored yet: Backspace goes on.
        // The records restored can be decided again (redo).
        if (!m_undo.isEmpty()) {
            UndoStep &step = m_undo.last();
            const qsizetype restored = qMin(m_restored, step.previous.size());
            if (restored > 0)
                pushRedo(RedoStep{step.text, idsOf(step.previous.first(restored)), step.decision, std::nullopt});
            step.previous.remove(0, restored);
            if (complete || step.previous.isEmpty())
                m_undo.removeLast();
        }
    } else {
        if (!m_pending.previous.isEmpty())
            pushUndo(std::move(m_pending));
        // A redo stopped part way: the records it did not reach can be redone still.
        if (!m_redoing.ids.isEmpty() && m_done < m_redoing.ids.size())
            m_redo.append(RedoStep{m_redoing.text, m_redoing.ids.mid(m_done), m_redoing.decision, std::nullopt, m_redoing.stamp});
    }
    m_pending = UndoStep();
    m_redoing = RedoStep();
    m_restored = 0;
    m_worker->deleteLater();
    m_worker = nullptr;
    m_stop.reset();
    // Imports made meanwhile come after the work that ran.
    if (!m_queued.isEmpty())
        clearRedo();
    for (UndoStep &step : m_queued)
        pushUndo(std::move(step));
    m_queued.clear();
    if (!moved.isEmpty())
        emit recordsMoved(moved);
    emit undoChanged();
    emit backgroundFinished(complete);
}
