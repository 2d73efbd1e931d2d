// bench_modes: is the window responsive on a large project? Opens PROJECT_DIR (for instance one
// holding the 200,000 records bench_import --keep writes, imported with the CLI) in the real main
// window, offscreen, shows each mode for a few seconds while a 5 ms timer measures the longest gap
// of the event loop, and prints it per mode with the single event that took longest (goal: under
// 100 ms everywhere). With N, it then creates N characters in one step, as Create Characters
// does for an import's personas, and undoes it, printing how long each took until the window had
// handled what followed (run it on a scratch copy: the undo puts the project back).
//   BUILD/bench/bench_modes PROJECT_DIR [seconds per mode, default 4] [N]

#include "document/projectdocument.h"
#include "main/mainwindow.h"
#include "main/modepage.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTextStream>
#include <QThread>
#include <QTimer>
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override {
        if (!timing || QThread::currentThread() != thread()) return QApplication::notify(receiver, event);
        QElapsedTimer t; t.start();
        QString name = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/') + receiver->objectName();
        if (receiver->parent()) name += QStringLiteral(" in ") + QString::fromLatin1(receiver->parent()->metaObject()->className());
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        if (t.elapsed() > longestEvent) { longestEvent = t.elapsed(); longestWhat = QStringLiteral("%1 (event type %2)").arg(name).arg(type); }
        return result;
    }
    bool timing = false; qint64 longestEvent = 0; QString longestWhat;
};
int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTextStream out(stdout);
    MainWindow window; window.resize(1280, 800); window.show();
    QElapsedTimer clock; clock.start();
    if (argc < 2) { QTextStream(stderr) << "usage: bench_modes PROJECT_DIR [seconds per mode]" << Qt::endl; return 2; }
    if (!window.openProject(QString::fromLocal8Bit(argv[1]))) return 1;
    out << "open: " << clock.elapsed() << " ms" << Qt::endl;
    QElapsedTimer pulse; qint64 longest = 0;
    QTimer ticker; ticker.setTimerType(Qt::PreciseTimer); ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] { longest = std::max(longest, pulse.restart()); });
    const QList<ModePage *> pages = window.modePages();
    int i = -1;
    QTimer step; step.setInterval(1000 * (argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 4));
    auto next = [&] {
        if (i >= 0) out << pages[i]->metaObject()->className() << ": longest stall " << longest << " ms, longest event " << app.longestEvent << " ms " << app.longestWhat << Qt::endl;
        if (++i >= pages.size()) {
            app.timing = false; ticker.stop();
            const int n = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 0;
            if (n > 0) {
                QStringList names;
                for (int k = 1; k <= n; ++k) names << QStringLiteral("Bench Character %1").arg(k);
                QElapsedTimer t; t.start();
                const QStringList problems = window.document()->newCharacters(names, QStringLiteral("bench"));
                QCoreApplication::processEvents();
                out << "create " << n << " characters: " << t.elapsed() << " ms" << (problems.isEmpty() ? QString() : QStringLiteral(" (") + problems.first() + QLatin1Char(')')) << Qt::endl;
                t.restart();
                window.document()->undoStack()->undo();
                QCoreApplication::processEvents();
                out << "undo: " << t.elapsed() << " ms" << Qt::endl;
            }
            app.quit(); return;
        }
        longest = 0; app.longestEvent = 0; app.longestWhat.clear();
        pulse.start(); ticker.start(); app.timing = true;
        QElapsedTimer t; t.start();
        window.setModePage(pages[i]);
        out << "  switch to " << pages[i]->metaObject()->className() << " took " << t.elapsed() << " ms" << Qt::endl;
    };
    QObject::connect(&step, &QTimer::timeout, &app, next);
    QTimer::singleShot(0, &app, [&] { next(); step.start(); });
    return app.exec();
}
