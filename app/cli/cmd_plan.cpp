// persona-studio-cli plan: prints the generation plan of a project.

#include "clicommand.h"

#include "project/tierplan.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Prints the generation plan: for each character its tier, target, traits and how the target is split over its categories."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of a table.")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("plan")))
        return *status;

    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    const Project &project = *opened.project;
    for (const Issue &issue : project.issues) {
        if (issue.isError())
            Cli::err() << issue.toString() << Qt::endl;
    }
    const TierPlan plan = TierPlan::compute(project);

    if (parser.isSet(QStringLiteral("json"))) {
        Cli::out() << QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented);
        Cli::out().flush();
        return 0;
    }

    QTextStream &out = Cli::out();
    out << QCoreApplication::translate("cli", "Plan for %1 (%2)").arg(project.name.isEmpty() ? project.dir : project.name, project.work) << "\n\n";
    for (const PersonaPlan &p : plan.personas) {
        out << p.name.leftJustified(22) << ' ' << p.tier.leftJustified(11) << ' ' << QLocale().toString(p.target).rightJustified(5);
        if (p.overridden)
            out << QCoreApplication::translate("cli", "  (tier: %1)").arg(QLocale().toString(project.tierTarget(p.tier)));
        out << '\n';
        if (!p.traits.isEmpty())
            out << "    " << QCoreApplication::translate("cli", "traits: ") << p.traits.join(QStringLiteral(", ")) << '\n';
        QStringList split;
        for (const auto &[name, count] : p.categories)
            split << QStringLiteral("%1 %2").arg(name, QLocale().toString(count));
        if (p.target > 0)
            out << "    " << split.join(QStringLiteral(", ")) << '\n';
        for (const Issue &w : p.warnings)
            out << "    ! " << w.toString() << '\n';
    }
    out << '\n' << QCoreApplication::translate("cli", "Total to generate: %1 for %2")
                           .arg(QCoreApplication::translate("cli", "%Ln record(s)", nullptr, plan.total),
                                QCoreApplication::translate("cli", "%Ln character(s)", nullptr, int(plan.personas.size()))) << Qt::endl;
    return 0;
}

const CliCommandRegistrar planCommand({QStringLiteral("plan"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "print the generation plan of a project (--project DIR [--json])")),
                                     runPlan});

} // namespace
