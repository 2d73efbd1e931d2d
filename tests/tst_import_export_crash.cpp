// persona-studio-cli import and export killed with SIGKILL at random moments, then run again.
// Import: the database stays intact, and after the rerun every line of the file is stored
// exactly once (none lost, none twice) — also when the whole file is imported once more.
// Export: a file under its final name is always whole (byte-identical to a clean export), and
// the rerun leaves the complete set of files and nothing else. The random moments come from a
// seed printed with every failure.

#include "dataset/datasetstore.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

constexpr int Lines = 100000;

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

// One distinct studio record per line, over the fixture's three characters.
bool writeBigFile(const QString &path, int lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    static const char *const personas[] = {"Mara Vell", "Ilse Vell", "Tomas Reed"};
    static const char *const categories[] = {"greeting", "personal_question", "advice"};
    QByteArray block;
    for (int i = 0; i < lines; ++i) {
        block += "{\"persona\":\"";
        block += personas[i % 3];
        block += "\",\"category\":\"";
        block += categories[(i / 3) % 3];
        block += "\",\"input\":\"Tell me about the lantern number ";
        block += QByteArray::number(i);
        block += ", please?\",\"output\":\"Lantern ";
        block += QByteArray::number(i);
        block += " burns on the north pier every night, and I trim its wick myself before the tide turns.\"}\n";
        if (block.size() > (1 << 20)) {
            if (f.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    return f.write(block) == block.size();
}

struct Counts
{
    qint64 rows = -1;
    qint64 distinct = -1;
    int indexes = -1;   // of the records table
    QString integrity;
};

Counts countRecords(const QString &databasePath)
{
    Counts c;
    DatasetStore store;
    if (!store.open(databasePath, nullptr))
        return c;
    QSqlQuery q(store.database());
    if (q.exec(S("SELECT COUNT(*), COUNT(DISTINCT dedup_key) FROM records")) && q.next()) {
        c.rows = q.value(0).toLongLong();
        c.distinct = q.value(1).toLongLong();
    }
    if (q.exec(S("PRAGMA integrity_check")) && q.next())
        c.integrity = q.value(0).toString();
    if (q.exec(S("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'")) && q.next())
        c.indexes = q.value(0).toInt();
    return c;
}

QMap<QString, QByteArray> filesIn(const QString &dir)
{
    QMap<QString, QByteArray> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QFile f(info.filePath());
        files.insert(info.fileName(), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return files;
}

// manifest.json and README.md without their creation time, which differs from export to export.
QByteArray comparable(const QString &name, const QByteArray &content)
{
    if (name == QLatin1String("README.md"))
        return QString::fromUtf8(content).remove(QRegularExpression(S("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))).toUtf8();
    if (name != QLatin1String("manifest.json"))
        return content;
    QJsonObject o = QJsonDocument::fromJson(content).object();
    o.remove(S("created_at"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QStringList exportArgs(const QString &project, const QString &out)
{
    return {S("export"), S("--project"), project, S("--out"), out, S("--include"), S("all"), S("--format"), S("studio"),
            S("--val-split"), S("0.1")};
}

} // namespace

class TestImportExportCrash : public QObject
{
    Q_OBJECT

private:
    TempProject m_project{TestPaths::dataDir() + S("/generation/small")};
    QTemporaryDir m_files;
    bool m_imported = false;

private slots:
    void importKilledMidwayStoresEveryLineOnce()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        const QByteArray context = "seed " + QByteArray::number(seed);
        QRandomGenerator rng(seed);
        QVERIFY(m_project.isValid() && m_files.isValid());
        const QString big = m_files.filePath(S("big.jsonl"));
        QVERIFY(writeBigFile(big, Lines));
        const QString db = m_project.path() + S("/studio.db");
        const QStringList args{S("import"), S("--project"), m_project.path(), big};

        int kills = 0;
        for (int attempt = 0; attempt < 3; ++attempt) {
            QProcess cli;
            cli.start(TestPaths::cli(), args);
            QVERIFY2(cli.waitForStarted(), context.constData());
            // The first kill lands well within a clean import (about a second for this file
            // in a release build), the later ones anywhere, also after it would have ended.
            const int after = attempt == 0 ? 100 + int(rng.bounded(400)) : 150 + int(rng.bounded(2500));
            if (!cli.waitForFinished(after)) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                QVERIFY2(cli.waitForFinished(5000), context.constData());
                ++kills;
            }
            const Counts c = countRecords(db);
            QVERIFY2(c.integrity == S("ok"), (context + " integrity: " + c.integrity.toUtf8()).constData());
            QVERIFY2(c.rows <= Lines, qPrintable(S("%1: %2 records after %3 imports").arg(QString::fromLatin1(context)).arg(c.rows).arg(attempt + 1)));
            QVERIFY2(c.rows == c.distinct, qPrintable(S("%1: %2 records, %3 distinct").arg(QString::fromLatin1(context)).arg(c.rows).arg(c.distinct)));
        }
        QVERIFY2(kills >= 1, context.constData());

        // The rerun stores what is missing, and a further import of the same file adds nothing.
        for (int run = 0; run < 2; ++run) {
            QProcess cli;
            cli.start(TestPaths::cli(), args);
            QVERIFY(cli.waitForFinished(120000));
            QVERIFY2(cli.exitCode() == 0, (context + "\n" + cli.readAllStandardError()).constData());
            const Counts c = countRecords(db);
            QCOMPARE(c.integrity, S("ok"));
            // The file is large enough for the import to drop four indexes and build them at
            // its end (a killed import's are built when the database is opened next); the
            // partial one of flagged records stays.
            QCOMPARE(c.indexes, 5);
            QVERIFY2(c.rows == Lines && c.distinct == Lines,
                     qPrintable(S("%1: run %2: %3 records, %4 distinct, %5 lines").arg(QString::fromLatin1(context)).arg(run).arg(c.rows).arg(c.distinct).arg(Lines)));
        }
        m_imported = true;
        qInfo("%s: %d kills", context.constData(), kills);
    }

    void exportKilledMidwayNeverLeavesHalfFiles()
    {
        if (!m_imported)
            QSKIP("needs the records of the import test");
        const quint32 seed = QRandomGenerator::global()->generate();
        const QByteArray context = "seed " + QByteArray::number(seed);
        QRandomGenerator rng(seed);

        // A clean export: what every file must be, and how long it takes.
        const QString reference = m_files.filePath(S("reference"));
        QElapsedTimer timer;
        timer.start();
        {
            QProcess cli;
            cli.start(TestPaths::cli(), exportArgs(m_project.path(), reference));
            QVERIFY(cli.waitForFinished(120000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        }
        const qint64 cleanMs = timer.elapsed();
        const QMap<QString, QByteArray> expected = filesIn(reference);
        QVERIFY(expected.contains(S("complete_training_set.jsonl")) && expected.contains(S("manifest.json")));

        const QString out = m_files.filePath(S("out"));
        int kills = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            QProcess cli;
            cli.start(TestPaths::cli(), exportArgs(m_project.path(), out));
            QVERIFY2(cli.waitForStarted(), context.constData());
            const int after = 20 + int(rng.bounded(quint32(std::max<qint64>(cleanMs, 200))));
            if (!cli.waitForFinished(after)) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                QVERIFY2(cli.waitForFinished(5000), context.constData());
                ++kills;
            }
            const QMap<QString, QByteArray> now = filesIn(out);
            for (auto it = now.cbegin(); it != now.cend(); ++it) {
                if (!expected.contains(it.key()))
                    continue;   // a temporary file of the export, checked after the rerun
                QVERIFY2(comparable(it.key(), it.value()) == comparable(it.key(), expected.value(it.key())),
                         qPrintable(S("%1: %2 is not the whole file after a kill (%3 of %4 bytes)")
                                        .arg(QString::fromLatin1(context), it.key()).arg(it.value().size()).arg(expected.value(it.key()).size())));
            }
        }
        QVERIFY2(kills >= 1, context.constData());

        QProcess cli;
        cli.start(TestPaths::cli(), exportArgs(m_project.path(), out));
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, (context + "\n" + cli.readAllStandardError()).constData());
        const QMap<QString, QByteArray> final = filesIn(out);
        QVERIFY2(final.keys() == expected.keys(),
                 qPrintable(S("%1: files after the rerun: %2; expected %3").arg(QString::fromLatin1(context), final.keys().join(S(", ")), expected.keys().join(S(", ")))));
        for (auto it = final.cbegin(); it != final.cend(); ++it)
            QVERIFY2(comparable(it.key(), it.value()) == comparable(it.key(), expected.value(it.key())), qPrintable(it.key()));
        // manifest.json describes the files that are there.
        const QJsonArray listed = QJsonDocument::fromJson(final.value(S("manifest.json"))).object().value(S("files")).toArray();
        QVERIFY(!listed.isEmpty());
        for (const QJsonValue &v : listed) {
            const QJsonObject f = v.toObject();
            const QByteArray sha = QCryptographicHash::hash(final.value(f.value(S("name")).toString()), QCryptographicHash::Sha256).toHex();
            QCOMPARE(QString::fromLatin1(sha), f.value(S("sha256")).toString());
        }
        qInfo("%s: %d kills, clean export %lld ms", context.constData(), kills, cleanMs);
    }
};

QTEST_GUILESS_MAIN(TestImportExportCrash)
#include "tst_import_export_crash.moc"
