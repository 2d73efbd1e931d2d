#include "reviewsession.h"

#include "datasetstore.h"
#include "project/project.h"

#include <QJsonArray>
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

// Rows are read and written in slices so that a decision on a whole filter (a million records)
// binds no more SQL variables than SQLite allows.
constexpr int Slice = 500;

QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QStringList texts;
    for (qsizetype i = from; i < std::min(from + count, ids.size()); ++i)
        texts << QString::number(ids.at(i));
    return texts.join(QLatin1Char(','));
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
    UndoStep step;
    step.text = undoText;
    step.previous.reserve(ids.size());
    const QString now = nowText();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE records SET status = ?, reject_reason = ?, edited_output = ?, reviewer = ?,"
                                  " reviewed_at = ? WHERE id = ?"));
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO review_log (record_id, status, previous_status, reason, reviewer, at)"
                               " VALUES (?, ?, ?, ?, ?, ?)"));
    for (qsizetype from = 0; from < ids.size(); from += Slice) {
        if (!read.exec(QStringLiteral("SELECT id, status, reject_reason, reviewer, reviewed_at, edited_output, output"
                                      " FROM records WHERE id IN (%1)").arg(idList(ids, from, Slice))))
            return fail(read);
        while (read.next()) {
            Previous p;
            p.id = read.value(0).toLongLong();
            p.status = read.value(1).toString();
            p.reason = read.value(2);
            p.reviewer = read.value(3);
            p.reviewedAt = read.value(4);
            p.editedOutput = read.value(5);
            const QString output = read.value(6).toString();

            QString status = Record::statusName(decision.status);
            QVariant edited;   // NULL: no edit
            QVariant reason;
            switch (decision.status) {
            case Record::Status::Accepted:
                // Accepting an edited record accepts the edit: it stays "edited".
                if (!p.editedOutput.toString().isEmpty()) {
                    edited = p.editedOutput;
                    status = Record::statusName(Record::Status::Edited);
                }
                break;
            case Record::Status::Edited:
                if (decision.editedText == output || decision.editedText.trimmed().isEmpty())
                    status = Record::statusName(Record::Status::Accepted);
                else
                    edited = decision.editedText;
                break;
            case Record::Status::Rejected:
                reason = orNull(decision.reason);
                edited = p.editedOutput; // rejecting does not throw the reviewer's text away
                break;
            case Record::Status::Unreviewed:
                break;
            }
            const bool reviewed = decision.status != Record::Status::Unreviewed;
            update.bindValue(0, status);
            update.bindValue(1, reason);
            update.bindValue(2, edited);
            update.bindValue(3, reviewed ? QVariant(m_reviewer) : QVariant());
            update.bindValue(4, reviewed ? QVariant(now) : QVariant());
            update.bindValue(5, p.id);
            if (!update.exec())
                return fail(update);
            log.bindValue(0, p.id);
            log.bindValue(1, status);
            log.bindValue(2, p.status);
            log.bindValue(3, reason);
            log.bindValue(4, m_reviewer);
            log.bindValue(5, now);
            if (!log.exec())
                return fail(log);
            step.previous.append(p);
        }
    }
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
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE records SET status = ?, reject_reason = ?, edited_output = ?, reviewer = ?,"
                                  " reviewed_at = ? WHERE id = ?"));
    QSqlQuery log(db);
    // The log keeps the undo too: it is the history of what the records went through.
    log.prepare(QStringLiteral("INSERT INTO review_log (record_id, status, previous_status, reason, reviewer, at)"
                               " SELECT id, ?, status, 'undo', ?, ? FROM records WHERE id = ?"));
    const QString now = nowText();
    for (const Previous &p : step.previous) {
        log.bindValue(0, p.status);
        log.bindValue(1, m_reviewer);
        log.bindValue(2, now);
        log.bindValue(3, p.id);
        update.bindValue(0, p.status);
        update.bindValue(1, p.reason);
        update.bindValue(2, p.editedOutput);
        update.bindValue(3, p.reviewer);
        update.bindValue(4, p.reviewedAt);
        update.bindValue(5, p.id);
        if (!log.exec() || !update.exec()) {
            m_lastError = log.lastError().isValid() ? log.lastError().text() : update.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}
