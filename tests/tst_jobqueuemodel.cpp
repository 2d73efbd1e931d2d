// JobQueueModel and JobQueueProxy against a real run on ps-test-provider, under
// QAbstractItemModelTester: one row per job, every job ends done, the rows' stored counts add
// up to the plan, injected 429s show as "retrying: 429, waiting N s", and changes arrive batched.

#include "generation/generationrun.h"
#include "generation/jobqueuemodel.h"
#include "generation/jobqueueproxy.h"
#include "project/tierplan.h"
#include "tempproject.h"
#include "testpaths.h"

// The provider is built beside the tests; the environment may name another one.
#ifndef PS_TEST_PROVIDER_PATH
#define PS_TEST_PROVIDER_PATH PS_BINARY_DIR "/tests/ps-test-provider"
#endif
#include "provider/providerprocess.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

class TestJobQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void followsARunWithRetries();
    void stateTexts();
};

void TestJobQueueModel::followsARunWithRetries()
{
    ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--latency-ms"), QStringLiteral("30"),
                              QStringLiteral("--fault"), QStringLiteral("429@1,3,6")});
    QVERIFY(provider.isRunning());
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QVERIFY(temp.isValid());
    const Project::OpenResult opened = Project::open(temp.path());
    QVERIFY(opened.project);
    GenerationOptions o = GenerationOptions::fromProject(*opened.project);
    o.baseUrl = provider.baseUrl();
    o.apiKeyEnv = QStringLiteral("PS_TEST_NO_SUCH_KEY");
    o.backoffBaseMs = 20;
    o.maxAttempts = 10;
    o.concurrency = 3;

    JobQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    JobQueueProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobQueueModel::CostColumn, Qt::DescendingOrder);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    GenerationRun run(*opened.project, o);
    model.setRun(&run);
    QStringList retryTexts;
    int dataChangedSignals = 0;
    connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
        ++dataChangedSignals;
        for (int row = from.row(); row <= to.row(); ++row) {
            const QString text = model.index(row, JobQueueModel::StateColumn).data().toString();
            if (text.startsWith(QLatin1String("retrying: 429")))
                retryTexts << text;
        }
    });
    int jobSignals = 0;
    connect(&run, &GenerationRun::jobStateChanged, this, [&] { ++jobSignals; });
    QSignalSpy retries(&run, &GenerationRun::retryScheduled);
    QSignalSpy finished(&run, &GenerationRun::finished);
    QString error;
    QVERIFY2(run.start(&error), qPrintable(error));
    QVERIFY(finished.wait(30000));
    QCOMPARE(run.summary().outcome, GenerationRun::Summary::Outcome::Completed);

    // Every job has a row, keyed by id, and ended done.
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.count(GenerationRun::JobState::Done) + model.count(GenerationRun::JobState::Failed), model.rowCount());
    QSet<qint64> ids;
    QHash<QString, int> storedByPersona;
    for (int row = 0; row < model.rowCount(); ++row) {
        const GenerationRun::Job job = model.jobAt(row);
        ids.insert(job.id);
        QCOMPARE(model.rowOf(job.id), row);
        storedByPersona[job.persona] += job.stored;
        if (job.state == GenerationRun::JobState::Done) {
            QCOMPARE(model.index(row, JobQueueModel::StateColumn).data().toString(), QStringLiteral("done"));
            QVERIFY(model.index(row, JobQueueModel::TokensColumn).data(JobQueueModel::SortRole).toLongLong() > 0);
            QVERIFY(model.index(row, JobQueueModel::LatencyColumn).data(JobQueueModel::SortRole).toLongLong() >= 0);
        }
        // Each column shows its own figure, and sorts by the number behind it.
        const auto shown = [&](JobQueueModel::Column column) { return model.index(row, column).data().toString(); };
        const auto sortedBy = [&](JobQueueModel::Column column) { return model.index(row, column).data(JobQueueModel::SortRole); };
        QCOMPARE(shown(JobQueueModel::CharacterColumn), job.persona);
        QCOMPARE(shown(JobQueueModel::CategoryColumn), job.category);
        QCOMPARE(shown(JobQueueModel::RecordsColumn), QStringLiteral("%1 / %2").arg(job.stored).arg(job.requested));
        QCOMPARE(sortedBy(JobQueueModel::RecordsColumn).toInt(), job.stored);
        QCOMPARE(shown(JobQueueModel::AttemptsColumn), QString::number(job.attempts));
        QCOMPARE(sortedBy(JobQueueModel::AttemptsColumn).toInt(), job.attempts);
        const qint64 tokens = qint64(job.promptTokens) + job.completionTokens;
        QCOMPARE(sortedBy(JobQueueModel::TokensColumn).toLongLong(), tokens);
        QCOMPARE(shown(JobQueueModel::TokensColumn), tokens ? QLocale().toString(tokens) : QString());
        const qint64 latency = sortedBy(JobQueueModel::LatencyColumn).toLongLong();
        QCOMPARE(shown(JobQueueModel::LatencyColumn), latency < 0 ? QString() : QStringLiteral("%1 s").arg(QLocale().toString(latency / 1000.0, 'f', 1)));
        QCOMPARE(sortedBy(JobQueueModel::CostColumn).toDouble(), job.costUsd);
        QCOMPARE(shown(JobQueueModel::CostColumn).isEmpty(), job.costUsd <= 0);
        QCOMPARE(sortedBy(JobQueueModel::CharacterColumn).toString(), job.persona);
        QCOMPARE(sortedBy(JobQueueModel::CategoryColumn).toString(), job.category);
        QCOMPARE(sortedBy(JobQueueModel::StateColumn).toInt(), int(job.state));
        QCOMPARE(model.index(row, JobQueueModel::CategoryColumn).data(JobQueueModel::CategoryRole).toString(), job.category);
        QCOMPARE(model.index(row, JobQueueModel::CategoryColumn).data(JobQueueModel::JobIdRole).toLongLong(), job.id);
    }
    QCOMPARE(model.headerData(JobQueueModel::LatencyColumn, Qt::Horizontal).toString(), QStringLiteral("Latency"));
    QCOMPARE(ids.size(), model.rowCount());
    const TierPlan plan = TierPlan::compute(*opened.project);
    for (const PersonaPlan &p : plan.personas)
        QCOMPARE(storedByPersona.value(p.name), p.target);

    // The 429s were seen as retry rows with their wait.
    QVERIFY(!retries.isEmpty());
    QVERIFY2(!retryTexts.isEmpty(), "no row showed a 429 retry");
    QVERIFY(retryTexts.first().contains(QLatin1String(", waiting ")));
    // Batched: far fewer dataChanged than job signals.
    QVERIFY2(dataChangedSignals < jobSignals, qPrintable(QStringLiteral("%1 vs %2").arg(dataChangedSignals).arg(jobSignals)));

    // The proxy filters by state and character and sorts numbers as numbers.
    proxy.setStateFilter(JobQueueProxy::FailedJobs);
    QCOMPARE(proxy.rowCount(), model.count(GenerationRun::JobState::Failed));
    proxy.setStateFilter(JobQueueProxy::DoneJobs);
    QCOMPARE(proxy.rowCount(), model.count(GenerationRun::JobState::Done));
    proxy.setCharacterFilter(QStringLiteral("Mara Vell"));
    QVERIFY(proxy.rowCount() > 0);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(JobQueueModel::PersonaRole).toString(), QStringLiteral("Mara Vell"));
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, JobQueueModel::CostColumn).data(JobQueueModel::SortRole).toDouble()
                >= proxy.index(row, JobQueueModel::CostColumn).data(JobQueueModel::SortRole).toDouble());
    proxy.setCharacterFilter({});
    proxy.setStateFilter(JobQueueProxy::AllJobs);
    QCOMPARE(proxy.rowCount(), model.rowCount());

    // Rows that ended done stay as history when unfinished ones are cleared for a new run.
    const int done = model.count(GenerationRun::JobState::Done);
    model.removeUnfinished();
    QCOMPARE(model.rowCount(), done);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestJobQueueModel::stateTexts()
{
    using S = GenerationRun::JobState;
    QCOMPARE(JobQueueModel::stateText(S::Waiting), QStringLiteral("queued"));
    QCOMPARE(JobQueueModel::stateText(S::Retrying, QStringLiteral("429"), 2500), QStringLiteral("retrying: 429, waiting 3 s"));
    QCOMPARE(JobQueueModel::stateText(S::Failed, {}, 0, QStringLiteral("HTTP 500")), QStringLiteral("failed: HTTP 500"));
    QCOMPARE(JobQueueModel::causeText(QStringLiteral("429")), QStringLiteral("rate limit"));
}

QTEST_GUILESS_MAIN(TestJobQueueModel)
#include "tst_jobqueuemodel.moc"
