#include "datasetstore.h"

#include "reviewsampler.h"
#include "util/utf8.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

namespace {

// Each step moves the schema from version i to i + 1. Steps are never edited once released;
// a change is a new step.
const char *const Migrations[] = {
    // 0 → 1
    R"SQL(
CREATE TABLE records (
    id INTEGER PRIMARY KEY,
    persona TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    instruction TEXT NOT NULL DEFAULT '',
    input TEXT NOT NULL DEFAULT '',
    output TEXT NOT NULL DEFAULT '',
    dialogue TEXT,
    edited_output TEXT,
    status TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (status IN ('unreviewed', 'accepted', 'edited', 'rejected')),
    reject_reason TEXT,
    reviewer TEXT,
    reviewed_at TEXT,
    source_kind TEXT NOT NULL DEFAULT 'generated' CHECK (source_kind IN ('generated', 'imported')),
    source TEXT,
    model TEXT,
    job_id INTEGER,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    flags TEXT NOT NULL DEFAULT '',
    dedup_key TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX records_persona_category ON records (persona, category);
CREATE INDEX records_status ON records (status);
CREATE INDEX records_dedup ON records (dedup_key);
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    previous_status TEXT NOT NULL,
    reason TEXT,
    reviewer TEXT,
    at TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    state TEXT NOT NULL DEFAULT 'running',
    base_url TEXT,
    model TEXT,
    settings TEXT,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0
);
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs (id),
    persona TEXT NOT NULL,
    category TEXT NOT NULL,
    requested INTEGER NOT NULL,
    stored INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost_usd REAL NOT NULL DEFAULT 0,
    latency_ms INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE INDEX jobs_run ON jobs (run_id);
CREATE TABLE drops (
    run_id INTEGER NOT NULL,
    persona TEXT NOT NULL,
    category TEXT NOT NULL,
    reason TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (run_id, persona, category, reason)
);
)SQL",
    // 1 → 2: the line of the imported file each imported record came from, so that importing
    // a file again (after a stop, a crash or a full disk) skips the lines already stored.
    R"SQL(
ALTER TABLE records ADD COLUMN source_line INTEGER;
CREATE INDEX records_source_line ON records (source, source_line) WHERE source_line IS NOT NULL;
)SQL",
    // 2 → 3: the persona index covers the status too, so the counts per character (opening a
    // project, the Generate mode's estimate, Insights, the spot-check panel) read the index
    // alone instead of one table row per record: 200,000 records, 1.1 s → 0.04 s.
    R"SQL(
DROP INDEX IF EXISTS records_persona_category;
CREATE INDEX IF NOT EXISTS records_persona_category_status ON records (persona, category, status);
)SQL",
    // 3 → 4: the flagged records (quality checks flag a few percent), for the flag filter and
    // the filter bar's list of flags: 1,000,000 records, 0.75 s → 0.1 s. Partial, so storing an
    // unflagged record (every import) does not touch it; an import keeps it.
    R"SQL(
CREATE INDEX IF NOT EXISTS records_flagged ON records (flags) WHERE flags <> '';
)SQL",
    // 4 → 5: records taken out of the project in a way the Review mode can undo (an import
    // undone, an import removed) wait in removed_records and removed_review_log, under the key
    // `removal`, until they are put back or the undo step is forgotten. A later migration that
    // adds a column to records or review_log adds it to these tables too, in the same place.
    // review_log gets the index on record_id its ON DELETE CASCADE needs: without it every
    // record deleted scanned the whole log (20,000 records deleted with a log of 10,000
    // decisions: 9.8 s → 0.01 s).
    R"SQL(
CREATE INDEX IF NOT EXISTS review_log_record ON review_log (record_id);
CREATE TABLE IF NOT EXISTS removed_records AS SELECT NULL AS removal, * FROM records WHERE 0;
CREATE INDEX IF NOT EXISTS removed_records_removal ON removed_records (removal);
CREATE TABLE IF NOT EXISTS removed_review_log AS SELECT NULL AS removal, * FROM review_log WHERE 0;
CREATE INDEX IF NOT EXISTS removed_review_log_removal ON removed_review_log (removal);
)SQL",
    // 5 → 6: the spot-check under way — its seed and size, and its records in drawing order —
    // so that closing the window or a crash does not end it. At most one row in spot_check. A
    // record deleted leaves the sample with it (indexed for that, as review_log is).
    R"SQL(
CREATE TABLE IF NOT EXISTS spot_check (
    seed INTEGER NOT NULL,
    per_persona INTEGER NOT NULL,
    percent REAL NOT NULL,
    started_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS spot_check_records (
    position INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS spot_check_records_record ON spot_check_records (record_id);
)SQL",
};
static_assert(std::size(Migrations) == DatasetStore::SchemaVersion);

// The indexes of the records table as the migrations above leave them: a large import drops
// them and builds them again at its end (DatasetStore::dropRecordIndexes).
const char *const RecordIndexes[][2] = {
    {"records_persona_category_status", "CREATE INDEX IF NOT EXISTS records_persona_category_status ON records (persona, category, status)"},
    {"records_status", "CREATE INDEX IF NOT EXISTS records_status ON records (status)"},
    {"records_dedup", "CREATE INDEX IF NOT EXISTS records_dedup ON records (dedup_key)"},
    {"records_source_line", "CREATE INDEX IF NOT EXISTS records_source_line ON records (source, source_line) WHERE source_line IS NOT NULL"},
};

// SQLite stores a null QString as NULL; the NOT NULL text columns want ''.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

DatasetStore::DatasetStore()
    : m_connection(QStringLiteral("studio-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

DatasetStore::~DatasetStore()
{
    close();
}

bool DatasetStore::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    // SQLite would open a database it cannot write read-only and fail only at the first write
    // (a review decision, a stored answer): say so at once, naming the folder.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (folder.isDir() && (!folder.isWritable() || (file.exists() && !file.isWritable()))) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "%1 cannot be written: the folder %2 or the file is read-only")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.absoluteFilePath()));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            if (error)
                *error = QCoreApplication::translate("DatasetStore", "%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
            close();
            return false;
        }
    }
    QString why;
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), &why) || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), &why)
        || !exec(QStringLiteral("PRAGMA foreign_keys=ON"), &why) || !migrate(&why)) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "%1: %2").arg(QDir::toNativeSeparators(path), why);
        close();
        return false;
    }
    // An import killed while it had the indexes dropped left them out: build them again, unless
    // that import is still running (it holds the lock and builds them itself at its end). A
    // failure here (a full disk) leaves queries slower, not wrong, and is tried at every open.
    if (!hasRecordIndexes()) {
        QLockFile lock(importLockPath());
        if (lock.tryLock(0))
            createRecordIndexes(nullptr);
    }
    return true;
}

QString DatasetStore::importLockPath() const
{
    return m_path + QStringLiteral("-import.lock");
}

bool DatasetStore::hasRecordIndexes() const
{
    QStringList names;
    for (const auto &index : RecordIndexes)
        names << QStringLiteral("'%1'").arg(QLatin1String(index[0]));
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN (%1)").arg(names.join(QLatin1Char(','))))
        || !q.next())
        return true;
    return q.value(0).toInt() == int(std::size(RecordIndexes));
}

bool DatasetStore::dropRecordIndexes(QString *error)
{
    QStringList statements;
    for (const auto &index : RecordIndexes)
        statements << QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0]));
    return execAll(statements, error);
}

bool DatasetStore::createRecordIndexes(QString *error)
{
    // One transaction each: a checkpoint can copy an index built while the next is built.
    for (const auto &index : RecordIndexes) {
        if (!exec(QString::fromLatin1(index[1]), error))
            return false;
    }
    return true;
}

bool DatasetStore::execAll(const QStringList &statements, QString *error)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    for (const QString &statement : statements) {
        if (!exec(statement, error)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return exec(QStringLiteral("COMMIT"), error);
}

bool DatasetStore::openReadOnly(const QString &path, QString *error)
{
    close();
    m_path = path;
    const QFileInfo file(path);
    if (!file.exists()) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "%1 does not exist").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // In a folder that cannot be written SQLite cannot create the -wal and -shm files a WAL
    // database needs even for reading, so the file is opened as immutable. That is only right
    // when no write-ahead log holds changes not yet in the file.
    const bool folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (!folderWritable && QFileInfo(path + QStringLiteral("-wal")).size() > 0) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "%1 has changes in its -wal file that cannot be merged in a read-only folder; "
                                                                 "open the project where it can be written once")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        if (folderWritable) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(QString::fromLatin1(QUrl::toPercentEncoding(file.absoluteFilePath(), "/"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        if (!db.open()) {
            if (error)
                *error = QCoreApplication::translate("DatasetStore", "%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), db.lastError().text());
            close();
            return false;
        }
    }
    // Versions since OldestReadable differ only in indexes: their records read the same.
    if (schemaVersion() < OldestReadable || schemaVersion() > SchemaVersion) {
        if (error)
            *error = QCoreApplication::translate("DatasetStore", "%1 is schema version %2; this studio reads version %3 and cannot upgrade it read-only")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(schemaVersion())
                         .arg(SchemaVersion);
        close();
        return false;
    }
    return true;
}

bool DatasetStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && database().isOpen();
}

void DatasetStore::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase DatasetStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool DatasetStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    return true;
}

int DatasetStore::schemaVersion() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool DatasetStore::migrate(QString *error)
{
    if (schemaVersion() == SchemaVersion)
        return true;
    // Two connections may open a new studio.db at the same moment (the window and a worker):
    // take the write lock first and read the version under it, so only one of them migrates.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    const int current = schemaVersion();
    if (current > SchemaVersion) {
        exec(QStringLiteral("ROLLBACK"), nullptr);
        *error = QCoreApplication::translate("DatasetStore", "the database is schema version %1, newer than this studio reads (%2); update the studio")
                     .arg(current)
                     .arg(SchemaVersion);
        return false;
    }
    for (int version = current; version < SchemaVersion; ++version) {
        const QStringList statements = QString::fromUtf8(Migrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(statement, error)) {
                exec(QStringLiteral("ROLLBACK"), nullptr);
                *error = QCoreApplication::translate("DatasetStore", "upgrading the schema to version %1 failed: %2").arg(version + 1).arg(*error);
                return false;
            }
        }
        if (!exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1), error)) {
            exec(QStringLiteral("ROLLBACK"), nullptr);
            return false;
        }
    }
    return exec(QStringLiteral("COMMIT"), error);
}

bool DatasetStore::insertRecords(QList<Record> &records, QString *error)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO records (persona, category, instruction, input, output, dialogue, edited_output, status, reject_reason,"
        " reviewer, reviewed_at, source_kind, source, model, job_id, prompt_tokens, completion_tokens, flags, dedup_key, created_at,"
        " source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = nowText();
    for (Record &r : records) {
        q.addBindValue(text(r.persona));
        q.addBindValue(text(r.category));
        q.addBindValue(text(r.instruction));
        q.addBindValue(text(r.input));
        q.addBindValue(text(r.output));
        q.addBindValue(r.dialogue.isEmpty() ? QVariant() : QVariant(r.dialogue));
        q.addBindValue(r.editedOutput.isEmpty() ? QVariant() : QVariant(r.editedOutput));
        q.addBindValue(Record::statusName(r.status));
        q.addBindValue(r.rejectReason.isEmpty() ? QVariant() : QVariant(r.rejectReason));
        q.addBindValue(r.reviewer.isEmpty() ? QVariant() : QVariant(r.reviewer));
        q.addBindValue(r.reviewedAt.isValid() ? QVariant(r.reviewedAt.toString(Qt::ISODateWithMs)) : QVariant());
        q.addBindValue(Record::sourceKindName(r.sourceKind));
        q.addBindValue(r.source);
        q.addBindValue(r.model);
        q.addBindValue(r.jobId ? QVariant(r.jobId) : QVariant());
        q.addBindValue(r.promptTokens);
        q.addBindValue(r.completionTokens);
        q.addBindValue(text(r.flags.join(QLatin1Char(','))));
        q.addBindValue(Record::dedupKey(r.persona, r.input, r.output));
        q.addBindValue(r.createdAt.isValid() ? r.createdAt.toString(Qt::ISODateWithMs) : now);
        q.addBindValue(r.sourceLine > 0 ? QVariant(r.sourceLine) : QVariant());
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
        r.id = q.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

qint64 DatasetStore::recordCount() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

namespace {
// persona → how many records the condition selects
QHash<QString, int> countByPersona(const QSqlDatabase &db, const QString &condition)
{
    QHash<QString, int> counts;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT persona, COUNT(*) FROM records WHERE %1 GROUP BY persona").arg(condition));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}
} // namespace

QHash<QString, int> DatasetStore::countsByPersona() const
{
    return countByPersona(database(), QStringLiteral("status <> 'rejected'"));
}

QHash<QString, int> DatasetStore::importedCountsByPersona() const
{
    return countByPersona(database(), QStringLiteral("status <> 'rejected' AND source_kind = 'imported'"));
}

QHash<QString, QHash<QString, int>> DatasetStore::countsByPersonaCategory() const
{
    QHash<QString, QHash<QString, int>> counts;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Read from the index records_persona_category_status alone (it covers the three columns).
    q.exec(QStringLiteral("SELECT persona, category, COUNT(*) FROM records WHERE status <> 'rejected' GROUP BY persona, category"));
    while (q.next())
        counts[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toInt());
    return counts;
}

namespace {

const char RecordColumns[] =
    "SELECT id, persona, category, instruction, input, output, dialogue, edited_output, status, reject_reason, reviewer,"
    " reviewed_at, source_kind, source, model, job_id, prompt_tokens, completion_tokens, flags, created_at, source_line FROM records";

// The current row of a query that selected RecordColumns.
Record recordFromRow(const QSqlQuery &q)
{
    Record r;
    r.id = q.value(0).toLongLong();
    r.persona = q.value(1).toString();
    r.category = q.value(2).toString();
    r.instruction = q.value(3).toString();
    r.input = q.value(4).toString();
    r.output = q.value(5).toString();
    r.dialogue = q.value(6).toString();
    r.editedOutput = q.value(7).toString();
    r.status = Record::statusFromName(q.value(8).toString());
    r.rejectReason = q.value(9).toString();
    r.reviewer = q.value(10).toString();
    r.reviewedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODateWithMs);
    r.sourceKind = q.value(12).toString() == QLatin1String("imported") ? Record::SourceKind::Imported : Record::SourceKind::Generated;
    r.source = q.value(13).toString();
    r.model = q.value(14).toString();
    r.jobId = q.value(15).toLongLong();
    r.promptTokens = q.value(16).toInt();
    r.completionTokens = q.value(17).toInt();
    r.flags = q.value(18).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.createdAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODateWithMs);
    r.sourceLine = q.value(20).toLongLong();
    return r;
}

} // namespace

QList<Record> DatasetStore::records(const QString &persona, int limit) const
{
    QList<Record> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);   // else Qt keeps a copy of every row it has read
    q.prepare(QString::fromLatin1(RecordColumns) + (persona.isEmpty() ? QString() : QStringLiteral(" WHERE persona = ?"))
              + QStringLiteral(" ORDER BY id LIMIT ?"));
    if (!persona.isEmpty())
        q.addBindValue(persona);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result << recordFromRow(q);
    return result;
}

namespace {
// " WHERE condition", or nothing for an empty condition (every record).
QString whereClause(const QString &condition)
{
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
}
} // namespace

QList<Record> DatasetStore::recordsWhere(const QString &where, QString *error) const
{
    QList<Record> result;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(RecordColumns) + whereClause(where) + QStringLiteral(" ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result << recordFromRow(q);
    if (q.lastError().isValid() && error)
        *error = q.lastError().text();   // a page that cannot be read part way
    return result;
}

qint64 DatasetStore::countWhere(const QString &where, QString *error) const
{
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records") + whereClause(where)) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// Imported records, with source_line on every one the importer stored (records_source_line
// is a partial index on it).
static const char ImportedFrom[] = "source_kind = 'imported' AND source_line IS NOT NULL AND source = ?";

QList<DatasetStore::ImportedFile> DatasetStore::importedFiles(QString *error) const
{
    QList<ImportedFile> files;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT source, COUNT(*), SUM(status <> 'unreviewed') FROM records "
                               "WHERE source_line IS NOT NULL AND source_kind = 'imported' GROUP BY source ORDER BY source"))) {
        if (error)
            *error = q.lastError().text();
        return files;
    }
    while (q.next())
        files << ImportedFile{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()};
    return files;
}

bool DatasetStore::removeImported(const QString &path, QList<qint64> *removed, QString *error)
{
    QList<qint64> ids;
    const bool ok = writeTransaction([&](QSqlQuery &q) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM records WHERE %1").arg(QLatin1String(ImportedFrom)));
        q.addBindValue(path);
        if (!q.exec())
            return false;
        while (q.next())
            ids << q.value(0).toLongLong();
        q.finish();
        q.prepare(QStringLiteral("DELETE FROM records WHERE %1").arg(QLatin1String(ImportedFrom)));
        q.addBindValue(path);
        return q.exec();
    }, error);
    if (ok && removed)
        *removed = std::move(ids);
    return ok;
}

QList<qint64> DatasetStore::importedIds(const QString &path, qint64 afterId, QString *error) const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM records WHERE %1 AND id > ? ORDER BY id").arg(QLatin1String(ImportedFrom)));
    q.addBindValue(path);
    q.addBindValue(afterId);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

qint64 DatasetStore::maxRecordId() const
{
    QSqlQuery q(database());
    return q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM records")) && q.next() ? q.value(0).toLongLong() : 0;
}

QList<qint64> DatasetStore::removalKeys() const
{
    QList<qint64> keys;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT DISTINCT removal FROM removed_records ORDER BY removal"))) {
        while (q.next())
            keys << q.value(0).toLongLong();
    }
    return keys;
}

// The columns of a table as the migrations left them, quoted, in order.
static QString columnsOf(const QSqlDatabase &db, const QString &table, bool withId)
{
    QStringList columns;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (q.next()) {
            const QString name = q.value(1).toString();
            if (withId || name != QLatin1String("id"))
                columns << QLatin1Char('"') + name + QLatin1Char('"');
        }
    }
    return columns.join(QStringLiteral(", "));
}

bool DatasetStore::writeTransaction(const std::function<bool(QSqlQuery &q)> &body, QString *error)
{
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    QSqlQuery q(database());
    if (!body(q) || !q.exec(QStringLiteral("COMMIT"))) {
        if (error)
            *error = q.lastError().text();
        exec(QStringLiteral("ROLLBACK"), nullptr);
        return false;
    }
    return true;
}

bool DatasetStore::saveSpotCheck(const SpotCheck &sample, QString *error)
{
    QJsonArray ids;
    for (qint64 id : sample.allIds())
        ids.append(id);
    return writeTransaction([&](QSqlQuery &q) {
        if (!q.exec(QStringLiteral("DELETE FROM spot_check")) || !q.exec(QStringLiteral("DELETE FROM spot_check_records")))
            return false;
        if (sample.isEmpty())
            return true;
        q.prepare(QStringLiteral("INSERT INTO spot_check (seed, per_persona, percent, started_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(qint64(sample.seed));
        q.addBindValue(sample.perPersona);
        q.addBindValue(sample.percent);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return false;
        // One statement for the whole sample (tens of thousands of ids at a million records);
        // json_each gives them in the array's order, which the positions keep.
        q.prepare(QStringLiteral("INSERT INTO spot_check_records (record_id) SELECT value FROM json_each(?) ORDER BY key"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        return q.exec();
    }, error);
}

SpotCheck DatasetStore::savedSpotCheck() const
{
    SpotCheck sample;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seed, per_persona, percent FROM spot_check LIMIT 1")) || !q.next())
        return sample;   // none (or no such table)
    sample.seed = quint64(q.value(0).toLongLong());
    sample.perPersona = q.value(1).toInt();
    sample.percent = q.value(2).toDouble();
    if (!q.exec(QStringLiteral("SELECT r.persona, r.id FROM spot_check_records s JOIN records r ON r.id = s.record_id ORDER BY s.position")))
        return SpotCheck();
    while (q.next())
        sample.idsByPersona[q.value(0).toString()].append(q.value(1).toLongLong());
    return sample;
}

bool DatasetStore::renamePersona(const QString &from, const QString &to, const QList<qint64> &keep, QList<qint64> *alreadyTo, QString *error)
{
    QJsonArray kept;
    for (qint64 id : keep)
        kept.append(id);
    QList<qint64> found;
    const bool ok = writeTransaction([&](QSqlQuery &q) {
        if (alreadyTo) {
            q.prepare(QStringLiteral("SELECT id FROM records WHERE persona = ?"));
            q.addBindValue(to);
            if (!q.exec())
                return false;
            while (q.next())
                found << q.value(0).toLongLong();
            q.finish();
        }
        q.prepare(QStringLiteral("UPDATE records SET persona = ? WHERE persona = ? AND id NOT IN (SELECT value FROM json_each(?))"));
        q.addBindValue(to);
        q.addBindValue(from);
        q.addBindValue(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
        return q.exec();
    }, error);
    if (ok && alreadyTo)
        *alreadyTo = found;
    return ok;
}

bool DatasetStore::takeOut(const QList<qint64> &ids, qint64 removal, QString *error)
{
    // The ids in a temporary table (one statement from a JSON array), then set-based statements.
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return writeTransaction([&](QSqlQuery &q) {
        if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS take_ids (id INTEGER PRIMARY KEY)"))
            || !q.exec(QStringLiteral("DELETE FROM temp.take_ids")))
            return false;
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.take_ids SELECT value FROM json_each(?)"));
        q.addBindValue(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
        // The log first: deleting the records deletes their log (ON DELETE CASCADE).
        return q.exec()
            && q.exec(QStringLiteral("INSERT INTO removed_review_log SELECT %1, * FROM review_log WHERE record_id IN (SELECT id FROM temp.take_ids)").arg(removal))
            && q.exec(QStringLiteral("INSERT INTO removed_records SELECT %1, * FROM records WHERE id IN (SELECT id FROM temp.take_ids)").arg(removal))
            && q.exec(QStringLiteral("DELETE FROM records WHERE id IN (SELECT id FROM temp.take_ids)"))
            && q.exec(QStringLiteral("DELETE FROM temp.take_ids"));
    }, error);
}

bool DatasetStore::putBack(qint64 removal, QHash<qint64, qint64> *renumbered, QString *error)
{
    const QString recordColumns = columnsOf(database(), QStringLiteral("records"), true);
    const QString recordColumnsButId = columnsOf(database(), QStringLiteral("records"), false);
    const QString logColumnsButId = columnsOf(database(), QStringLiteral("review_log"), false);
    QHash<qint64, qint64> moved;
    const bool ok = writeTransaction([&](QSqlQuery &q) {
        // Ids another record has now: found before any row goes back.
        QList<qint64> taken;
        if (!q.exec(QStringLiteral("SELECT t.id FROM removed_records t WHERE t.removal = %1 AND EXISTS (SELECT 1 FROM records r WHERE r.id = t.id)")
                        .arg(removal)))
            return false;
        while (q.next())
            taken << q.value(0).toLongLong();
        q.finish();
        // New ids above every record's and every record's taken out, so that none takes the id
        // of a record still to come back.
        qint64 next = 0;
        if (!taken.isEmpty()) {
            if (!q.exec(QStringLiteral("SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM records), (SELECT COALESCE(MAX(id), 0) FROM removed_records))"))
                || !q.next())
                return false;
            next = q.value(0).toLongLong() + 1;
            q.finish();
        }
        for (qint64 old : std::as_const(taken)) {
            // Under a new id, its log following it.
            const qint64 id = next++;
            if (!q.exec(QStringLiteral("INSERT INTO records (id, %1) SELECT %2, %1 FROM removed_records WHERE removal = %3 AND id = %4")
                            .arg(recordColumnsButId).arg(id).arg(removal).arg(old))
                || !q.exec(QStringLiteral("UPDATE removed_review_log SET record_id = %1 WHERE removal = %2 AND record_id = %3").arg(id).arg(removal).arg(old))
                || !q.exec(QStringLiteral("DELETE FROM removed_records WHERE removal = %1 AND id = %2").arg(removal).arg(old)))
                return false;
            moved.insert(old, id);
        }
        // The rest under their own ids; the log under new ids of its own (its order is its time).
        return q.exec(QStringLiteral("INSERT INTO records (%1) SELECT %1 FROM removed_records WHERE removal = %2 ORDER BY id").arg(recordColumns).arg(removal))
            && q.exec(QStringLiteral("INSERT INTO review_log (%1) SELECT %1 FROM removed_review_log WHERE removal = %2 ORDER BY id").arg(logColumnsButId).arg(removal))
            && q.exec(QStringLiteral("DELETE FROM removed_records WHERE removal = %1").arg(removal))
            && q.exec(QStringLiteral("DELETE FROM removed_review_log WHERE removal = %1").arg(removal));
    }, error);
    if (ok && renumbered)
        *renumbered = std::move(moved);
    return ok;
}

bool DatasetStore::forgetTakenOut(qint64 first, qint64 last, QString *error)
{
    const QString where = QStringLiteral(" WHERE removal BETWEEN %1 AND %2").arg(first).arg(last);
    return execAll({QStringLiteral("DELETE FROM removed_records") + where, QStringLiteral("DELETE FROM removed_review_log") + where}, error);
}

QHash<QString, qint64> DatasetStore::countsByStatus(QString *error) const
{
    QHash<QString, qint64> counts;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM records GROUP BY status"))) {
        if (error)
            *error = q.lastError().text();
        return counts;
    }
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}

Record DatasetStore::record(qint64 id) const
{
    QSqlQuery q(database());
    q.prepare(QString::fromLatin1(RecordColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return recordFromRow(q);
}

bool DatasetStore::containsDedupKey(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT 1 FROM records WHERE dedup_key = ? LIMIT 1"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

// ---------------------------------------------------------------------------------------------
// Bulk insertion (used by the importer)
// ---------------------------------------------------------------------------------------------

#include <QSqlDriver>

#include <dlfcn.h>
#include <type_traits>

// ---------------------------------------------------------------------------------------------

// A named namespace, not an anonymous one: DatasetBulkInserter::Native holds its types, and GCC
// warns (-Wsubobject-linkage) when this file, part of a unity batch, gives such a class fields of
// internal linkage.
namespace datasetstore_sqlite {

// QSqlQuery costs far more than SQLite itself per inserted row: every positional bindValue()
// formats a placeholder name, every exec() copies the bound values, and text goes in as UTF-16
// for SQLite to convert back. For imports of hundreds of thousands of rows the inserter
// therefore talks to the SQLite library the Qt driver already loaded, through the handle the
// driver exposes (QSqlDriver::handle(), documented for this purpose). The few functions are
// looked up at run time so the build needs no SQLite headers; when they cannot be found (a Qt
// with a bundled SQLite) the inserter uses QSqlQuery.
struct SqliteApi
{
    struct Db;
    struct Stmt;
    using Destructor = void (*)(void *);

    int (*prepare)(Db *, const char *, int, Stmt **, const char **) = nullptr;
    int (*bindText)(Stmt *, int, const char *, int, Destructor) = nullptr;
    int (*bindInt64)(Stmt *, int, long long) = nullptr;
    int (*bindNull)(Stmt *, int) = nullptr;
    int (*step)(Stmt *) = nullptr;
    int (*reset)(Stmt *) = nullptr;
    int (*finalize)(Stmt *) = nullptr;
    long long (*lastInsertRowid)(Db *) = nullptr;
    const char *(*errmsg)(Db *) = nullptr;
    bool ok = false;

    static constexpr int Done = 101;   // SQLITE_DONE

    static const SqliteApi &get()
    {
        static const SqliteApi api = [] {
            SqliteApi a;
            // RTLD_NOLOAD: only the library the driver loaded, so the handle is valid with it.
            void *lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
            if (!lib)
                return a;
            auto sym = [lib](auto &fn, const char *name) {
                fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(dlsym(lib, name));
                return fn != nullptr;
            };
            a.ok = sym(a.prepare, "sqlite3_prepare_v2") && sym(a.bindText, "sqlite3_bind_text") && sym(a.bindInt64, "sqlite3_bind_int64")
                   && sym(a.bindNull, "sqlite3_bind_null") && sym(a.step, "sqlite3_step") && sym(a.reset, "sqlite3_reset")
                   && sym(a.finalize, "sqlite3_finalize") && sym(a.lastInsertRowid, "sqlite3_last_insert_rowid")
                   && sym(a.errmsg, "sqlite3_errmsg");
            return a;
        }();
        return api;
    }
};

const char InsertSql[] =
    "INSERT INTO records (persona, category, instruction, input, output, dialogue, edited_output, status,"
    " reject_reason, reviewer, reviewed_at, source_kind, source, model, job_id, prompt_tokens, completion_tokens,"
    " flags, dedup_key, created_at, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Runs `body` in one transaction: committed when it returns true, rolled back otherwise (and
// when the commit fails).
template <typename Body>
bool inTransaction(QSqlDatabase db, QString *error, Body body)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (!body()) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace datasetstore_sqlite

using namespace datasetstore_sqlite;

struct DatasetBulkInserter::Native
{
    SqliteApi::Db *db = nullptr;
    SqliteApi::Stmt *stmt = nullptr;

    ~Native()
    {
        if (stmt)
            SqliteApi::get().finalize(stmt);
    }
};

DatasetBulkInserter::DatasetBulkInserter(DatasetStore &store, Path path)
    : m_store(store)
{
    if (path == Path::QtSql)
        return;
    const SqliteApi &api = SqliteApi::get();
    const QVariant handle = store.database().driver() ? store.database().driver()->handle() : QVariant();
    if (!api.ok || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto native = std::make_unique<Native>();
    native->db = *static_cast<SqliteApi::Db *const *>(handle.constData());
    if (native->db && api.prepare(native->db, InsertSql, -1, &native->stmt, nullptr) == 0 && native->stmt)
        m_native = std::move(native);
}

DatasetBulkInserter::~DatasetBulkInserter() = default;

bool DatasetBulkInserter::insertNative(QList<Record> &records, const QStringList &dedupKeys, QString *error)
{
    const SqliteApi &api = SqliteApi::get();
    SqliteApi::Stmt *stmt = m_native->stmt;
    const QByteArray now = nowText().toUtf8();
    QDateTime lastCreated;
    QByteArray lastCreatedText;
    // The UTF-8 of one row's text columns, alive until the row is stepped (bound as static).
    QByteArray text[12];
    auto bindText = [&](int column, int slot, const QString &value, bool nullWhenEmpty) {
        if (nullWhenEmpty && value.isEmpty()) {
            api.bindNull(stmt, column);
            return;
        }
        text[slot] = value.toUtf8();
        api.bindText(stmt, column, text[slot].constData(), int(text[slot].size()), nullptr);
    };
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record &r = records[i];
        api.reset(stmt);
        bindText(1, 0, r.persona, false);
        bindText(2, 1, r.category, false);
        bindText(3, 2, r.instruction, false);
        bindText(4, 3, r.input, false);
        bindText(5, 4, r.output, false);
        bindText(6, 5, r.dialogue, true);
        bindText(7, 6, r.editedOutput, true);
        bindText(8, 7, Record::statusName(r.status), false);
        bindText(9, 8, r.rejectReason, true);
        bindText(10, 9, r.reviewer, true);
        if (r.reviewedAt.isValid())
            bindText(11, 10, r.reviewedAt.toString(Qt::ISODateWithMs), false);
        else
            api.bindNull(stmt, 11);
        const char *kind = r.sourceKind == Record::SourceKind::Imported ? "imported" : "generated";
        api.bindText(stmt, 12, kind, -1, nullptr);
        if (r.source.isNull())
            api.bindNull(stmt, 13);
        else
            bindText(13, 11, r.source, false);
        QByteArray model = r.model.toUtf8();
        if (r.model.isEmpty())
            api.bindNull(stmt, 14);
        else
            api.bindText(stmt, 14, model.constData(), int(model.size()), nullptr);
        if (r.jobId)
            api.bindInt64(stmt, 15, r.jobId);
        else
            api.bindNull(stmt, 15);
        api.bindInt64(stmt, 16, r.promptTokens);
        api.bindInt64(stmt, 17, r.completionTokens);
        const QByteArray flags = r.flags.join(QLatin1Char(',')).toUtf8();
        api.bindText(stmt, 18, flags.constData(), int(flags.size()), nullptr);
        const QByteArray key = (i < dedupKeys.size() ? dedupKeys[i] : Record::dedupKey(r.persona, r.input, r.output)).toLatin1();
        api.bindText(stmt, 19, key.constData(), int(key.size()), nullptr);
        if (r.createdAt.isValid() && r.createdAt != lastCreated) {
            lastCreated = r.createdAt;
            lastCreatedText = r.createdAt.toString(Qt::ISODateWithMs).toUtf8();
        }
        const QByteArray &created = r.createdAt.isValid() ? lastCreatedText : now;
        api.bindText(stmt, 20, created.constData(), int(created.size()), nullptr);
        if (r.sourceLine > 0)
            api.bindInt64(stmt, 21, r.sourceLine);
        else
            api.bindNull(stmt, 21);
        if (api.step(stmt) != SqliteApi::Done) {
            if (error)
                *error = QString::fromUtf8(api.errmsg(m_native->db));
            api.reset(stmt);
            return false;
        }
        r.id = api.lastInsertRowid(m_native->db);
    }
    api.reset(stmt);
    return true;
}

bool DatasetBulkInserter::insertImported(const std::vector<ImportRow> &rows, const QString &source, const QDateTime &createdAt, QString *error)
{
    if (!m_native) {
        // Without the library's functions: the same through QSqlQuery.
        QList<Record> records;
        QStringList keys;
        records.reserve(qsizetype(rows.size()));
        for (const ImportRow &row : rows) {
            Record r;
            r.persona = Utf8::toString(row.persona);
            r.category = Utf8::toString(row.category);
            r.instruction = Utf8::toString(row.instruction);
            r.input = Utf8::toString(row.input);
            r.output = Utf8::toString(row.output);
            r.dialogue = Utf8::toString(row.dialogue);
            r.editedOutput = Utf8::toString(row.edited);
            if (!r.editedOutput.isEmpty())
                r.status = Record::Status::Edited;
            r.sourceKind = Record::SourceKind::Imported;
            r.source = source;
            r.sourceLine = row.sourceLine;
            r.createdAt = createdAt;
            r.flags = Utf8::toString(row.flags).split(QLatin1Char(','), Qt::SkipEmptyParts);
            records << r;
            keys << QString::fromLatin1(row.dedupKey);
        }
        return insert(records, keys, error);
    }
    return inTransaction(m_store.database(), error, [&] { return insertImportedNative(rows, source, createdAt, error); });
}

bool DatasetBulkInserter::insertImportedNative(const std::vector<ImportRow> &rows, const QString &source, const QDateTime &createdAt, QString *error)
{
    const SqliteApi &api = SqliteApi::get();
    SqliteApi::Stmt *stmt = m_native->stmt;
    const QByteArray sourceText = source.toUtf8();
    const QByteArray created = createdAt.toString(Qt::ISODateWithMs).toUtf8();
    // sqlite3_bind_text() with a null pointer binds NULL: empty text needs a real pointer.
    auto bind = [&](int column, QByteArrayView value) {
        api.bindText(stmt, column, value.data() ? value.data() : "", int(value.size()), nullptr);
    };
    bool ok = true;
    for (const ImportRow &row : rows) {
        api.reset(stmt);
        bind(1, row.persona);
        bind(2, row.category);
        bind(3, row.instruction);
        bind(4, row.input);
        bind(5, row.output);
        if (row.dialogue.isEmpty())
            api.bindNull(stmt, 6);
        else
            bind(6, row.dialogue);
        if (row.edited.isEmpty()) {
            api.bindNull(stmt, 7);
            api.bindText(stmt, 8, "unreviewed", -1, nullptr);
        } else {
            bind(7, row.edited);
            api.bindText(stmt, 8, "edited", -1, nullptr);
        }
        for (int column = 9; column <= 11; ++column)
            api.bindNull(stmt, column);
        api.bindText(stmt, 12, "imported", -1, nullptr);
        bind(13, sourceText);
        api.bindNull(stmt, 14);
        api.bindNull(stmt, 15);
        api.bindInt64(stmt, 16, 0);
        api.bindInt64(stmt, 17, 0);
        bind(18, row.flags);
        bind(19, row.dedupKey);
        bind(20, created);
        api.bindInt64(stmt, 21, row.sourceLine);
        if (api.step(stmt) != SqliteApi::Done) {
            if (error)
                *error = QString::fromUtf8(api.errmsg(m_native->db));
            ok = false;
            break;
        }
    }
    api.reset(stmt);
    return ok;
}

bool DatasetBulkInserter::insert(QList<Record> &records, const QStringList &dedupKeys, QString *error)
{
    QSqlDatabase db = m_store.database();
    if (m_native)
        return inTransaction(db, error, [&] { return insertNative(records, dedupKeys, error); });
    if (!m_query) {
        // Prepared once: SQLite then reuses the compiled statement for every row of every chunk.
        m_query = std::make_unique<QSqlQuery>(db);
        if (!m_query->prepare(QStringLiteral(
                "INSERT INTO records (persona, category, instruction, input, output, dialogue, edited_output, status,"
                " reject_reason, reviewer, reviewed_at, source_kind, source, model, job_id, prompt_tokens, completion_tokens,"
                " flags, dedup_key, created_at, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
            if (error)
                *error = m_query->lastError().text();
            m_query.reset();
            return false;
        }
    }
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery &q = *m_query;
    const QString now = nowText();
    const QVariant null;
    // An import stamps every record with the same time: format it once, not per row.
    QDateTime lastCreated;
    QString lastCreatedText;
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record &r = records[i];
        q.bindValue(0, text(r.persona));
        q.bindValue(1, text(r.category));
        q.bindValue(2, text(r.instruction));
        q.bindValue(3, text(r.input));
        q.bindValue(4, text(r.output));
        q.bindValue(5, r.dialogue.isEmpty() ? null : QVariant(r.dialogue));
        q.bindValue(6, r.editedOutput.isEmpty() ? null : QVariant(r.editedOutput));
        q.bindValue(7, Record::statusName(r.status));
        q.bindValue(8, r.rejectReason.isEmpty() ? null : QVariant(r.rejectReason));
        q.bindValue(9, r.reviewer.isEmpty() ? null : QVariant(r.reviewer));
        q.bindValue(10, r.reviewedAt.isValid() ? QVariant(r.reviewedAt.toString(Qt::ISODateWithMs)) : null);
        q.bindValue(11, Record::sourceKindName(r.sourceKind));
        q.bindValue(12, r.source);
        q.bindValue(13, r.model.isEmpty() ? null : QVariant(r.model));
        q.bindValue(14, r.jobId ? QVariant(r.jobId) : null);
        q.bindValue(15, r.promptTokens);
        q.bindValue(16, r.completionTokens);
        q.bindValue(17, text(r.flags.join(QLatin1Char(','))));
        q.bindValue(18, i < dedupKeys.size() ? dedupKeys[i] : Record::dedupKey(r.persona, r.input, r.output));
        if (r.createdAt.isValid() && r.createdAt != lastCreated) {
            lastCreated = r.createdAt;
            lastCreatedText = r.createdAt.toString(Qt::ISODateWithMs);
        }
        q.bindValue(19, r.createdAt.isValid() ? lastCreatedText : now);
        q.bindValue(20, r.sourceLine > 0 ? QVariant(r.sourceLine) : null);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
        r.id = q.lastInsertId().toLongLong();
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}
