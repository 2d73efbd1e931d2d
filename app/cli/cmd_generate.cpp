// persona-studio-cli generate: runs the generator until every target of the plan is met (or a
// budget, a signal or a refusing server stops it). The work is GenerationRun's; this file parses
// options, prints progress and the summary, and turns SIGINT into a clean stop.

#include "clicommand.h"
#include "provideroptions.h"

#include "generation/generationrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QSocketNotifier>
#include <algorithm>
#include <csignal>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &c, 1);
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 60)
        return QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1.%2s").arg(s).arg((ms % 1000) / 100);
}

int runDry(GenerationRun &run, const GenerationOptions &options)
{
    QString error;
    const QList<GenerationRun::PlannedRequest> planned = run.plannedRequests(&error);
    if (!error.isEmpty())
        return Cli::fail(error);
    QTextStream &out = Cli::out();
    out << QCoreApplication::translate("cli", "Dry run: nothing is sent. %1 at %2, batches of %3.").arg(options.model, options.baseUrl).arg(options.batchSize) << "\n\n";
    QMap<QString, int> requests, records;
    QMap<QString, qint64> prompt, completion;
    QMap<QString, double> cost;
    qint64 totalPrompt = 0, totalCompletion = 0;
    double totalCost = 0;
    int totalRecords = 0;
    for (const auto &r : planned) {
        requests[r.persona] += 1;
        records[r.persona] += r.count;
        prompt[r.persona] += r.promptTokens;
        completion[r.persona] += r.completionTokens;
        cost[r.persona] += r.costUsd;
        totalPrompt += r.promptTokens;
        totalCompletion += r.completionTokens;
        totalCost += r.costUsd;
        totalRecords += r.count;
    }
    // Columns widen for a long name or a translated heading, so that they never run together.
    const QStringList headings = {QCoreApplication::translate("cli", "character"),  QCoreApplication::translate("cli", "records"),
                                  QCoreApplication::translate("cli", "requests"),   QCoreApplication::translate("cli", "prompt tok"),
                                  QCoreApplication::translate("cli", "output tok"), QCoreApplication::translate("cli", "est. cost")};
    QList<qsizetype> widths = {24, 8, 9, 12, 12, 11};
    for (qsizetype i = 1; i < widths.size(); ++i)
        widths[i] = std::max(widths[i], headings[i].size() + 1);
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        widths[0] = std::max(widths[0], it.key().size() + 1);
    widths[0] = std::max(widths[0], headings[0].size() + 1);
    auto row = [&](const QStringList &cells) {
        out << cells[0].leftJustified(widths[0]);
        for (qsizetype i = 1; i < cells.size(); ++i)
            out << cells[i].rightJustified(widths[i]);
        out << '\n';
    };
    row(headings);
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        const QString &p = it.key();
        row({p, QLocale().toString(records[p]), QLocale().toString(it.value()), QLocale().toString(prompt[p]), QLocale().toString(completion[p]),
             Cli::money(cost[p])});
    }
    out << '\n'
        << QCoreApplication::translate("cli", "%1 for %2; about %3 prompt + %4 output tokens; estimated cost %5 (output tokens are an estimate).")
               .arg(QCoreApplication::translate("cli", "%Ln request(s)", nullptr, int(planned.size())),
                    QCoreApplication::translate("cli", "%Ln record(s)", nullptr, totalRecords), QLocale().toString(totalPrompt),
                    QLocale().toString(totalCompletion), Cli::money(totalCost))
        << Qt::endl;
    return 0;
}

void printSummary(const GenerationRun::Summary &s)
{
    QTextStream &out = Cli::out();
    out << '\n' << QCoreApplication::translate("cli", "Run %1: %2 in %3, %Ln request(s).", nullptr, s.requests).arg(s.runId).arg(GenerationRun::Summary::outcomeName(s.outcome), duration(s.wallMs))
        << '\n';
    if (!s.error.isEmpty())
        out << QCoreApplication::translate("cli", "Error: %1").arg(s.error) << '\n';
    out << QCoreApplication::translate("cli", "Records per character (stored by this run / in the project / target):") << '\n';
    for (auto it = s.target.cbegin(); it != s.target.cend(); ++it) {
        const int total = s.storedTotal.value(it.key());
        out << "  " << it.key().leftJustified(24) << QLocale().toString(s.storedThisRun.value(it.key())).rightJustified(5) << "  "
            << QLocale().toString(total).rightJustified(5) << " / " << QLocale().toString(it.value()) << (total >= it.value() ? QString() : QCoreApplication::translate("cli", "  (short)")) << '\n';
    }
    auto list = [](const QMap<QString, int> &m) {
        QStringList parts;
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (it.value() > 0)
                parts << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it.value()));
        }
        return parts.isEmpty() ? QCoreApplication::translate("cli", "none") : parts.join(QStringLiteral(", "));
    };
    out << QCoreApplication::translate("cli", "Dropped: %1").arg(list(s.drops)) << '\n';
    out << QCoreApplication::translate("cli", "Retries: %1").arg(list(s.retries)) << '\n';
    out << QCoreApplication::translate("cli", "Tokens: %1 prompt + %2 completion; cost %3%4")
               .arg(QLocale().toString(s.promptTokens), QLocale().toString(s.completionTokens), Cli::money(s.costUsd), s.priceKnown ? QString() : QCoreApplication::translate("cli", " (no price for this model in studio.json)"))
        << '\n';
    out << QCoreApplication::translate("cli", "Structured output: %1").arg(s.structuredOutput ? QCoreApplication::translate("cli", "json_schema") : QCoreApplication::translate("cli", "plain JSON (fallback)")) << '\n';
    if (!s.givenUp.isEmpty())
        out << QCoreApplication::translate("cli", "Left for another run: %1").arg(s.givenUp.join(QStringLiteral(", "))) << '\n';
    out << (s.targetsMet ? QCoreApplication::translate("cli", "Every target is met.") : QCoreApplication::translate("cli", "Some targets are not met yet; run generate again to continue.")) << Qt::endl;
}

int runGenerate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Generates records until every character and category of the plan holds exactly its target. "
                                                                        "Safe to interrupt and to run again: it continues where the project stands."));
    parser.addHelpOption();
    Cli::addProviderOptions(parser);
    parser.addOption({QStringLiteral("concurrency"), QCoreApplication::translate("cli", "Requests in flight at most (default: the project's, 8)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("batch-size"), QCoreApplication::translate("cli", "Records asked for per request (default: the project's, 5)."), QStringLiteral("K")});
    parser.addOption({QStringLiteral("timeout-s"), QCoreApplication::translate("cli", "Per-request timeout in seconds (default 120)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("max-attempts"), QCoreApplication::translate("cli", "Attempts per job before it is given up (default 5)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("persona"), QCoreApplication::translate("cli", "Only this character (repeatable)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("max-cost"), QCoreApplication::translate("cli", "Stop before the run's cost would pass this many US dollars."), QStringLiteral("USD")});
    parser.addOption({QStringLiteral("dry-run"), QCoreApplication::translate("cli", "Print the planned requests, token counts and estimated cost; send nothing.")});
    parser.addOption({QStringLiteral("backoff-ms"), QCoreApplication::translate("cli", "First retry delay in milliseconds (default 500)."), QStringLiteral("MS")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("generate")))
        return *status;

    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    const Project &project = *opened.project;
    for (const Issue &issue : project.issues) {
        if (issue.isError())
            Cli::err() << issue.toString() << Qt::endl;
    }

    GenerationOptions options = GenerationOptions::fromProject(project);
    auto number = [&](const QString &name, auto *target, double min, double max) -> bool {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const double v = parser.value(name).toDouble(&ok);
        if (!ok || v < min || v > max)
            return false;
        *target = static_cast<std::remove_pointer_t<decltype(target)>>(v);
        return true;
    };
    double timeoutS = options.timeoutMs / 1000.0;
    if (!number(QStringLiteral("concurrency"), &options.concurrency, 1, 256) || !number(QStringLiteral("batch-size"), &options.batchSize, 1, 50)
        || !number(QStringLiteral("timeout-s"), &timeoutS, 0.1, 3600) || !number(QStringLiteral("max-attempts"), &options.maxAttempts, 1, 100)
        || !number(QStringLiteral("max-cost"), &options.maxCostUsd, 0, 1e9) || !number(QStringLiteral("backoff-ms"), &options.backoffBaseMs, 1, 600000))
        return Cli::fail(QCoreApplication::translate("cli", "a numeric option is out of range; see generate --help"), 2);
    options.timeoutMs = int(timeoutS * 1000);
    Cli::applyProviderOptions(parser, options);
    options.personas = parser.values(QStringLiteral("persona"));

    GenerationRun run(project, options);
    if (parser.isSet(QStringLiteral("dry-run")))
        return runDry(run, options);

    const bool tty = ::isatty(STDOUT_FILENO);
    QTextStream &out = Cli::out();
    QObject context;
    int lastLineLength = 0;
    auto clearLine = [&] {
        if (tty && lastLineLength > 0) {
            out << '\r' << QString(lastLineLength, QLatin1Char(' ')) << '\r';
            lastLineLength = 0;
        }
    };
    QObject::connect(&run, &GenerationRun::message, &context, [&](const QString &text) {
        clearLine();
        out << text << Qt::endl;
    });
    QObject::connect(&run, &GenerationRun::retryScheduled, &context, [&](const GenerationRun::Job &job, const QString &cause, qint64 delayMs) {
        if (tty)
            return; // the progress line shows retries; a log lists them
        out << QCoreApplication::translate("cli", "retry %1 / %2 (job %3, attempt %4): %5, in %6 ms")
                   .arg(job.persona, job.category)
                   .arg(job.id)
                   .arg(job.attempts)
                   .arg(cause, QLocale().toString(delayMs))
            << Qt::endl;
    });
    QObject::connect(&run, &GenerationRun::recordsStored, &context,
                     [&](const QString &persona, const QString &category, int count, int storedNow, int target) {
                         if (tty)
                             return;
                         out << QCoreApplication::translate("cli", "stored %1 for %2 / %3 (%4/%5)")
                                    .arg(QLocale().toString(count), persona, category, QLocale().toString(storedNow), QLocale().toString(target))
                             << Qt::endl;
                     });
    QObject::connect(&run, &GenerationRun::progressChanged, &context, [&](const GenerationRun::Progress &p) {
        if (!tty)
            return;
        const QString line = QCoreApplication::translate("cli", "%1/%2 records  %3 in flight  %4 retrying  %5 tokens  %6  %7")
                                 .arg(QLocale().toString(p.stored), QLocale().toString(p.target), QLocale().toString(p.inFlight),
                                      QLocale().toString(p.retrying), QLocale().toString(p.promptTokens + p.completionTokens),
                                      Cli::money(p.costUsd), duration(p.elapsedMs));
        out << '\r' << line;
        if (line.size() < lastLineLength)
            out << QString(lastLineLength - line.size(), QLatin1Char(' '));
        out.flush();
        lastLineLength = int(line.size());
    });
    QObject::connect(&run, &GenerationRun::finished, &context, [&](const GenerationRun::Summary &) {
        QCoreApplication::exit(0);
    });

    // SIGINT / SIGTERM: the first stops cleanly (in-flight answers are stored), a second cancels.
    if (::pipe(signalPipe) != 0)
        return Cli::fail(QCoreApplication::translate("cli", "cannot set up signal handling"));
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    int signalsSeen = 0;
    QObject::connect(&notifier, &QSocketNotifier::activated, &context, [&] {
        char c;
        [[maybe_unused]] const auto r = ::read(signalPipe[0], &c, 1);
        clearLine();
        if (++signalsSeen == 1) {
            out << QCoreApplication::translate("cli", "Stopping: waiting for the requests in flight (Ctrl+C again to abandon them)…") << Qt::endl;
            run.stop();
        } else {
            run.cancel();
        }
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    QString error;
    if (!run.start(&error))
        return Cli::fail(error);
    if (!tty)
        out << QCoreApplication::translate("cli", "Generating with %1 at %2: concurrency %3, batches of %4.")
                   .arg(options.model, run.client()->baseUrl().toString())
                   .arg(options.concurrency)
                   .arg(options.batchSize)
            << Qt::endl;
    QCoreApplication::exec();
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    clearLine();
    const GenerationRun::Summary summary = run.summary();
    printSummary(summary);
    if (summary.outcome == GenerationRun::Summary::Outcome::Failed) {
        // The summary on stdout names the error too; stderr is where scripts and people look.
        Cli::err() << "persona-studio-cli: " << summary.error << Qt::endl;
        return 1;
    }
    return summary.targetsMet ? 0 : 3;
}

const CliCommandRegistrar generateCommand({QStringLiteral("generate"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "generate records until the plan's targets are met (--project DIR [--dry-run] …)")),
                                     runGenerate});

} // namespace
