// persona-studio: the studio's window. `persona-studio [PROJECT_DIR]` opens that project;
// without an argument the last project is opened again.

#include "main/appsettings.h"
#include "main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("persona-studio"));
    QApplication::setApplicationDisplayName(QStringLiteral("Persona Studio"));
    QApplication::setOrganizationName(QStringLiteral("PersonaStudio"));
    QApplication::setApplicationVersion(QStringLiteral(PERSONA_STUDIO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("persona-studio"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Build fine-tuning datasets of character voices."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "The project folder to open."), QStringLiteral("[PROJECT_DIR]"));
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        window.openProject(QFileInfo(positional.first()).absoluteFilePath());
    } else {
        const QString last = AppSettings::lastProject.get();
        if (!last.isEmpty() && QFileInfo(last).isDir())
            window.openProject(last);
    }
    return QApplication::exec();
}
