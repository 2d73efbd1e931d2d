// The Generate mode, offscreen, through its real widgets against ps-test-provider: a run reaches
// the targets and every progress bar ends full, injected 429s show as retries, pause holds new
// requests and resume continues, cancel ends the run, and an interrupted run is offered for
// resuming when the project is opened again.

#include "dataset/datasetstore.h"
#include "generate/generatepage.h"
#include "generate/providerdialog.h"
#include "generation/jobqueuemodel.h"
#include "main/mainwindow.h"
#include "project/characterlistmodel.h"
#include "tempproject.h"
#include "testpaths.h"

#ifndef PS_TEST_PROVIDER_PATH
#define PS_TEST_PROVIDER_PATH PS_BINARY_DIR "/tests/ps-test-provider"
#endif
#include "../provider/providerprocess.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>
#include <QApplication>
#include <QTest>

#include <functional>

namespace {
// A copy of the small fixture (Mara 12, Ilse 6, Tomas 6 records) pointed at the provider.
void pointAt(const QString &dir, const QString &baseUrl, int concurrency)
{
    QFile f(dir + QStringLiteral("/studio.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonObject gen = o.value(QStringLiteral("generation")).toObject();
    gen.insert(QStringLiteral("base_url"), baseUrl);
    gen.insert(QStringLiteral("api_key_env"), QStringLiteral("PS_TEST_NO_SUCH_KEY"));
    gen.insert(QStringLiteral("concurrency"), concurrency);
    o.insert(QStringLiteral("generation"), gen);
    QVERIFY(TempProject::writeFile(dir + QStringLiteral("/studio.json"), QJsonDocument(o).toJson()));
}

GeneratePage *generatePage(MainWindow &window)
{
    for (ModePage *page : window.modePages()) {
        if (auto *g = qobject_cast<GeneratePage *>(page))
            return g;
    }
    return nullptr;
}

QString fixture()
{
    return TestPaths::dataDir() + QStringLiteral("/generation/small");
}
}

class TestGeneratePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void runReachesTargetsThroughRetries()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--latency-ms"), QStringLiteral("40"),
                                  QStringLiteral("--fault"), QStringLiteral("429@2,4")});
        QVERIFY(provider.isRunning());
        TempProject tmp(fixture());
        pointAt(tmp.path(), provider.baseUrl(), 3);
        MainWindow window;
        window.resize(1024, 640);
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        QVERIFY(page);
        window.setModePage(page);
        page->setConfirmBeforeStart(false);

        // The estimate is counted on a worker thread and shows a moment later.
        QTRY_VERIFY(page->estimateLabel()->text().contains(QStringLiteral("24 record")));
        QVERIFY(!page->emptyStateLabel()->isVisible());
        QVERIFY(page->startAction()->isEnabled());
        QCOMPARE(page->overallProgress()->value(), 0);
        QCOMPARE(page->overallProgress()->maximum(), 24);

        QStringList retryTexts;
        connect(page->jobModel(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            for (int row = from.row(); row <= to.row(); ++row) {
                const QString text = page->jobModel()->index(row, JobQueueModel::StateColumn).data().toString();
                if (text.startsWith(QLatin1String("retrying: 429")))
                    retryTexts << text;
            }
        });
        QStringList statusTexts;
        connect(page, &ModePage::runStatusChanged, this, [&](const QString &text) { statusTexts << text; });
        QSignalSpy recordsChanged(page, &ModePage::recordsChanged);
        QSignalSpy finished(page, &GeneratePage::runFinished);
        QElapsedTimer clock;
        clock.start();
        page->startAction()->trigger();
        QVERIFY(page->run());
        QVERIFY(!page->startAction()->isEnabled());
        // The run goes on while another mode shows.
        window.setMode(MainWindow::PlanMode);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 40000);
        window.setModePage(page);
        const auto summary = finished.first().first().value<GenerationRun::Summary>();
        QCOMPARE(summary.outcome, GenerationRun::Summary::Outcome::Completed);

        QVERIFY2(!retryTexts.isEmpty(), "no job showed a 429 retry");
        QVERIFY(page->findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("rate limit")));
        QCOMPARE(page->overallProgress()->value(), 24);
        QCOMPARE(page->overallProgress()->maximum(), 24);
        for (const QString &name : {QStringLiteral("Mara Vell"), QStringLiteral("Ilse Vell"), QStringLiteral("Tomas Reed")}) {
            QProgressBar *bar = page->progressFor(name);
            QVERIFY(bar);
            QCOMPARE(bar->value(), bar->maximum());
        }
        QCOMPARE(page->progressFor(QStringLiteral("Mara Vell"))->maximum(), 12);
        // recordsChanged is throttled: never more than about two a second.
        QVERIFY(recordsChanged.size() >= 1);
        QVERIFY(recordsChanged.size() <= clock.elapsed() / GeneratePage::RecordsSignalMs + 2);
        QVERIFY(std::any_of(statusTexts.cbegin(), statusTexts.cend(), [](const QString &t) { return t.contains(QLatin1String("running")); }));
        QVERIFY(statusTexts.last().isEmpty());
        QCOMPARE(window.runStatusLabel()->text(), QString());
        QTRY_VERIFY(page->emptyStateLabel()->isVisible());
        QVERIFY(page->emptyStateLabel()->text().contains(QStringLiteral("All targets are met")));
        QVERIFY(!page->startAction()->isEnabled());
        QCOMPARE(page->jobModel()->count(GenerationRun::JobState::Done), page->jobModel()->rowCount());
    }

    // A run that fails (here the server refuses the key) says why in full under the progress
    // line, not only in the one-line pacing area that cuts long messages.
    void failedRunSaysWhyInFull()
    {
        ProviderProcess provider({QStringLiteral("--require-key"), QStringLiteral("sk-right")});
        QVERIFY(provider.isRunning());
        TempProject tmp(fixture());
        pointAt(tmp.path(), provider.baseUrl(), 2);
        {
            QFile f(tmp.path() + QStringLiteral("/studio.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            QJsonObject gen = o.value(QStringLiteral("generation")).toObject();
            gen.insert(QStringLiteral("api_key_env"), QStringLiteral("PS_TEST_WRONG_KEY"));
            o.insert(QStringLiteral("generation"), gen);
            QVERIFY(TempProject::writeFile(tmp.path() + QStringLiteral("/studio.json"), QJsonDocument(o).toJson()));
        }
        qputenv("PS_TEST_WRONG_KEY", "sk-wrong");
        MainWindow window;
        window.resize(1024, 640);
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        page->setConfirmBeforeStart(false);
        QVERIFY(!page->problemLabel()->isVisible());
        QSignalSpy finished(page, &GeneratePage::runFinished);
        QTRY_VERIFY(page->startAction()->isEnabled());
        page->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        qunsetenv("PS_TEST_WRONG_KEY");
        QVERIFY(page->problemLabel()->isVisible());
        QVERIFY2(page->problemLabel()->text().contains(QStringLiteral("refused the API key")), qPrintable(page->problemLabel()->text()));
        QVERIFY(page->problemLabel()->wordWrap());
        const int failed = page->jobModel()->count(GenerationRun::JobState::Failed) + page->jobModel()->count(GenerationRun::JobState::Cancelled);
        QVERIFY(failed > 0);

        // Opened again (the next day): the run's jobs are in the Jobs tab as studio.db keeps
        // them, with their error, and the log says how the run ended.
        MainWindow again;
        again.show();
        QVERIFY(again.openProject(tmp.path()));
        GeneratePage *reopened = generatePage(again);
        JobQueueModel *jobs = reopened->jobModel();
        QTRY_COMPARE(jobs->rowCount(), page->jobModel()->rowCount());   // read on a worker
        QCOMPARE(jobs->count(GenerationRun::JobState::Failed) + jobs->count(GenerationRun::JobState::Cancelled), failed);
        QVERIFY(!jobs->personasWithFailures().isEmpty());
        QVERIFY(reopened->retryAllButton()->isEnabled());   // failed jobs can be retried from here
        page->jobModel()->flush();
        for (int row = 0; row < jobs->rowCount(); ++row) {
            for (int column : {int(JobQueueModel::CharacterColumn), int(JobQueueModel::CategoryColumn), int(JobQueueModel::StateColumn),
                               int(JobQueueModel::AttemptsColumn)})
                QCOMPARE(jobs->index(row, column).data().toString(), page->jobModel()->index(row, column).data().toString());
        }
        const QString log = reopened->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(log.contains(QStringLiteral("The last run")) && log.contains(QStringLiteral("failed")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral(": %1 job").arg(jobs->rowCount())), qPrintable(log));

        // With the key put right, Retry All Failed runs again for the characters whose jobs
        // failed (here the refusal stopped the run at its first two jobs, both Mara's), up to
        // their targets; Start then does the rest.
        QCOMPARE(jobs->personasWithFailures(), QStringList{QStringLiteral("Mara Vell")});
        window.close();
        qputenv("PS_TEST_WRONG_KEY", "sk-right");
        reopened->setConfirmBeforeStart(false);
        QSignalSpy retried(reopened, &GeneratePage::runFinished);
        QTest::mouseClick(reopened->retryAllButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 1, 30000);
        qunsetenv("PS_TEST_WRONG_KEY");
        QCOMPARE(retried.first().first().value<GenerationRun::Summary>().outcome, GenerationRun::Summary::Outcome::Completed);
        QVERIFY(!reopened->problemLabel()->isVisible());
        QVERIFY(!reopened->retryAllButton()->isEnabled());
        DatasetStore store;
        QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
        QCOMPARE(store.countsByPersona(), (QHash<QString, int>{{QStringLiteral("Mara Vell"), 12}}));
        qputenv("PS_TEST_WRONG_KEY", "sk-right");
        QTRY_VERIFY(reopened->startAction()->isEnabled());
        reopened->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(retried.size(), 2, 30000);
        qunsetenv("PS_TEST_WRONG_KEY");
        QCOMPARE(store.recordCount(), 24);
    }

    // The Scope box limits a run: a tier's characters, or the one selected. Start asks first,
    // naming the scope; Cancel starts nothing; once the scope's targets are met, Start says so.
    void scopeLimitsTheRun()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(provider.isRunning());
        TempProject tmp(fixture());
        pointAt(tmp.path(), provider.baseUrl(), 2);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        QComboBox *scope = page->scopeBox();
        const int minor = scope->findText(QStringLiteral("Tier: minor"));
        QVERIFY2(minor >= 0, qPrintable(scope->itemText(scope->count() - 1)));
        scope->setCurrentIndex(minor);
        QTRY_VERIFY(page->estimateLabel()->text().contains(QStringLiteral("12 record")));

        const auto startAnswering = [&](QMessageBox::StandardButton button) {
            QString asked;
            QTimer::singleShot(0, this, [&asked, button] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    box->button(button)->click();
                }
            });
            page->startAction()->trigger();
            return asked;
        };
        QVERIFY(startAnswering(QMessageBox::Cancel).startsWith(QStringLiteral("Generate for Ilse Vell, Tomas Reed with ")));
        QVERIFY(!page->run());

        QSignalSpy finished(page, &GeneratePage::runFinished);
        QVERIFY(!startAnswering(QMessageBox::Yes).isEmpty());
        QVERIFY(page->run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<GenerationRun::Summary>().outcome, GenerationRun::Summary::Outcome::Completed);
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QCOMPARE(store.countsByPersona(), (QHash<QString, int>{{QStringLiteral("Ilse Vell"), 6}, {QStringLiteral("Tomas Reed"), 6}}));
        }
        QVERIFY(!page->startRun({QStringLiteral("Ilse Vell"), QStringLiteral("Tomas Reed")}));
        QCOMPARE(page->pacingLabel()->text(), QStringLiteral("Nothing to generate: every target in this scope is met."));

        // The selected character: Mara alone, without asking this time.
        window.characterView()->setCurrentIndex(window.characterView()->model()->index(window.characterModel()->rowOf(QStringLiteral("Mara Vell")), 0));
        const int selected = scope->findText(QStringLiteral("Selected: Mara Vell"));
        QVERIFY(selected >= 0);
        scope->setCurrentIndex(selected);
        page->setConfirmBeforeStart(false);
        QTRY_VERIFY(page->startAction()->isEnabled());
        page->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
        DatasetStore store;
        QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
        QCOMPARE(store.countsByPersona().value(QStringLiteral("Mara Vell")), 12);
        QCOMPARE(store.recordCount(), 24);
    }

    // Records the target does not count (a category the plan lacks, or beyond a category's
    // share) are shown beside the count, so it agrees with the character list's total.
    void uncountedRecordsAreShown()
    {
        TempProject tmp(fixture());
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            for (int i = 0; i < 5; ++i) {
                Record r;
                r.persona = QStringLiteral("Mara Vell");
                r.category = QStringLiteral("not_in_the_plan");
                r.output = QStringLiteral("Imported reply %1.").arg(i);
                r.status = i == 4 ? Record::Status::Rejected : Record::Status::Unreviewed;   // rejected: not stored for the target
                records << r;
            }
            QVERIFY(store.insertRecords(records, nullptr));
        }
        MainWindow window;
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        QProgressBar *mara = page->progressFor(QStringLiteral("Mara Vell"));
        QVERIFY(mara);
        QCOMPARE(mara->value(), 0);
        QCOMPARE(mara->text(), QStringLiteral("0 / 12 · 4 more not counted"));
        QVERIFY(mara->toolTip().contains(QStringLiteral("categories the plan does not have")));
        QCOMPARE(page->progressFor(QStringLiteral("Ilse Vell"))->text(), QStringLiteral("0 / 6"));
        QVERIFY(page->progressFor(QStringLiteral("Ilse Vell"))->toolTip().isEmpty());
    }

    void pauseResumeCancelThenResumeBanner()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--latency-ms"), QStringLiteral("250")});
        QVERIFY(provider.isRunning());
        TempProject tmp(fixture());
        pointAt(tmp.path(), provider.baseUrl(), 2);
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(tmp.path()));
            GeneratePage *page = generatePage(window);
            window.setModePage(page);
            page->setConfirmBeforeStart(false);
            QVERIFY(!page->resumeBanner()->isVisible());
            QSignalSpy finished(page, &GeneratePage::runFinished);
            QVERIFY(page->startRun({}));
            // The run lives on its own thread: the test, like the page, watches what it reports.
            QVERIFY(page->run());
            QTRY_VERIFY_WITH_TIMEOUT(page->progress().stored > 0, 15000);

            page->pauseAction()->trigger();
            QTRY_COMPARE(page->runState(), GenerationRun::State::Paused);
            QCOMPARE(page->pauseAction()->text(), QStringLiteral("&Resume"));
            QVERIFY(page->pacingLabel()->text().startsWith(QStringLiteral("Paused")));
            QTRY_COMPARE_WITH_TIMEOUT(page->progress().inFlight, 0, 10000);
            // Paused: no job moves any more.
            QTRY_VERIFY(!page->jobModel()->hasPendingChanges());   // the table's last coalesced update
            const int storedWhilePaused = page->progress().stored;
            QSignalSpy jobs(page->jobModel(), &QAbstractItemModel::dataChanged);
            QSignalSpy rows(page->jobModel(), &QAbstractItemModel::rowsInserted);
            QTest::qWait(700);
            QCOMPARE(jobs.size() + rows.size(), 0);
            QCOMPARE(page->progress().stored, storedWhilePaused);

            page->pauseAction()->trigger();
            QTRY_COMPARE(page->runState(), GenerationRun::State::Running);
            QCOMPARE(page->pauseAction()->text(), QStringLiteral("&Pause"));
            QTRY_VERIFY_WITH_TIMEOUT(page->progress().stored > storedWhilePaused, 15000);

            page->cancelAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);   // cancel may finish at once
            QCOMPARE(finished.first().first().value<GenerationRun::Summary>().outcome, GenerationRun::Summary::Outcome::Cancelled);
            QVERIFY(!page->run());
            QVERIFY(page->overallProgress()->value() < 24);
            QTRY_VERIFY(page->startAction()->isEnabled());
        }

        // As if the studio had been killed during that run.
        {
            DatasetStore store;
            QString error;
            QVERIFY2(store.open(tmp.path() + QStringLiteral("/studio.db"), &error), qPrintable(error));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(QStringLiteral("UPDATE runs SET state = 'running', finished_at = NULL WHERE id = (SELECT MAX(id) FROM runs)")));
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        page->setConfirmBeforeStart(false);
        QCOMPARE(page->unfinishedRunState(), QStringLiteral("running"));
        QTRY_VERIFY(page->resumeBanner()->isVisible());   // once the estimate says what is left
        QSignalSpy finished(page, &GeneratePage::runFinished);
        auto *resume = page->resumeBanner()->findChild<QPushButton *>();
        QVERIFY(resume);
        QTest::mouseClick(resume, Qt::LeftButton);
        QVERIFY(page->run());
        QVERIFY(!page->resumeBanner()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<GenerationRun::Summary>().outcome, GenerationRun::Summary::Outcome::Completed);
        QCOMPARE(page->overallProgress()->value(), 24);
        for (const QString &name : {QStringLiteral("Mara Vell"), QStringLiteral("Ilse Vell"), QStringLiteral("Tomas Reed")})
            QCOMPARE(page->progressFor(name)->value(), page->progressFor(name)->maximum());
    }

    // Settings… → OK changes the provider as one undoable step: the label and studio.json
    // follow; undo and redo bring each setting back; Cancel changes nothing.
    void providerSettingsAreOneUndoStep()
    {
        TempProject tmp(fixture());
        pointAt(tmp.path(), QStringLiteral("http://127.0.0.1:9/v1"), 3);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        QVERIFY(page->providerLabel()->text().contains(QStringLiteral("http://127.0.0.1:9/v1")));
        auto *settingsButton = [&]() -> QPushButton * {
            for (QPushButton *b : page->findChildren<QPushButton *>()) {
                if (b->text() == QStringLiteral("&Settings…"))
                    return b;
            }
            return nullptr;
        }();
        QVERIFY(settingsButton);
        const auto saved = [&] {
            window.document()->flushSave();
            QFile f(tmp.path() + QStringLiteral("/studio.json"));
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
        };
        const auto edit = [&](const std::function<void(ProviderDialog *)> &change, bool accept) {
            bool shown = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<ProviderDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                shown = true;
                change(dialog);
                if (accept)
                    dialog->accept();
                else
                    dialog->reject();
            });
            QTest::mouseClick(settingsButton, Qt::LeftButton);
            QVERIFY(shown);
        };
        const int stepsBefore = window.document()->undoStack()->count();
        edit([](ProviderDialog *d) {
            d->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8080/v1"));
            d->modelBox()->setEditText(QStringLiteral("llama3"));
            d->concurrencyBox()->setValue(2);
        }, true);
        QCOMPARE(window.document()->undoStack()->count(), stepsBefore + 1);
        QVERIFY2(page->providerLabel()->text().contains(QStringLiteral("http://127.0.0.1:8080/v1")), qPrintable(page->providerLabel()->text()));
        QVERIFY(page->providerLabel()->text().contains(QStringLiteral("llama3")));
        QVERIFY(page->providerLabel()->text().contains(QStringLiteral("2 at once")));
        QJsonObject generation = saved().value(QStringLiteral("generation")).toObject();
        QCOMPARE(generation.value(QStringLiteral("base_url")).toString(), QStringLiteral("http://127.0.0.1:8080/v1"));
        QCOMPARE(generation.value(QStringLiteral("model")).toString(), QStringLiteral("llama3"));
        QCOMPARE(generation.value(QStringLiteral("concurrency")).toInt(), 2);

        window.document()->undoStack()->undo();
        QVERIFY(page->providerLabel()->text().contains(QStringLiteral("http://127.0.0.1:9/v1")));
        generation = saved().value(QStringLiteral("generation")).toObject();
        QCOMPARE(generation.value(QStringLiteral("base_url")).toString(), QStringLiteral("http://127.0.0.1:9/v1"));
        QCOMPARE(generation.value(QStringLiteral("concurrency")).toInt(), 3);
        window.document()->undoStack()->redo();
        QCOMPARE(saved().value(QStringLiteral("generation")).toObject().value(QStringLiteral("model")).toString(), QStringLiteral("llama3"));

        // Cancel: nothing changes, no step.
        edit([](ProviderDialog *d) { d->baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:1234/v1")); }, false);
        QCOMPARE(window.document()->undoStack()->count(), stepsBefore + 1);
        QVERIFY(page->providerLabel()->text().contains(QStringLiteral("http://127.0.0.1:8080/v1")));
    }

    // Test Connection on the page itself asks the project's endpoint and says the outcome under
    // the provider line: here it works, then the endpoint refuses the key the project names.
    void pageTestsTheConnection()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--require-key"), QStringLiteral("sk-right")});
        QVERIFY(provider.isRunning());
        TempProject tmp(fixture());
        pointAt(tmp.path(), provider.baseUrl(), 2);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        GeneratePage *page = generatePage(window);
        window.setModePage(page);
        QVERIFY(!page->probeLabel()->isVisible());

        qputenv("PS_TEST_NO_SUCH_KEY", "sk-right");
        page->testConnection();
        QVERIFY(page->probeLabel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page->probeLabel()->text().contains(QStringLiteral("The endpoint works")), 20000);

        qputenv("PS_TEST_NO_SUCH_KEY", "sk-wrong");
        page->testConnection();
        QTRY_VERIFY_WITH_TIMEOUT(page->probeLabel()->text().contains(QStringLiteral("API key accepted: no")), 20000);
        QVERIFY2(!page->probeLabel()->text().contains(QStringLiteral("The endpoint works")), qPrintable(page->probeLabel()->text()));
        qunsetenv("PS_TEST_NO_SUCH_KEY");
    }

    // Settings…: the endpoint's models are listed into the model box and Test Connection says
    // the endpoint works; closing the dialog while an endpoint has not answered yet is safe.
    void providerDialogListsModelsAndTests()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("4")});
        QVERIFY(provider.isRunning());
        ProjectDocument::ProviderSettings settings;
        settings.generation.baseUrl = provider.baseUrl();
        settings.generation.model = QStringLiteral("gpt-4o-mini");
        settings.generation.apiKeyEnv = QStringLiteral("PS_TEST_NO_SUCH_KEY");
        {
            ProviderDialog dialog(settings);
            dialog.show();
            QTRY_COMPARE(dialog.modelBox()->count(), 1);
            QCOMPARE(dialog.modelBox()->itemText(0), QStringLiteral("gpt-4o-mini"));
            dialog.testConnection();
            QTRY_VERIFY_WITH_TIMEOUT(dialog.probeLabel()->text().contains(QStringLiteral("The endpoint works")), 20000);
            QVERIFY(dialog.testButton()->isEnabled());
        }

        // An endpoint that takes the request and never answers: the dialog goes while its model
        // list and its probe are still under way (their callbacks once ran on its deleted widgets).
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (silent.hasPendingConnections())
                held << silent.nextPendingConnection();
        });
        settings.generation.baseUrl = QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort());
        {
            ProviderDialog dialog(settings);
            dialog.show();
            QTRY_COMPARE(held.size(), 1);   // the model list asked for
            dialog.testConnection();
            QTRY_VERIFY(held.size() >= 2);  // and the probe
            QVERIFY(!dialog.testButton()->isEnabled());
        }
        QTest::qWait(50);   // anything the dialog left queued runs now
        qDeleteAll(held);

        // A server that refuses the key for its model list says so, rather than that it has none.
        ProviderProcess locked({QStringLiteral("--require-key"), QStringLiteral("sk-right")});
        QVERIFY(locked.isRunning());
        settings.generation.baseUrl = locked.baseUrl();
        {
            ProviderDialog dialog(settings);
            dialog.show();
            QTRY_VERIFY(dialog.modelsNote()->isVisible() && !dialog.modelsNote()->text().isEmpty());
            QVERIFY2(dialog.modelsNote()->text().startsWith(QStringLiteral("The endpoint refused the key for its model list (HTTP 401")),
                     qPrintable(dialog.modelsNote()->text()));
        }
    }
};

QTEST_MAIN(TestGeneratePage)
#include "tst_generatepage.moc"
