// persona-studio-cli generate killed with SIGKILL at several random moments of one plan, and
// started again each time: the plan still ends at its exact targets, with no duplicate record,
// an intact database, and no more requests paid for than a clean run plus what was in flight
// at each kill. The random moments come from a seed printed with every failure.

#include "dataset/datasetstore.h"
#include "project/tierplan.h"
#include "provider/providerprocess.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <csignal>

namespace {

constexpr int Concurrency = 3;

bool makeProject(const TempProject &temp)
{
    QFile f(temp.path() + QStringLiteral("/studio.json"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray tiers = o.value(QLatin1String("tiers")).toArray();
    QJsonObject main = tiers.at(0).toObject();
    main.insert(QStringLiteral("target"), 60);
    QJsonObject minor = tiers.at(1).toObject();
    minor.insert(QStringLiteral("target"), 30);
    o.insert(QStringLiteral("tiers"), QJsonArray{main, minor});
    return TempProject::writeFile(f.fileName(), QJsonDocument(o).toJson());
}

QStringList generateArgs(const QString &project, const QString &baseUrl)
{
    return {QStringLiteral("generate"), QStringLiteral("--project"), project, QStringLiteral("--base-url"), baseUrl,
            QStringLiteral("--backoff-ms"), QStringLiteral("20"), QStringLiteral("--timeout-s"), QStringLiteral("5"),
            QStringLiteral("--concurrency"), QString::number(Concurrency)};
}

int chatRequests(const ProviderProcess &provider)
{
    return provider.stats().value(QStringLiteral("chat_requests")).toInt();
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedAtRandomMomentsEndsExactly()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        const QByteArray context = "seed " + QByteArray::number(seed);
        QRandomGenerator rng(seed);

        // A clean run of the same plan on its own provider: the requests it takes.
        int cleanRequests = 0;
        {
            ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("4")});
            QVERIFY(provider.isRunning());
            TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
            QVERIFY(makeProject(temp));
            QProcess cli;
            cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
            QVERIFY(cli.waitForFinished(60000));
            QCOMPARE(cli.exitCode(), 0);
            cleanRequests = chatRequests(provider);
            QVERIFY(cleanRequests > 0);
        }

        ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY(provider.isRunning());
        TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
        QVERIFY(makeProject(temp));
        const Project project = *Project::open(temp.path()).project;
        const TierPlan plan = TierPlan::compute(project);
        QCOMPARE(plan.total, 120);

        int kills = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            QProcess cli;
            cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
            QVERIFY2(cli.waitForStarted(), context.constData());
            const int after = 80 + int(rng.bounded(300));
            if (!cli.waitForFinished(after)) {
                ::kill(pid_t(cli.processId()), SIGKILL);
                QVERIFY2(cli.waitForFinished(5000), context.constData());
                ++kills;
            }
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(project.databasePath(), &error), qPrintable(error));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QVERIFY2(q.value(0).toString() == QStringLiteral("ok"), context.constData());
            QVERIFY2(store.recordCount() <= 120, context.constData());
        }

        QVERIFY2(kills >= 2, context.constData()); // the plan takes seconds; early kills always land mid-run

        // The last start runs to the end.
        QProcess last;
        last.setProcessChannelMode(QProcess::MergedChannels);
        last.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
        QVERIFY(last.waitForFinished(60000));
        const QByteArray log = last.readAll();
        QVERIFY2(last.exitCode() == 0, (context + "\n" + log).constData());

        DatasetStore store;
        QVERIFY(store.open(project.databasePath(), nullptr));
        const auto counts = store.countsByPersonaCategory();
        for (const PersonaPlan &p : plan.personas) {
            for (const auto &[category, target] : p.categories)
                QVERIFY2(counts.value(p.name).value(category) == target, context.constData());
        }
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT dedup_key) FROM records")) && q.next());
        QCOMPARE(q.value(0).toInt(), 120);
        QCOMPARE(q.value(1).toInt(), 120);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));

        // Each kill can waste at most the requests in flight at that moment; nothing already
        // answered and stored is asked for again.
        const int requests = chatRequests(provider);
        const int allowance = cleanRequests + kills * Concurrency;
        QVERIFY2(requests <= allowance,
                 qPrintable(QStringLiteral("%1: %2 requests, clean run %3, %4 kills").arg(QString::fromLatin1(context)).arg(requests).arg(cleanRequests).arg(kills)));
        qInfo("%s: %d kills, %d requests against %d for a clean run", context.constData(), kills, requests, cleanRequests);
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crash_recovery.moc"
