// A disk that fills up: a project (or an export folder) on a small tmpfs, then generation against
// ps-test-provider, an import and an export run until there is no room left. Each must fail
// with a message that names the file and the operation (non-zero exit, on stderr), keep every
// record stored before, leave a database that passes integrity_check once space is freed, and
// finish the job when run again. A review decision written on a full disk fails in words and
// loses no earlier decision. Needs root to mount the tmpfs; skipped otherwise.

#include "dataset/datasetstore.h"
#include "dataset/reviewsession.h"
#include "clirun.h"
#include "provider/providerprocess.h"
#include "scratchmount.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run cli(const QStringList &args, int timeoutMs = 120000)
{
    const CliRun r = runCli(args, {}, timeoutMs);
    return {r.exitCode, r.outText(), r.errText()};
}

bool writeLines(const QString &path, int first, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    static const char *const personas[] = {"Mara Vell", "Ilse Vell", "Tomas Reed"};
    QByteArray all;
    for (int i = first; i < first + count; ++i) {
        all += "{\"persona\":\"";
        all += personas[i % 3];
        all += "\",\"category\":\"greeting\",\"input\":\"Hello there, keeper number ";
        all += QByteArray::number(i);
        all += "!\",\"output\":\"Evening, traveller ";
        all += QByteArray::number(i);
        all += ". The lamps are lit and the kettle is on; sit by the stove and warm your hands a while.\"}\n";
    }
    return f.write(all) == all.size();
}

// id → dedup key of every record, and the integrity check.
struct Snapshot
{
    QMap<qint64, QString> records;
    QMap<qint64, QString> statuses;
    QString integrity;
    QString error;
};

Snapshot snapshot(const QString &db)
{
    Snapshot s;
    DatasetStore store;
    if (!store.open(db, &s.error))
        return s;
    QSqlQuery q(store.database());
    q.exec(S("SELECT id, dedup_key, status FROM records"));
    while (q.next()) {
        s.records.insert(q.value(0).toLongLong(), q.value(1).toString());
        s.statuses.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    if (q.exec(S("PRAGMA integrity_check")) && q.next())
        s.integrity = q.value(0).toString();
    return s;
}

bool contains(const Snapshot &later, const Snapshot &earlier)
{
    for (auto it = earlier.records.cbegin(); it != earlier.records.cend(); ++it) {
        if (later.records.value(it.key()) != it.value())
            return false;
    }
    return true;
}

bool setTargets(const QString &project, int main, int minor)
{
    QFile f(project + S("/studio.json"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray tiers = o.value(S("tiers")).toArray();
    QJsonObject a = tiers.at(0).toObject(), b = tiers.at(1).toObject();
    a.insert(S("target"), main);
    b.insert(S("target"), minor);
    o.insert(S("tiers"), QJsonArray{a, b});
    return TempProject::writeFile(f.fileName(), QJsonDocument(o).toJson());
}

// Makes the disk full, then frees `keep` bytes of it again.
bool fillLeaving(const QString &filler, qint64 keep)
{
    const qint64 written = ScratchMount::fill(filler);
    if (written < 0)
        return false;
    QFile f(filler);
    return f.resize(std::max<qint64>(0, written - keep));
}

#define MOUNT_OR_SKIP(mount)                                                                                                          \
    if (!(mount).isMounted())                                                                                                          \
        QSKIP(qPrintable(S("needs a tmpfs to fill up: ") + (mount).error()));

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

private slots:
    void generateOnFullDisk()
    {
        ScratchMount mount(8 * 1024 * 1024);
        MOUNT_OR_SKIP(mount);
        const QString project = mount.path() + S("/project");
        QVERIFY(TempProject::copyRecursively(TestPaths::dataDir() + S("/generation/small"), project));
        ProviderProcess provider({S("--latency-ms"), S("10"), S("--seed"), S("7")});
        QVERIFY(provider.isRunning());
        const QStringList args{S("generate"), S("--project"), project, S("--base-url"), provider.baseUrl(), S("--backoff-ms"), S("20"),
                               S("--timeout-s"), S("5"), S("--concurrency"), S("2"), S("--batch-size"), S("1")};
        Run first = cli(args);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Snapshot before = snapshot(project + S("/studio.db"));
        QCOMPARE(before.records.size(), 24);

        QVERIFY(setTargets(project, 400, 200));
        const QString filler = mount.path() + S("/filler");
        QVERIFY(fillLeaving(filler, 160 * 1024));
        const Run full = cli(args);
        QVERIFY2(full.exitCode != 0, qPrintable(full.out + full.err));
        QVERIFY2(full.err.contains(S("studio.db")), qPrintable(full.err));
        QVERIFY2(full.err.contains(S("full"), Qt::CaseInsensitive) || full.err.contains(S("space"), Qt::CaseInsensitive), qPrintable(full.err));

        QVERIFY(QFile::remove(filler));
        const Snapshot after = snapshot(project + S("/studio.db"));
        QCOMPARE(after.integrity, S("ok"));
        QVERIFY(contains(after, before));
        QVERIFY(after.records.size() < 1000);

        // With room again, the same command finishes the plan.
        QVERIFY(setTargets(project, 40, 20));
        const Run again = cli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Snapshot done = snapshot(project + S("/studio.db"));
        QCOMPARE(done.integrity, S("ok"));
        QVERIFY(contains(done, before));
        QVERIFY2(done.records.size() >= 80, qPrintable(QString::number(done.records.size())));
        QCOMPARE(QSet<QString>(done.records.cbegin(), done.records.cend()).size(), done.records.size());
    }

    void importOnFullDisk()
    {
        ScratchMount mount(6 * 1024 * 1024);
        MOUNT_OR_SKIP(mount);
        QTemporaryDir files;
        const QString project = mount.path() + S("/project");
        QVERIFY(TempProject::copyRecursively(TestPaths::dataDir() + S("/generation/small"), project));
        const QString small = files.filePath(S("small.jsonl")), big = files.filePath(S("big.jsonl"));
        QVERIFY(writeLines(small, 0, 300));
        QVERIFY(writeLines(big, 1000, 40000));
        Run first = cli({S("import"), S("--project"), project, small});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const Snapshot before = snapshot(project + S("/studio.db"));
        QCOMPARE(before.records.size(), 300);

        const QString filler = mount.path() + S("/filler");
        QVERIFY(fillLeaving(filler, 1024 * 1024));
        const Run full = cli({S("import"), S("--project"), project, big});
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(big) && full.err.contains(S("studio.db")), qPrintable(full.err));
        QVERIFY2(full.err.contains(S("full"), Qt::CaseInsensitive), qPrintable(full.err));

        QVERIFY(QFile::remove(filler));
        QVERIFY(mount.remount(S("size=64m")));
        const Snapshot after = snapshot(project + S("/studio.db"));
        QCOMPARE(after.integrity, S("ok"));
        QVERIFY(contains(after, before));

        // The rerun stores the rest of the file, and nothing twice.
        const Run again = cli({S("import"), S("--project"), project, big});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const Snapshot done = snapshot(project + S("/studio.db"));
        QCOMPARE(done.integrity, S("ok"));
        QVERIFY(contains(done, before));
        QCOMPARE(done.records.size(), 40300);
        QCOMPARE(QSet<QString>(done.records.cbegin(), done.records.cend()).size(), 40300);
    }

    void exportOnFullDisk()
    {
        ScratchMount mount(3 * 1024 * 1024);
        MOUNT_OR_SKIP(mount);
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QTemporaryDir files;
        const QString small = files.filePath(S("small.jsonl")), big = files.filePath(S("big.jsonl"));
        QVERIFY(writeLines(small, 0, 300));
        QVERIFY(writeLines(big, 1000, 20000));
        QVERIFY(cli({S("import"), S("--project"), project.path(), small}).exitCode == 0);
        const QString out = mount.path() + S("/export");
        const QStringList args{S("export"), S("--project"), project.path(), S("--out"), out, S("--include"), S("all")};
        const Run first = cli(args);
        QVERIFY2(first.exitCode == 0 || first.exitCode == 3, qPrintable(first.err));
        QMap<QString, QByteArray> before;
        for (const QString &name : QDir(out).entryList(QDir::Files | QDir::Hidden)) {
            QFile f(out + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before.insert(name, f.readAll());
        }
        QVERIFY(before.contains(S("complete_training_set.jsonl")));

        // Far more records than the 3 MB disk holds.
        QVERIFY(cli({S("import"), S("--project"), project.path(), big}).exitCode == 0);
        const Run full = cli(args);
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.err.contains(out), qPrintable(full.err));
        QVERIFY2(full.err.contains(S("No space left"), Qt::CaseInsensitive), qPrintable(full.err));
        // The earlier export is untouched, and nothing else was left behind.
        QStringList names = QDir(out).entryList(QDir::Files | QDir::Hidden);
        names.sort();
        QCOMPARE(names, QStringList(before.keys()));
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QFile f(out + QLatin1Char('/') + it.key());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(f.readAll() == it.value(), qPrintable(it.key()));
        }
        const Snapshot db = snapshot(project.path() + S("/studio.db"));
        QCOMPARE(db.integrity, S("ok"));
        QCOMPARE(db.records.size(), 20300);

        QVERIFY(mount.remount(S("size=64m")));
        const Run again = cli(args);
        QVERIFY2(again.exitCode == 0 || again.exitCode == 3, qPrintable(again.err));
        QFile complete(out + S("/complete_training_set.jsonl"));
        QVERIFY(complete.open(QIODevice::ReadOnly));
        QCOMPARE(complete.readAll().count('\n'), 20300);
    }

    void reviewDecisionOnFullDisk()
    {
        ScratchMount mount(4 * 1024 * 1024);
        MOUNT_OR_SKIP(mount);
        QTemporaryDir files;
        const QString project = mount.path() + S("/project");
        QVERIFY(TempProject::copyRecursively(TestPaths::dataDir() + S("/generation/small"), project));
        const QString lines = files.filePath(S("lines.jsonl"));
        QVERIFY(writeLines(lines, 0, 2000));
        QVERIFY(cli({S("import"), S("--project"), project, lines}).exitCode == 0);

        const QString db = project + S("/studio.db");
        const QString filler = mount.path() + S("/filler");
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(db, &error), qPrintable(error));
            ReviewSession session(store);
            session.setReviewer(S("tester"));
            for (qint64 id = 1; id <= 10; ++id)
                QVERIFY2(session.accept(id), qPrintable(session.lastError()));
            QVERIFY(session.reject(11, S("off-voice")));

            QVERIFY(ScratchMount::fill(filler) > 0);
            QList<qint64> all;
            for (qint64 id = 12; id <= 2000; ++id)
                all << id;
            QVERIFY(!session.decide(all, {Record::Status::Rejected, S("too long"), {}}, S("Reject")));
            QVERIFY2(!session.lastError().isEmpty(), "a failed decision says why");
            QVERIFY2(session.lastError().contains(S("full"), Qt::CaseInsensitive), qPrintable(session.lastError()));
            // The failed decision is not an undo step, and the earlier ones still are.
            QCOMPARE(session.undoCount(), 11);
            QVERIFY(QFile::remove(filler));
            // With room again, decisions work on the same connection.
            QVERIFY2(session.accept(12), qPrintable(session.lastError()));
        }
        const Snapshot after = snapshot(db);
        QCOMPARE(after.integrity, S("ok"));
        QCOMPARE(after.records.size(), 2000);
        for (qint64 id = 1; id <= 10; ++id)
            QCOMPARE(after.statuses.value(id), S("accepted"));
        QCOMPARE(after.statuses.value(11), S("rejected"));
        QCOMPARE(after.statuses.value(12), S("accepted"));
        QCOMPARE(after.statuses.value(13), S("unreviewed"));
        QCOMPARE(after.statuses.value(2000), S("unreviewed"));
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
