// The whole workflow in the real window, offscreen: open the sample project, change tier counts
// with the planner's spin boxes, generate against the local test provider until every target is
// met, review records from the keyboard, export, and check the files a trainer would get.

#include "../provider/providerprocess.h"
#include "dataset/datasetstore.h"
#include "document/projectdocument.h"
#include "project/characterlistmodel.h"
#include "export/exportdialog.h"
#include "generate/generatepage.h"
#include "main/mainwindow.h"
#include "plan/counteditor.h"
#include "plan/planpage.h"
#include "project/tierplan.h"
#include "review/reviewpage.h"
#include "dataset/reviewmodel.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    template<typename Page>
    static Page *page(MainWindow &window)
    {
        for (ModePage *p : window.modePages()) {
            if (auto *found = qobject_cast<Page *>(p))
                return found;
        }
        return nullptr;
    }
    static int countWhere(const QString &projectDir, const QString &condition)
    {
        DatasetStore store;
        if (!store.open(projectDir + QStringLiteral("/studio.db"), nullptr))
            return -1;
        QSqlQuery q(store.database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM records WHERE ") + condition) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    static QList<QJsonObject> readJsonl(const QString &path)
    {
        QList<QJsonObject> lines;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        }
        return lines;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void wholeWorkflow()
    {
        ProviderProcess provider({QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--latency-ms"), QStringLiteral("20"),
                                  QStringLiteral("--fault"), QStringLiteral("500@3")});
        QVERIFY(provider.isRunning());
        TempProject tmp(TestPaths::sampleProject());
        {
            // Point the copy at the local provider; no key is needed there.
            QFile f(tmp.path() + QStringLiteral("/studio.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            f.close();
            QJsonObject gen = o.value(QStringLiteral("generation")).toObject();
            gen.insert(QStringLiteral("base_url"), provider.baseUrl());
            gen.insert(QStringLiteral("api_key_env"), QStringLiteral("PS_TEST_NO_SUCH_KEY"));
            o.insert(QStringLiteral("generation"), gen);
            QVERIFY(TempProject::writeFile(tmp.path() + QStringLiteral("/studio.json"), QJsonDocument(o).toJson()));
        }

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        QCOMPARE(window.characterModel()->rowCount(), 15);

        // Plan: smaller counts per tier, typed into the planner's spin boxes.
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        const QList<QPair<QString, int>> counts = {{QStringLiteral("main"), 6}, {QStringLiteral("major"), 4},
                                                   {QStringLiteral("supporting"), 3}, {QStringLiteral("minor"), 2}};
        for (const auto &[tier, count] : counts) {
            QTRY_VERIFY(plan->tierEditor(tier));
            plan->tierEditor(tier)->spinBox()->setValue(count);
        }
        const int total = 2 * 6 + 2 * 4 + 4 * 3 + 6 * 2;
        QCOMPARE(TierPlan::compute(*window.project()).total, total);
        window.document()->flushSave();
        QCOMPARE(TierPlan::compute(*Project::open(tmp.path()).project).total, total);

        // Generate until every target is met.
        GeneratePage *generate = page<GeneratePage>(window);
        QVERIFY(generate);
        window.setModePage(generate);
        generate->setConfirmBeforeStart(false);
        QSignalSpy finished(generate, &GeneratePage::runFinished);
        QTRY_VERIFY(generate->startAction()->isEnabled());
        generate->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("1")), total);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("persona = 'Glordon'")), 6);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("persona = 'Ambassador Mira'")), 2);
        // No two stored records say the same thing.
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("id IN (SELECT MIN(id) FROM records GROUP BY dedup_key)")), total);

        // Review from the keyboard: accept five, reject one with the first reason.
        ReviewPage *review = page<ReviewPage>(window);
        QVERIFY(review);
        window.setModePage(review);
        review->setCurrentCharacter(QString());
        QTRY_COMPARE(review->model()->rowCount(), total);
        QTableView *table = review->tableView();
        table->setFocus();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(table, Qt::Key_A);
        QTest::keyClick(table, Qt::Key_X);
        QTest::keyClick(table, Qt::Key_1);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("status = 'accepted'")), 5);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("status = 'rejected'")), 1);

        // Export the accepted records as OpenAI chat lines.
        QTemporaryDir out;
        ExportDialog dialog(tmp.path(), &window);
        dialog.findChild<QLineEdit *>(QStringLiteral("outDir"))->setText(out.path());
        QComboBox *format = dialog.findChild<QComboBox *>(QStringLiteral("format"));
        format->setCurrentIndex(format->findData(QStringLiteral("openai-chat")));
        dialog.show();
        QSignalSpy exported(&dialog, &ExportDialog::exportFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(exported.count() == 1 || exported.wait(30000));

        const QList<QJsonObject> all = readJsonl(QDir(out.path()).filePath(QStringLiteral("all_characters_synthetic.jsonl")));
        QCOMPARE(all.size(), 5);
        for (const QJsonObject &line : all) {
            const QJsonArray messages = line.value(QStringLiteral("messages")).toArray();
            QCOMPARE(messages.size(), 3);
            QCOMPARE(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
            QVERIFY(messages.at(0).toObject().value(QStringLiteral("content")).toString().contains(QStringLiteral("Pixar's Elio")));
            QCOMPARE(messages.at(2).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
            QVERIFY(!messages.at(2).toObject().value(QStringLiteral("content")).toString().isEmpty());
        }
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("manifest.json"))));
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("README.md"))));

        // The rejected record no longer counts: the next run tops its character back up.
        window.setModePage(generate);
        QSignalSpy again(generate, &GeneratePage::runFinished);
        QTRY_VERIFY(generate->startAction()->isEnabled());
        generate->startAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(again.size(), 1, 60000);
        QCOMPARE(countWhere(tmp.path(), QStringLiteral("status <> 'rejected'")), total);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
