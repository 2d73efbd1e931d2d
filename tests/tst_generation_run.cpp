// GenerationRun against ps-test-provider: under every fault the server can inject, a run ends
// with exactly the plan's records per (character, category), no duplicates and nothing lost;
// stop, budget and pause behave; a second run continues where the first stopped.

#include "dataset/datasetstore.h"
#include "generation/generationrun.h"
#include "project/tierplan.h"
#include "provider/providerprocess.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QTest>

namespace {
QString fixture()
{
    return TestPaths::dataDir() + QStringLiteral("/generation/small");
}
}

class TestGenerationRun : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
    void stopAndResume();
    void cancelFromASlot();
    void budgetStopsCleanly();
    void pauseHoldsNewRequests();
    void refusedKeyFailsTheRun();
    void anotherWritersLockWaitsWithoutBlocking();

private:
    GenerationRun::Summary runOnce(const Project &project, GenerationOptions options, const std::function<void(GenerationRun &)> &hook = {});
    void verifyExactAndClean(const Project &project);
};

GenerationRun::Summary TestGenerationRun::runOnce(const Project &project, GenerationOptions options,
                                                  const std::function<void(GenerationRun &)> &hook)
{
    GenerationRun run(project, options);
    QSignalSpy finished(&run, &GenerationRun::finished);
    if (hook)
        hook(run);
    QString error;
    if (!run.start(&error)) {
        qWarning() << error;
        return {};
    }
    if (finished.isEmpty())
        finished.wait(30000);
    [&] { QCOMPARE(finished.size(), 1); }();
    return run.summary();
}

void TestGenerationRun::verifyExactAndClean(const Project &project)
{
    DatasetStore store;
    QString error;
    QVERIFY2(store.open(project.databasePath(), &error), qPrintable(error));
    const TierPlan plan = TierPlan::compute(project);
    const auto counts = store.countsByPersonaCategory();
    for (const PersonaPlan &p : plan.personas) {
        for (const auto &[category, target] : p.categories)
            QCOMPARE(counts.value(p.name).value(category), target);
    }
    QCOMPARE(store.recordCount(), qint64(plan.total));
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT dedup_key) FROM records")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // Nothing lost: every job's stored count matches the records that point at it.
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs j WHERE j.stored != (SELECT COUNT(*) FROM records r WHERE r.job_id = j.id)")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE input = '' OR output = '' OR instruction = ''")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestGenerationRun::faults_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("drop");     // a drop reason that must be counted
    QTest::addColumn<QString>("retry");    // a retry cause that must be counted
    QTest::addColumn<bool>("structured");  // structured output still in use at the end

    QTest::newRow("clean") << QStringList{} << QString() << QString() << true;
    QTest::newRow("429 with retry-after") << QStringList{QStringLiteral("--fault"), QStringLiteral("429:0.3")} << QString() << QStringLiteral("429") << true;
    QTest::newRow("500 and 503") << QStringList{QStringLiteral("--fault"), QStringLiteral("500:0.2"), QStringLiteral("--fault"), QStringLiteral("503:0.2")}
                                 << QString() << QStringLiteral("5xx") << true;
    QTest::newRow("connection reset") << QStringList{QStringLiteral("--fault"), QStringLiteral("reset:0.3")} << QString() << QStringLiteral("connection") << true;
    QTest::newRow("hang past timeout") << QStringList{QStringLiteral("--fault"), QStringLiteral("hang@2,5")} << QString() << QStringLiteral("timeout") << true;
    QTest::newRow("fenced json") << QStringList{QStringLiteral("--fault"), QStringLiteral("fenced@1,2,3")} << QString() << QString() << false;
    QTest::newRow("prose around json") << QStringList{QStringLiteral("--fault"), QStringLiteral("prose@1")} << QString() << QString() << false;
    QTest::newRow("truncated, finish length") << QStringList{QStringLiteral("--fault"), QStringLiteral("truncated:0.4")} << QStringLiteral("unparseable") << QString() << true;
    QTest::newRow("wrong shape") << QStringList{QStringLiteral("--fault"), QStringLiteral("wrongshape@1,3")} << QStringLiteral("missing_field") << QString() << false;
    QTest::newRow("refusal") << QStringList{QStringLiteral("--fault"), QStringLiteral("refusal@1,2,4")} << QStringLiteral("refusal") << QString() << true;
    QTest::newRow("duplicates") << QStringList{QStringLiteral("--fault"), QStringLiteral("duplicate:0.5")} << QStringLiteral("duplicate") << QString() << true;
    QTest::newRow("speaks as another") << QStringList{QStringLiteral("--fault"), QStringLiteral("other:0.5")} << QStringLiteral("other_character") << QString() << true;
    QTest::newRow("json_schema rejected") << QStringList{QStringLiteral("--reject-schema")} << QString() << QStringLiteral("structured_output_rejected") << false;
    QTest::newRow("json_schema ignored") << QStringList{QStringLiteral("--ignore-schema")} << QString() << QString() << false;
    QTest::newRow("no usage reported") << QStringList{QStringLiteral("--no-usage")} << QString() << QString() << true;
    QTest::newRow("everything, rate limited")
        << QStringList{QStringLiteral("--rpm"), QStringLiteral("1200"), QStringLiteral("--burst-s"), QStringLiteral("0.2"),
                       QStringLiteral("--fault"), QStringLiteral("500:0.1"), QStringLiteral("--fault"), QStringLiteral("reset:0.1"),
                       QStringLiteral("--fault"), QStringLiteral("truncated:0.1"), QStringLiteral("--fault"), QStringLiteral("duplicate:0.1"),
                       QStringLiteral("--fault"), QStringLiteral("refusal:0.1"), QStringLiteral("--latency-ms"), QStringLiteral("20")}
        << QString() << QString() << true;
}

void TestGenerationRun::faults()
{
    QFETCH(QStringList, args);
    QFETCH(QString, drop);
    QFETCH(QString, retry);
    QFETCH(bool, structured);
    ProviderProcess provider(QStringList{QStringLiteral("--seed"), QStringLiteral("42")} + args);
    QVERIFY(provider.isRunning());
    TempProject temp(fixture());
    QVERIFY(temp.isValid());
    const Project::OpenResult opened = Project::open(temp.path());
    QVERIFY(opened.project);
    GenerationOptions o = GenerationOptions::fromProject(*opened.project);
    o.baseUrl = provider.baseUrl();
    o.apiKeyEnv = QStringLiteral("PS_TEST_NO_SUCH_KEY");
    o.backoffBaseMs = 20;
    o.timeoutMs = 700;
    o.maxAttempts = 10;
    const GenerationRun::Summary s = runOnce(*opened.project, o);
    QCOMPARE(GenerationRun::Summary::outcomeName(s.outcome), QStringLiteral("completed"));
    QVERIFY(s.targetsMet);
    verifyExactAndClean(*opened.project);
    if (!drop.isEmpty())
        QVERIFY2(s.drops.value(drop) > 0, qPrintable(drop));
    if (!retry.isEmpty())
        QVERIFY2(s.retries.value(retry) > 0, qPrintable(retry));
    QCOMPARE(s.structuredOutput, structured);
    QCOMPARE(s.storedThisRun.value(QStringLiteral("Mara Vell")), 12);
    QVERIFY(s.promptTokens > 0 && s.completionTokens > 0 && s.costUsd > 0);
}

void TestGenerationRun::stopAndResume()
{
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("50")});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    o.concurrency = 2;
    const GenerationRun::Summary first = runOnce(project, o, [](GenerationRun &run) {
        QObject::connect(&run, &GenerationRun::recordsStored, &run, [&run] { run.stop(); });
    });
    QCOMPARE(first.outcome, GenerationRun::Summary::Outcome::Stopped);
    QVERIFY(!first.targetsMet);
    int storedFirst = 0;
    for (int n : first.storedThisRun)
        storedFirst += n;
    QVERIFY(storedFirst > 0 && storedFirst < 24);
    const GenerationRun::Summary second = runOnce(project, o);
    QVERIFY(second.targetsMet);
    int storedSecond = 0;
    for (int n : second.storedThisRun)
        storedSecond += n;
    QCOMPARE(storedFirst + storedSecond, 24);
    verifyExactAndClean(project);
}

void TestGenerationRun::cancelFromASlot()
{
    // cancel() from a slot of recordsStored, while the answer that stored them is still being
    // handled and other requests are in flight: the run ends once, cancelled, with what it stored.
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("50")});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    o.concurrency = 3;
    const GenerationRun::Summary s = runOnce(project, o, [](GenerationRun &run) {
        QObject::connect(&run, &GenerationRun::recordsStored, &run, [&run] { run.cancel(); });
    });
    QCOMPARE(s.outcome, GenerationRun::Summary::Outcome::Cancelled);
    QVERIFY(!s.targetsMet);
    QVERIFY(runOnce(project, o).targetsMet);
    verifyExactAndClean(project);
}

void TestGenerationRun::budgetStopsCleanly()
{
    ProviderProcess provider({});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    o.concurrency = 1;
    o.maxCostUsd = 0.0006;
    const GenerationRun::Summary s = runOnce(project, o);
    QCOMPARE(s.outcome, GenerationRun::Summary::Outcome::BudgetReached);
    QVERIFY(s.costUsd <= o.maxCostUsd);
    QVERIFY(s.requests > 0);
    o.maxCostUsd = -1;
    QVERIFY(runOnce(project, o).targetsMet);
    verifyExactAndClean(project);
}

void TestGenerationRun::pauseHoldsNewRequests()
{
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("30")});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    o.concurrency = 1;
    GenerationRun run(project, o);
    QSignalSpy finished(&run, &GenerationRun::finished);
    QSignalSpy jobs(&run, &GenerationRun::jobStateChanged);
    QString error;
    QVERIFY(run.start(&error));
    QVERIFY(jobs.wait(5000));   // the first job is running
    run.pause();
    QTRY_COMPARE(run.progress().inFlight, 0);
    const int requests = provider.stats().value(QLatin1String("chat_requests")).toInt();
    QVERIFY(!finished.wait(300)); // paused: nothing finishes, nothing new is sent
    QCOMPARE(provider.stats().value(QLatin1String("chat_requests")).toInt(), requests);
    run.resume();
    QVERIFY(finished.wait(20000));
    QVERIFY(run.summary().targetsMet);
    verifyExactAndClean(project);
}

void TestGenerationRun::refusedKeyFailsTheRun()
{
    ProviderProcess provider({QStringLiteral("--require-key"), QStringLiteral("right-key")});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    qputenv("PS_TEST_WRONG_KEY", "wrong-key-123");
    o.apiKeyEnv = QStringLiteral("PS_TEST_WRONG_KEY");
    const GenerationRun::Summary s = runOnce(project, o);
    QCOMPARE(s.outcome, GenerationRun::Summary::Outcome::Failed);
    QVERIFY(s.error.contains(QStringLiteral("PS_TEST_WRONG_KEY")));
    QVERIFY(!s.error.contains(QStringLiteral("wrong-key-123")));
    // And an http:// base URL to another machine is refused before anything is sent.
    o.baseUrl = QStringLiteral("http://example.com/v1");
    GenerationRun remote(project, o);
    QString error;
    QVERIFY(!remote.start(&error));
    QVERIFY(error.contains(QStringLiteral("https")));
}

QTEST_GUILESS_MAIN(TestGenerationRun)
#include "tst_generation_run.moc"

// Another connection holds studio.db's write lock (the Review mode taking a large import out, one
// transaction): an answer that arrives meanwhile waits and is stored once the lock is gone — on a
// timer, so the thread (the window's) keeps running its events, and the job waits in flight: no
// more requests for it, no end of the run without it.
void TestGenerationRun::anotherWritersLockWaitsWithoutBlocking()
{
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("30")});
    TempProject temp(fixture());
    const Project project = *Project::open(temp.path()).project;
    GenerationOptions o = GenerationOptions::fromProject(project);
    o.baseUrl = provider.baseUrl();
    o.concurrency = 1;
    GenerationRun run(project, o);
    QSignalSpy finished(&run, &GenerationRun::finished);
    QSignalSpy jobs(&run, &GenerationRun::jobStateChanged);
    QString error;
    QVERIFY(run.start(&error));
    QVERIFY(jobs.wait(5000));   // the run has opened the database and sent its first request
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(project.databasePath());
        QVERIFY(locker.open());
        QSqlQuery begin(locker);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));
        bool ticked = false;
        QTimer::singleShot(300, this, [&ticked] { ticked = true; });
        QTest::qWait(1500);
        QVERIFY(ticked);   // the events ran while the answer waited for the lock
        QCOMPARE(run.progress().inFlight, 1);
        const int requests = provider.stats().value(QLatin1String("chat_requests")).toInt();
        QTest::qWait(300);
        QCOMPARE(provider.stats().value(QLatin1String("chat_requests")).toInt(), requests);
        QVERIFY(finished.isEmpty());
        QSqlQuery end(locker);
        QVERIFY(end.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QVERIFY(finished.wait(20000));
    QVERIFY2(run.summary().error.isEmpty(), qPrintable(run.summary().error));
    QVERIFY(run.summary().targetsMet);
    verifyExactAndClean(project);
}
