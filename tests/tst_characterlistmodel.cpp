// CharacterListModel over the sample project, checked by QAbstractItemModelTester.

#include "project/characterlistmodel.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestCharacterListModel : public QObject
{
    Q_OBJECT

private slots:
    void sample()
    {
        const Project project = *Project::open(TestPaths::sampleProject()).project;
        CharacterListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        QCOMPARE(model.rowCount(), 15);
        const int row = model.rowOf(QStringLiteral("Glordon"));
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, CharacterListModel::TierColumn).data().toString(), QStringLiteral("main"));
        QCOMPARE(model.index(row, 0).data(CharacterListModel::TargetRole).toInt(), 150);
        QCOMPARE(model.index(row, CharacterListModel::StoredColumn).data().toString(), QStringLiteral("0 / 150"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStoredCounts({{QStringLiteral("Glordon"), 75}});
        QCOMPARE(changed.size(), 1); // one batched signal for the whole table
        QCOMPARE(model.index(row, 0).data(CharacterListModel::ProgressRole).toDouble(), 0.5);
        QCOMPARE(model.index(row, CharacterListModel::StoredColumn).data().toString(), QStringLiteral("75 / 150"));
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // Sheets re-read together (an undo step writing many) are one change for the views, when
    // the event loop runs: a view sizes its columns over every row on each change.
    void refreshedRowsAreToldAtOnce()
    {
        const Project project = *Project::open(TestPaths::sampleProject()).project;
        CharacterListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(&project);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int caleb = model.rowOf(QStringLiteral("Caleb"));
        const int olga = model.rowOf(QStringLiteral("Olga Solis"));
        QVERIFY(caleb >= 0 && olga >= 0 && olga < caleb);
        model.refreshCharacter(QStringLiteral("Caleb"));
        model.refreshCharacter(QStringLiteral("Olga Solis"));
        model.refreshCharacter(QStringLiteral("Nobody"));
        QCOMPARE(changed.size(), 0);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), olga);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), caleb);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), CharacterListModel::ColumnCount - 1);
        // Rows refreshed before a reset are not told again after it.
        model.refreshCharacter(QStringLiteral("Caleb"));
        model.setProject(nullptr);
        QTest::qWait(20);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCharacterListModel)
#include "tst_characterlistmodel.moc"
