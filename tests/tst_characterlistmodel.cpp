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
};

QTEST_GUILESS_MAIN(TestCharacterListModel)
#include "tst_characterlistmodel.moc"
