// The Insights mode, offscreen, over a real studio.db: the per-character bars show what is
// stored, the quality checks run off the GUI thread and list a planted tic, and a chart exports.

#include "dataset/datasetstore.h"
#include "document/projectdocument.h"
#include "insights/heatmapwidget.h"
#include "insights/insightsdata.h"
#include "insights/insightspage.h"
#include "main/mainwindow.h"
#include "tempproject.h"
#include "testpaths.h"
#include "util/workpools.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFileInfo>
#include <QLabel>
#include <QHorizontalBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>

#include <cmath>
#include <ctime>

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
            if (i % 6 == 5)
                r.status = Record::Status::Rejected;   // 5 of the 30
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

    // Shows the window on the project in the Insights mode and reads the figures: the page, or
    // nullptr when the project does not open.
    static InsightsPage *openInInsights(MainWindow &window, const QString &dir)
    {
        window.show();
        if (!window.openProject(dir))
            return nullptr;
        InsightsPage *page = insights(window);
        window.setModePage(page);
        page->refreshNow();
        return page;
    }

private slots:
    void initTestCase()
    {
        // Local time 8 hours behind UTC (a POSIX zone: no time zone database needed), so that
        // a time read as local instead of UTC shows.
        qputenv("TZ", "PST8");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void barsChecksAndExport()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path());
        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);

        // The overview stacks, per character, the accepted, the not yet reviewed and (grey, on
        // top) the rejected records: Glordon's 30 are 25 counting toward the target — as the
        // character list says — and 5 rejected. The counts are read off the GUI thread.
        auto glordon = [page](bool rejected) {
            QChart *chart = page->overviewView()->chart();
            auto *axis = chart ? qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)) : nullptr;
            const int index = axis ? int(axis->categories().indexOf(QStringLiteral("Glordon"))) : -1;
            qreal sum = 0;
            for (QAbstractSeries *series : chart ? chart->series() : QList<QAbstractSeries *>()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (QBarSet *set : bars->barSets()) {
                        if (index >= 0 && index < set->count() && (set->label() == QLatin1String("rejected")) == rejected)
                            sum += set->at(index);
                    }
                }
            }
            return sum;
        };
        auto sawThirty = [&] { return glordon(false) == 25.0 && glordon(true) == 5.0; };
        QTRY_VERIFY_WITH_TIMEOUT(sawThirty(), 10000);
        // Targets are the title's diamonds, and a character without one (Elio's own count is 0
        // in the sample) has no mark on the axis.
        {
            QChart *chart = page->overviewView()->chart();
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
            QVERIFY(axis);
            QScatterSeries *targets = nullptr;
            for (QAbstractSeries *series : chart->series()) {
                if (auto *scatter = qobject_cast<QScatterSeries *>(series))
                    targets = scatter;
            }
            QVERIFY(targets);
            QCOMPARE(targets->markerShape(), QScatterSeries::MarkerShapeRotatedRectangle);
            QVERIFY(chart->title().contains(QStringLiteral("◆")));
            const qreal elio = qreal(axis->categories().indexOf(QStringLiteral("Elio")));
            QVERIFY(elio >= 0);
            QCOMPARE(targets->count(), int(axis->categories().size()) - 1);
            for (const QPointF &point : targets->points()) {
                QVERIFY(point.x() != elio);
                QVERIFY(point.y() > 0);
            }
        }

        // A character's categories go across, whole names on the left, the first at the top.
        page->setCurrentCharacter(QStringLiteral("Glordon"));
        page->refreshNow();
        auto categoryNames = [page]() -> QStringList {
            for (QChartView *view : page->findChildren<QChartView *>()) {
                if (view->chart()->title() != QLatin1String("Records by category"))
                    continue;
                if (!qobject_cast<QHorizontalBarSeries *>(view->chart()->series().value(0)))
                    return {};
                auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
                return axis && !axis->truncateLabels() ? axis->categories() : QStringList();
            }
            return {};
        };
        QTRY_COMPARE(categoryNames(), (QStringList{QStringLiteral("greeting"), QStringLiteral("friendship_elio")}));
        // The length histograms start at the shortest message, not at 0 (every user message here
        // is several tokens long): the first bin holds records, and all 30 are counted.
        auto lengthBins = [page]() -> QPair<QStringList, qreal> {
            for (QChartView *view : page->findChildren<QChartView *>()) {
                if (view->chart()->title() != QLatin1String("User message length (tokens)"))
                    continue;
                auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Horizontal).value(0));
                auto *bars = qobject_cast<QBarSeries *>(view->chart()->series().value(0));
                if (!axis || !bars || bars->barSets().isEmpty())
                    return {};
                qreal sum = 0;
                for (int i = 0; i < bars->barSets().first()->count(); ++i)
                    sum += bars->barSets().first()->at(i);
                return {axis->categories(), sum};
            }
            return {};
        };
        QTRY_COMPARE(lengthBins().second, 30.0);
        QVERIFY(lengthBins().first.first().toInt() > 0);

        QSignalSpy finished(page, &InsightsPage::qualityFinished);
        page->tabs()->setCurrentIndex(0);
        page->runQualityChecks();
        // The results' tab comes forward, so the press is seen to do something.
        QCOMPARE(page->tabs()->tabText(page->tabs()->currentIndex()), QStringLiteral("Quality"));
        QVERIFY(finished.wait(30000));
        QVERIFY(page->qualityReport().has_value());
        // Voice distinctness: one bar per character across, whole names down the side, the
        // plan's first character at the top.
        QChart *distinct = nullptr;
        for (QChartView *view : page->findChildren<QChartView *>()) {
            if (view->chart()->title() == QLatin1String("Voice distinctness"))
                distinct = view->chart();
        }
        QVERIFY(distinct);
        auto *bars = qobject_cast<QHorizontalBarSeries *>(distinct->series().value(0));
        QVERIFY(bars);
        auto *names = qobject_cast<QBarCategoryAxis *>(distinct->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        QVERIFY(!names->truncateLabels());
        QCOMPARE(names->categories().size(), bars->barSets().value(0)->count());
        QVERIFY(names->categories().size() >= 2);
        QVERIFY(names->categories().contains(QStringLiteral("Glordon")));
        QString first;   // the report's first character with records: the axis's last category, drawn at the top
        for (const auto &p : page->qualityReport()->personas) {
            if (p.records > 0 && first.isEmpty())
                first = p.name;
        }
        QCOMPARE(names->categories().last(), first);
        bool tic = false;
        QTreeWidgetItemIterator it(page->phraseTree());
        for (; *it; ++it)
            tic = tic || (*it)->text(0).contains(QStringLiteral("wiggles happily")) || (*it)->text(1).contains(QStringLiteral("wiggles happily"));
        QVERIFY(tic);

        // The flags table: records and canon coverage per character, numbers sorted as numbers.
        QTreeWidget *flags = page->flagTree();
        QCOMPARE(flags->headerItem()->text(1), QStringLiteral("Records"));
        QCOMPARE(flags->headerItem()->text(2), QStringLiteral("Canon"));
        flags->sortByColumn(1, Qt::AscendingOrder);
        QVERIFY(flags->topLevelItemCount() >= 2);
        QCOMPARE(flags->topLevelItem(0)->text(0), QStringLiteral("Olga Solis"));   // 12 records
        QCOMPARE(flags->topLevelItem(0)->text(1), QStringLiteral("12"));
        QCOMPARE(flags->topLevelItem(0)->data(1, Qt::UserRole).toInt(), 12);   // the sort key: "9" sorts before "12"
        QCOMPARE(flags->topLevelItem(flags->topLevelItemCount() - 1)->text(1), QStringLiteral("25"));   // Glordon, 5 rejected
        for (int i = 0; i < flags->topLevelItemCount(); ++i)
            QVERIFY(flags->topLevelItem(i)->text(2).endsWith(QLatin1Char('%')) || flags->topLevelItem(i)->text(2) == QStringLiteral("–"));

        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("chart.png"));
        QVERIFY(page->exportCurrent(png));
        QVERIFY(QFileInfo(png).size() > 1000);

        // Activating a character's row (double-click, Enter) opens the Review mode on it.
        emit flags->itemActivated(flags->topLevelItem(0), 0);
        QCOMPARE(QString::fromLatin1(window.currentModePage()->metaObject()->className()), QStringLiteral("ReviewPage"));
        QCOMPARE(window.characterView()->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("Olga Solis"));
    }

    // On a one-CPU machine Qt's global thread pool has one thread. The quality checks ran there
    // and waited for their parallel passes, queued behind them in the same pool: nothing ran
    // again, and the window froze as well (Qt's painting hands work to that pool and waits for
    // it). The studio's jobs have pools of their own now (WorkPools); here both the global pool
    // and the pool of parallel passes have one thread, as on such a machine.
    void checksFinishOnOneCpu()
    {
        struct OneCpu
        {
            QThreadPool *qt = QThreadPool::globalInstance();
            QThreadPool *parallel = WorkPools::parallel();
            const int qtThreads = qt->maxThreadCount();
            const int parallelThreads = parallel->maxThreadCount();
            OneCpu()
            {
                qt->setMaxThreadCount(1);
                parallel->setMaxThreadCount(1);
            }
            ~OneCpu()
            {
                qt->setMaxThreadCount(qtThreads);
                parallel->setMaxThreadCount(parallelThreads);
            }
        } oneCpu;

        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path());
        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);
        QSignalSpy finished(page, &InsightsPage::qualityFinished);
        page->runQualityChecks();
        QVERIFY(finished.wait(30000));
        QVERIFY(page->qualityReport().has_value());
    }

    // Records of a persona the project has no sheet for (an imported dataset's) are charted
    // too, as a group of their own, and a count axis steps by whole records.
    void overviewShowsPersonasWithoutASheet()
    {
        TempProject tmp(TestPaths::sampleProject());
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            for (int i = 0; i < 2; ++i) {
                Record r;
                r.persona = QStringLiteral("Mysterio");
                r.input = QStringLiteral("Who are you %1?").arg(i);
                r.output = QStringLiteral("Nobody %1.").arg(i);
                r.sourceKind = Record::SourceKind::Imported;
                records << r;
            }
            QVERIFY(store.insertRecords(records, nullptr));
        }
        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);
        QChart *chart = page->overviewView()->chart();
        auto mysterio = [chart]() -> qreal {
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
            const int index = axis ? int(axis->categories().indexOf(QStringLiteral("Mysterio"))) : -1;
            qreal sum = 0;
            for (QAbstractSeries *series : chart->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    for (QBarSet *set : bars->barSets()) {
                        if (index >= 0 && set->label().startsWith(QLatin1String("no sheet")))
                            sum += set->at(index);
                    }
                }
            }
            return sum;
        };
        QTRY_COMPARE(mysterio(), 2.0);
        // Every tier of the sample has characters, so each is in the legend; "no sheet" too.
        auto legend = [chart] {
            QStringList labels;
            for (QLegendMarker *marker : chart->legend()->markers()) {
                if (marker->isVisible())
                    labels << marker->label();
            }
            return labels;
        };
        QTRY_VERIFY2(legend().contains(QStringLiteral("no sheet")) && legend().contains(QStringLiteral("minor")), qPrintable(legend().join(QLatin1Char('|'))));
        auto *counts = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(counts);
        const double step = (counts->max() - counts->min()) / (counts->tickCount() - 1);
        QVERIFY2(step >= 1 && step == std::floor(step), qPrintable(QString::number(step)));

        // The character's charts count 2 records: ticks 0 1 2 (3), not 0 0.5 1 1.5 2 printed "0 0 1 1 2".
        page->setCurrentCharacter(QStringLiteral("Mysterio"));
        page->refreshNow();
        auto statusStep = [page]() -> double {
            for (QChartView *view : page->findChildren<QChartView *>()) {
                if (view->chart()->title() != QLatin1String("Records by review status"))
                    continue;
                auto *axis = qobject_cast<QValueAxis *>(view->chart()->axes(Qt::Vertical).value(0));
                return axis && axis->max() >= 2 ? (axis->max() - axis->min()) / (axis->tickCount() - 1) : 0;
            }
            return 0;
        };
        QTRY_VERIFY(statusStep() > 0);
        QCOMPARE(statusStep(), 1.0);
    }

    // A role-play dataset's thousands of personas: forty bars at most — the planned characters,
    // then those with the most records; the others are counted above the chart. Every label is
    // one slot (a repeated short name would shift the bars after it: "Olga" for two Olgas).
    void overviewOfManyPersonasWithoutASheet()
    {
        TempProject tmp(TestPaths::sampleProject());
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            auto add = [&records](const QString &persona, int count) {
                for (int i = 0; i < count; ++i) {
                    Record r;
                    r.persona = persona;
                    r.input = QStringLiteral("Hi %1").arg(i);
                    r.output = QStringLiteral("Hello from %1, %2.").arg(persona).arg(i);
                    r.sourceKind = Record::SourceKind::Imported;
                    records << r;
                }
            };
            for (int b = 1; b <= 60; ++b)
                add(QStringLiteral("Bot %1").arg(b), b == 7 ? 4 : 1);
            add(QStringLiteral("Olga Smith"), 3);
            QVERIFY(store.insertRecords(records, nullptr));
        }
        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);
        QChart *chart = page->overviewView()->chart();
        auto categories = [chart] {
            auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
            return axis ? axis->categories() : QStringList();
        };
        QTRY_COMPARE(categories().size(), 40);
        const QStringList shown = categories();
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());
        QVERIFY(shown.contains(QStringLiteral("Bot 7")));
        QVERIFY(shown.contains(QStringLiteral("Olga Smith")));
        QVERIFY(shown.contains(QStringLiteral("Olga Solis")));
        QVERIFY(!shown.contains(QStringLiteral("Olga")));
        QVERIFY(shown.contains(QStringLiteral("Glordon")));   // short names where they are unique
        QVERIFY(shown.contains(QStringLiteral("Mira")));      // every planned character
        QVERIFY(!shown.contains(QStringLiteral("Elio")));     // no target (0) and no records
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                for (QBarSet *set : bars->barSets())
                    QCOMPARE(set->count(), shown.size());
            }
        }
        bool counted = false;
        for (QLabel *label : page->findChildren<QLabel *>())
            counted = counted || label->text().contains(QStringLiteral("The chart shows 40 of 76: the planned characters, then those with the most "
                                                                         "records; 36 other(s) with 35 record(s) are left out."));
        QVERIFY(counted);
    }

    // The cumulative cost of a very long run is drawn from a few thousand points, ending at
    // the run's whole cost.
    void longRunCostIsThinned()
    {
        TempProject tmp(TestPaths::sampleProject());
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QSqlDatabase db = store.database();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO runs (started_at, state) VALUES ('2026-11-30T10:00:00.000Z', 'completed')")));
            const qint64 run = q.lastInsertId().toLongLong();
            QVERIFY(db.transaction());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO jobs (run_id, persona, category, requested, state, cost_usd, updated_at)"
                                             " VALUES (?, 'Glordon', 'greeting', 5, 'done', 0.001, ?)")));
            const QDateTime start(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
            for (int i = 0; i < 5000; ++i) {
                q.addBindValue(run);
                q.addBindValue(start.addMSecs(i * 100).toString(Qt::ISODateWithMs));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        const InsightsData data = InsightsData::load(tmp.path() + QStringLiteral("/studio.db"), QString());
        QVERIFY2(data.cumulativeCost.size() > 100 && data.cumulativeCost.size() <= 2001, qPrintable(QString::number(data.cumulativeCost.size())));
        QCOMPARE(data.cumulativeCost.first().first.toMSecsSinceEpoch(), QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(std::abs(data.cumulativeCost.last().second - 5.0) < 1e-6);
        QCOMPARE(data.cumulativeCost.last().first.toMSecsSinceEpoch(), QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC).addMSecs(4999 * 100).toMSecsSinceEpoch());
    }

    // The heat map's columns carry short names, no two alike.
    void heatMapColumnsAreToldApart()
    {
        const QStringList names = {QStringLiteral("Glordon"), QStringLiteral("Olga Solis"), QStringLiteral("Ambassador Questa"),
                                   QStringLiteral("Ambassador Tegmen"), QStringLiteral("Ambassador Turais"), QStringLiteral("Caleb"),
                                   QStringLiteral("Carl"), QStringLiteral("Ambassador Teg"), QStringLiteral("Mr A B Smith")};
        const QStringList initials = HeatMapWidget::columnInitials(names);
        QCOMPARE(initials, (QStringList{QStringLiteral("G"), QStringLiteral("OS"), QStringLiteral("AQ"), QStringLiteral("ATegm"),
                                        QStringLiteral("ATu"), QStringLiteral("Cal"), QStringLiteral("Car"), QStringLiteral("ATeg"),
                                        QStringLiteral("MAS")}));
        QCOMPARE(HeatMapWidget::columnInitials({}), QStringList());
    }

    // A tier without characters has no place in the overview's legend.
    void emptyTierLeavesTheLegend()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);
        auto legend = [page] {
            QStringList labels;
            for (QLegendMarker *marker : page->overviewView()->chart()->legend()->markers()) {
                if (marker->isVisible())
                    labels << marker->label();
            }
            return labels;
        };
        QTRY_VERIFY(legend().contains(QStringLiteral("major")));
        // The major tier's two characters move to the minor tier.
        window.document()->moveToTier(QStringLiteral("Lord Grigon"), QStringLiteral("minor"));
        window.document()->moveToTier(QStringLiteral("Ambassador Questa"), QStringLiteral("minor"));
        page->refreshNow();
        // One wait for both: a marker is shown once the legend has laid out the new chart, so
        // "major" may be gone while "minor" is not shown yet.
        QTRY_VERIFY2(!legend().contains(QStringLiteral("major")) && legend().contains(QStringLiteral("minor")),
                     qPrintable(legend().join(QLatin1Char('|'))));
    }

    // Over Time counts generated records per minute, read as the UTC they are stored in; an
    // import's minute is left out, and the line drops to 0 between two runs.
    void timelineIsGeneratedRecordsPerMinute()
    {
        TempProject tmp(TestPaths::sampleProject());
        {
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            auto add = [&](const char *at, Record::SourceKind kind) {
                Record r;
                r.persona = QStringLiteral("Glordon");
                r.input = QStringLiteral("Hi %1").arg(records.size());
                r.output = QStringLiteral("Hello %1").arg(records.size());
                r.sourceKind = kind;
                r.createdAt = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate);
                records << r;
            };
            for (const char *at : {"2026-11-30T10:00:10Z", "2026-11-30T10:00:20Z", "2026-11-30T10:00:50Z", "2026-11-30T10:05:00Z", "2026-11-30T10:05:30Z"})
                add(at, Record::SourceKind::Generated);
            for (int i = 0; i < 50; ++i)
                add("2026-11-30T10:02:00Z", Record::SourceKind::Imported);
            QString error;
            QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
        }
        const InsightsData data = InsightsData::load(tmp.path() + QStringLiteral("/studio.db"), QString());
        const QDateTime ten(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);
        QCOMPARE(data.perMinute.size(), 2);
        QCOMPARE(data.perMinute.at(0).first.toMSecsSinceEpoch(), ten.toMSecsSinceEpoch());
        QCOMPARE(data.perMinute.at(0).second, 3);
        QCOMPARE(data.perMinute.at(1).first.toMSecsSinceEpoch(), ten.addSecs(300).toMSecsSinceEpoch());
        QCOMPARE(data.perMinute.at(1).second, 2);
        QCOMPARE(data.imported, 50);

        MainWindow window;
        InsightsPage *page = openInInsights(window, tmp.path());
        QVERIFY(page);
        // The summary tells the imported records from the generated ones.
        auto summary = [page] {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text().contains(QLatin1String("stored")))
                    return label->text();
            }
            return QString();
        };
        // (English plurals come from the translation the application loads: "record(s)" here.)
        QTRY_VERIFY2(summary().startsWith(QLatin1String("55 record")) && summary().endsWith(QLatin1String(" stored (5 generated, 50 imported), 0 accepted.")),
                     qPrintable(summary()));
        auto points = [page]() -> QList<QPointF> {
            for (QChartView *view : page->findChildren<QChartView *>()) {
                if (view->chart()->title() == QLatin1String("Records generated per minute")) {
                    if (auto *line = qobject_cast<QLineSeries *>(view->chart()->series().value(0)))
                        return line->points();
                }
            }
            return {};
        };
        // Each minute at its middle, from 0 before the run to 0 after it, and 0 in the gap.
        const qreal t0 = qreal(ten.toMSecsSinceEpoch());
        const QList<QPointF> expected = {{t0 - 30000, 0},  {t0 + 30000, 3},  {t0 + 90000, 0},
                                         {t0 + 270000, 0}, {t0 + 330000, 2}, {t0 + 390000, 0}};
        QTRY_COMPARE(points(), expected);
        // The cost chart below shares the time axis.
        QList<QPair<QDateTime, QDateTime>> ranges;
        for (QChartView *view : page->findChildren<QChartView *>()) {
            if (auto *axis = qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0)))
                ranges.append({axis->min(), axis->max()});
        }
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0), ranges.at(1));
        QVERIFY(ranges.at(0).first.toMSecsSinceEpoch() <= t0 - 30000);

        // And a time is at the same x in both: the plot areas start together although the
        // value labels ("3", "$0.000") differ in width.
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Over Time"))
                    tabs->setCurrentIndex(i);
            }
        }
        auto plotLefts = [page] {
            QList<qreal> lefts;
            for (QChartView *view : page->findChildren<QChartView *>()) {
                if (qobject_cast<QDateTimeAxis *>(view->chart()->axes(Qt::Horizontal).value(0)))
                    lefts << view->mapTo(page, view->mapFromScene(view->chart()->mapToScene(view->chart()->plotArea().topLeft()))).x();
            }
            return lefts;
        };
        QTRY_VERIFY2(plotLefts().size() == 2 && plotLefts().at(0) > 0 && std::abs(plotLefts().at(0) - plotLefts().at(1)) <= 1,
                     qPrintable(QStringLiteral("%1 %2").arg(plotLefts().value(0)).arg(plotLefts().value(1))));
    }
};

QTEST_MAIN(TestInsightsPage)
#include "tst_insightspage.moc"
