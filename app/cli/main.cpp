// persona-studio-cli: the studio's core without a window. `persona-studio-cli COMMAND --help`
// describes each command.

#include "clicommand.h"
#include "util/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("persona-studio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERSONA_STUDIO_VERSION));
    installTranslations(app, {}); // follows LANGUAGE / LC_ALL / LC_MESSAGES / LANG

    const QStringList args = QCoreApplication::arguments();
    const auto &commands = CliCommandRegistry::commands();
    auto usage = [&](QTextStream &stream) {
        stream << QCoreApplication::translate("cli", "Usage: persona-studio-cli COMMAND [OPTIONS]") << "\n\n"
               << QCoreApplication::translate("cli", "Commands:") << '\n';
        for (const auto &[name, command] : commands)
            stream << "  " << name.leftJustified(10) << QCoreApplication::translate("cli", command.summary.toUtf8().constData()) << '\n';
        stream << '\n' << QCoreApplication::translate("cli", "`persona-studio-cli COMMAND --help` describes a command's options.") << '\n';
        stream.flush();
    };
    if (args.size() < 2) {
        usage(Cli::err());
        return 2;
    }
    const QString first = args.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        usage(Cli::out());
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Cli::out() << "persona-studio-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const auto it = commands.find(first);
    if (it == commands.end()) {
        Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "unknown command '%1'").arg(first) << "\n\n";
        usage(Cli::err());
        return 2;
    }
    QStringList rest = args.mid(2);
    rest.prepend(QStringLiteral("persona-studio-cli ") + first);
    return it->second.run(rest);
}
