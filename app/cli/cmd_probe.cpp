// persona-studio-cli probe: checks an endpoint before a run — does it answer, is the key
// accepted, is structured output honoured, is token usage reported.

#include "clicommand.h"
#include "provideroptions.h"

#include "generation/capabilityprobe.h"
#include "generation/generationoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

int runProbe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Asks the project's endpoint GET /models and one tiny structured request, and says in plain words "
                                                                        "whether it answers, accepts the key and honours structured output."));
    parser.addHelpOption();
    Cli::addProviderOptions(parser);
    parser.addOption({QStringLiteral("timeout-s"), QCoreApplication::translate("cli", "Timeout per request in seconds (default 30)."), QStringLiteral("S")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("probe")))
        return *status;
    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    GenerationOptions options = GenerationOptions::fromProject(*opened.project);
    Cli::applyProviderOptions(parser, options);
    const int timeoutMs = parser.isSet(QStringLiteral("timeout-s")) ? int(parser.value(QStringLiteral("timeout-s")).toDouble() * 1000) : 30000;

    Cli::out() << QCoreApplication::translate("cli", "Probing %1 with model %2 (key from $%3%4)…")
                      .arg(options.baseUrl, options.model, options.apiKeyEnv, options.apiKey().isEmpty() ? QCoreApplication::translate("cli", ", which is empty") : QString())
               << Qt::endl;
    CapabilityProbe probe(options.baseUrl, options.apiKey(), options.model);
    QObject context;
    QObject::connect(&probe, &CapabilityProbe::finished, &context, [](const CapabilityProbe::Result &) { QCoreApplication::exit(0); });
    probe.start(std::max(1000, timeoutMs));
    QCoreApplication::exec();
    const CapabilityProbe::Result r = probe.result();
    for (const QString &line : CapabilityProbe::describe(r, options.model))
        Cli::out() << "  " << line << '\n';
    Cli::out().flush();
    return r.completionWorks ? 0 : 1;
}

const CliCommandRegistrar probeCommand({QStringLiteral("probe"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "check an endpoint: reachable, key accepted, structured output (--project DIR)")),
                                     runProbe});

} // namespace
