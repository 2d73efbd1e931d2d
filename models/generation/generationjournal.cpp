#include "generationjournal.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// SQLITE_BUSY (5) and SQLITE_LOCKED (6), extended codes too: another connection held the
// database longer than this one's busy timeout.
bool isBusy(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

// Sets *busy when the statement failed because another writer held the database.
bool run(QSqlQuery &q, QString *error, bool *busy = nullptr)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    if (busy && isBusy(q.lastError()))
        *busy = true;
    return false;
}
}

GenerationJournal::GenerationJournal(const QSqlDatabase &db)
    : m_db(db)
{
}

bool GenerationJournal::closeInterrupted(QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE jobs SET state = 'abandoned', updated_at = ? WHERE state IN ('queued', 'running', 'retrying')"));
    q.addBindValue(nowText());
    QSqlQuery r(m_db);
    r.prepare(QStringLiteral("UPDATE runs SET state = 'interrupted' WHERE state = 'running'"));
    if (!run(q, error) || !run(r, error) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return true;
}

qint64 GenerationJournal::startRun(const QString &baseUrl, const QString &model, const QJsonObject &settings, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO runs (started_at, state, base_url, model, settings) VALUES (?, 'running', ?, ?, ?)"));
    q.addBindValue(nowText());
    q.addBindValue(baseUrl);
    q.addBindValue(model);
    q.addBindValue(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    if (!run(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool GenerationJournal::finishRun(qint64 runId, const QString &state, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runs SET state = ?, finished_at = ? WHERE id = ?"));
    q.addBindValue(state);
    q.addBindValue(nowText());
    q.addBindValue(runId);
    return run(q, error);
}

qint64 GenerationJournal::addJob(qint64 runId, const QString &persona, const QString &category, int requested, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO jobs (run_id, persona, category, requested, state, updated_at) VALUES (?, ?, ?, ?, 'queued', ?)"));
    q.addBindValue(runId);
    q.addBindValue(persona);
    q.addBindValue(category);
    q.addBindValue(requested);
    q.addBindValue(nowText());
    if (!run(q, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool GenerationJournal::applyJobUpdate(const JobUpdate &u, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE jobs SET state = ?, attempts = ?, last_error = ?, stored = stored + ?, prompt_tokens = prompt_tokens + ?,"
        " completion_tokens = completion_tokens + ?, cost_usd = cost_usd + ?, latency_ms = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(u.state);
    q.addBindValue(u.attempts);
    q.addBindValue(u.lastError.isEmpty() ? QVariant() : QVariant(u.lastError));
    q.addBindValue(u.addStored);
    q.addBindValue(u.addPromptTokens);
    q.addBindValue(u.addCompletionTokens);
    q.addBindValue(u.addCost);
    q.addBindValue(u.latencyMs);
    q.addBindValue(nowText());
    q.addBindValue(u.jobId);
    return run(q, error, &m_busy);
}

bool GenerationJournal::updateJob(const JobUpdate &update, QString *error)
{
    return applyJobUpdate(update, error);
}

bool GenerationJournal::insertRecord(Record &r, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO records (persona, category, instruction, input, output, status, source_kind, source, model, job_id,"
        " prompt_tokens, completion_tokens, flags, dedup_key, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'unreviewed', 'generated', ?, ?, ?, ?, ?, '', ?, ?)"));
    q.addBindValue(r.persona);
    q.addBindValue(r.category);
    q.addBindValue(r.instruction);
    q.addBindValue(r.input);
    q.addBindValue(r.output);
    q.addBindValue(r.source);
    q.addBindValue(r.model);
    q.addBindValue(r.jobId);
    q.addBindValue(r.promptTokens);
    q.addBindValue(r.completionTokens);
    q.addBindValue(Record::dedupKey(r.persona, r.input, r.output));
    q.addBindValue(nowText());
    if (!run(q, error, &m_busy))
        return false;
    r.id = q.lastInsertId().toLongLong();
    return true;
}

bool GenerationJournal::tryCommit(Commit &c, int busyTimeoutMs, bool *busy, QString *error)
{
    QSqlQuery pragma(m_db);
    const int before = pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next() ? pragma.value(0).toInt() : 10000;
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(0, busyTimeoutMs)));
    m_busy = false;
    const bool ok = commitOnce(c, error);
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(before));
    if (busy)
        *busy = !ok && m_busy;
    return ok;
}

bool GenerationJournal::commitOnce(Commit &c, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    auto fail = [&] {
        m_db.rollback();
        return false;
    };
    for (Record &r : c.records) {
        if (!insertRecord(r, error))
            return fail();
    }
    if (c.job.jobId && !applyJobUpdate(c.job, error))
        return fail();
    for (auto it = c.drops.cbegin(); it != c.drops.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO drops (run_id, persona, category, reason, count) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (run_id, persona, category, reason) DO UPDATE SET count = count + excluded.count"));
        q.addBindValue(c.runId);
        q.addBindValue(c.persona);
        q.addBindValue(c.category);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!run(q, error, &m_busy))
            return fail();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runs SET prompt_tokens = prompt_tokens + ?, completion_tokens = completion_tokens + ?,"
                             " cost_usd = cost_usd + ? WHERE id = ?"));
    q.addBindValue(c.job.addPromptTokens);
    q.addBindValue(c.job.addCompletionTokens);
    q.addBindValue(c.job.addCost);
    q.addBindValue(c.runId);
    if (!run(q, error, &m_busy))
        return fail();
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_busy = m_busy || isBusy(m_db.lastError());
        return fail();
    }
    return true;
}

GenerationJournal::PastRun GenerationJournal::lastRun() const
{
    PastRun run;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, state, started_at FROM runs ORDER BY id DESC LIMIT 1")) || !q.next())
        return run;
    run.id = q.value(0).toLongLong();
    run.state = q.value(1).toString();
    run.startedAt = q.value(2).toString();
    q.prepare(QStringLiteral("SELECT id, persona, category, state, last_error, requested, stored, attempts, prompt_tokens,"
                             " completion_tokens, cost_usd, latency_ms FROM jobs WHERE run_id = ? ORDER BY id"));
    q.addBindValue(run.id);
    if (!q.exec())
        return run;
    while (q.next()) {
        PastJob j;
        j.id = q.value(0).toLongLong();
        j.persona = q.value(1).toString();
        j.category = q.value(2).toString();
        j.state = q.value(3).toString();
        j.lastError = q.value(4).toString();
        j.requested = q.value(5).toInt();
        j.stored = q.value(6).toInt();
        j.attempts = q.value(7).toInt();
        j.promptTokens = q.value(8).toInt();
        j.completionTokens = q.value(9).toInt();
        j.costUsd = q.value(10).toDouble();
        j.latencyMs = q.value(11).toLongLong();
        run.jobs << j;
    }
    return run;
}

QHash<QString, int> GenerationJournal::dropsByReason() const
{
    QHash<QString, int> result;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT reason, SUM(count) FROM drops GROUP BY reason"));
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toInt());
    return result;
}

GenerationJournal::Totals GenerationJournal::totals() const
{
    Totals t;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0), COALESCE(SUM(cost_usd), 0) FROM runs"))
        && q.next()) {
        t.promptTokens = q.value(0).toLongLong();
        t.completionTokens = q.value(1).toLongLong();
        t.costUsd = q.value(2).toDouble();
    }
    return t;
}

QHash<QString, GenerationJournal::Totals> GenerationJournal::totalsByPersona() const
{
    QHash<QString, Totals> result;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT persona, SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_usd) FROM jobs GROUP BY persona"));
    while (q.next())
        result.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDouble()});
    return result;
}

QHash<QString, QHash<QString, int>> GenerationJournal::statusCounts() const
{
    QHash<QString, QHash<QString, int>> result;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT persona, status, COUNT(*) FROM records GROUP BY persona, status"));
    while (q.next())
        result[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toInt());
    return result;
}
