// The plan arithmetic: splits that sum exactly to the target, and the sample project's totals.

#include "project/tierplan.h"
#include "testpaths.h"

#include <QRandomGenerator>
#include <QTest>
#include <numeric>

class TestTierPlan : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("even") << 150 << QList<double>{1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << QList<int>{15, 15, 15, 15, 15, 15, 15, 15, 15, 15};
        QTest::newRow("remainder to the first") << 30 << QList<double>{1, 1, 1, 1, 1, 1, 1} << QList<int>{5, 5, 4, 4, 4, 4, 4};
        QTest::newRow("weighted") << 10 << QList<double>{2, 1, 1} << QList<int>{5, 3, 2};
        QTest::newRow("zero weight") << 9 << QList<double>{1, 0, 2} << QList<int>{3, 0, 6};
        QTest::newRow("all zero weights split evenly") << 4 << QList<double>{0, 0} << QList<int>{2, 2};
        QTest::newRow("zero total") << 0 << QList<double>{1, 1} << QList<int>{0, 0};
        QTest::newRow("fewer records than categories") << 3 << QList<double>{1, 1, 1, 1, 1} << QList<int>{1, 1, 1, 0, 0};
        QTest::newRow("no categories") << 10 << QList<double>{} << QList<int>{};
    }

    void split()
    {
        QFETCH(int, total);
        QFETCH(QList<double>, weights);
        QFETCH(QList<int>, expected);
        QCOMPARE(TierPlan::split(total, weights), expected);
    }

    void splitAlwaysSumsToTotal()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 2000; ++round) {
            const int total = int(rng.bounded(5000));
            QList<double> weights(1 + rng.bounded(12));
            for (double &w : weights)
                w = rng.bounded(4) == 0 ? 0.0 : rng.generateDouble() * 10;
            const QList<int> parts = TierPlan::split(total, weights);
            QCOMPARE(std::accumulate(parts.cbegin(), parts.cend(), 0), total);
            for (int part : parts)
                QVERIFY(part >= 0);
        }
    }

    void samplePlan()
    {
        const Project::OpenResult opened = Project::open(TestPaths::sampleProject());
        QVERIFY2(opened.project, qPrintable(opened.error));
        const TierPlan plan = TierPlan::compute(*opened.project);
        QCOMPARE(plan.personas.size(), 15);
        QCOMPARE(plan.total, 920);
        for (const PersonaPlan &p : plan.personas) {
            int sum = 0;
            for (const auto &part : p.categories)
                sum += part.second;
            QCOMPARE(sum, p.target);
        }
        const PersonaPlan *glordon = plan.persona(QStringLiteral("Glordon"));
        QVERIFY(glordon);
        QCOMPARE(glordon->tier, QStringLiteral("main"));
        QCOMPARE(glordon->target, 150);
        QCOMPARE(glordon->categories.size(), 10);
        QCOMPARE(glordon->categoryTarget(QStringLiteral("friendship_elio")), 15);
        QVERIFY(plan.persona(QStringLiteral("Elio Solis"))->overridden);
        QCOMPARE(plan.persona(QStringLiteral("Elio Solis"))->target, 0);
        const QJsonObject json = plan.toJson();
        QCOMPARE(json.value(QStringLiteral("total")).toInt(), 920);
    }
};

QTEST_GUILESS_MAIN(TestTierPlan)
#include "tst_tierplan.moc"
