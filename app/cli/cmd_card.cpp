// persona-studio-cli card: makes character sheets from role-play character cards (SillyTavern's
// and other chat front ends': JSON, PNG images carrying the card, or CHARX packages). Each card becomes
// character_<slug>.md in the project's sheet folder; a character the project has already, or a
// sheet file that exists, is left alone.
// Exit status: 0 when every card became a sheet; 1 when a file is not a card or its sheet could
// not be written (the other cards still are); 2 for a usage error.

#include "clicommand.h"

#include "project/project.h"
#include "sheet/charactercard.h"
#include "sheet/charactersheet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace {

int runCard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Makes a character sheet from each role-play character card (a SillyTavern card: JSON, or a PNG image carrying it; "
               "Character Card V1, V2 and V3; a CHARX package): its description as the background, its personality, its scenario as the role, its "
               "greetings and example dialogue as the voice, its lorebook as lore. Each sheet is written as character_<slug>.md "
               "beside the project's other sheets; the character then waits in the unassigned tier. A character the project has "
               "already is left alone.\n"
               "Exit status: 0 when every card became a sheet, 1 when a file is not a card or a sheet could not be written, "
               "2 for a usage error."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "Character cards (.json, .png or .charx)."), QStringLiteral("FILE..."));
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("card")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return Cli::fail(QCoreApplication::translate("cli", "card needs at least one FILE"), 2);
    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    const Project &project = *opened.project;

    int status = 0;
    auto problem = [&status](const QString &file, const QString &message) {
        Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "%1: %2").arg(file, message) << '\n';
        status = 1;
    };
    QDir().mkpath(project.sheetsPath());
    for (const QString &file : files) {
        QString error;
        const std::optional<CharacterCard> card = CharacterCard::read(file, &error);
        if (!card) {
            problem(file, error);
            continue;
        }
        if (project.character(card->name)) {
            problem(file, QCoreApplication::translate("cli", "%1 is already in the project").arg(card->name));
            continue;
        }
        const QString path = QDir(project.sheetsPath()).filePath(QStringLiteral("character_%1.md").arg(CharacterSheet::slugForName(card->name)));
        if (QFile::exists(path)) {
            problem(file, QCoreApplication::translate("cli", "%1 exists already").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(card->toSheet(project.work)) < 0 || !out.commit()) {
            problem(file, QCoreApplication::translate("cli", "%1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
            continue;
        }
        Cli::out() << QCoreApplication::translate("cli", "%1: %2 → %3").arg(file, card->name, QDir::toNativeSeparators(path)) << '\n';
    }
    Cli::err().flush();
    Cli::out().flush();
    return status;
}

const CliCommandRegistrar cardCommand({QStringLiteral("card"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "make character sheets from role-play character cards (--project DIR FILE...)")),
                                     runCard});

} // namespace
