#pragma once
// DatasetStore: the project's studio.db (SQLite in WAL mode) — records, review decisions, the
// spot-check under way and the generation journal. It creates the file on first use and
// migrates older schemas forward.
// One DatasetStore is one connection and must be used from the thread that opened it; open
// another DatasetStore on the same file for another thread.

#include "record.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QSqlQuery;
struct SpotCheck;

class DatasetStore
{
public:
    static constexpr int SchemaVersion = 6;
    // The oldest version a read-only open accepts (it cannot migrate): 3 and 4 changed indexes,
    // 5 added an index and the tables of records taken out (removed_records), 6 the spot-check
    // under way — none of which reading the records needs.
    static constexpr int OldestReadable = 2;

    DatasetStore();
    ~DatasetStore();
    DatasetStore(const DatasetStore &) = delete;
    DatasetStore &operator=(const DatasetStore &) = delete;

    // Opens (creating if needed) and migrates the database at `path`.
    bool open(const QString &path, QString *error);
    // Opens an existing database for reading only, also in a read-only folder (exports from a
    // project on read-only media). Never creates, migrates or writes.
    bool openReadOnly(const QString &path, QString *error);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    // Inserts all or nothing, in one transaction. Sets each record's id.
    bool insertRecords(QList<Record> &records, QString *error);
    qint64 recordCount() const;
    // Records that count toward a target: every record but the rejected ones, so that a
    // generation run tops a character back up after a review rejects some of its records.
    QHash<QString, int> countsByPersona() const;
    // Of those, the imported ones (the rest were generated).
    QHash<QString, int> importedCountsByPersona() const;
    // persona → category → count, rejected records left out as above
    QHash<QString, QHash<QString, int>> countsByPersonaCategory() const;
    QList<Record> records(const QString &persona = QString(), int limit = -1) const;
    // The records a condition selects, by id: `where` is an SQL condition on the records
    // table's columns written by the caller (no user text in it), empty for every record.
    // Sets *error and returns what was read so far when the database cannot be read.
    QList<Record> recordsWhere(const QString &where, QString *error) const;
    // How many records that condition selects; -1 (and *error set) when it cannot be read.
    qint64 countWhere(const QString &where, QString *error) const;
    // status name ("accepted", …) → how many records have it, rejected ones included
    QHash<QString, qint64> countsByStatus(QString *error) const;
    // One record by id; a default Record (id 0) when there is none.
    Record record(qint64 id) const;
    bool containsDedupKey(const QString &key) const;

    // The files records were imported from, with how many records each gave (an import undone
    // later names one of them). Sorted by path.
    // A scan of the imported records (about 0.5 s at a million): not on the GUI thread.
    struct ImportedFile
    {
        QString path;
        qint64 records = 0;
        qint64 reviewed = 0;   // with a review decision (accepted, rejected, edited)
    };
    QList<ImportedFile> importedFiles(QString *error) const;
    // Deletes the records imported from `path`, in one transaction, and gives their ids in
    // *removed. Importing the file again brings them back, unreviewed.
    bool removeImported(const QString &path, QList<qint64> *removed, QString *error);
    // The ids of the records imported from `path` (as the importer names it: absolute) that are
    // above `afterId`: those an import begun after `afterId` was the largest id stored.
    QList<qint64> importedIds(const QString &path, qint64 afterId, QString *error) const;
    // The largest record id, 0 for none.
    qint64 maxRecordId() const;

    // A character renamed: the records of persona `from` become `to`'s, in one transaction, but
    // for the ids in `keep`, which stay `from`'s. The ids of the records that were `to`'s
    // already (an imported persona of that name) go to *alreadyTo, so that undoing the rename
    // — renamePersona(to, from, that list) — leaves them `to`'s instead of moving them too.
    bool renamePersona(const QString &from, const QString &to, const QList<qint64> &keep, QList<qint64> *alreadyTo, QString *error);

    // Records taken out of the project so that they can be put back (the Review mode's undo of
    // an import and of a removal): in one transaction the records `ids` and their review log
    // move into removed_records under the key `removal` (a number the caller chooses, unused).
    bool takeOut(const QList<qint64> &ids, qint64 removal, QString *error);
    // Puts the records taken out under `removal` back, with their ids and review log, in one
    // transaction. A record whose id was given to another since (SQLite gives the largest id
    // again once it is free) comes back under a new id: *renumbered maps old → new.
    bool putBack(qint64 removal, QHash<qint64, qint64> *renumbered, QString *error);
    // Deletes for good the records taken out under the keys from `first` to `last`.
    bool forgetTakenOut(qint64 first, qint64 last, QString *error);
    // The removal keys in use, in order.
    QList<qint64> removalKeys() const;

    // The spot-check under way (the Review mode's sample), stored as it starts and cleared as it
    // ends, so that closing the window or a crash does not end it. An empty sample clears it.
    bool saveSpotCheck(const SpotCheck &sample, QString *error);
    // The stored spot-check, each record under its persona now, in drawing order; its records
    // deleted since are left out. Empty when there is none (or in a database older than
    // schema 6, opened read-only).
    SpotCheck savedSpotCheck() const;

    // Large imports store rows faster without the records table's indexes and build them once
    // at the end. The importer holds the lock file importLockPath() meanwhile; open() builds
    // indexes that are missing when nobody holds it (an import was killed).
    QString importLockPath() const;
    bool hasRecordIndexes() const;
    bool dropRecordIndexes(QString *error);
    bool createRecordIndexes(QString *error);

private:
    bool migrate(QString *error);
    bool exec(const QString &sql, QString *error);
    // All of them in one write transaction, or none.
    bool execAll(const QStringList &statements, QString *error);
    // Runs `body` in one write transaction (BEGIN IMMEDIATE): committed when it returns true,
    // rolled back with the failing statement's error in *error when it returns false.
    bool writeTransaction(const std::function<bool(QSqlQuery &q)> &body, QString *error);

    QString m_connection;
    QString m_path;
};

// ---------------------------------------------------------------------------------------------
// Bulk insertion (used by the importer). Kept apart from DatasetStore so that a caller can hold
// one prepared statement over many chunks, and can compute the dedup keys on worker threads.
// ---------------------------------------------------------------------------------------------

#include <memory>

#include <QByteArrayView>
#include <vector>

class QSqlQuery;

// One imported record as the UTF-8 the database stores (views into the caller's memory).
// An empty dialogue is stored as NULL.
struct ImportRow
{
    QByteArrayView persona;
    QByteArrayView category;
    QByteArrayView instruction;
    QByteArrayView input;
    QByteArrayView output;
    QByteArrayView dialogue;
    QByteArrayView dedupKey;   // Record::dedupKey(), Latin-1
    qint64 sourceLine = 0;
    QByteArrayView edited;     // a preference pair's chosen reply: the record is stored as edited
    QByteArrayView flags;      // comma-separated, as records.flags ("partly_kept")
};

class DatasetBulkInserter
{
public:
    // How rows reach SQLite: through the library's own functions, when the one the Qt driver
    // loaded can be reached (Fastest), or through QSqlQuery — what Fastest falls back to
    // otherwise, chosen by tests so that both are checked.
    enum class Path { Fastest, QtSql };
    // `store` must be open and outlive the inserter; use both from the same thread.
    explicit DatasetBulkInserter(DatasetStore &store, Path path = Path::Fastest);
    ~DatasetBulkInserter();
    DatasetBulkInserter(const DatasetBulkInserter &) = delete;
    DatasetBulkInserter &operator=(const DatasetBulkInserter &) = delete;

    // Inserts all of `records` or none, in one transaction, and sets their ids. dedupKeys[i] is
    // Record::dedupKey() of records[i]; an empty list means "compute them here".
    bool insert(QList<Record> &records, const QStringList &dedupKeys, QString *error);
    // Inserts imported records — unreviewed (edited when the row has an edit), from the file
    // `source`, created at `createdAt` — all or none, in one transaction. Nothing is converted
    // per row on this thread.
    bool insertImported(const std::vector<ImportRow> &rows, const QString &source, const QDateTime &createdAt, QString *error);
    bool usesSqliteDirectly() const { return m_native != nullptr; }

private:
    struct Native;
    bool insertNative(QList<Record> &records, const QStringList &dedupKeys, QString *error);
    bool insertImportedNative(const std::vector<ImportRow> &rows, const QString &source, const QDateTime &createdAt, QString *error);

    DatasetStore &m_store;
    std::unique_ptr<QSqlQuery> m_query;
    std::unique_ptr<Native> m_native;   // the SQLite statement, when the library is reachable
};
