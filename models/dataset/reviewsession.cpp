#include "reviewsession.h"

#include "datasetstore.h"
#include "project/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

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
}

ReviewSession::~ReviewSession() = default;

QString ReviewSession::defaultReviewer()
{
    const QString configured = QSettings().value(QStringLiteral("review/reviewer")).toString().trimmed();
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
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        m_lastError = q.lastError().text();
        db.rollback();
        return false;
    };
    // Set-based: the ids go into a temporary table and three statements do the rest, so a
    // decision on a whole filter costs about as much per record as SQLite's own row updates.
    QSqlQuery q(db);
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

    UndoStep step;
    step.text = undoText;
    step.previous.reserve(ids.size());
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
        step.previous.append(p);
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
    const QVariant reviewer = reviewed ? QVariant(m_reviewer) : QVariant();
    const QString now = nowText();
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
    log.addBindValue(m_reviewer);
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
    update.addBindValue(reviewer);
    update.addBindValue(at);
    if (!update.exec())
        return fail(update);
    if (!q.exec(QStringLiteral("DELETE FROM temp.review_ids")))
        return fail(q);
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    QList<qint64> changed;
    changed.reserve(step.previous.size());
    for (const Previous &p : std::as_const(step.previous))
        changed << p.id;
    m_undo.append(std::move(step));
    while (m_undo.size() > MaxUndo)
        m_undo.removeFirst();
    emit recordsDecided(changed);
    emit undoChanged();
    return true;
}

QList<qint64> ReviewSession::undo()
{
    if (m_undo.isEmpty())
        return {};
    const UndoStep step = m_undo.constLast();
    if (!restore(step))
        return {};
    m_undo.removeLast();
    QList<qint64> changed;
    for (const Previous &p : step.previous)
        changed << p.id;
    emit recordsDecided(changed);
    emit undoChanged();
    return changed;
}

bool ReviewSession::restore(const UndoStep &step)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &q) {
        m_lastError = q.lastError().text();
        db.rollback();
        return false;
    };
    // Set-based like decide(): the previous values go into a temporary table in one statement
    // (a JSON array of [id, status, reason, edit, reviewer, reviewed at]), then one statement
    // logs the undo and one restores them.
    // A NULL column reads as a null QString: it must go back as JSON null (SQL NULL), not "".
    auto value = [](const QVariant &v) { return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString()); };
    QJsonArray rows;
    for (const Previous &p : step.previous)
        rows.append(QJsonArray{p.id, p.status, value(p.reason), value(p.editedOutput), value(p.reviewer), value(p.reviewedAt)});
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS review_restore (id INTEGER PRIMARY KEY, status TEXT, reason TEXT,"
                               " edited TEXT, reviewer TEXT, reviewed_at TEXT)"))
        || !q.exec(QStringLiteral("DELETE FROM temp.review_restore")))
        return fail(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO temp.review_restore SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                             " json_extract(value, '$[2]'), json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]') FROM json_each(?)"));
    q.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(q);
    // The log keeps the undo too: it is the history of what the records went through.
    q.prepare(QStringLiteral("INSERT INTO review_log (record_id, status, previous_status, reason, reviewer, at)"
                             " SELECT r.id, t.status, r.status, 'undo', ?, ? FROM records r JOIN temp.review_restore t ON t.id = r.id"));
    q.addBindValue(m_reviewer);
    q.addBindValue(nowText());
    if (!q.exec())
        return fail(q);
    if (!q.exec(QStringLiteral("UPDATE records SET status = t.status, reject_reason = t.reason, edited_output = t.edited,"
                               " reviewer = t.reviewer, reviewed_at = t.reviewed_at FROM temp.review_restore t WHERE records.id = t.id"))
        || !q.exec(QStringLiteral("DELETE FROM temp.review_restore")))
        return fail(q);
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}
