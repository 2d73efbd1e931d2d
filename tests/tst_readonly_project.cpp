// A project folder on read-only media (a tmpfs remounted read-only: as root, chmod would not stop
// a write). Opening it works; generate, import, export into it and a review decision fail with
// a message that says the folder is read-only, nothing crashes and no file changes; exporting
// to another, writable folder still works. Needs root to mount; skipped otherwise.

#include "dataset/datasetstore.h"
#include "dataset/reviewsession.h"
#include "project/project.h"
#include "clirun.h"
#include "provider/providerprocess.h"
#include "scratchmount.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
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

Run cli(const QStringList &args)
{
    const CliRun r = runCli(args);
    return {r.exitCode, r.outText(), r.errText()};
}

bool writeLines(const QString &path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    static const char *const personas[] = {"Mara Vell", "Ilse Vell", "Tomas Reed"};
    QByteArray all;
    for (int i = 0; i < count; ++i) {
        all += "{\"persona\":\"";
        all += personas[i % 3];
        all += "\",\"category\":\"greeting\",\"input\":\"Good morning, keeper ";
        all += QByteArray::number(i);
        all += "!\",\"output\":\"Morning to you, ";
        all += QByteArray::number(i);
        all += ". The fog lifted early and the gulls are loud; a fine day for mending nets.\"}\n";
    }
    return f.write(all) == all.size();
}

// Every file under `dir` with the SHA-256 of its content.
QMap<QString, QByteArray> tree(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        files.insert(QDir(dir).relativeFilePath(f.fileName()),
                     f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray("unreadable"));
    }
    return files;
}

bool saysReadOnly(const QString &text)
{
    return text.contains(S("read-only"), Qt::CaseInsensitive) || text.contains(S("readonly"), Qt::CaseInsensitive);
}

} // namespace

class TestReadOnlyProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchMount> m_mount;
    QTemporaryDir m_files;
    QString m_project;
    QMap<QString, QByteArray> m_before;

private slots:
    void initTestCase()
    {
        m_mount = std::make_unique<ScratchMount>(16 * 1024 * 1024);
        if (!m_mount->isMounted())
            QSKIP(qPrintable(S("needs a tmpfs to make read-only: ") + m_mount->error()));
        m_project = m_mount->path() + S("/project");
        QVERIFY(TempProject::copyRecursively(TestPaths::dataDir() + S("/generation/small"), m_project));
        const QString lines = m_files.filePath(S("lines.jsonl"));
        QVERIFY(writeLines(lines, 300));
        const Run imported = cli({S("import"), S("--project"), m_project, lines});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run exported = cli({S("export"), S("--project"), m_project, S("--out"), m_project + S("/export"), S("--include"), S("all")});
        QVERIFY2(exported.exitCode == 0 || exported.exitCode == 3, qPrintable(exported.err));
        m_before = tree(m_project);
        QVERIFY(m_before.contains(S("studio.db")));
        QString output;
        if (!m_mount->remount(S("ro"), &output))
            QSKIP(qPrintable(S("the tmpfs cannot be remounted read-only: ") + output));
        QVERIFY(!QFileInfo(m_project).isWritable());
    }

    void cleanupTestCase()
    {
        if (m_mount && m_mount->isMounted()) {
            // Nothing changed while the folder was read-only.
            QVERIFY(m_mount->remount(S("rw")));
            QCOMPARE(tree(m_project), m_before);
            DatasetStore store;
            QVERIFY(store.open(m_project + S("/studio.db"), nullptr));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(S("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), S("ok"));
            QCOMPARE(store.recordCount(), 300);
        }
        m_mount.reset();
    }

    void opens()
    {
        const Project::OpenResult opened = Project::open(m_project);
        QVERIFY2(opened.project, qPrintable(opened.error));
        QCOMPARE(opened.project->characters.size(), 3);
        QString error;
        QVERIFY(!opened.project->save(&error));
        QVERIFY2(error.contains(S("studio.json")) && saysReadOnly(error), qPrintable(error));
    }

    void generateFails()
    {
        ProviderProcess provider({S("--latency-ms"), S("10")});
        QVERIFY(provider.isRunning());
        const Run r = cli({S("generate"), S("--project"), m_project, S("--base-url"), provider.baseUrl(), S("--timeout-s"), S("5")});
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(S("studio.db")) && saysReadOnly(r.err), qPrintable(r.err));
        QCOMPARE(provider.stats().value(S("chat_requests")).toInt(), 0);
    }

    void importFails()
    {
        const QString lines = m_files.filePath(S("more.jsonl"));
        QVERIFY(writeLines(lines, 10));
        const Run r = cli({S("import"), S("--project"), m_project, lines});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(S("studio.db")) && saysReadOnly(r.err), qPrintable(r.err));
    }

    void exportIntoProjectFails()
    {
        const Run r = cli({S("export"), S("--project"), m_project, S("--out"), m_project + S("/export"), S("--include"), S("all")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_project + S("/export")), qPrintable(r.err));
        QVERIFY2(saysReadOnly(r.err), qPrintable(r.err));
    }

    void exportElsewhereWorks()
    {
        const QString out = m_files.filePath(S("export"));
        const Run r = cli({S("export"), S("--project"), m_project, S("--out"), out, S("--include"), S("all")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
        QFile complete(out + S("/complete_training_set.jsonl"));
        QVERIFY(complete.open(QIODevice::ReadOnly));
        QCOMPARE(complete.readAll().count('\n'), 300);
    }

    void reviewDecisionFails()
    {
        // Opening for writing says why at once.
        DatasetStore store;
        QString error;
        QVERIFY(!store.open(m_project + S("/studio.db"), &error));
        QVERIFY2(error.contains(S("studio.db")) && saysReadOnly(error), qPrintable(error));
        // Opened for reading (as the export does), a decision fails in words and changes nothing.
        QVERIFY2(store.openReadOnly(m_project + S("/studio.db"), &error), qPrintable(error));
        ReviewSession session(store);
        QVERIFY(!session.accept(1));
        QVERIFY2(saysReadOnly(session.lastError()), qPrintable(session.lastError()));
        QCOMPARE(session.undoCount(), 0);
        QCOMPARE(store.record(1).status, Record::Status::Unreviewed);
    }
};

QTEST_GUILESS_MAIN(TestReadOnlyProject)
#include "tst_readonly_project.moc"
