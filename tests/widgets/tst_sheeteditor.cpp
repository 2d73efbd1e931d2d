// The Characters mode's sheet editor, offscreen, with real files: edits re-parse the fields and
// warnings, autosave writes the file, changes on disk are reloaded or shown as a conflict, and
// new / rename / delete / character cards imported are undoable with the files following.

#include "characters/characterspage.h"
#include "dataset/datasetstore.h"
#include "document/projectdocument.h"
#include "document/sheetdocument.h"
#include "main/mainwindow.h"
#include "plan/counteditor.h"
#include "project/characterlistmodel.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QAction>
#include <QDropEvent>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QTemporaryDir>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QLineEdit>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

class TestSheetEditor : public QObject
{
    Q_OBJECT

private:
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }
    static bool warningsContain(CharactersPage *page, const QString &text)
    {
        for (int i = 0; i < page->warnings()->count(); ++i) {
            if (page->warnings()->item(i)->text().contains(text))
                return true;
        }
        return false;
    }
    static void select(MainWindow &window, const QString &name)
    {
        const int row = window.characterModel()->rowOf(name);
        window.characterView()->setCurrentIndex(window.characterView()->model()->index(row, 0));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
    }

    void editingUpdatesFieldsAndWarnings()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        select(window, QStringLiteral("Glordon"));
        CharactersPage *page = window.charactersPage();
        QCOMPARE(page->currentCharacter(), QStringLiteral("Glordon"));
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("# Glordon")));
        QVERIFY(!warningsContain(page, QStringLiteral("no Personality")));

        // Rename the Personality heading by typing: the field panel follows.
        QTextCursor cursor = page->editor()->document()->find(QStringLiteral("## Personality"));
        QVERIFY(!cursor.isNull());
        page->editor()->setTextCursor(cursor);
        page->editor()->setFocus();
        QTest::keyClicks(page->editor(), QStringLiteral("## Demeanour"));
        QTRY_VERIFY(warningsContain(page, QStringLiteral("no Personality")));
        QVERIFY(window.isWindowModified());
        QVERIFY(window.project()->character(QStringLiteral("Glordon"))->sheet.issues.size() >= 1);

        // Autosave writes the file a moment later, whole.
        const QString path = tmp.path() + QStringLiteral("/rag-resources/character_glordon.md");
        QTRY_VERIFY_WITH_TIMEOUT(read(path).contains(QStringLiteral("## Demeanour")), 5000);
        QVERIFY(!window.isWindowModified());

        // Undo in the editor brings the heading and the fields back.
        QVERIFY(window.undoAction()->isEnabled());
        window.undoAction()->trigger();
        QTRY_VERIFY(page->editor()->toPlainText().contains(QStringLiteral("## Personality")));
        QTRY_VERIFY(!warningsContain(page, QStringLiteral("no Personality")));
        QVERIFY(page->saveAll());
        QVERIFY(read(path).contains(QStringLiteral("## Personality")));
    }

    void warningJumpsToLine()
    {
        TempProject tmp(TestPaths::sampleProject());
        const QString path = tmp.path() + QStringLiteral("/rag-resources/character_caleb.md");
        QString text = read(path);
        text.replace(QStringLiteral("traits: ["), QStringLiteral("traits: [\"unclosed\", "));
        text.replace(QLatin1Char(']'), QLatin1Char(' '));
        QVERIFY(TempProject::writeFile(path, text.toUtf8()));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        select(window, QStringLiteral("Caleb"));
        CharactersPage *page = window.charactersPage();
        QListWidgetItem *warning = nullptr;
        for (int i = 0; i < page->warnings()->count(); ++i) {
            if (page->warnings()->item(i)->data(Qt::UserRole).toInt() > 0)
                warning = page->warnings()->item(i);
        }
        QVERIFY(warning);
        emit page->warnings()->itemActivated(warning);
        QCOMPARE(page->editor()->textCursor().blockNumber() + 1, warning->data(Qt::UserRole).toInt());
    }

    void changesOnDiskAreReloadedOrShownAsConflict()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        select(window, QStringLiteral("Ooooo"));
        CharactersPage *page = window.charactersPage();
        SheetDocument *sheet = page->sheetDocument(QStringLiteral("Ooooo"));
        QVERIFY(sheet);
        const QString path = sheet->path();

        // Unmodified here: another program's change is simply loaded.
        QString text = read(path);
        QVERIFY(TempProject::writeFile(path, (text + QStringLiteral("\nAdded elsewhere.\n")).toUtf8()));
        QTRY_VERIFY(page->editor()->toPlainText().contains(QStringLiteral("Added elsewhere.")));

        // Modified here and there: a conflict, and the file on disk is not overwritten.
        sheet->setAutosave(false);
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(QStringLiteral("Mine.\n"));
        QVERIFY(TempProject::writeFile(path, (text + QStringLiteral("\nTheirs.\n")).toUtf8()));
        QTRY_VERIFY(sheet->hasConflict());
        QVERIFY(!sheet->save());
        QVERIFY(read(path).contains(QStringLiteral("Theirs.")));
        sheet->keepMine();
        QVERIFY(!sheet->hasConflict());
        QVERIFY(read(path).contains(QStringLiteral("Mine.")));

        // The other choice, from the bar: "Load the File's Version" shows the file's text and
        // leaves the file as it is; the load is one undo step, which brings the writer's text back.
        QPushButton *load = nullptr;
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Load the File's Version"))
                load = b;
        }
        QVERIFY(load);
        QVERIFY(!load->isVisible());
        text = read(path);
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(QStringLiteral("Mine again.\n"));
        const QByteArray theirs = (text + QStringLiteral("\nTheirs again.\n")).toUtf8();
        QVERIFY(TempProject::writeFile(path, theirs));
        QTRY_VERIFY(sheet->hasConflict());
        QTRY_VERIFY(load->isVisible());
        QTest::mouseClick(load, Qt::LeftButton);
        QVERIFY(!sheet->hasConflict());
        QVERIFY(!load->isVisible());
        QVERIFY(!sheet->isModified());
        QCOMPARE(page->editor()->toPlainText().toUtf8(), theirs);
        QCOMPARE(read(path).toUtf8(), theirs);

        page->editor()->setFocus();
        QTest::keyClick(page->editor(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(page->editor()->toPlainText().endsWith(QStringLiteral("Mine again.\n")));
        QVERIFY(!page->editor()->toPlainText().contains(QStringLiteral("Theirs again.")));
        QVERIFY(sheet->isModified());
        QVERIFY(sheet->save());
        QVERIFY(read(path).endsWith(QStringLiteral("Mine again.\n")));

        // Closing the window with a sheet that cannot be saved (changed on disk too) asks first:
        // Cancel keeps the window and the edit, Discard closes without writing over the file.
        page->editor()->moveCursor(QTextCursor::End);
        page->editor()->insertPlainText(QStringLiteral("Mine.\n"));
        const QByteArray theirsLast = (read(path) + QStringLiteral("\nTheirs.\n")).toUtf8();
        QVERIFY(TempProject::writeFile(path, theirsLast));
        QTRY_VERIFY(sheet->hasConflict());

        // Ctrl+S does not write over the other program's change: it says where to choose.
        QString said;
        QTimer::singleShot(0, this, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        QApplication::setActiveWindow(&window);
        page->editor()->setFocus();
        QTest::keyClick(page->editor(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(said.startsWith(QStringLiteral("The file changed on disk since it was opened.")), qPrintable(said));
        QCOMPARE(read(path).toUtf8(), theirsLast);

        const auto closeAnswering = [&](QMessageBox::StandardButton button) {
            QString asked;
            QTimer::singleShot(0, this, [&asked, button] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    box->button(button)->click();
                }
            });
            window.close();
            return asked;
        };
        QVERIFY(closeAnswering(QMessageBox::Cancel).startsWith(QStringLiteral("Some sheets could not be saved")));
        QVERIFY(window.isVisible());
        QVERIFY(page->editor()->toPlainText().endsWith(QStringLiteral("Mine.\n")));
        QCOMPARE(read(path).toUtf8(), theirsLast);

        QVERIFY(!closeAnswering(QMessageBox::Discard).isEmpty());
        QVERIFY(!window.isVisible());
        QCOMPARE(read(path).toUtf8(), theirsLast);
    }

    // The Categories tab: Insert adds a category, Delete removes the selected one, a cell edit
    // renames; each is one undo step of its own, and a name the character has already is refused.
    void categoriesAreEditedStepByStep()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        CharactersPage *page = window.charactersPage();
        select(window, QStringLiteral("Glordon"));
        QTableWidget *table = page->categoriesTable();
        const auto own = [&] {
            QStringList names;
            for (const Category &c : doc->project().characterCategories.value(QStringLiteral("Glordon")))
                names << c.name;
            return names;
        };
        const auto shown = [&] {
            QStringList names;
            for (int row = 0; row < table->rowCount(); ++row)
                names << table->item(row, 0)->text();
            return names;
        };
        const QStringList original = own();
        QCOMPARE(original.size(), 5);
        QCOMPARE(shown(), original);
        const int steps = doc->undoStack()->count();

        // Shown as a writer gets there: the Categories tab of the active window.
        page->tabs()->setCurrentIndex(page->tabs()->indexOf(table->parentWidget()));
        QVERIFY(table->isVisible());
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(own(), original + QStringList{QStringLiteral("new_category")});
        QCOMPARE(shown(), own());
        if (QWidget *cellEditor = QApplication::focusWidget(); cellEditor && cellEditor != table)
            QTest::keyClick(cellEditor, Qt::Key_Escape);

        // A name the character has already: refused, said, and the cell shows the old name.
        QString warning;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        table->item(5, 0)->setText(QStringLiteral("hylurg"));
        QCOMPARE(warning, QStringLiteral("There is already a category named hylurg; the name was not changed."));
        QCOMPARE(own(), original + QStringList{QStringLiteral("new_category")});
        QCOMPARE(shown(), own());

        table->item(5, 0)->setText(QStringLiteral("lava tunnels"));
        QCOMPARE(own().last(), QStringLiteral("lava_tunnels"));
        QApplication::setActiveWindow(&window);   // the message box took it; offscreen never gives it back
        table->setFocus();
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(own(), original.mid(1) + QStringList{QStringLiteral("lava_tunnels")});
        QCOMPARE(doc->undoStack()->count(), steps + 3);

        doc->undoStack()->undo();   // the removal only
        QCOMPARE(own(), original + QStringList{QStringLiteral("lava_tunnels")});
        QCOMPARE(shown(), own());
        doc->undoStack()->undo();   // the rename
        QCOMPARE(own(), original + QStringList{QStringLiteral("new_category")});
        doc->undoStack()->undo();   // the addition
        QCOMPARE(own(), original);
        QCOMPARE(shown(), original);

        // Edit: the categories common to every character — the table shows those, Delete removes
        // one from every character's plan, and undo brings it back.
        QComboBox *scope = nullptr;
        for (QComboBox *box : table->parentWidget()->findChildren<QComboBox *>()) {
            if (box->findText(QStringLiteral("Categories common to every character")) >= 0)
                scope = box;
        }
        QVERIFY(scope);
        scope->setCurrentIndex(scope->findText(QStringLiteral("Categories common to every character")));
        QStringList common;
        for (const Category &c : doc->project().commonCategories)
            common << c.name;
        QCOMPARE(shown(), common);
        QVERIFY(common.contains(QStringLiteral("advice")));
        const int advice = int(common.indexOf(QStringLiteral("advice")));
        QApplication::setActiveWindow(&window);
        table->setFocus();
        table->setCurrentCell(advice, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QVERIFY(std::none_of(doc->project().commonCategories.cbegin(), doc->project().commonCategories.cend(),
                             [](const Category &c) { return c.name == QLatin1String("advice"); }));
        const QList<Category> forOlga = doc->project().categoriesFor(QStringLiteral("Olga Solis"));
        QVERIFY(std::none_of(forOlga.cbegin(), forOlga.cend(), [](const Category &c) { return c.name == QLatin1String("advice"); }));
        QCOMPARE(own(), original);   // the character's own list is another list
        doc->undoStack()->undo();
        QCOMPARE(shown(), common);
    }

    // Character ▸ New Character… from another mode opens the new character's sheet.
    void newCharacterOpensItsSheet()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        window.setModePage(window.modePages().value(2));   // Generate
        QVERIFY(window.currentModePage() != window.charactersPage());
        QAction *newAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&New Character…"))
                newAction = a;
        }
        QVERIFY(newAction);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("Melmac Junior"));
            dialog->accept();
            answered = true;
        });
        newAction->trigger();
        QVERIFY(answered);
        QCOMPARE(window.currentModePage(), window.charactersPage());
        QCOMPARE(window.charactersPage()->currentCharacter(), QStringLiteral("Melmac Junior"));
    }

    // The tier and the count beside the sheet edit the plan, one undo step each, and follow
    // changes made elsewhere (the Plan mode, undo).
    void tierAndCountBesideTheSheet()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        CharactersPage *page = window.charactersPage();
        select(window, QStringLiteral("Glordon"));
        QCOMPARE(page->currentCharacter(), QStringLiteral("Glordon"));
        QCOMPARE(page->tierBox()->currentData().toString(), QStringLiteral("main"));
        QCOMPARE(page->countEditor()->value(), 150);

        QVERIFY(!page->tierCountButton()->isVisibleTo(page));
        page->countEditor()->spinBox()->setValue(120);
        QCOMPARE(doc->project().targetFor(QStringLiteral("Glordon")), 120);
        QCOMPARE(page->countEditor()->value(), 120);
        QVERIFY(page->tierCountButton()->isVisibleTo(page));   // an own count can go back to the tier's
        page->tierCountButton()->click();
        QCOMPARE(doc->project().targetFor(QStringLiteral("Glordon")), 150);
        QVERIFY(!doc->project().overrides.contains(QStringLiteral("Glordon")));
        QVERIFY(!page->tierCountButton()->isVisibleTo(page));
        doc->undoStack()->undo();   // the reset, undone
        QCOMPARE(doc->project().targetFor(QStringLiteral("Glordon")), 120);

        const int major = page->tierBox()->findData(QStringLiteral("major"));
        QVERIFY(major >= 0);
        page->tierBox()->setCurrentIndex(major);
        emit page->tierBox()->activated(major);
        QCOMPARE(doc->project().tierOf(QStringLiteral("Glordon")), QStringLiteral("major"));

        doc->undoStack()->undo();
        QCOMPARE(doc->project().tierOf(QStringLiteral("Glordon")), QStringLiteral("main"));
        QCOMPARE(page->tierBox()->currentData().toString(), QStringLiteral("main"));
        doc->undoStack()->undo();
        QCOMPARE(doc->project().targetFor(QStringLiteral("Glordon")), 150);
        QCOMPARE(page->countEditor()->value(), 150);   // followed the undo

        doc->setTierTarget(QStringLiteral("main"), 140);   // as the Plan mode would
        QCOMPARE(page->countEditor()->value(), 140);
    }

    // The tier and count above the sheet follow the character chosen, and the plan changed, while
    // another mode is shown (they kept the previous character's: Elio's own 0 for Glordon).
    void tierAndCountFollowWhileAnotherModeShows()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        CharactersPage *page = window.charactersPage();
        select(window, QStringLiteral("Elio Solis"));
        QCOMPARE(page->countEditor()->value(), 0);   // the sample's own count for Elio
        QVERIFY(page->tierCountButton()->isVisibleTo(page));
        window.setModePage(window.modePages().at(1));   // the Plan mode
        QVERIFY(!page->isVisible());
        select(window, QStringLiteral("Glordon"));
        window.setModePage(page);
        QCOMPARE(page->currentCharacter(), QStringLiteral("Glordon"));
        QCOMPARE(page->countEditor()->value(), 150);
        QVERIFY(!page->tierCountButton()->isVisibleTo(page));
        window.setModePage(window.modePages().at(1));
        doc->setTierTarget(QStringLiteral("main"), 140);   // as the Plan mode's slider would
        doc->moveToTier(QStringLiteral("Glordon"), QStringLiteral("major"));
        window.setModePage(page);
        QCOMPARE(page->tierBox()->currentData().toString(), QStringLiteral("major"));
        QCOMPARE(page->countEditor()->value(), doc->project().targetFor(QStringLiteral("Glordon")));
    }

    // Character ▸ Import Character Cards…: a sheet per card (a JSON file; a PNG image as an
    // image editor writes it), one undo step, the first shown; a file that is no card is named
    // in a warning. PNG images dropped on the window are read as cards.
    void characterCardsBecomeSheets()
    {
        TempProject tmp(TestPaths::sampleProject());
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("herald.json"));
        QVERIFY(TempProject::writeFile(json, "{\"spec\":\"chara_card_v2\",\"data\":{\"name\":\"Fleet Herald\",\"description\":\"{{char}} announces arrivals.\","
                                             "\"personality\":\"pompous, loyal\",\"first_mes\":\"PRESENTING {{user}}!\"}}"));
        auto writePng = [&](const QString &name, const QByteArray &card) {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(Qt::darkCyan);
            image.setText(QStringLiteral("chara"), QString::fromLatin1(card.toBase64()));
            const QString path = dir.filePath(name);
            return image.save(path, "PNG") ? path : QString();
        };
        const QString png = writePng(QStringLiteral("scout.png"), "{\"name\":\"Mira Scout\",\"description\":\"A quiet scout.\"}");
        QVERIFY(!png.isEmpty());
        const QString notACard = dir.filePath(QStringLiteral("notes.json"));
        QVERIFY(TempProject::writeFile(notACard, "[]"));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        CharactersPage *page = window.charactersPage();
        window.setModePage(window.modePages().value(1));   // Plan
        QString warning;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->accept();
            }
        });
        page->importCharacterCards({json, png, notACard});
        QCOMPARE(warning, QStringLiteral("notes.json: not a JSON object"));
        QCOMPARE(window.characterModel()->rowCount(), 17);
        QCOMPARE(window.currentModePage(), page);
        QCOMPARE(page->currentCharacter(), QStringLiteral("Fleet Herald"));
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("PRESENTING User!")));
        QCOMPARE(doc->project().character(QStringLiteral("Fleet Herald"))->sheet.traits(), (QStringList{QStringLiteral("pompous"), QStringLiteral("loyal")}));
        QVERIFY(doc->project().character(QStringLiteral("Mira Scout")));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import 2 character card(s)"));   // untranslated here
        doc->undoStack()->undo();
        QCOMPARE(window.characterModel()->rowCount(), 15);
        QVERIFY(!QFile::exists(tmp.path() + QStringLiteral("/rag-resources/character_fleet_herald.md")));

        // Dropped on the window.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(png)});
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_VERIFY(doc->project().character(QStringLiteral("Mira Scout")));
        QCOMPARE(page->currentCharacter(), QStringLiteral("Mira Scout"));
        QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import character card Mira Scout"));

        // A CHARX package (a ZIP of card.json and its assets) dropped too.
        QMimeData charx;
        charx.setUrls({QUrl::fromLocalFile(TestPaths::sourceDir() + QStringLiteral("/fuzz/corpus/charactercard/v3-package.charx"))});
        QDragEnterEvent enterCharx(QPoint(5, 5), Qt::CopyAction, &charx, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enterCharx);
        QVERIFY(enterCharx.isAccepted());
        QDropEvent dropCharx(QPointF(5, 5), Qt::CopyAction, &charx, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropCharx);
        QVERIFY(dropCharx.isAccepted());
        QTRY_VERIFY(doc->project().character(QStringLiteral("Zip Herald")));
        QCOMPARE(doc->project().character(QStringLiteral("Zip Herald"))->sheet.section(SheetSection::Kind::Role)->text, QStringLiteral("At the gate."));
    }

    // Ctrl+F opens the find bar; Enter finds the next match and wraps round, Shift+Enter the one
    // before; a word the sheet lacks turns the field red; Esc closes the bar, back in the editor.
    void findInSheet()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        select(window, QStringLiteral("Glordon"));
        CharactersPage *page = window.charactersPage();
        QPlainTextEdit *editor = page->editor();
        editor->setFocus();
        editor->moveCursor(QTextCursor::Start);
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QLineEdit *find = nullptr;
        for (QLineEdit *e : page->findChildren<QLineEdit *>()) {
            if (e->placeholderText().startsWith(QStringLiteral("Find in sheet")))
                find = e;
        }
        QVERIFY(find);
        QTRY_VERIFY(find->isVisible() && find->hasFocus());

        const QString text = editor->toPlainText();
        QList<int> at;
        // Found in any case, as editors' find bars do.
        for (qsizetype i = text.indexOf(QStringLiteral("Hylurg"), 0, Qt::CaseInsensitive); i >= 0;
             i = text.indexOf(QStringLiteral("Hylurg"), i + 1, Qt::CaseInsensitive))
            at << int(i);
        QVERIFY2(at.size() >= 2, "Glordon's sheet names Hylurg more than once");
        QTest::keyClicks(find, QStringLiteral("Hylurg"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(editor->textCursor().selectedText().toLower(), QStringLiteral("hylurg"));
        QCOMPARE(editor->textCursor().selectionStart(), at.first());
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(editor->textCursor().selectionStart(), at.at(1));
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(editor->textCursor().selectionStart(), at.first());
        QTest::keyClick(find, Qt::Key_Return, Qt::ShiftModifier);   // wraps round to the last
        QCOMPARE(editor->textCursor().selectionStart(), at.last());
        QTest::keyClick(find, Qt::Key_Return);                       // and on to the first
        QCOMPARE(editor->textCursor().selectionStart(), at.first());
        QVERIFY(find->styleSheet().isEmpty());

        find->clear();
        QTest::keyClicks(find, QStringLiteral("Zorblax"));
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(find->styleSheet().contains(QStringLiteral("background")));
        QTest::keyClick(find, Qt::Key_Escape);
        QVERIFY(!find->isVisible());
        QVERIFY(editor->hasFocus());
        QVERIFY(!window.isWindowModified());   // finding changed nothing
    }

    void newRenameDeleteFollowTheFiles()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        const QString sheets = tmp.path() + QStringLiteral("/rag-resources/");

        QCOMPARE(doc->newCharacter(QStringLiteral("Colonel Markwell")), QString());
        QVERIFY(QFile::exists(sheets + QStringLiteral("character_colonel_markwell.md")));
        QCOMPARE(window.characterModel()->rowCount(), 16);
        QVERIFY(read(sheets + QStringLiteral("character_colonel_markwell.md")).contains(QStringLiteral("## Personality")));
        QCOMPARE(doc->project().tierOf(QStringLiteral("Colonel Markwell")), Project::UnassignedTier);
        doc->undoStack()->undo();
        QVERIFY(!QFile::exists(sheets + QStringLiteral("character_colonel_markwell.md")));
        QCOMPARE(window.characterModel()->rowCount(), 15);

        QCOMPARE(doc->renameCharacter(QStringLiteral("Caleb"), QStringLiteral("Caleb the Bully")), QString());
        QVERIFY(!QFile::exists(sheets + QStringLiteral("character_caleb.md")));
        QVERIFY(read(sheets + QStringLiteral("character_caleb_the_bully.md")).contains(QStringLiteral("# Caleb the Bully")));
        QCOMPARE(doc->project().tierOf(QStringLiteral("Caleb the Bully")), QStringLiteral("minor"));
        doc->flushSave();
        Project reopened = *Project::open(tmp.path()).project;
        QVERIFY(reopened.character(QStringLiteral("Caleb the Bully")));
        QVERIFY(!reopened.character(QStringLiteral("Caleb")));
        QVERIFY(!reopened.character(QStringLiteral("Caleb the Bully"))->sheet.hasErrors());
        doc->undoStack()->undo();
        QVERIFY(QFile::exists(sheets + QStringLiteral("character_caleb.md")));
        QVERIFY(!QFile::exists(sheets + QStringLiteral("character_caleb_the_bully.md")));

        QCOMPARE(doc->deleteCharacter(QStringLiteral("Ambassador Naos")), QString());
        QVERIFY(!QFile::exists(sheets + QStringLiteral("character_ambassador_naos.md")));
        QCOMPARE(doc->project().characters.size(), 14);
        doc->undoStack()->undo();
        QVERIFY(QFile::exists(sheets + QStringLiteral("character_ambassador_naos.md")));
        QCOMPARE(doc->project().targetFor(QStringLiteral("Ambassador Naos")), 30);

        QCOMPARE(doc->duplicateCharacter(QStringLiteral("Glordon")), QString());
        QVERIFY(read(sheets + QStringLiteral("character_glordon_copy.md")).contains(QStringLiteral("# Glordon Copy")));
        QCOMPARE(doc->project().tierOf(QStringLiteral("Glordon Copy")), QStringLiteral("main"));
    }

    // A rename takes the stored records and the character's own categories along. Records that
    // had the new name already (an imported persona the writer now gives a sheet by renaming)
    // keep it when the rename is undone; the ones that came along go back.
    void renameTakesRecordsAlongAndUndoGivesBackOnlyThose()
    {
        TempProject tmp(TestPaths::sampleProject());
        const QString dbPath = tmp.path() + QStringLiteral("/studio.db");
        const auto add = [&](const QString &persona, int count) {
            DatasetStore store;
            QVERIFY(store.open(dbPath, nullptr));
            QList<Record> records;
            for (int i = 0; i < count; ++i) {
                Record r;
                r.persona = persona;
                r.category = QStringLiteral("greeting");
                r.input = QStringLiteral("Hello %1, number %2").arg(persona).arg(i);
                r.output = QStringLiteral("Hi there, number %1.").arg(i);
                records << r;
            }
            QString error;
            QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
        };
        add(QStringLiteral("Glordon"), 3);
        add(QStringLiteral("Glordy"), 2);   // imported under a name with no sheet
        const auto counts = [&] {
            DatasetStore store;
            return store.open(dbPath, nullptr) ? store.countsByPersona() : QHash<QString, int>();
        };

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        const int ownCategories = int(doc->project().characterCategories.value(QStringLiteral("Glordon")).size());
        QCOMPARE(ownCategories, 5);

        QCOMPARE(doc->renameCharacter(QStringLiteral("Glordon"), QStringLiteral("Glordy")), QString());
        QCOMPARE(counts().value(QStringLiteral("Glordy")), 5);
        QCOMPARE(counts().value(QStringLiteral("Glordon")), 0);
        QCOMPARE(doc->project().characterCategories.value(QStringLiteral("Glordy")).size(), ownCategories);
        QVERIFY(!doc->project().characterCategories.contains(QStringLiteral("Glordon")));

        add(QStringLiteral("Glordy"), 1);   // generated under the new name: follows the character back
        doc->undoStack()->undo();
        QCOMPARE(counts().value(QStringLiteral("Glordon")), 4);
        QCOMPARE(counts().value(QStringLiteral("Glordy")), 2);
        QCOMPARE(doc->project().characterCategories.value(QStringLiteral("Glordon")).size(), ownCategories);
        doc->undoStack()->redo();
        QCOMPARE(counts().value(QStringLiteral("Glordy")), 6);
        QCOMPARE(counts().value(QStringLiteral("Glordon")), 0);
        doc->undoStack()->undo();
        QCOMPARE(counts().value(QStringLiteral("Glordon")), 4);
        QCOMPARE(counts().value(QStringLiteral("Glordy")), 2);
    }

    // Ctrl+D, F2 and Ctrl+Delete from the character list: the copy, the renamed character and
    // the one after the deleted are the ones shown next.
    void characterActionsFromTheKeyboard()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        ProjectDocument *doc = window.document();
        CharactersPage *page = window.charactersPage();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const auto answer = [this](const QString &text, QString *asked) {
            QTimer::singleShot(0, this, [text, asked] {
                QWidget *modal = QApplication::activeModalWidget();
                if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                    *asked = input->labelText();
                    input->setTextValue(text);
                    input->accept();
                } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                    *asked = box->text();
                    box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->click() : box->accept();
                }
            });
        };

        // A copy made earlier and not open: the new copy is the one shown, not that one.
        QCOMPARE(doc->duplicateCharacter(QStringLiteral("Glordon")), QString());
        select(window, QStringLiteral("Glordon"));
        window.characterView()->setFocus();
        QTest::keyClick(window.characterView(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(doc->project().character(QStringLiteral("Glordon Copy 2")));
        QCOMPARE(page->currentCharacter(), QStringLiteral("Glordon Copy 2"));
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("# Glordon Copy 2")));

        QString asked;
        answer(QStringLiteral("Glordon the Second"), &asked);
        window.characterView()->setFocus();
        QTest::keyClick(window.characterView(), Qt::Key_F2);
        QVERIFY2(asked.startsWith(QStringLiteral("New name for Glordon Copy 2")), qPrintable(asked));
        QCOMPARE(page->currentCharacter(), QStringLiteral("Glordon the Second"));
        QVERIFY(!doc->project().character(QStringLiteral("Glordon Copy 2")));
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("# Glordon the Second")));

        QApplication::setActiveWindow(&window);
        answer(QString(), &asked);
        window.characterView()->setFocus();
        QTest::keyClick(window.characterView(), Qt::Key_Delete, Qt::ControlModifier);
        QVERIFY2(asked.startsWith(QStringLiteral("Delete Glordon the Second?")), qPrintable(asked));
        QVERIFY(!doc->project().character(QStringLiteral("Glordon the Second")));
        QVERIFY(!QFile::exists(tmp.path() + QStringLiteral("/rag-resources/character_glordon_the_second.md")));
        QVERIFY(page->currentCharacter() != QStringLiteral("Glordon the Second"));
    }

    void categoriesAndPromptPreview()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        select(window, QStringLiteral("Glordon"));
        CharactersPage *page = window.charactersPage();
        QCOMPARE(page->categoriesTable()->rowCount(), 5);
        QCOMPARE(page->categoriesTable()->item(0, 0)->text(), QStringLiteral("friendship_elio"));
        page->categoriesTable()->item(0, 2)->setData(Qt::EditRole, 3.0);
        QCOMPARE(window.project()->characterCategories.value(QStringLiteral("Glordon")).first().weight, 3.0);
        window.document()->undoStack()->undo();
        QCOMPARE(window.project()->characterCategories.value(QStringLiteral("Glordon")).first().weight, 1.0);

        page->tabs()->setCurrentIndex(3);
        const auto edits = page->findChildren<QPlainTextEdit *>();
        bool systemShown = false;
        for (QPlainTextEdit *e : edits) {
            if (e->accessibleName() == QStringLiteral("System message") && e->toPlainText().contains(QStringLiteral("Glordon")))
                systemShown = true;
        }
        QVERIFY(systemShown);
    }
};

QTEST_MAIN(TestSheetEditor)
#include "tst_sheeteditor.moc"
