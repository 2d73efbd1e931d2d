// persona-studio: the studio's window. `persona-studio [PROJECT_DIR]` opens that project;
// without an argument the last project is opened again, and on the very first start a copy of
// the sample project (installed with the studio) is made in the user's documents and opened.

#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "main/studiostyle.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : source.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyTree(entry.absoluteFilePath(), target) : !QFile::copy(entry.absoluteFilePath(), target))
            return false;
        QFile::setPermissions(target, QFile::permissions(target) | QFile::WriteOwner);
    }
    return true;
}

// The installed sample project (share/persona-studio/examples/elio beside bin/), copied where
// the user can write, so that the first start shows a real project.
QString firstStartProject()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../share/persona-studio/examples/elio"));
    if (!QFileInfo(installed).isDir())
        return {};
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString copy = QDir(documents).filePath(QStringLiteral("Persona Studio/elio"));
    if (QFileInfo(copy).isDir() || copyTree(installed, copy))
        return copy;
    return {};
}

// --version and --help answer without a display, like the command-line tool.
bool wantsOnlyText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "--help-all")
            return true;
    }
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Build fine-tuning datasets of character voices."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "The project folder to open."), QStringLiteral("[PROJECT_DIR]"));
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsOnlyText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("persona-studio"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PERSONA_STUDIO_VERSION));
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudio")); // for ui/language
        installTranslations(app, AppSettings::uiLanguage.get());
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("persona-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Persona Studio"));
    QApplication::setOrganizationName(QStringLiteral("PersonaStudio"));
    QApplication::setApplicationVersion(QStringLiteral(PERSONA_STUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.personastudio.PersonaStudio"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("persona-studio"), QIcon(QStringLiteral(":/icons/persona-studio.svg"))));
    // The style chosen for this desktop (or with -style), with narrow column titles elided.
    QApplication::setStyle(new StudioStyle);
    // The system's language unless the Language dialog chose one (applies at the next start).
    installTranslations(app, AppSettings::uiLanguage.get());

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openProject(QFileInfo(positional.first()).absoluteFilePath());
    } else {
        const QString last = AppSettings::lastProject.get();
        if (!last.isEmpty() && QFileInfo(last).isDir()) {
            window.openProject(last);
        } else if (last.isEmpty()) {
            if (const QString sample = firstStartProject(); !sample.isEmpty())
                window.openProject(sample);
        }
    }
    return QApplication::exec();
}
