// bench_generation: the whole sample plan (data/elio, 920 records) generated against
// ps-test-provider with realistic latency (1 s + 2 ms per output token) and a requests- and
// tokens-per-minute limit. Prints the achieved throughput as a fraction of the bound those
// limits set, the 429s seen, and the wall time of the old approach (one record per request,
// one request at a time, 150 ms pause) measured on a subset and extrapolated to the plan.
//
// Run:  cmake --build BUILD --target bench_generation ps-test-provider
//       BUILD/bench/bench_generation [--rpm 300] [--tpm 480000] [--concurrency 16]
//                                    [--old-subset 12] [--provider PATH] [--project DIR]

#include "dataset/datasetstore.h"
#include "generation/chatclient.h"
#include "generation/generationrun.h"
#include "generation/promptbuilder.h"
#include "project/tierplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    QDir().mkpath(to);
    for (const QFileInfo &e : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(e.fileName());
        if (e.isDir()) {
            if (!copyTree(e.absoluteFilePath(), target))
                return false;
        } else if (!e.fileName().startsWith(QLatin1String("studio.db")) && !QFile::copy(e.absoluteFilePath(), target)) {
            return false;
        }
    }
    return true;
}

QJsonObject providerStats(const QString &baseUrl)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(baseUrl + QStringLiteral("/_stats"))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rpm"), QStringLiteral("Requests per minute the server allows."), QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("tpm"), QStringLiteral("Tokens per minute the server allows."), QStringLiteral("N"), QStringLiteral("480000")});
    parser.addOption({QStringLiteral("burst-s"), QStringLiteral("Seconds of limit the server's buckets hold."), QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("old-subset"), QStringLiteral("Records the old approach is timed on."), QStringLiteral("N"), QStringLiteral("12")});
    QString defaultProvider;
#ifdef PS_TEST_PROVIDER_PATH
    defaultProvider = QStringLiteral(PS_TEST_PROVIDER_PATH);
#endif
    parser.addOption({QStringLiteral("provider"), QStringLiteral("Path of ps-test-provider."), QStringLiteral("PATH"), defaultProvider});
    parser.addOption({QStringLiteral("project"), QStringLiteral("The project to generate (copied first)."), QStringLiteral("DIR"),
                      QStringLiteral(PS_SOURCE_DIR "/data/elio")});
    parser.process(app);

    const int rpm = parser.value(QStringLiteral("rpm")).toInt();
    const int tpm = parser.value(QStringLiteral("tpm")).toInt();
    const double burst = parser.value(QStringLiteral("burst-s")).toDouble();
    const int latencyMs = 1000;
    const double msPerToken = 2.0;

    QTemporaryDir temp;
    if (!copyTree(parser.value(QStringLiteral("project")), temp.path())) {
        QTextStream(stderr) << "cannot copy the project" << Qt::endl;
        return 1;
    }
    const Project::OpenResult opened = Project::open(temp.path());
    if (!opened.project) {
        QTextStream(stderr) << opened.error << Qt::endl;
        return 1;
    }
    const Project &project = *opened.project;
    const int planned = TierPlan::compute(project).total;

    QProcess provider;
    provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    provider.start(parser.value(QStringLiteral("provider")),
                   {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--latency-ms"), QString::number(latencyMs),
                    QStringLiteral("--ms-per-token"), QString::number(msPerToken), QStringLiteral("--rpm"), QString::number(rpm),
                    QStringLiteral("--tpm"), QString::number(tpm), QStringLiteral("--burst-s"), QString::number(burst)});
    if (!provider.waitForStarted() || !provider.waitForReadyRead(5000)) {
        QTextStream(stderr) << "cannot start ps-test-provider (--provider PATH)" << Qt::endl;
        return 1;
    }
    const QString baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(QString::fromLatin1(provider.readLine().trimmed()));

    out() << "Sample plan: " << planned << " records; server: " << latencyMs << " ms + " << msPerToken << " ms/token, " << rpm << " RPM, "
          << tpm << " TPM, buckets of " << burst << " s\n";
    out().flush();

    // 1. The engine.
    GenerationOptions options = GenerationOptions::fromProject(project);
    options.baseUrl = baseUrl;
    options.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
    GenerationRun run(project, options);
    QEventLoop loop;
    QObject::connect(&run, &GenerationRun::finished, &loop, &QEventLoop::quit);
    QString error;
    QElapsedTimer wall;
    wall.start();
    if (!run.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    loop.exec();
    const double seconds = wall.elapsed() / 1000.0;
    const GenerationRun::Summary s = run.summary();
    const QJsonObject stats = providerStats(baseUrl);
    int stored = 0;
    for (int n : s.storedThisRun)
        stored += n;

    // The bound: both buckets start full (burst) and refill at the per-minute rate; the last
    // answer still takes one request's latency.
    const double tokens = double(s.promptTokens + s.completionTokens);
    const double requests = stats.value(QLatin1String("chat_requests")).toInt() - stats.value(QLatin1String("rate_limited")).toInt();
    const double tRequests = std::max(0.0, requests - rpm / 60.0 * burst) / (rpm / 60.0);
    const double tTokens = std::max(0.0, tokens - tpm / 60.0 * burst) / (tpm / 60.0);
    const double meanLatency = latencyMs / 1000.0 + msPerToken / 1000.0 * (s.completionTokens / std::max(1.0, requests));
    const double bound = std::max(tRequests, tTokens) + meanLatency;
    out() << "\nEngine (concurrency " << options.concurrency << ", batches of " << options.batchSize << "):\n"
          << "  stored " << stored << " records (targets met: " << (s.targetsMet ? "yes" : "no") << ") in " << QString::number(seconds, 'f', 1)
          << " s with " << requests << " admitted requests, " << qint64(tokens) << " tokens\n"
          << "  429 answers: " << stats.value(QLatin1String("rate_limited")).toInt() << ", retries: " << QJsonDocument(QJsonObject::fromVariantMap([&] {
                 QVariantMap m;
                 for (auto it = s.retries.cbegin(); it != s.retries.cend(); ++it)
                     m.insert(it.key(), it.value());
                 return m;
             }())).toJson(QJsonDocument::Compact)
          << "\n  bound set by the limits: " << QString::number(bound, 'f', 1) << " s (requests " << QString::number(tRequests, 'f', 1)
          << " s, tokens " << QString::number(tTokens, 'f', 1) << " s, + one answer " << QString::number(meanLatency, 'f', 1) << " s)\n"
          << "  throughput: " << QString::number(stored / seconds * 60, 'f', 0) << " records/min = "
          << QString::number(bound / seconds, 'f', 3) << " of the bound\n";
    out().flush();

    // 2. The old approach: one record per request, one at a time, 150 ms pause, plain JSON.
    const int subset = parser.value(QStringLiteral("old-subset")).toInt();
    ChatClient client(baseUrl, QString());
    PromptBuilder prompts(project);
    const PersonaPlan persona = TierPlan::compute(project).personas.value(0);
    const Category category = project.categoriesFor(persona.name).value(0);
    QElapsedTimer old;
    old.start();
    int done = 0;
    std::function<void()> next = [&] {
        if (done == subset) {
            loop.quit();
            return;
        }
        const PromptBuilder::Prompt p = prompts.build(persona.name, category, 1, false);
        ChatRequest r;
        r.model = options.model;
        r.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")}, {QStringLiteral("content"), p.system}},
                                QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), p.user}}};
        client.complete(r, &loop, [&](const ChatResponse &) {
            ++done;
            QTimer::singleShot(150, &loop, next);
        });
    };
    next();
    loop.exec();
    const double oldSubset = old.elapsed() / 1000.0;
    const double oldWhole = oldSubset / subset * planned;
    out() << "\nOld approach (1 record per request, sequential, 150 ms pause): " << subset << " records took "
          << QString::number(oldSubset, 'f', 1) << " s; extrapolated to " << planned << " records: " << QString::number(oldWhole / 60, 'f', 1)
          << " min (measured on a subset, not run in full)\n"
          << "Speed-up of the engine over the old approach: " << QString::number(oldWhole / seconds, 'f', 1) << "x\n";
    out().flush();
    provider.kill();
    provider.waitForFinished();
    return s.targetsMet && stats.value(QLatin1String("rate_limited")).toInt() == 0 ? 0 : 1;
}
