#pragma once
// The registry of persona-studio-cli's sub-commands. Each command lives in its own
// app/cli/cmd_<name>.cpp and registers itself with a static CliCommandRegistrar, so adding a
// command never touches main.cpp. Commands only parse arguments and print; the work is done
// by classes in models/.

#include "util/money.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <map>
#include <optional>

struct CliCommand
{
    QString name;
    QString summary;   // one line for `persona-studio-cli --help`, marked QT_TRANSLATE_NOOP("cli", …); main.cpp translates it
    std::function<int(const QStringList &arguments)> run; // arguments[0] is "persona-studio-cli NAME"
};

class CliCommandRegistry
{
public:
    static std::map<QString, CliCommand> &commands()
    {
        static std::map<QString, CliCommand> all;
        return all;
    }
};

struct CliCommandRegistrar
{
    explicit CliCommandRegistrar(CliCommand command)
    {
        CliCommandRegistry::commands()[command.name] = std::move(command);
    }
};

namespace Cli {
inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}
inline QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}
// A price in US dollars for people to read, in the locale's format like the window's ("$0.0051",
// "0,0051 $"): four decimals below a dollar, where the per-character and per-run sums live, two
// above. The bare C locale (scripts, containers) keeps "$0.0051" rather than Qt's "0.0051$".
// --json output keeps plain numbers.
inline QString money(double usd)
{
    return Money::usd(usd, usd < 1 ? 4 : 2);
}
// Prints "persona-studio-cli: <message>" on stderr and returns the exit code to use.
inline int fail(const QString &message, int code = 1)
{
    err() << "persona-studio-cli: " << message << Qt::endl;
    return code;
}
// --project DIR (-p): the folder of the project a command works on.
inline void addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("p"), QStringLiteral("project")}, QCoreApplication::translate("cli", "The project folder."), QStringLiteral("DIR")});
}
// --cutoff TOKENS (validate, export): a local trainer's sequence length.
inline void addCutoffOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("cutoff"), QCoreApplication::translate("cli", "The sequence length of the trainer the file is for (LLaMA-Factory's cutoff_len, TRL's max_length, axolotl's sequence_len): longer examples are named, as the trainer cuts their ends off."), QStringLiteral("TOKENS")});
}
// The --cutoff given into `cutoff` (left as it is when none is); the exit status when it is not
// a whole number of at least 1 (2), else nothing.
inline std::optional<int> readCutoff(const QCommandLineParser &parser, qint64 &cutoff)
{
    if (!parser.isSet(QStringLiteral("cutoff")))
        return std::nullopt;
    bool ok = false;
    cutoff = parser.value(QStringLiteral("cutoff")).toLongLong(&ok);
    if (!ok || cutoff < 1)
        return fail(QCoreApplication::translate("cli", "--cutoff is a whole number of tokens, such as 4096"), 2);
    return std::nullopt;
}
// Parses a command's arguments once its options are added. Returns the exit status when the
// command ends here — an unknown option or a missing value (2), --help (0, the help printed),
// no --project for a `command` that needs one (2) — and nothing when it goes on.
inline std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const QString &commandNeedingProject = QString())
{
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        // The parser names the program as it was started; the usage line names the command too
        // (arguments[0] is "persona-studio-cli NAME").
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); at >= 0 && !program.isEmpty() && !arguments.isEmpty())
            help.replace(at, program.size(), arguments.first());
        out() << help;
        out().flush();
        return 0;
    }
    if (!commandNeedingProject.isEmpty() && !parser.isSet(QStringLiteral("project")))
        return fail(QCoreApplication::translate("cli", "%1 needs --project DIR").arg(commandNeedingProject), 2);
    return std::nullopt;
}
}
