// persona-studio-cli init: starts a project in a folder — studio.json with the seed guide's four
// tiers, the common categories and the known prices, and an empty rag-resources/ for the sheets.

#include "clicommand.h"

#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Starts a project in DIR (made if missing; it must not hold a studio.json yet): studio.json with the tiers main 150, "
               "major 100, supporting 60 and minor 30, the common categories and the known prices, and an empty rag-resources/ folder "
               "for the character_*.md sheets. List each character under its tier's \"members\" in studio.json, or assign the tiers "
               "in the window."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("work"), QCoreApplication::translate("cli", "The film, book or game the characters come from (default: the folder's name)."),
                      QStringLiteral("NAME")});
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("init")))
        return *status;
    const QString dir = parser.value(QStringLiteral("project"));
    QString error;
    if (!Project::createNew(dir, parser.value(QStringLiteral("work")), &error))
        return Cli::fail(error);
    const Project::OpenResult opened = Project::open(dir);
    if (!opened.project)
        return Cli::fail(opened.error);
    Cli::out() << QCoreApplication::translate("cli", "Started %1 (%2): put the character_*.md sheets in %3.")
                      .arg(QDir::toNativeSeparators(opened.project->dir), opened.project->work, QDir::toNativeSeparators(opened.project->sheetsPath()))
               << Qt::endl;
    return 0;
}

const CliCommandRegistrar initCommand({QStringLiteral("init"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "start a project in a folder (--project DIR [--work NAME])")),
                                     runInit});

} // namespace
