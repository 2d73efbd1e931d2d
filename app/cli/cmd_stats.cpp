// persona-studio-cli stats: what a project holds — per character its target, records, review
// states and categories; drops by reason; tokens and cost of all runs.

#include "clicommand.h"

#include "dataset/datasetstore.h"
#include "generation/generationstats.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

int runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Prints per character the target, the records stored and their review states and categories; "
                                        "drops by reason; tokens and cost of all runs."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("p"), QStringLiteral("project")}, tr("The project folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON instead of a table.")});
    if (!parser.parse(arguments))
        return Cli::fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("project")))
        return Cli::fail(tr("stats needs --project DIR"), 2);
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
    out << tr("character").leftJustified(24) << tr("target").rightJustified(7) << tr("records").rightJustified(8)
        << tr("unrev.").rightJustified(7) << tr("accept.").rightJustified(8) << tr("edited").rightJustified(7)
        << tr("reject.").rightJustified(8) << '\n';
    const QJsonObject personas = stats.value(QLatin1String("personas")).toObject();
    for (auto it = personas.begin(); it != personas.end(); ++it) {
        const QJsonObject p = it->toObject();
        auto n = [&](const char *key, int width) { return QString::number(p.value(QLatin1String(key)).toInt()).rightJustified(width); };
        out << it.key().leftJustified(24) << n("target", 7) << n("records", 8) << n("unreviewed", 7) << n("accepted", 8) << n("edited", 7)
            << n("rejected", 8) << '\n';
        QStringList cats;
        const QJsonObject c = p.value(QLatin1String("categories")).toObject();
        for (auto ci = c.begin(); ci != c.end(); ++ci)
            cats << QStringLiteral("%1 %2").arg(ci.key()).arg(ci->toInt());
        if (!cats.isEmpty())
            out << "    " << cats.join(QStringLiteral(", ")) << '\n';
    }
    QStringList drops;
    const QJsonObject d = stats.value(QLatin1String("dropped")).toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        drops << QStringLiteral("%1 %2").arg(it.key()).arg(it->toInt());
    const QJsonObject tokens = stats.value(QLatin1String("tokens")).toObject();
    out << '\n' << tr("Total records: %1").arg(stats.value(QLatin1String("total")).toInteger()) << '\n'
        << tr("Dropped: %1").arg(drops.isEmpty() ? tr("none") : drops.join(QStringLiteral(", "))) << '\n'
        << tr("Tokens: %1 prompt + %2 completion; cost $%3")
               .arg(tokens.value(QLatin1String("prompt")).toInteger())
               .arg(tokens.value(QLatin1String("completion")).toInteger())
               .arg(stats.value(QLatin1String("cost_usd")).toDouble(), 0, 'f', 4)
        << Qt::endl;
    return 0;
}

const CliCommandRegistrar registrar({QStringLiteral("stats"),
                                     QStringLiteral("records, review states, drops, tokens and cost per character (--project DIR [--json])"),
                                     runStats});

} // namespace
