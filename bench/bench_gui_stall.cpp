// bench_gui_stall: is the window responsive during a run? Generates the whole sample plan
// (920 records) against ps-test-provider from the Generate mode of the real MainWindow
// (offscreen), while a 5 ms timer measures the longest gap of the event loop. Prints
// `longest stall: N ms` (goal: under 50 ms) and records per second.
//   BUILD/bench/bench_gui_stall [--provider PATH] [--latency-ms 300] [--concurrency 8]

#include "generate/generatepage.h"
#include "main/mainwindow.h"
#include "project/project.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

namespace {
// Times every event delivery so the report can name what held the loop longest.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only the GUI thread's events hold the window (the run works on a thread of its own).
        if (!timing || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        QString name = QString::fromLatin1(receiver->metaObject()->className()) + QLatin1Char('/') + receiver->objectName();
        if (receiver->parent())   // a timer says little; its owner tells whose work it was
            name += QStringLiteral(" in ") + QString::fromLatin1(receiver->parent()->metaObject()->className());
        const int type = int(event->type());
        const bool result = QApplication::notify(receiver, event);
        if (t.elapsed() > longestEvent) {
            longestEvent = t.elapsed();
            longestWhat = QStringLiteral("%1 (event type %2)").arg(name).arg(type);
        }
        return result;
    }
    bool timing = false;
    qint64 longestEvent = 0;
    QString longestWhat;
};

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (QFileInfo(file).fileName().startsWith(QLatin1String("studio.db")))
            continue;   // the run starts from nothing stored
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);   // leave the user's settings alone
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.addHelpOption();
    QString defaultProvider;
#ifdef PS_TEST_PROVIDER_PATH
    defaultProvider = QStringLiteral(PS_TEST_PROVIDER_PATH);
#endif
    parser.addOption({QStringLiteral("provider"), QStringLiteral("ps-test-provider to run."), QStringLiteral("PATH"), defaultProvider});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("Server latency per request."), QStringLiteral("MS"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Requests in flight."), QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("no-mode-switch"), QStringLiteral("Stay in the Generate mode during the run.")});
    parser.process(app);

    QTemporaryDir dir;
    if (!dir.isValid() || !copyTree(QStringLiteral(PS_SOURCE_DIR "/data/elio"), dir.path())) {
        QTextStream(stderr) << "cannot copy the sample project" << Qt::endl;
        return 1;
    }
    QProcess provider;
    provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    provider.start(parser.value(QStringLiteral("provider")),
                   {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--latency-ms"), parser.value(QStringLiteral("latency-ms"))});
    if (!provider.waitForStarted(5000) || !provider.waitForReadyRead(5000)) {
        QTextStream(stderr) << "cannot start ps-test-provider (--provider PATH)" << Qt::endl;
        return 1;
    }
    const int port = provider.readLine().trimmed().toInt();

    {
        Project::OpenResult opened = Project::open(dir.path());
        if (!opened.project) {
            QTextStream(stderr) << opened.error << Qt::endl;
            return 1;
        }
        opened.project->generation.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(port);
        opened.project->generation.apiKeyEnv = QStringLiteral("PS_BENCH_NO_KEY");
        opened.project->generation.concurrency = parser.value(QStringLiteral("concurrency")).toInt();
        QString error;
        if (!opened.project->save(&error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
    }

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QElapsedTimer openClock;
    openClock.start();
    if (!window.openProject(dir.path()))
        return 1;
    GeneratePage *page = nullptr;
    for (ModePage *p : window.modePages()) {
        if (auto *g = qobject_cast<GeneratePage *>(p))
            page = g;
    }
    if (!page)
        return 1;
    window.setModePage(page);
    const qint64 openMs = openClock.elapsed();
    page->setConfirmBeforeStart(false);

    // The event loop's pulse: a 5 ms timer; the longest time between two ticks is the stall.
    QElapsedTimer pulse;
    qint64 longest = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longest = std::max(longest, pulse.restart());
    });

    GenerationRun::Summary summary;
    QObject::connect(page, &GeneratePage::runFinished, &app, [&](const GenerationRun::Summary &s) {
        summary = s;
        ticker.stop();
        app.timing = false;
        app.quit();
    });
    // Switch modes now and then, as a user watching the run would.
    QTimer modeSwitcher;
    modeSwitcher.setInterval(700);
    int switches = 0;
    QObject::connect(&modeSwitcher, &QTimer::timeout, &app, [&] {
        window.setMode(++switches % 2 ? MainWindow::PlanMode : MainWindow::CharactersMode);
        if (switches % 3 == 0)
            window.setModePage(page);
    });

    QElapsedTimer runClock;
    QTimer::singleShot(0, &app, [&] {
        runClock.start();
        if (!page->startRun({})) {
            QTextStream(stderr) << "the run did not start: " << page->pacingLabel()->text() << Qt::endl;
            app.exit(1);
            return;
        }
        pulse.start();
        ticker.start();
        app.timing = true;
        if (!parser.isSet(QStringLiteral("no-mode-switch")))
            modeSwitcher.start();
    });
    if (app.exec() != 0)
        return 1;
    const qint64 wallMs = runClock.elapsed();
    int stored = 0;
    for (int n : std::as_const(summary.storedThisRun))
        stored += n;
    out << "Sample plan against ps-test-provider (" << parser.value(QStringLiteral("latency-ms")) << " ms per request, concurrency "
        << parser.value(QStringLiteral("concurrency")) << "), in the real main window, offscreen\n";
    out << "outcome: " << GenerationRun::Summary::outcomeName(summary.outcome) << ", " << stored << " records, " << summary.requests
        << " requests, " << wallMs << " ms\n";
    out << "opening the project and the Generate mode (estimate included): " << openMs << " ms\n";
    out << "mode switches during the run: " << switches << "\n";
    out << "longest stall: " << longest << " ms\n";
    out << "longest single event: " << app.longestEvent << " ms, " << app.longestWhat << "\n";
    out << "records per second: " << QString::number(stored * 1000.0 / std::max<qint64>(1, wallMs), 'f', 1) << "\n";
    provider.kill();
    provider.waitForFinished(3000);
    return summary.targetsMet ? 0 : 3;
}
