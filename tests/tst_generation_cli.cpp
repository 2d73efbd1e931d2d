// persona-studio-cli generate / stats as a user runs them, against ps-test-provider: a run
// killed with SIGKILL mid-way resumes to the exact targets with no duplicates and an intact
// database; the API key appears in no file of the project; --dry-run sends nothing; `probe`
// says in plain words what works and what does not.

#include "dataset/datasetstore.h"
#include "project/tierplan.h"
#include "provider/providerprocess.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <algorithm>
#include <csignal>
#include <memory>

namespace {

// The small fixture with larger targets, so a run lasts long enough to be killed in the middle.
bool makeProject(const TempProject &temp, int mainTarget, int minorTarget)
{
    QFile f(temp.path() + QStringLiteral("/studio.json"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray tiers = o.value(QLatin1String("tiers")).toArray();
    QJsonObject main = tiers.at(0).toObject();
    main.insert(QStringLiteral("target"), mainTarget);
    QJsonObject minor = tiers.at(1).toObject();
    minor.insert(QStringLiteral("target"), minorTarget);
    tiers = QJsonArray{main, minor};
    o.insert(QStringLiteral("tiers"), tiers);
    return TempProject::writeFile(f.fileName(), QJsonDocument(o).toJson());
}

QStringList generateArgs(const QString &project, const QString &baseUrl)
{
    return {QStringLiteral("generate"), QStringLiteral("--project"), project, QStringLiteral("--base-url"), baseUrl,
            QStringLiteral("--backoff-ms"), QStringLiteral("20"), QStringLiteral("--timeout-s"), QStringLiteral("5")};
}

} // namespace

class TestGenerationCli : public QObject
{
    Q_OBJECT
private slots:
    void killedRunResumesExactly();
    void keyIsNeverWritten();
    void dryRunSendsNothing();
    void statsJsonShape();
    void probeSaysWhatWorks_data();
    void probeSaysWhatWorks();
};

void TestGenerationCli::killedRunResumesExactly()
{
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("40"), QStringLiteral("--fault"), QStringLiteral("500:0.1"),
                              QStringLiteral("--fault"), QStringLiteral("duplicate:0.1")});
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QVERIFY(makeProject(temp, 60, 30));
    const Project project = *Project::open(temp.path()).project;
    const TierPlan plan = TierPlan::compute(project);
    QCOMPARE(plan.total, 120);

    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()) << QStringLiteral("--concurrency") << QStringLiteral("3"));
    QVERIFY(cli.waitForStarted());
    // Kill it once it has reported some stored batches.
    QByteArray output;
    static const QRegularExpression storedLine(QStringLiteral("^stored (\\d+) for"), QRegularExpression::MultilineOption);
    int reported = 0;
    QTRY_VERIFY_WITH_TIMEOUT((output += cli.readAll(), reported = int(QString::fromUtf8(output).count(storedLine)), reported >= 5), 20000);
    QVERIFY(cli.state() == QProcess::Running);
    ::kill(pid_t(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(5000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    output += cli.readAll();

    int reportedRecords = 0;
    auto it = storedLine.globalMatch(QString::fromUtf8(output));
    while (it.hasNext())
        reportedRecords += it.next().captured(1).toInt();
    {
        DatasetStore store;
        QString error;
        QVERIFY2(store.open(project.databasePath(), &error), qPrintable(error));
        // Everything the killed process said it stored is there.
        QVERIFY2(store.recordCount() >= reportedRecords, qPrintable(QStringLiteral("%1 < %2").arg(store.recordCount()).arg(reportedRecords)));
        QVERIFY(store.recordCount() < 120);
    }

    QProcess again;
    again.setProcessChannelMode(QProcess::MergedChannels);
    again.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
    QVERIFY(again.waitForFinished(30000));
    const QByteArray log = again.readAll();
    QVERIFY2(again.exitCode() == 0, log.constData());
    QVERIFY(log.contains("Every target is met."));

    DatasetStore store;
    QString error;
    QVERIFY(store.open(project.databasePath(), &error));
    const auto counts = store.countsByPersonaCategory();
    for (const PersonaPlan &p : plan.personas) {
        for (const auto &[category, target] : p.categories)
            QCOMPARE(counts.value(p.name).value(category), target);
    }
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT dedup_key) FROM records")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("SELECT state FROM runs ORDER BY id")));
    QStringList states;
    while (q.next())
        states << q.value(0).toString();
    QCOMPARE(states, (QStringList{QStringLiteral("interrupted"), QStringLiteral("completed")}));

    // A third run has nothing to do and says so with exit 0.
    QProcess third;
    third.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
    QVERIFY(third.waitForFinished(10000));
    QCOMPARE(third.exitCode(), 0);
}

void TestGenerationCli::keyIsNeverWritten()
{
    const QByteArray key = "sk-test-SECRET-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    // The server checks the key and echoes the Authorization header in one error message.
    ProviderProcess provider({QStringLiteral("--require-key"), QString::fromLatin1(key), QStringLiteral("--fault"), QStringLiteral("echo_key@2")});
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(key));
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray log = cli.readAll();
    QVERIFY2(cli.exitCode() == 0, log.constData());
    QVERIFY(!log.contains(key));
    QVERIFY(!log.contains(key.mid(8))); // not even the distinctive part

    QProcess stats;
    stats.setProcessEnvironment(env);
    stats.start(TestPaths::cli(), {QStringLiteral("stats"), QStringLiteral("--project"), temp.path(), QStringLiteral("--json")});
    QVERIFY(stats.waitForFinished(10000));
    QVERIFY(!stats.readAll().contains(key));

    int scanned = 0;
    QDirIterator files(temp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(key.mid(8)), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(QString::fromLatin1(key.mid(8)).toUtf8()), qPrintable(f.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 5); // studio.json, three sheets, studio.db (and its WAL)
}

void TestGenerationCli::dryRunSendsNothing()
{
    ProviderProcess provider({});
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QProcess cli;
    cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()) << QStringLiteral("--dry-run"));
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitCode(), 0);
    const QString out = QString::fromUtf8(cli.readAll());
    QVERIFY2(out.contains(QStringLiteral("9 requests for 24 records")), qPrintable(out));
    QCOMPARE(provider.stats().value(QLatin1String("chat_requests")).toInt(), 0);
    QVERIFY(!QFile::exists(temp.path() + QStringLiteral("/studio.db")));
}

void TestGenerationCli::statsJsonShape()
{
    ProviderProcess provider({QStringLiteral("--fault"), QStringLiteral("refusal@1")});
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QProcess cli;
    cli.start(TestPaths::cli(), generateArgs(temp.path(), provider.baseUrl()));
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), 0);
    QProcess stats;
    stats.start(TestPaths::cli(), {QStringLiteral("stats"), QStringLiteral("--project"), temp.path(), QStringLiteral("--json")});
    QVERIFY(stats.waitForFinished(10000));
    const QJsonObject o = QJsonDocument::fromJson(stats.readAll()).object();
    QCOMPARE(o.value(QLatin1String("total")).toInt(), 24);
    const QJsonObject mara = o.value(QLatin1String("personas")).toObject().value(QLatin1String("Mara Vell")).toObject();
    QCOMPARE(mara.value(QLatin1String("target")).toInt(), 12);
    QCOMPARE(mara.value(QLatin1String("records")).toInt(), 12);
    QCOMPARE(mara.value(QLatin1String("unreviewed")).toInt(), 12);
    QCOMPARE(mara.value(QLatin1String("generated")).toInt(), 12);
    QCOMPARE(mara.value(QLatin1String("imported")).toInt(-1), 0);
    QCOMPARE(o.value(QLatin1String("generated")).toInt(), 24);
    QCOMPARE(o.value(QLatin1String("imported")).toInt(-1), 0);
    for (const char *key : {"accepted", "edited", "rejected"})
        QCOMPARE(mara.value(QLatin1String(key)).toInt(-1), 0);
    QCOMPARE(mara.value(QLatin1String("categories")).toObject().value(QLatin1String("greeting")).toInt(), 4);
    QVERIFY(o.value(QLatin1String("dropped")).toObject().value(QLatin1String("refusal")).toInt() > 0);
    QVERIFY(o.value(QLatin1String("tokens")).toObject().value(QLatin1String("prompt")).toInt() > 0);
    QVERIFY(o.value(QLatin1String("tokens")).toObject().value(QLatin1String("completion")).toInt() > 0);
    QVERIFY(o.value(QLatin1String("cost_usd")).toDouble() > 0);
}

void TestGenerationCli::probeSaysWhatWorks_data()
{
    QTest::addColumn<QStringList>("server");      // ps-test-provider's options; "closed": no server
    QTest::addColumn<QStringList>("options");     // probe's own, besides --project and --base-url
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines");       // printed, each on a line of its own
    QTest::addColumn<QStringList>("absent");      // printed nowhere

    const QString works = QStringLiteral("Chat completions work: yes (");   // (N ms)
    QTest::newRow("works") << QStringList() << QStringList() << QStringLiteral("sk-any") << 0
                           << QStringList{QStringLiteral("Server reachable: yes"), QStringLiteral("API key accepted: yes"),
                                          QStringLiteral("Model list: gpt-4o-mini is listed"), works,
                                          QStringLiteral("Structured output (json_schema): honoured"), QStringLiteral("Token usage reported: yes")}
                           << QStringList{QStringLiteral("Problem")};
    QTest::newRow("model not listed") << QStringList() << QStringList{QStringLiteral("--model"), QStringLiteral("voice-7b")} << QStringLiteral("sk-any") << 0
                                      << QStringList{QStringLiteral("Model list: voice-7b is NOT listed"), works} << QStringList();
    // Refused on GET /models already: nothing is said about a model list the key did not open.
    QTest::newRow("key rejected") << QStringList{QStringLiteral("--require-key"), QStringLiteral("sk-right")} << QStringList() << QStringLiteral("sk-wrong") << 1
                                  << QStringList{QStringLiteral("Server reachable: yes"), QStringLiteral("API key accepted: no")}
                                  << QStringList{QStringLiteral("Model list"), QStringLiteral("Chat completions"), QStringLiteral("sk-wrong")};
    QTest::newRow("no key") << QStringList{QStringLiteral("--require-key"), QStringLiteral("sk-right")} << QStringList() << QString() << 1
                            << QStringList{QStringLiteral("API key accepted: no")} << QStringList{QStringLiteral("Model list")};
    QTest::newRow("schema refused") << QStringList{QStringLiteral("--reject-schema")} << QStringList() << QStringLiteral("sk-any") << 0
                                    << QStringList{works, QStringLiteral("Structured output (json_schema): refused by the server; runs will ask for plain JSON and extract it")}
                                    << QStringList{QStringLiteral("Problem")};
    QTest::newRow("schema ignored") << QStringList{QStringLiteral("--ignore-schema")} << QStringList() << QStringLiteral("sk-any") << 0
                                    << QStringList{works, QStringLiteral("Structured output (json_schema): ignored; runs will fall back to plain JSON")}
                                    << QStringList();
    QTest::newRow("no usage") << QStringList{QStringLiteral("--no-usage")} << QStringList() << QStringLiteral("sk-any") << 0
                              << QStringList{works, QStringLiteral("Token usage reported: no (costs will be estimated)")} << QStringList();
    QTest::newRow("server error") << QStringList{QStringLiteral("--fault"), QStringLiteral("500@1")} << QStringList() << QStringLiteral("sk-any") << 1
                                  << QStringList{QStringLiteral("API key accepted: yes"), QStringLiteral("Chat completions work: no")}
                                  << QStringList{QStringLiteral("Structured output")};
    // GET /models answered with the key; the chat request's silence says nothing against it.
    QTest::newRow("no answer") << QStringList{QStringLiteral("--fault"), QStringLiteral("hang@1")} << QStringList{QStringLiteral("--timeout-s"), QStringLiteral("1")}
                               << QStringLiteral("sk-any") << 1
                               << QStringList{QStringLiteral("API key accepted: yes"), QStringLiteral("Chat completions work: no"),
                                              QStringLiteral("Problem: no answer within the time limit")}
                               << QStringList();
    QTest::newRow("nothing listening") << QStringList{QStringLiteral("closed")} << QStringList() << QStringLiteral("sk-any") << 1
                                       << QStringList{QStringLiteral("Server reachable: no")}
                                       << QStringList{QStringLiteral("API key accepted"), QStringLiteral("Chat completions")};
}

void TestGenerationCli::probeSaysWhatWorks()
{
    QFETCH(QStringList, server);
    QFETCH(QStringList, options);
    QFETCH(QString, key);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, absent);

    std::unique_ptr<ProviderProcess> provider;
    QString baseUrl;
    if (server == QStringList{QStringLiteral("closed")}) {
        QTcpServer probe;   // a port just freed: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(probe.serverPort());
    } else {
        provider = std::make_unique<ProviderProcess>(server);
        QVERIFY(provider->isRunning());
        baseUrl = provider->baseUrl();
    }
    TempProject temp(TestPaths::dataDir() + QStringLiteral("/generation/small"));
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), key);
    cli.setProcessEnvironment(env);
    cli.start(TestPaths::cli(), QStringList{QStringLiteral("probe"), QStringLiteral("--project"), temp.path(), QStringLiteral("--base-url"), baseUrl} + options);
    QVERIFY(cli.waitForFinished(30000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == exitCode, qPrintable(out + err));
    const QStringList printed = out.split(QLatin1Char('\n'));
    QVERIFY2(printed.value(0).startsWith(QStringLiteral("Probing %1 with model ").arg(baseUrl)), qPrintable(out));
    QCOMPARE(printed.value(0).endsWith(QStringLiteral(", which is empty)…")), key.isEmpty());
    for (const QString &line : std::as_const(lines)) {
        const bool found = std::any_of(printed.cbegin(), printed.cend(), [&](const QString &p) {
            return line.endsWith(QLatin1Char('(')) ? p.startsWith(QStringLiteral("  ") + line) : p == QStringLiteral("  ") + line;
        });
        QVERIFY2(found, qPrintable(line + QStringLiteral(" in:\n") + out));
    }
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!out.contains(text) && !err.contains(text), qPrintable(text + QStringLiteral(" in:\n") + out + err));
    // A probe that failed says why, in words.
    if (exitCode != 0)
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\n  Problem: \\S"))), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestGenerationCli)
#include "tst_generation_cli.moc"
