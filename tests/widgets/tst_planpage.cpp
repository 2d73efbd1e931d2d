// The Plan mode, offscreen, driven through its real widgets: sliders change the totals and the
// saved studio.json, moving a character between tiers changes its target, and undo restores both.

#include "document/projectdocument.h"
#include "main/mainwindow.h"
#include "plan/counteditor.h"
#include "plan/planpage.h"
#include "project/tierplan.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestPlanPage : public QObject
{
    Q_OBJECT

private:
    static int savedTierTarget(const QString &projectDir, const QString &tier)
    {
        QFile f(projectDir + QStringLiteral("/studio.json"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("tiers")).toArray()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == tier)
                return v.toObject().value(QStringLiteral("target")).toInt();
        }
        return -1;
    }
    static int planTotalFromDisk(const QString &projectDir)
    {
        return TierPlan::compute(*Project::open(projectDir).project).total;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void sliderDragIsOneUndoStep()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        QTRY_VERIFY(plan->tierEditor(QStringLiteral("minor")));
        QVERIFY(plan->totalsLabel()->text().contains(QStringLiteral("920")));

        CountEditor *minor = plan->tierEditor(QStringLiteral("minor"));
        QCOMPARE(minor->value(), 30);
        // A drag: pressed, several positions, released.
        minor->slider()->setSliderDown(true);
        for (int value : {32, 35, 38, 40})
            minor->slider()->setValue(value);
        minor->slider()->setSliderDown(false);
        QCOMPARE(minor->spinBox()->value(), 40);
        QTRY_VERIFY(plan->totalsLabel()->text().contains(QStringLiteral("980")));
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 40);
        QTRY_COMPARE(savedTierTarget(tmp.path(), QStringLiteral("minor")), 40);
        QCOMPARE(planTotalFromDisk(tmp.path()), 980); // the CLI's plan reads the same numbers

        QCOMPARE(window.document()->undoStack()->count(), 1);
        plan->tree()->setFocus();
        window.undoAction()->trigger();
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 30);
        QTRY_COMPARE(plan->tierEditor(QStringLiteral("minor"))->value(), 30);
        QTRY_VERIFY(plan->totalsLabel()->text().contains(QStringLiteral("920")));
        QTRY_COMPARE(savedTierTarget(tmp.path(), QStringLiteral("minor")), 30);
        window.redoAction()->trigger();
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 40);
    }

    void characterOverrideShowsAsDiffering()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        QTRY_VERIFY(plan->characterEditor(QStringLiteral("Caleb")));
        plan->characterEditor(QStringLiteral("Caleb"))->spinBox()->setValue(45);
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 45);
        QCOMPARE(window.project()->overrides.value(QStringLiteral("Caleb")), 45);
        QTRY_VERIFY(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb"))->text(PlanPage::NameColumn).contains(QStringLiteral("tier: 30")));
        // Setting it back to the tier's count removes the override.
        plan->characterEditor(QStringLiteral("Caleb"))->spinBox()->setValue(30);
        QVERIFY(!window.project()->overrides.contains(QStringLiteral("Caleb")));

        // Use Tier's Count (Ctrl+Backspace) on the selected character, and its undo.
        plan->characterEditor(QStringLiteral("Caleb"))->spinBox()->setValue(45);
        QTreeWidgetItem *caleb = plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb"));
        caleb->treeWidget()->setCurrentItem(caleb);
        caleb->treeWidget()->setFocus();
        QTest::keyClick(caleb->treeWidget(), Qt::Key_Backspace, Qt::ControlModifier);
        QVERIFY(!window.project()->overrides.contains(QStringLiteral("Caleb")));
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 30);
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Use the tier's count for Caleb"));
        window.document()->undoStack()->undo();
        QCOMPARE(window.project()->overrides.value(QStringLiteral("Caleb")), 45);
    }

    void dropMovesCharacterToTier()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        QTRY_VERIFY(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb")));
        PlanTree *tree = plan->tree();
        QTreeWidgetItem *caleb = plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb"));
        QTreeWidgetItem *major = plan->itemFor(PlanPage::TierItem, QStringLiteral("major"));
        tree->setCurrentItem(caleb);
        // Where a drop lands decides the tier (synthetic drag events do not reach a view offscreen).
        QVERIFY(tree->dropCurrentAt(tree->visualItemRect(major).center()));

        QCOMPARE(window.project()->tierOf(QStringLiteral("Caleb")), QStringLiteral("major"));
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 100);
        QTRY_COMPARE(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb"))->parent()->data(0, PlanPage::NameRole).toString(),
                     QStringLiteral("major"));
        QTRY_COMPARE(planTotalFromDisk(tmp.path()), 990);

        window.document()->undoStack()->undo();
        QCOMPARE(window.project()->tierOf(QStringLiteral("Caleb")), QStringLiteral("minor"));
        QTRY_COMPARE(planTotalFromDisk(tmp.path()), 920);
    }

    void keyboardMovesCharacterBetweenTiers()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        QTRY_VERIFY(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb")));
        plan->tree()->setCurrentItem(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb")));
        plan->tree()->setFocus();
        QTest::keyClick(plan->tree(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(window.project()->tierOf(QStringLiteral("Caleb")), QStringLiteral("supporting"));
        QCOMPARE(window.project()->targetFor(QStringLiteral("Caleb")), 60);
    }

    void tiersCanBeAddedRenamedAndRemoved()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        doc->addTier(QStringLiteral("cameo"), 10);
        QCOMPARE(doc->project().tiers.size(), 5);
        doc->moveToTier(QStringLiteral("Ambassador Mira"), QStringLiteral("cameo"));
        QCOMPARE(doc->project().targetFor(QStringLiteral("Ambassador Mira")), 10);
        doc->renameTier(QStringLiteral("cameo"), QStringLiteral("walk-on"));
        QCOMPARE(doc->project().tierOf(QStringLiteral("Ambassador Mira")), QStringLiteral("walk-on"));
        doc->moveTier(QStringLiteral("walk-on"), -1);
        QCOMPARE(doc->project().tiers.at(3).name, QStringLiteral("walk-on"));
        doc->removeTier(QStringLiteral("walk-on"));
        QCOMPARE(doc->project().tierOf(QStringLiteral("Ambassador Mira")), Project::UnassignedTier);
        QCOMPARE(doc->project().targetFor(QStringLiteral("Ambassador Mira")), 0);
        // "unassigned" came last and stays last: it does not move, and no tier moves below it.
        QCOMPARE(doc->project().tiers.last().name, Project::UnassignedTier);
        const QString beforeUnassigned = doc->project().tiers.at(doc->project().tiers.size() - 2).name;
        const int movesBefore = doc->undoStack()->count();
        QVERIFY(!doc->canMoveTier(Project::UnassignedTier, -1));
        doc->moveTier(Project::UnassignedTier, -1);
        QVERIFY(!doc->canMoveTier(beforeUnassigned, +1));
        doc->moveTier(beforeUnassigned, +1);
        QVERIFY(!doc->canMoveTier(doc->project().tiers.first().name, -1));
        QVERIFY(doc->canMoveTier(beforeUnassigned, -1));
        QCOMPARE(doc->undoStack()->count(), movesBefore);
        QCOMPARE(doc->project().tiers.last().name, Project::UnassignedTier);
        // The unassigned tier, holding characters, stays: they would only come back to it.
        const int steps = doc->undoStack()->count();
        doc->removeTier(Project::UnassignedTier);
        QCOMPARE(doc->undoStack()->count(), steps);
        QCOMPARE(doc->project().tierOf(QStringLiteral("Ambassador Mira")), Project::UnassignedTier);
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(doc->project().tiers.size(), 4);
        QCOMPARE(doc->project().targetFor(QStringLiteral("Ambassador Mira")), 30);
        doc->flushSave();
        QCOMPARE(planTotalFromDisk(tmp.path()), 920);
    }

    // Ctrl+T adds a tier, Shift+F2 renames the selected tier, Ctrl+Shift+Delete removes it (F2
    // and Ctrl+Delete rename and delete the selected character in every mode): a name in use is
    // refused with a message, and with a character's row selected its tier is left alone.
    void tierActionsFromTheKeyboard()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        PlanPage *plan = window.planPage();
        ProjectDocument *doc = window.document();
        QStringList said;
        // Answers the next dialog: an input dialog with `text`, a message box by closing it.
        const auto answer = [&](const QString &text) {
            QTimer::singleShot(0, this, [&said, text] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                    input->setTextValue(text);
                    input->accept();
                    QTimer::singleShot(0, [&said] {   // a message box may follow
                        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                            said << box->text();
                            box->accept();
                        }
                    });
                }
            });
        };
        const auto press = [&](QTreeWidgetItem *current, Qt::Key key, Qt::KeyboardModifiers modifiers) {
            QApplication::setActiveWindow(&window);
            plan->tree()->setCurrentItem(current);
            plan->tree()->setFocus();
            QTest::keyClick(plan->tree(), key, modifiers);
        };
        const auto tierNames = [&] {
            QStringList names;
            for (const Tier &t : doc->project().tiers)
                names << t.name;
            return names;
        };
        const QStringList original = tierNames();
        QTRY_VERIFY(plan->itemFor(PlanPage::TierItem, QStringLiteral("main")));
        QTreeWidgetItem *main = plan->itemFor(PlanPage::TierItem, QStringLiteral("main"));
        // The tree, built after the shared list chose a character, shows that character's row,
        // where the tier actions are off.
        const QString listed = window.characterView()->currentIndex().siblingAtColumn(0).data().toString();
        QVERIFY(!listed.isEmpty());
        QVERIFY(plan->tree()->currentItem());
        QCOMPARE(plan->tree()->currentItem()->data(0, PlanPage::NameRole).toString(), listed);
        for (QAction *a : plan->planActions()) {
            if (a->text() == QStringLiteral("&Remove Tier"))
                QVERIFY(!a->isEnabled());
        }

        answer(QStringLiteral("cameo"));
        press(main, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(tierNames(), original + QStringList{QStringLiteral("cameo")});
        answer(QStringLiteral("main"));
        press(main, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(said, QStringList{QStringLiteral("There is already a tier called main.")});
        QCOMPARE(tierNames().size(), original.size() + 1);

        QTRY_VERIFY(plan->itemFor(PlanPage::TierItem, QStringLiteral("cameo")));
        answer(QStringLiteral("walk-on"));
        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("cameo")), Qt::Key_F2, Qt::ShiftModifier);
        QCOMPARE(tierNames().last(), QStringLiteral("walk-on"));
        QTRY_VERIFY(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")));   // the tree is rebuilt after a rename
        answer(QStringLiteral("main"));
        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")), Qt::Key_F2, Qt::ShiftModifier);
        QCOMPARE(said.size(), 2);
        QCOMPARE(said.last(), QStringLiteral("There is already a tier called main."));
        QCOMPARE(tierNames().last(), QStringLiteral("walk-on"));

        // Ctrl+Shift+Up and Down reorder the tiers; the first goes no higher, the last no lower.
        const auto planAction = [&](const QString &text) -> QAction * {
            for (QAction *a : plan->planActions()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        QAction *up = planAction(QStringLiteral("Move Tier &Up"));
        QAction *down = planAction(QStringLiteral("Move Tier Do&wn"));
        QVERIFY(up && down);
        plan->tree()->setCurrentItem(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")));
        QVERIFY(up->isEnabled());
        QVERIFY(!down->isEnabled());
        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tierNames().indexOf(QStringLiteral("walk-on")), original.size() - 1);
        QTRY_VERIFY(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")));
        plan->tree()->setCurrentItem(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")));
        QVERIFY(down->isEnabled());
        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("main")), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tierNames().first(), QStringLiteral("main"));
        QVERIFY(!up->isEnabled());
        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tierNames().last(), QStringLiteral("walk-on"));

        // A character's row: its tier stays.
        press(plan->itemFor(PlanPage::CharacterItem, QStringLiteral("Caleb")), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(doc->project().tierOf(QStringLiteral("Caleb")), QStringLiteral("minor"));
        QVERIFY(tierNames().contains(QStringLiteral("minor")));

        press(plan->itemFor(PlanPage::TierItem, QStringLiteral("walk-on")), Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(tierNames(), original);
    }

    void estimateComesFromTheEngine()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        QVERIFY(window.openProject(tmp.path()));
        window.planPage()->updateEstimateNow();
        const QString text = window.planPage()->estimateLabel()->text();
        // The test loads no translation, so the plural reads "record(s)" here and "records" in the studio.
        QVERIFY2(text.contains(QStringLiteral("920 record")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("$")), qPrintable(text));
        // The bare C locale (scripts, containers, a desktop without a language set) reads
        // "$0.09" as the command-line tool and the queue do, not Qt's own "0.09$".
        QLocale::setDefault(QLocale::c());
        window.planPage()->updateEstimateNow();
        const QString cText = window.planPage()->estimateLabel()->text();
        QLocale::setDefault(QLocale::system());
        QVERIFY2(cText.contains(QStringLiteral("· $0.")), qPrintable(cText));
        window.planPage()->batchSizeBox()->setValue(10);
        QCOMPARE(window.project()->generation.batchSize, 10);
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
