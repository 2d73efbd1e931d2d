// persona-studio-cli stats: what a project holds — per character its target, records (how many
// imported), review states and categories; drops by reason; tokens and cost of all runs.

#include "clicommand.h"

#include "dataset/datasetstore.h"
#include "generation/generationstats.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace {

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Prints per character the target, the records stored and their review states and categories; "
                                                                        "drops by reason; tokens and cost of all runs."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of a table.")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("stats")))
        return *status;
    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    const Project &project = *opened.project;
    DatasetStore store;
    QString error;
    if (!store.open(project.databasePath(), &error))
        return Cli::fail(error);
    const QJsonObject stats = GenerationStats::compute(project, store);

    QTextStream &out = Cli::out();
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(stats).toJson(QJsonDocument::Indented);
        out.flush();
        return 0;
    }
    out << QCoreApplication::translate("cli", "character").leftJustified(24) << QCoreApplication::translate("cli", "target").rightJustified(7) << QCoreApplication::translate("cli", "records").rightJustified(8)
        << QCoreApplication::translate("cli", "import.").rightJustified(8) << QCoreApplication::translate("cli", "unrev.").rightJustified(7) << QCoreApplication::translate("cli", "accept.").rightJustified(8) << QCoreApplication::translate("cli", "edited").rightJustified(7)
        << QCoreApplication::translate("cli", "reject.").rightJustified(8) << '\n';
    const QJsonObject personas = stats.value(QLatin1String("personas")).toObject();
    for (auto it = personas.begin(); it != personas.end(); ++it) {
        const QJsonObject p = it->toObject();
        auto n = [&](const char *key, int width) { return QLocale().toString(p.value(QLatin1String(key)).toInteger()).rightJustified(width); };
        out << it.key().leftJustified(24) << n("target", 7) << n("records", 8) << n("imported", 8) << n("unreviewed", 7) << n("accepted", 8) << n("edited", 7)
            << n("rejected", 8) << '\n';
        QStringList cats;
        const QJsonObject c = p.value(QLatin1String("categories")).toObject();
        for (auto ci = c.begin(); ci != c.end(); ++ci)
            cats << QStringLiteral("%1 %2").arg(ci.key().isEmpty() ? QCoreApplication::translate("cli", "(no category)") : ci.key(),
                                                QLocale().toString(ci->toInteger()));
        if (!cats.isEmpty())
            out << "    " << cats.join(QStringLiteral(", ")) << '\n';
    }
    QStringList drops;
    const QJsonObject d = stats.value(QLatin1String("dropped")).toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        drops << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it->toInteger()));
    const QJsonObject tokens = stats.value(QLatin1String("tokens")).toObject();
    out << '\n'
        << QCoreApplication::translate("cli", "Total records: %1 (%2 generated, %3 imported; rejected ones not counted)")
               .arg(QLocale().toString(stats.value(QLatin1String("total")).toInteger()),
                    QLocale().toString(stats.value(QLatin1String("generated")).toInteger()),
                    QLocale().toString(stats.value(QLatin1String("imported")).toInteger()))
        << '\n'
        << QCoreApplication::translate("cli", "Dropped: %1").arg(drops.isEmpty() ? QCoreApplication::translate("cli", "none") : drops.join(QStringLiteral(", "))) << '\n'
        << QCoreApplication::translate("cli", "Tokens: %1 prompt + %2 completion; cost %3")
               .arg(QLocale().toString(tokens.value(QLatin1String("prompt")).toInteger()),
                    QLocale().toString(tokens.value(QLatin1String("completion")).toInteger()),
                    Cli::money(stats.value(QLatin1String("cost_usd")).toDouble()))
        << Qt::endl;
    return 0;
}

const CliCommandRegistrar statsCommand({QStringLiteral("stats"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "records, review states, drops, tokens and cost per character (--project DIR [--json])")),
                                     runStats});

} // namespace
