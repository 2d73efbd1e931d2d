// The Insights mode, offscreen, over a real studio.db: the per-character bars show what is
// stored, the quality checks run off the GUI thread and list a planted tic, and a chart exports.

#include "dataset/datasetstore.h"
#include "insights/insightspage.h"
#include "main/mainwindow.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestInsightsPage : public QObject
{
    Q_OBJECT

private:
    static void fill(const QString &projectDir)
    {
        DatasetStore store;
        QVERIFY(store.open(projectDir + QStringLiteral("/studio.db"), nullptr));
        QList<Record> records;
        const QStringList topics = {QStringLiteral("lava tunnels"), QStringLiteral("my father's armor"), QStringLiteral("the Communiverse"),
                                    QStringLiteral("Elio's radio"), QStringLiteral("tardigrades"), QStringLiteral("warrior training"),
                                    QStringLiteral("the shuttle"), QStringLiteral("Hylurg's moons"), QStringLiteral("friendship"), QStringLiteral("the ceremony")};
        for (int i = 0; i < 30; ++i) {
            Record r;
            r.persona = QStringLiteral("Glordon");
            r.category = i % 2 ? QStringLiteral("greeting") : QStringLiteral("friendship_elio");
            r.input = QStringLiteral("Tell me about %1, question %2?").arg(topics.at(i % topics.size())).arg(i);
            r.output = (i % 10 < 6 ? QStringLiteral("*wiggles happily* ") : QString())
                       + QStringLiteral("I think %1 is wonderful, number %2, and Elio agrees with me about it.").arg(topics.at(i % topics.size())).arg(i * 7);
            records << r;
        }
        for (int i = 0; i < 12; ++i) {
            Record r;
            r.persona = QStringLiteral("Olga Solis");
            r.category = QStringLiteral("military_career");
            r.input = QStringLiteral("What is the base like, day %1?").arg(i);
            r.output = QStringLiteral("Montez tracks debris all day, shift %1. I keep an eye on Elio between reports.").arg(i * 3);
            r.status = i < 4 ? Record::Status::Accepted : Record::Status::Unreviewed;
            records << r;
        }
        QString error;
        QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
    }

    static InsightsPage *insights(MainWindow &window)
    {
        for (ModePage *page : window.modePages()) {
            if (auto *p = qobject_cast<InsightsPage *>(page))
                return p;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void barsChecksAndExport()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        InsightsPage *page = insights(window);
        QVERIFY(page);
        window.setModePage(page);
        page->refreshNow();

        // The overview holds one bar set per measure; Glordon's stored bar is 30. The counts are
        // read off the GUI thread, so wait for them.
        auto sawThirty = [page] {
            QChart *chart = page->overviewView()->chart();
            if (!chart)
                return false;
            for (QAbstractSeries *series : chart->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (QBarSet *set : bars->barSets()) {
                        for (int i = 0; i < set->count(); ++i) {
                            if (set->at(i) == 30.0)
                                return true;
                        }
                    }
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sawThirty(), 10000);

        QSignalSpy finished(page, &InsightsPage::qualityFinished);
        page->runQualityChecks();
        QVERIFY(finished.wait(30000));
        QVERIFY(page->qualityReport().has_value());
        bool tic = false;
        QTreeWidgetItemIterator it(page->phraseTree());
        for (; *it; ++it)
            tic = tic || (*it)->text(0).contains(QStringLiteral("wiggles happily")) || (*it)->text(1).contains(QStringLiteral("wiggles happily"));
        QVERIFY(tic);

        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("chart.png"));
        QVERIFY(page->exportCurrent(png));
        QVERIFY(QFileInfo(png).size() > 1000);
    }
};

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
