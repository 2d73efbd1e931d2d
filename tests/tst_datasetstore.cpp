// DatasetStore: a real studio.db file — creation, schema version, inserts and counts.

#include "dataset/datasetstore.h"
#include "dataset/reviewfilter.h"
#include "dataset/reviewsampler.h"
#include "generation/generationjournal.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <future>
#include <thread>

class TestDatasetStore : public QObject
{
    Q_OBJECT

private:
    static Record record(const QString &persona, const QString &category, const QString &input, const QString &output)
    {
        Record r;
        r.persona = persona;
        r.category = category;
        r.instruction = QStringLiteral("Respond as %1.").arg(persona);
        r.input = input;
        r.output = output;
        return r;
    }

private slots:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QCOMPARE(store.schemaVersion(), DatasetStore::SchemaVersion);
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        }
        // Opening again keeps the version and does not re-run migrations.
        DatasetStore again;
        QString error;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.schemaVersion(), DatasetStore::SchemaVersion);
    }

    // A version-2 database (the persona index without the status) opens read-only as it is and
    // is migrated by a writable open: the counts per character then read the index alone.
    void migratesThePersonaIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        {
            DatasetStore store;
            QVERIFY(store.open(path, nullptr));
            QList<Record> records{record(QStringLiteral("Glordon"), QStringLiteral("casual"), QStringLiteral("Hi"), QStringLiteral("Hello!"))};
            QVERIFY(store.insertRecords(records, nullptr));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("DROP INDEX records_persona_category_status")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX records_persona_category ON records (persona, category)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
        }
        auto indexes = [](const DatasetStore &store) {
            QStringList names;
            QSqlQuery q(store.database());
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'records_persona%'"));
            while (q.next())
                names << q.value(0).toString();
            return names;
        };
        {
            DatasetStore readOnly;
            QString error;
            QVERIFY2(readOnly.openReadOnly(path, &error), qPrintable(error));
            QCOMPARE(readOnly.countsByPersonaCategory().value(QStringLiteral("Glordon")).value(QStringLiteral("casual")), 1);
            QCOMPARE(indexes(readOnly), QStringList{QStringLiteral("records_persona_category")});
        }
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), DatasetStore::SchemaVersion);
        QCOMPARE(indexes(store), QStringList{QStringLiteral("records_persona_category_status")});
        QSqlQuery plan(store.database());
        QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT persona, category, COUNT(*) FROM records WHERE status <> 'rejected'"
                                         " GROUP BY persona, category")) && plan.next());
        QVERIFY2(plan.value(3).toString().contains(QStringLiteral("COVERING INDEX records_persona_category_status")), qPrintable(plan.value(3).toString()));
        QCOMPARE(store.countsByPersonaCategory().value(QStringLiteral("Glordon")).value(QStringLiteral("casual")), 1);

        // Schema 4: the flag filter and the list of flags read the partial index of flagged records.
        ReviewFilter flagged;
        flagged.flag = QStringLiteral("too_long");
        QVariantList bindings;
        QStringList plans;
        for (const QString &sql : {QStringLiteral("SELECT id FROM records") + flagged.whereClause(&bindings) + QStringLiteral(" ORDER BY id"),
                                   QStringLiteral("SELECT DISTINCT flags FROM records WHERE flags <> ''")}) {
            QSqlQuery explain(store.database());
            QVERIFY(explain.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            if (sql.contains(QLatin1Char('?')))
                explain.addBindValue(bindings.value(0));
            QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
            QString plan;
            while (explain.next())
                plan += explain.value(3).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX records_flagged")), qPrintable(plan));
        }
    }

    // The spot-check under way (schema 6) is kept in the file: another connection reads it back
    // in drawing order, under each record's persona; a record deleted leaves it; an empty sample
    // clears it. A version-5 file has no such table: read-only it has none, and a writable open
    // migrates it.
    void spotCheckIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        QList<Record> records;
        {
            DatasetStore store;
            QVERIFY(store.open(path, nullptr));
            for (int i = 0; i < 6; ++i)
                records << record(i % 2 ? QStringLiteral("Glordon") : QStringLiteral("Olga Solis"), QStringLiteral("casual"),
                                  QStringLiteral("Hi %1").arg(i), QStringLiteral("Hello %1").arg(i));
            QVERIFY(store.insertRecords(records, nullptr));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE spot_check")) && q.exec(QStringLiteral("DROP TABLE spot_check_records")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=5")));
        }
        {
            DatasetStore readOnly;
            QString error;
            QVERIFY2(readOnly.openReadOnly(path, &error), qPrintable(error));
            QVERIFY(readOnly.savedSpotCheck().isEmpty());
        }
        SpotCheck sample;
        sample.seed = 915648;
        sample.perPersona = 2;
        sample.idsByPersona[QStringLiteral("Glordon")] = {records[5].id, records[1].id};
        sample.idsByPersona[QStringLiteral("Olga Solis")] = {records[2].id, records[0].id};
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.savedSpotCheck().isEmpty());
            QVERIFY2(store.saveSpotCheck(sample, &error), qPrintable(error));
        }
        DatasetStore store;
        QVERIFY(store.open(path, nullptr));
        SpotCheck saved = store.savedSpotCheck();
        QCOMPARE(saved.seed, sample.seed);
        QCOMPARE(saved.perPersona, 2);
        QCOMPARE(saved.idsByPersona, sample.idsByPersona);
        QCOMPARE(saved.allIds(), sample.allIds());

        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM records WHERE id = %1").arg(records[5].id)));
        QCOMPARE(store.savedSpotCheck().idsByPersona.value(QStringLiteral("Glordon")), QList<qint64>{records[1].id});

        // Another size replaces it whole; an empty one ends it.
        SpotCheck percent;
        percent.seed = 7;
        percent.percent = 50;
        percent.idsByPersona[QStringLiteral("Olga Solis")] = {records[4].id};
        QString error;
        QVERIFY2(store.saveSpotCheck(percent, &error), qPrintable(error));
        saved = store.savedSpotCheck();
        QCOMPARE(saved.perPersona, 0);
        QCOMPARE(saved.percent, 50.0);
        QCOMPARE(saved.allIds(), QList<qint64>{records[4].id});
        QVERIFY2(store.saveSpotCheck(SpotCheck(), &error), qPrintable(error));
        QVERIFY(store.savedSpotCheck().isEmpty());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        {
            DatasetStore store;
            QVERIFY(store.open(path, nullptr));
            QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA user_version=999"));
        }
        DatasetStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void refusesGarbageFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        DatasetStore store;
        QString error;
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("studio.db")), qPrintable(error));
    }

    void insertAndCount()
    {
        QTemporaryDir dir;
        DatasetStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("studio.db")), nullptr));
        QList<Record> records{record(QStringLiteral("Glordon"), QStringLiteral("greeting"), QStringLiteral("Hi!"), QStringLiteral("*wiggles* Hello, friend!")),
                              record(QStringLiteral("Glordon"), QStringLiteral("advice"), QStringLiteral("Help?"), QStringLiteral("Be yourself.")),
                              record(QStringLiteral("Olga Solis"), QStringLiteral("greeting"), QStringLiteral("Hey"), QStringLiteral("Major Solis. What do you need?"))};
        QString error;
        QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
        QVERIFY(records.at(0).id > 0 && records.at(2).id > records.at(0).id);
        QCOMPARE(store.recordCount(), 3);
        QCOMPARE(store.countsByPersona().value(QStringLiteral("Glordon")), 2);
        QCOMPARE(store.countsByPersonaCategory().value(QStringLiteral("Glordon")).value(QStringLiteral("advice")), 1);
        const QList<Record> glordon = store.records(QStringLiteral("Glordon"));
        QCOMPARE(glordon.size(), 2);
        QCOMPARE(glordon.first().output, QStringLiteral("*wiggles* Hello, friend!"));
        QCOMPARE(glordon.first().status, Record::Status::Unreviewed);
        QVERIFY(store.containsDedupKey(Record::dedupKey(QStringLiteral("Glordon"), QStringLiteral("hi"), QStringLiteral("Wiggles hello friend"))));
        QVERIFY(!store.containsDedupKey(Record::dedupKey(QStringLiteral("Olga Solis"), QStringLiteral("hi"), QStringLiteral("Wiggles hello friend"))));
    }

    // Every column of every stored row as SQL literals (quote()): text, numbers and NULL told apart.
    static QStringList storedRows(const DatasetStore &store)
    {
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT quote(persona), quote(category), quote(instruction), quote(input), quote(output), quote(dialogue),"
                                   " quote(edited_output), quote(status), quote(reject_reason), quote(reviewer), quote(reviewed_at),"
                                   " quote(source_kind), quote(source), quote(model), quote(job_id), quote(prompt_tokens),"
                                   " quote(completion_tokens), quote(flags), quote(dedup_key), quote(created_at), quote(source_line)"
                                   " FROM records ORDER BY id")))
            return {q.lastError().text()};
        QStringList rows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < 21; ++i)
                values << q.value(i).toString();
            rows << values.join(QStringLiteral(" | "));
        }
        return rows;
    }

    void bulkInserterStoresWhatInsertRecordsStores_data()
    {
        QTest::addColumn<DatasetBulkInserter::Path>("path");
        QTest::newRow("sqlite directly") << DatasetBulkInserter::Path::Fastest;
        QTest::newRow("QSqlQuery") << DatasetBulkInserter::Path::QtSql;
    }

    // The bulk inserter (benchmarks, large fills) writes each field as DatasetStore::insertRecords
    // does — through SQLite's functions or, where they cannot be reached, through QSqlQuery.
    void bulkInserterStoresWhatInsertRecordsStores()
    {
        QFETCH(DatasetBulkInserter::Path, path);
        const QDateTime created(QDate(2026, 11, 30), QTime(9, 15, 2, 250), Qt::UTC);
        QList<Record> records;
        Record generated = record(QStringLiteral("Glordon"), QStringLiteral("greeting"), QStringLiteral("Hi!"), QStringLiteral("*wiggles* Hello!"));
        generated.source = QStringLiteral("run:3");
        generated.model = QStringLiteral("gpt-4o-mini");
        generated.jobId = 7;
        generated.promptTokens = 120;
        generated.completionTokens = 340;
        generated.flags = QStringList{QStringLiteral("refusal"), QStringLiteral("generic")};
        generated.createdAt = created;
        records << generated;
        Record edited = record(QStringLiteral("Ooooo"), QStringLiteral("lore"), QString(), QStringLiteral("¡Hola! 👽 — I am the Communiverse's mind."));
        edited.sourceKind = Record::SourceKind::Imported;
        edited.source = QStringLiteral("/data/ooooo.jsonl");
        edited.sourceLine = 12;
        edited.dialogue = QStringLiteral(R"([{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello"}])");
        edited.editedOutput = QStringLiteral("Greetings, Elio.");
        edited.status = Record::Status::Edited;
        edited.reviewer = QStringLiteral("ana");
        edited.reviewedAt = created.addSecs(60);
        edited.createdAt = created;
        records << edited;
        Record rejected = record(QStringLiteral("Caleb"), QStringLiteral("conflict"), QStringLiteral("Yo"), QStringLiteral("As an AI, I cannot."));
        rejected.status = Record::Status::Rejected;
        rejected.rejectReason = QStringLiteral("out of character");
        rejected.createdAt = created.addMSecs(1);
        records << rejected;

        QTemporaryDir dir;
        DatasetStore reference, bulk;
        QVERIFY(reference.open(dir.filePath(QStringLiteral("reference.db")), nullptr));
        QVERIFY(bulk.open(dir.filePath(QStringLiteral("bulk.db")), nullptr));
        QList<Record> referenceRecords = records;
        QString error;
        QVERIFY2(reference.insertRecords(referenceRecords, &error), qPrintable(error));
        DatasetBulkInserter inserter(bulk, path);
        // Debian's Qt loads the system's libsqlite3: the direct path is the one imports take.
        QCOMPARE(inserter.usesSqliteDirectly(), path == DatasetBulkInserter::Path::Fastest);
        QList<Record> bulkRecords = records;
        QVERIFY2(inserter.insert(bulkRecords, {}, &error), qPrintable(error));
        QCOMPARE(bulkRecords.at(2).id, referenceRecords.at(2).id);
        QCOMPARE(storedRows(bulk), storedRows(reference));
        QCOMPARE(bulk.record(bulkRecords.at(1).id).finalOutput(), QStringLiteral("Greetings, Elio."));

        // A record without a creation time gets the time of its insertion.
        QList<Record> undated{record(QStringLiteral("Glordon"), QStringLiteral("advice"), QStringLiteral("Help?"), QStringLiteral("Be yourself."))};
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY2(inserter.insert(undated, {}, &error), qPrintable(error));
        const QDateTime stamped = bulk.record(undated.first().id).createdAt;
        QVERIFY2(stamped >= before && stamped <= QDateTime::currentDateTimeUtc().addSecs(1), qPrintable(stamped.toString(Qt::ISODateWithMs)));

        // Imported rows: unreviewed, or edited when the row carries an edit; empty text stays
        // text, an absent dialogue is NULL.
        const QByteArray persona = "Olga Solis", category = "advice", empty, input = "Can I go?", output = "No. Stay on base.", key = "k1", flags = "partly_kept";
        const QByteArray dialogue = R"([{"role":"user","content":"Can I go?"}])", chosen = "Not tonight, mijo.";
        std::vector<ImportRow> rows(2);
        rows[0] = ImportRow{persona, category, empty, input, output, {}, key, 3, {}, {}};
        rows[1] = ImportRow{persona, category, empty, input, output, dialogue, "k2", 4, chosen, flags};
        DatasetStore imported;
        QVERIFY(imported.open(dir.filePath(QStringLiteral("imported.db")), nullptr));
        DatasetBulkInserter importer(imported, path);
        QVERIFY2(importer.insertImported(rows, QStringLiteral("/data/olga.jsonl"), created, &error), qPrintable(error));
        const QStringList stored = storedRows(imported);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0), QStringLiteral("'Olga Solis' | 'advice' | '' | 'Can I go?' | 'No. Stay on base.' | NULL | NULL | 'unreviewed' | NULL | NULL | NULL"
                                              " | 'imported' | '/data/olga.jsonl' | NULL | NULL | 0 | 0 | '' | 'k1' | '2026-11-30T09:15:02.250Z' | 3"));
        QCOMPARE(stored.at(1), QStringLiteral("'Olga Solis' | 'advice' | '' | 'Can I go?' | 'No. Stay on base.' | '[{\"role\":\"user\",\"content\":\"Can I go?\"}]'"
                                              " | 'Not tonight, mijo.' | 'edited' | NULL | NULL | NULL | 'imported' | '/data/olga.jsonl' | NULL | NULL | 0 | 0"
                                              " | 'partly_kept' | 'k2' | '2026-11-30T09:15:02.250Z' | 4"));
    }

    void rejectedRecordsDoNotCountTowardTargets()
    {
        QTemporaryDir dir;
        DatasetStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("studio.db")), nullptr));
        Record kept = record(QStringLiteral("Caleb"), QStringLiteral("greeting"), QStringLiteral("Yo"), QStringLiteral("What do you want?"));
        Record rejected = record(QStringLiteral("Caleb"), QStringLiteral("greeting"), QStringLiteral("Hi"), QStringLiteral("As an AI, I cannot."));
        rejected.status = Record::Status::Rejected;
        QList<Record> records{kept, rejected};
        QVERIFY(store.insertRecords(records, nullptr));
        QCOMPARE(store.recordCount(), 2);
        QCOMPARE(store.countsByPersona().value(QStringLiteral("Caleb")), 1);
        QCOMPARE(store.countsByPersonaCategory().value(QStringLiteral("Caleb")).value(QStringLiteral("greeting")), 1);
    }

    void failedInsertStoresNothing()
    {
        QTemporaryDir dir;
        DatasetStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("studio.db")), nullptr));
        QList<Record> first{record(QStringLiteral("A"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("o"))};
        QVERIFY(store.insertRecords(first, nullptr));
        // A CHECK constraint violation in the second record rolls back the whole batch.
        QSqlQuery(store.database()).exec(QStringLiteral("CREATE TRIGGER t BEFORE INSERT ON records WHEN NEW.persona = 'Bad' BEGIN SELECT RAISE(ABORT, 'bad'); END"));
        QList<Record> batch{record(QStringLiteral("Good"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("o")),
                            record(QStringLiteral("Bad"), QStringLiteral("c"), QStringLiteral("i"), QStringLiteral("o"))};
        QString error;
        QVERIFY(!store.insertRecords(batch, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(store.recordCount(), 1);
    }

    // An answer arriving while another connection holds studio.db (a large import taken out of
    // the project): the journal's try says the lock was the cause, stores nothing, and leaves
    // the connection's timeout as it was — the run tries again later (tst_generation_run).
    void journalSaysWhenAnotherWriterHoldsTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("studio.db"));
        DatasetStore store;
        QVERIFY(store.open(path, nullptr));
        QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA busy_timeout = 50")));
        GenerationJournal journal(store.database());
        const qint64 run = journal.startRun(QStringLiteral("http://127.0.0.1"), QStringLiteral("m"), {}, nullptr);
        const qint64 job = journal.addJob(run, QStringLiteral("Glordon"), QStringLiteral("casual"), 1, nullptr);
        QVERIFY(run > 0 && job > 0);
        auto commitFor = [&](const QString &input) {
            GenerationJournal::Commit c;
            c.runId = run;
            c.persona = QStringLiteral("Glordon");
            c.category = QStringLiteral("casual");
            c.records = {record(QStringLiteral("Glordon"), QStringLiteral("casual"), input, QStringLiteral("Hello!"))};
            c.job.jobId = job;
            c.job.state = QStringLiteral("done");
            c.job.addStored = 1;
            return c;
        };
        // Another connection, on a thread of its own, holds the write lock for `holdMs`.
        auto holdFor = [&path](int holdMs) {
            std::promise<void> held;
            std::future<void> ready = held.get_future();
            std::thread holder([&path, holdMs, held = std::move(held)]() mutable {
                DatasetStore other;
                other.open(path, nullptr);
                QSqlQuery(other.database()).exec(QStringLiteral("BEGIN IMMEDIATE"));
                held.set_value();
                std::this_thread::sleep_for(std::chrono::milliseconds(holdMs));
                QSqlQuery(other.database()).exec(QStringLiteral("COMMIT"));
            });
            ready.wait();
            return holder;
        };
        // Held longer than the try waits: not stored, and said to be another writer's lock.
        std::thread holder = holdFor(1500);
        GenerationJournal::Commit first = commitFor(QStringLiteral("Hi"));
        QString error;
        bool busy = false;
        QVERIFY(!journal.tryCommit(first, 100, &busy, &error));
        QVERIFY(busy);
        QVERIFY2(error.contains(QStringLiteral("locked")), qPrintable(error));
        holder.join();
        QCOMPARE(store.recordCount(), 0);
        // The connection's own timeout is as it was.
        QSqlQuery pragma(store.database());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA busy_timeout")) && pragma.next());
        QCOMPARE(pragma.value(0).toInt(), 50);
        // Released within the try's wait: stored.
        holder = holdFor(300);
        QVERIFY2(journal.tryCommit(first, 5000, &busy, &error), qPrintable(error));
        QVERIFY(!busy);
        holder.join();
        QCOMPARE(store.recordCount(), 1);
        // A plain error is no lock: not to be tried again.
        GenerationJournal::Commit bad = commitFor(QStringLiteral("Bad"));
        QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("CREATE TEMP TRIGGER no_more BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        QVERIFY(!journal.tryCommit(bad, 5000, &busy, &error));
        QVERIFY(!busy);
        QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
        QCOMPARE(store.recordCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatasetStore)
#include "tst_datasetstore.moc"
