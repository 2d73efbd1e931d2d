// The Review mode in the real window, offscreen, driven only from the keyboard: A accepts,
// X then a digit rejects with that reason, E edits (Ctrl+Enter saves, Esc cancels), Backspace and
// Ctrl+Z undo, J / K / Space move. After each key the test reads studio.db itself.

#include "dataset/datasetstore.h"
#include "dataset/reviewmodel.h"
#include "dataset/reviewsession.h"
#include "document/projectdocument.h"
#include "main/appsettings.h"
#include "main/mainwindow.h"
#include "main/studiostyle.h"
#include "main/tone.h"
#include "project/project.h"
#include "review/importsummarydialog.h"
#include "review/personachooserdialog.h"
#include "review/recordview.h"
#include "review/reviewpage.h"
#include "review/spotcheckpanel.h"
#include "review/worddiff.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QPointer>
#include <QLabel>
#include <QMenu>
#include <QTimer>

#include <functional>
#include <QToolButton>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

class TestReviewPage : public QObject
{
    Q_OBJECT

private:
    struct Stored
    {
        QString status, reason, edited, reviewer;
    };
    static Stored stored(const QString &projectDir, qint64 id)
    {
        // A connection of its own, as another process would read the file.
        DatasetStore store;
        Stored s;
        if (!store.open(projectDir + QStringLiteral("/studio.db"), nullptr))
            return s;
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT status, reject_reason, edited_output, reviewer FROM records WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            s = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        return s;
    }
    static void fill(const QString &projectDir, int perPersona)
    {
        DatasetStore store;
        QVERIFY(store.open(projectDir + QStringLiteral("/studio.db"), nullptr));
        QList<Record> records;
        for (int i = 0; i < perPersona * 2; ++i) {
            Record r;
            r.persona = i % 2 ? QStringLiteral("Olga Solis") : QStringLiteral("Glordon");
            r.category = QStringLiteral("casual");
            r.input = QStringLiteral("Message %1").arg(i + 1);
            r.output = QStringLiteral("Reply number %1.").arg(i + 1);
            if (i == 3)
                r.dialogue = QStringLiteral(R"([{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello."},)"
                                            R"({"role":"user","content":"Message 4"},{"role":"assistant","content":"Reply number 4."}])");
            records << r;
        }
        QString error;
        QVERIFY2(store.insertRecords(records, &error), qPrintable(error));
    }
    static ReviewPage *reviewPage(MainWindow &window)
    {
        for (ModePage *page : window.modePages()) {
            if (auto *review = qobject_cast<ReviewPage *>(page))
                return review;
        }
        return nullptr;
    }

    // Opens the project in a shown 1280 × 800 window, in the Review mode, which follows the
    // character the window selects first (Elio).
    static ReviewPage *openInReview(MainWindow &window, const QString &dir)
    {
        window.resize(1280, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(dir))
            return nullptr;
        ReviewPage *page = reviewPage(window);
        window.setModePage(page);
        return page;
    }

    // Opens the project in the window and shows the Review mode with every character's records.
    static ReviewPage *openAllRecords(MainWindow &window, const QString &dir)
    {
        window.show();
        if (!window.openProject(dir))
            return nullptr;
        ReviewPage *page = reviewPage(window);
        window.setModePage(page);
        page->setCurrentCharacter(QString());
        return page;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
        QSettings().setValue(QStringLiteral("review/reviewer"), QStringLiteral("Test Reviewer"));
    }

    void keyboardSession()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 5);
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        // The window selects its first character on open, and the page follows the shared list.
        QCOMPARE(page->model()->filter().persona, QStringLiteral("Elio Solis"));
        page->setCurrentCharacter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QSignalSpy changed(page, &ModePage::recordsChanged);
        QTableView *table = page->tableView();
        table->setFocus();
        QCOMPARE(page->currentRow(), 0);
        const qint64 first = page->model()->idAt(0);
        QVERIFY(page->recordView()->browser()->toPlainText().contains(QStringLiteral("Reply number 1.")));

        // A accepts and moves on.
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QCOMPARE(stored(tmp.path(), first).reviewer, QStringLiteral("Test Reviewer"));
        QCOMPARE(page->currentRow(), 1);
        QCOMPARE(changed.count(), 1);

        // X then 3 rejects with the third reason.
        const qint64 second = page->model()->idAt(1);
        QTest::keyClick(table, Qt::Key_X);
        QCOMPARE(stored(tmp.path(), second).status, QStringLiteral("unreviewed"));
        QTest::keyClick(table, Qt::Key_3);
        QCOMPARE(stored(tmp.path(), second).status, QStringLiteral("rejected"));
        QCOMPARE(stored(tmp.path(), second).reason, page->rejectReasons().at(2));
        QCOMPARE(page->currentRow(), 2);

        // E edits; Esc leaves the record alone, Ctrl+Enter saves.
        const qint64 third = page->model()->idAt(2);
        QTest::keyClick(table, Qt::Key_E);
        QVERIFY(page->recordView()->isEditing());
        QPlainTextEdit *editor = page->recordView()->editor();
        QTest::keyClicks(editor, QStringLiteral(" Nope"));
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!page->recordView()->isEditing());
        QCOMPARE(stored(tmp.path(), third).status, QStringLiteral("unreviewed"));
        QTest::keyClick(table, Qt::Key_E);
        QVERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral(" Much better"));
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(stored(tmp.path(), third).status, QStringLiteral("edited"));
        QCOMPARE(stored(tmp.path(), third).edited, QStringLiteral("Reply number 3. Much better"));
        QCOMPARE(page->currentRow(), 3);
        QTRY_VERIFY(table->hasFocus());

        // The focus view shows the diff of the edited record when we go back to it.
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(page->currentRow(), 2);
        const QString html = page->recordView()->browser()->toHtml();
        QVERIFY(html.contains(QStringLiteral("Much better")));
        QVERIFY(html.contains(QStringLiteral("underline")));

        // Backspace undoes the edit and goes back to its record.
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(page->currentRow(), 3);
        QTest::keyClick(table, Qt::Key_Backspace);
        QCOMPARE(stored(tmp.path(), third).status, QStringLiteral("unreviewed"));
        QVERIFY(stored(tmp.path(), third).edited.isEmpty());
        QCOMPARE(page->currentRow(), 2);
        // Ctrl+Z undoes the reject before it (the window's project undo does not take the key).
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(tmp.path(), second).status, QStringLiteral("unreviewed"));
        QCOMPARE(page->currentRow(), 1);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));

        // A digit alone rejects with that reason; Space skips without deciding.
        QTest::keyClick(table, Qt::Key_1);
        QCOMPARE(stored(tmp.path(), second).reason, page->rejectReasons().at(0));
        QCOMPARE(page->currentRow(), 2);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(page->currentRow(), 3);
        QCOMPARE(stored(tmp.path(), third).status, QStringLiteral("unreviewed"));
        // Record 4 is a conversation: every turn shows.
        const QString conversation = page->recordView()->browser()->toPlainText();
        QVERIFY(conversation.contains(QStringLiteral("Hello.")));
        QVERIFY(conversation.contains(QStringLiteral("Hi")));
        // Arrow keys move as well (the table's own handling).
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(page->currentRow(), 4);

        // The shared character list filters the page.
        page->setCurrentCharacter(QStringLiteral("Olga Solis"));
        QTRY_COMPARE(page->model()->rowCount(), 5);
        page->setCurrentCharacter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 10);
    }

    // Edit ▸ Undo says what Ctrl+Z undoes in the Review mode: the last decision while there are
    // decisions to undo (from the menu as well), the project's last edit otherwise — and in the
    // search field, the field's typing is not taken for a decision. Edit ▸ Redo likewise.
    void editMenuUndoesDecisions()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 2);
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        page->setCurrentCharacter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 4);
        QTableView *table = page->tableView();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QAction *undo = window.undoAction();
        QVERIFY(!undo->isEnabled());

        // A project edit with no decision yet: Ctrl+Z in the list undoes it.
        const QStringList reasons = page->rejectReasons();
        window.document()->setRejectReasons({QStringLiteral("off voice")});
        QCOMPARE(page->rejectReasons(), QStringList{QStringLiteral("off voice")});
        QVERIFY(undo->isEnabled());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->rejectReasons(), reasons);
        window.document()->setRejectReasons({QStringLiteral("off voice")});

        // A decision: the menu names it and undoes it.
        const qint64 first = page->model()->idAt(0);
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Accept"));
        QVERIFY(undo->isEnabled());
        // In the search field the menu is the project's (Ctrl+Z there is the field's).
        page->searchEdit()->setFocus();
        QTRY_VERIFY(page->searchEdit()->hasFocus());
        QVERIFY(undo->text() != QStringLiteral("&Undo Accept"));
        table->setFocus();
        QTRY_COMPARE(undo->text(), QStringLiteral("&Undo Accept"));
        undo->trigger();
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("unreviewed"));
        QCOMPARE(page->currentRow(), 0);
        // Redo makes it again, from the menu, with Ctrl+Shift+Z and with Ctrl+Y.
        QAction *redo = window.redoAction();
        QCOMPARE(redo->text(), QStringLiteral("&Redo Accept"));
        redo->trigger();
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Accept"));
        QVERIFY(redo->text() != QStringLiteral("&Redo Accept"));
        QTest::keyClick(table, Qt::Key_Backspace);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("unreviewed"));
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QCOMPARE(page->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("unreviewed"));
        QTest::keyClick(table, Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        undo->trigger();
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("unreviewed"));
        // No decision left: the menu and Ctrl+Z are the project's again.
        QVERIFY(undo->text() != QStringLiteral("&Undo Accept"));
        QVERIFY(undo->isEnabled());
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->rejectReasons(), reasons);
    }

    // A filter picked with the mouse leaves the keyboard with the list: A then accepts (in a
    // combo with the focus it would pick the first item starting with "A").
    void filterPickedWithTheMouseLeavesTheKeysWithTheList()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 5);
        MainWindow window;
        window.resize(1280, 800);
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QTableView *table = page->tableView();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QComboBox *status = nullptr;
        for (QComboBox *box : page->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Status filter"))
                status = box;
        }
        QVERIFY(status);
        QTest::mouseClick(status, Qt::LeftButton);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QWidget *popup = QApplication::activePopupWidget();
        QTest::keyClick(popup->focusWidget() ? popup->focusWidget() : popup, Qt::Key_Down);
        QTest::keyClick(popup->focusWidget() ? popup->focusWidget() : popup, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(status->currentData().toString(), QStringLiteral("unreviewed"));
        QTRY_VERIFY(table->hasFocus());
        const qint64 first = page->model()->idAt(page->currentRow());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QCOMPARE(status->currentData().toString(), QStringLiteral("unreviewed"));
        // Tab still reaches the filters.
        QVERIFY(status->focusPolicy() & Qt::TabFocus);
    }

    void characterWithoutRecordsOffersAllRecords()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 5);
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        // The window selects its first character, Elio, who has no records here.
        QCOMPARE(page->model()->filter().persona, QStringLiteral("Elio Solis"));
        page->searchEdit()->setText(QStringLiteral("Reply"));
        QTRY_COMPARE(page->model()->filter().text, QStringLiteral("Reply"));
        // A text search runs on a worker: the message is written when its answer comes.
        QTRY_VERIFY(!page->model()->isLoading());
        QCOMPARE(page->model()->rowCount(), 0);
        QTextBrowser *browser = page->recordView()->browser();
        QVERIFY2(browser->toHtml().contains(QStringLiteral("studio:clear-filters")), qPrintable(browser->toPlainText()));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Show all records")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("No record matches the filter.")));
        QVERIFY(!page->tableView()->isColumnHidden(ReviewModel::ReasonColumn));
        // The link, clicked.
        emit browser->anchorClicked(QUrl(QStringLiteral("studio:clear-filters")));
        QVERIFY(page->currentFilter().isEmpty());
        QVERIFY(page->searchEdit()->text().isEmpty());
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QVERIFY(page->tableView()->hasFocus());
        // The character alone as the filter: the same offer.
        page->setCurrentCharacter(QStringLiteral("Elio Solis"));
        QTRY_COMPARE(page->model()->rowCount(), 0);
        QVERIFY(browser->toHtml().contains(QStringLiteral("studio:clear-filters")));
        // Nothing but the character filters: it is the character that has none.
        QVERIFY2(browser->toPlainText().contains(QStringLiteral("Elio Solis has no records yet.")), qPrintable(browser->toPlainText()));
        page->clearFilters();
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QVERIFY(!browser->toHtml().contains(QStringLiteral("studio:clear-filters")));
        // Under a status without reasons the reason column gives its room to the messages.
        QComboBox *status = page->statusFilter();
        status->setCurrentIndex(status->findData(QStringLiteral("unreviewed")));
        QVERIFY(page->tableView()->isColumnHidden(ReviewModel::ReasonColumn));
        status->setCurrentIndex(status->findData(QStringLiteral("rejected")));
        QVERIFY(!page->tableView()->isColumnHidden(ReviewModel::ReasonColumn));
        page->clearFilters();
        QVERIFY(!page->tableView()->isColumnHidden(ReviewModel::ReasonColumn));
        // The filter bar leaves the search field room for its text at the window's width.
        QVERIFY2(page->searchEdit()->width() >= page->searchEdit()->fontMetrics().horizontalAdvance(page->searchEdit()->placeholderText()),
                 qPrintable(QString::number(page->searchEdit()->width())));
    }

    // A spot-check started while the list shows a character with no record in the sample
    // (Elio, selected when the project opens, has none) shows every character's sample, not an
    // empty list; one with records in it keeps its filter.
    void spotCheckShowsTheSampleWhenTheCharacterHasNone()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 30);
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        QCOMPARE(page->model()->filter().persona, QStringLiteral("Elio Solis"));
        page->spotCheckPanel()->setSeed(5);
        page->startSpotCheck();
        QCOMPARE(page->spotCheck().idsByPersona.keys(), (QStringList{QStringLiteral("Glordon"), QStringLiteral("Olga Solis")}));
        QVERIFY(page->model()->filter().persona.isEmpty());
        QVERIFY(page->currentFilter().persona.isEmpty());
        QCOMPARE(page->model()->rowCount(), 40);
        QVERIFY(!page->tableView()->isColumnHidden(ReviewModel::PersonaColumn));
        page->endSpotCheck();
        QCOMPARE(page->model()->rowCount(), 60);

        page->setCurrentCharacter(QStringLiteral("Olga Solis"));
        QTRY_COMPARE(page->model()->rowCount(), 30);
        page->startSpotCheck();
        QCOMPARE(page->model()->filter().persona, QStringLiteral("Olga Solis"));
        QCOMPARE(page->model()->rowCount(), 20);
    }

    // A spot-check is kept in studio.db as it starts: a window opened on the project after the
    // first one is gone (closed, or killed) goes on with the same records, seed and size, and
    // ending it there ends it for good.
    void spotCheckOutlivesTheWindow()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 30);
        {
            // And a character with a long name, for the panel's width below.
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            for (int i = 0; i < 8; ++i) {
                Record r;
                r.persona = QStringLiteral("Ambassador Questa");
                r.input = QStringLiteral("Question %1").arg(i);
                r.output = QStringLiteral("Greetings, number %1.").arg(i);
                records << r;
            }
            QVERIFY(store.insertRecords(records, nullptr));
        }
        QList<qint64> drawn;
        {
            MainWindow window;
            ReviewPage *page = openInReview(window, tmp.path());
            QVERIFY(page);
            page->spotCheckPanel()->setSeed(4242);
            page->spotCheckPanel()->setSize(5, 0);
            page->startSpotCheck();
            drawn = page->spotCheck().allIds();
            QCOMPARE(drawn.size(), 15);
            QTest::keyClick(page->tableView(), Qt::Key_A);
        }
        {
            MainWindow window;
            ReviewPage *page = openInReview(window, tmp.path());
            QVERIFY(page);
            QCOMPARE(page->spotCheck().allIds(), drawn);
            QCOMPARE(page->spotCheckPanel()->seed(), quint64(4242));
            QCOMPARE(page->spotCheckPanel()->perPersona(), 5);
            // The window selects Elio first, who has no record in the sample: every character's show.
            QVERIFY(page->currentFilter().persona.isEmpty());
            QTRY_COMPARE(page->model()->rowCount(), 15);
            QTreeWidget *progress = page->spotCheckPanel()->table();
            QTRY_COMPARE(progress->topLevelItemCount(), 3);
            QStringList checked;
            for (int i = 0; i < 3; ++i)
                checked << progress->topLevelItem(i)->text(SpotCheckPanel::CheckedColumn);
            checked.sort();
            QCOMPARE(checked, (QStringList{QStringLiteral("0 / 5"), QStringLiteral("0 / 5"), QStringLiteral("1 / 5")}));
            // In the narrowest window the figures stay whole, the names give way.
            window.resize(1024, 700);
            QTRY_COMPARE(window.width(), 1024);
            QTest::qWait(50);
            for (int i = 0; i < 3; ++i) {
                const QTreeWidgetItem *item = progress->topLevelItem(i);
                for (int c = SpotCheckPanel::CheckedColumn; c < SpotCheckPanel::ColumnCount; ++c)
                    QVERIFY2(progress->columnWidth(c) >= progress->fontMetrics().horizontalAdvance(item->text(c)),
                             qPrintable(item->text(c)));
            }
            QCOMPARE(progress->horizontalScrollBar()->maximum(), 0);
            page->endSpotCheck();
        }
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        QVERIFY(page->spotCheck().isEmpty());
        QTRY_COMPARE(page->model()->rowCount(), 0);   // Elio's records: none
    }

    // The id column is as wide as the ids shown need (it was seven digits wide for ten records),
    // and a width the reviewer drags stays.
    void idColumnFitsTheIds()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 5);
        MainWindow window;
        ReviewPage *page = openInReview(window, tmp.path());
        QVERIFY(page);
        page->setCurrentCharacter(QString());
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QTableView *table = page->tableView();
        const QFontMetrics fm = table->fontMetrics();
        const int width = table->columnWidth(ReviewModel::IdColumn);
        QVERIFY2(width < fm.horizontalAdvance(QStringLiteral("0000000")), qPrintable(QString::number(width)));
        QVERIFY(width >= fm.horizontalAdvance(QStringLiteral("000")));
        QVERIFY(width >= table->horizontalHeader()->sectionSizeHint(ReviewModel::IdColumn));   // "#" and the sort arrow
        // Dragged wider, it keeps that width when the rows load again.
        table->horizontalHeader()->resizeSection(ReviewModel::IdColumn, width + 40);
        page->searchEdit()->setText(QStringLiteral("Reply"));
        QTRY_COMPARE(page->model()->filter().text, QStringLiteral("Reply"));
        page->searchEdit()->clear();
        QTRY_COMPARE(page->model()->rowCount(), 10);
        QCOMPARE(table->columnWidth(ReviewModel::IdColumn), width + 40);
    }

    // A column narrowed below its title shows the title elided ("Cate…"), as its cells elide
    // their text, not clipped on both sides ("ategor"): the application's style does it.
    void narrowColumnTitlesAreElided()
    {
        StudioStyle style;
        const QString title = QStringLiteral("Category");
        const QFontMetrics fm = QTableView().fontMetrics();
        const int narrow = fm.horizontalAdvance(title) * 2 / 3;
        auto headerImage = [&](const QString &text) {
            QStandardItemModel model(1, 2);
            model.setHorizontalHeaderLabels({text, QStringLiteral("Message")});
            QTableView view;
            view.setStyle(&style);
            view.horizontalHeader()->setStyle(&style);
            view.setModel(&model);
            view.resize(300, 100);
            view.setColumnWidth(0, narrow);
            view.show();
            return view.horizontalHeader()->grab().toImage();
        };
        const QImage shown = headerImage(title);
        QStringList candidates;
        for (int width = 0; width < fm.horizontalAdvance(title); ++width) {
            const QString elided = fm.elidedText(title, Qt::ElideRight, width);
            if (elided != title && !candidates.contains(elided))
                candidates << elided;
        }
        QVERIFY(candidates.size() > 2);
        bool matched = false;
        for (const QString &candidate : std::as_const(candidates))
            matched = matched || headerImage(candidate) == shown;
        QVERIFY2(matched, "the narrowed title is not drawn as any elision of it");
        // A title that fits is left whole.
        QCOMPARE(StudioStyle::headerTitle(title, fm, QRect(0, 0, fm.horizontalAdvance(title), 20)), title);
    }

    // A tool button whose menu opens at once (Bulk) has room for the arrow the style draws in
    // its corner: it stays clear of the text.
    void menuButtonArrowHasRoom()
    {
        StudioStyle style;
        QToolButton plain, withMenu;
        QMenu menu;
        menu.addAction(QStringLiteral("Accept Selected"));
        for (QToolButton *button : {&plain, &withMenu}) {
            button->setStyle(&style);
            button->setText(QStringLiteral("Bulk"));
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        }
        withMenu.setMenu(&menu);
        withMenu.setPopupMode(QToolButton::InstantPopup);
        QCOMPARE(withMenu.sizeHint().width(), plain.sizeHint().width() + style.pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, &withMenu));
    }

    // View ▸ Spot-Check Panel (F9), only in the Review mode, hides the panel for the list's
    // sake and is remembered; the reply column is in sight either way.
    void spotCheckPanelCanBeHidden()
    {
        QSettings().remove(QStringLiteral("review/spotCheckShown"));
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 5);
        auto replyInSight = [](ReviewPage *page) {
            QTableView *table = page->tableView();
            const int left = table->columnViewportPosition(ReviewModel::OutputColumn);
            const int width = table->columnWidth(ReviewModel::OutputColumn);
            return left >= 0 && left + width <= table->viewport()->width() && width >= 60;
        };
        {
            MainWindow window;
            ReviewPage *page = openInReview(window, tmp.path());
            QVERIFY(page);
            page->setCurrentCharacter(QString());
            QTRY_VERIFY(page->model()->rowCount() > 0);
            QVERIFY(page->spotCheckPanel()->isVisible());
            QTRY_VERIFY2(replyInSight(page), qPrintable(QString::number(page->tableView()->columnViewportPosition(ReviewModel::OutputColumn))));
            const QList<QAction *> actions = page->viewActions();
            QCOMPARE(actions.size(), 1);
            QAction *toggle = actions.first();
            QCOMPARE(toggle->shortcut(), QKeySequence(Qt::Key_F9));
            QVERIFY(toggle->isVisible());
            QVERIFY(window.findChildren<QMenu *>().size() > 0);
            bool inViewMenu = false;
            for (QMenu *menu : window.findChildren<QMenu *>())
                inViewMenu = inViewMenu || (menu->title() == QStringLiteral("&View") && menu->actions().contains(toggle));
            QVERIFY(inViewMenu);
            const int before = page->tableView()->columnWidth(ReviewModel::OutputColumn);
            QTest::keyClick(page->tableView(), Qt::Key_F9);
            QVERIFY(!toggle->isChecked());
            QVERIFY(!page->spotCheckPanel()->isVisible());
            QTRY_VERIFY(page->tableView()->columnWidth(ReviewModel::OutputColumn) > before);
            QVERIFY(replyInSight(page));
            // Another mode: the action is neither in the menu nor on its key.
            window.setModePage(window.modePages().first());
            QVERIFY(!toggle->isVisible());
            window.setModePage(page);
            QVERIFY(toggle->isVisible());
            // A spot-check goes on with the panel hidden: its progress is on the bottom line.
            auto *line = page->findChild<QLabel *>(QStringLiteral("spotCheckLine"));
            QVERIFY(line);
            QVERIFY(!line->isVisible());
            page->spotCheckPanel()->setSeed(5);
            page->startSpotCheck();
            QTRY_VERIFY(!page->spotCheck().isEmpty());
            const int drawn = int(page->spotCheck().allIds().size());
            QVERIFY(line->isVisible());
            QCOMPARE(line->text(), QStringLiteral("Spot-check: 0 / %1 checked, 0 rejected").arg(drawn));
            QTest::keyClick(page->tableView(), Qt::Key_A);
            QTRY_COMPARE(line->text(), QStringLiteral("Spot-check: 1 / %1 checked, 0 rejected").arg(drawn));
            page->endSpotCheck();
            QVERIFY(!line->isVisible());
        }
        {
            MainWindow window;
            ReviewPage *page = openInReview(window, tmp.path());
            QVERIFY(page);
            QVERIFY(!page->spotCheckPanel()->isVisible());
            page->viewActions().first()->trigger();
            QVERIFY(page->spotCheckPanel()->isVisible());
        }
        QVERIFY(QSettings().value(QStringLiteral("review/spotCheckShown")).toBool());
    }

    void spotCheckAndSearch()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 30);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 60);

        page->spotCheckPanel()->setSeed(77);
        page->startSpotCheck();
        QCOMPARE(page->model()->rowCount(), 40); // 20 per character
        const QList<qint64> drawn = page->spotCheck().allIds();
        page->endSpotCheck();
        QCOMPARE(page->model()->rowCount(), 60);
        page->startSpotCheck();
        QCOMPARE(page->spotCheck().allIds(), drawn); // the same seed, the same sample

        // In a large table the draw runs on a worker; the same seed draws the same sample.
        page->endSpotCheck();
        page->model()->setBackgroundRows(10);
        page->startSpotCheck();
        QVERIFY(page->spotCheck().isEmpty());
        QCOMPARE(page->model()->rowCount(), 60);
        QTRY_COMPARE(page->spotCheck().allIds(), drawn);
        QTRY_COMPARE(page->model()->rowCount(), 40);
        page->model()->setBackgroundRows(100000);

        QTest::keyClick(page->tableView(), Qt::Key_A);
        QTest::keyClick(page->tableView(), Qt::Key_2);
        QTreeWidget *progress = page->spotCheckPanel()->table();
        QTRY_COMPARE(progress->topLevelItemCount(), 2);
        // The list is in id order, so the two records are one of each character.
        QTRY_COMPARE(progress->topLevelItem(0)->text(SpotCheckPanel::CheckedColumn), QStringLiteral("1 / 20"));
        QCOMPARE(progress->topLevelItem(1)->text(SpotCheckPanel::CheckedColumn), QStringLiteral("1 / 20"));
        // One accepted of one checked, and one rejected of one: Wilson brackets both widely.
        QStringList rates = {progress->topLevelItem(0)->text(SpotCheckPanel::RateColumn),
                             progress->topLevelItem(1)->text(SpotCheckPanel::RateColumn)};
        rates.sort();
        QCOMPARE(rates, (QStringList{QStringLiteral("0% (0–79%)"), QStringLiteral("100% (21–100%)")}));
        QCOMPARE(progress->topLevelItem(0)->text(SpotCheckPanel::RejectedColumn).toInt()
                     + progress->topLevelItem(1)->text(SpotCheckPanel::RejectedColumn).toInt(),
                 1);
        // Without a sample the panel shows every record of each character (counted on a worker).
        page->endSpotCheck();
        QTRY_COMPARE(progress->topLevelItem(0)->text(SpotCheckPanel::CheckedColumn), QStringLiteral("1 / 30"));
        QCOMPARE(progress->topLevelItem(1)->text(SpotCheckPanel::CheckedColumn), QStringLiteral("1 / 30"));

        QTest::keyClicks(page->searchEdit(), QStringLiteral("number 42."));
        QTRY_COMPARE(page->model()->rowCount(), 1);
    }

    void refusedDecisionSaysSoAndLosesNothing()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 2);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 4);
        QTableView *table = page->tableView();
        table->setFocus();
        const qint64 first = page->model()->idAt(0);
        const qint64 second = page->model()->idAt(1);
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));

        // The database refuses every write from now on, as a full disk would.
        DatasetStore other;
        QVERIFY(other.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
        QSqlQuery q(other.database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(page->currentRow(), 1);   // stays on the record
        QCOMPARE(stored(tmp.path(), second).status, QStringLiteral("unreviewed"));
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("accepted"));
        QLabel *hint = nullptr;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->text().contains(QStringLiteral("not stored")))
                hint = label;
        }
        QVERIFY2(hint, "no message says the decision was not stored");
        QVERIFY(hint->text().contains(QStringLiteral("disk is full")));

        // Space freed: the same key works and the message goes.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored(tmp.path(), second).status, QStringLiteral("accepted"));
        QVERIFY(!hint->text().contains(QStringLiteral("not stored")));
    }

    // Bulk ▸ Reviewer Name… (or a click on the name under the list) sets the name recorded with
    // the decisions from then on, kept in the settings for the next session; an empty name goes
    // back to the system's.
    void reviewerNameIsSet()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 2);
        qint64 first = 0;
        {
            MainWindow window;
            ReviewPage *page = openAllRecords(window, tmp.path());
            QVERIFY(page);
            QTRY_COMPARE(page->model()->rowCount(), 4);
            bool answered = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                QVERIFY(dialog);
                QCOMPARE(dialog->textValue(), ReviewSession::defaultReviewer());
                dialog->setTextValue(QStringLiteral("  Ana Reyes "));
                dialog->accept();
                answered = true;
            });
            emit page->reviewerLabel()->linkActivated(QStringLiteral("reviewer"));
            QVERIFY(answered);
            QVERIFY(page->reviewerLabel()->text().contains(QStringLiteral("Ana Reyes")));
            page->tableView()->setFocus();
            QCOMPARE(page->currentRow(), 0);
            first = page->model()->idAt(0);
            QTest::keyClick(page->tableView(), Qt::Key_A);
            QCOMPARE(stored(tmp.path(), first).reviewer, QStringLiteral("Ana Reyes"));
        }
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QVERIFY(page->reviewerLabel()->text().contains(QStringLiteral("Ana Reyes")));
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QString());
            dialog->accept();
            answered = true;
        });
        page->editReviewerName();
        QVERIFY(answered);
        QVERIFY(!page->reviewerLabel()->text().contains(QStringLiteral("Ana Reyes")));
        QCOMPARE(ReviewSession::defaultReviewer(), page->reviewerLabel()->text().section(QLatin1Char('>'), 1).section(QLatin1Char('<'), 0, 0));
    }

    void rejectReasonsAreEditable()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 2);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 4);
        const QStringList defaults = page->rejectReasons();

        QAction *edit = nullptr;
        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            if (!button->menu())
                continue;
            for (QAction *a : button->menu()->actions()) {
                if (a->text() == QStringLiteral("Edit Reject Reasons…"))
                    edit = a;
            }
        }
        QVERIFY(edit);
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), defaults.join(QLatin1Char('\n')));
            // Blank lines, stray spaces and repeats are dropped.
            dialog->setTextValue(QStringLiteral("too formal\n\n  spoils   the ending \ntoo formal\n"));
            dialog->accept();
            answered = true;
        });
        edit->trigger();
        QVERIFY(answered);
        const QStringList edited{QStringLiteral("too formal"), QStringLiteral("spoils the ending")};
        QCOMPARE(page->rejectReasons(), edited);

        // Saved with the project, a moment later.
        const auto studioJson = [&] {
            QFile f(tmp.path() + QStringLiteral("/studio.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY(studioJson().contains("spoils the ending"));
        QCOMPARE(ReviewSession::rejectReasons(*Project::open(tmp.path()).project), edited);

        // The keys follow the new list.
        QTableView *table = page->tableView();
        table->setFocus();
        const qint64 first = page->model()->idAt(0);
        QTest::keyClick(table, Qt::Key_2);
        QCOMPARE(stored(tmp.path(), first).reason, QStringLiteral("spoils the ending"));

        // Edit ▸ Undo takes the reject back, then the change of the list.
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Reject"));
        window.undoAction()->trigger();
        QCOMPARE(stored(tmp.path(), first).status, QStringLiteral("unreviewed"));
        QCOMPARE(page->rejectReasons(), edited);
        window.undoAction()->trigger();
        QCOMPARE(page->rejectReasons(), defaults);
        // Redo makes them again in the order they were made: the list, then the reject.
        QCOMPARE(window.redoAction()->text(), QStringLiteral("&Redo Change Reject Reasons"));
        window.redoAction()->trigger();
        QCOMPARE(page->rejectReasons(), edited);
        QCOMPARE(window.redoAction()->text(), QStringLiteral("&Redo Reject"));
        window.redoAction()->trigger();
        QCOMPARE(stored(tmp.path(), first).reason, QStringLiteral("spoils the ending"));
        // A project edit made after a decision is undone before it.
        window.undoAction()->trigger();
        window.undoAction()->trigger();
        QCOMPARE(page->rejectReasons(), defaults);
        window.redoAction()->trigger();
        QTest::keyClick(table, Qt::Key_1);   // a decision (redo forgets the reject's), then an edit
        window.document()->setRejectReasons(defaults);
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Change Reject Reasons"));
        window.undoAction()->trigger();
        QCOMPARE(page->rejectReasons(), edited);
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Reject"));
    }

    void fileMenuImportGoesToReview()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        window.setMode(MainWindow::PlanMode);
        QAction *import = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->text() == QStringLiteral("&Import Records…"))
                import = a;
        }
        QVERIFY(import);
        QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
        QVERIFY(import->isEnabled());
        QSettings().remove(QStringLiteral("import/lastDir"));
        // The dialog opens in the project's folder the first time, then where files were found.
        QTemporaryDir elsewhere;
        const QString dataset = elsewhere.filePath(QStringLiteral("more.jsonl"));
        QVERIFY(TempProject::writeFile(dataset, "{\"persona\":\"Glordon\",\"input\":\"Hi\",\"output\":\"Hello!\"}\n"));
        QString openedIn;
        auto answer = [&](const QString &file) {
            QTimer::singleShot(0, this, [&, file] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                openedIn = dialog->directory().absolutePath();
                if (file.isEmpty()) {
                    dialog->reject();
                } else {
                    dialog->selectFile(file);
                    QMetaObject::invokeMethod(dialog, "accept");   // protected in QFileDialog
                }
            });
        };
        answer(dataset);
        import->trigger();
        auto *review = qobject_cast<ReviewPage *>(window.currentModePage());
        QVERIFY(review);
        QCOMPARE(QFileInfo(openedIn).canonicalFilePath(), QFileInfo(tmp.path()).canonicalFilePath());
        QTRY_VERIFY(!review->isImporting());
        if (QWidget *summary = QApplication::activeModalWidget())
            summary->close();
        answer(QString());
        import->trigger();
        QCOMPARE(QFileInfo(openedIn).canonicalFilePath(), QFileInfo(elsewhere.path()).canonicalFilePath());
    }

    // An import that finds personas the project has no sheet for offers to create them: one
    // click makes a sheet for each, and Edit ▸ Undo takes them back.
    void importOffersToCreateCharacters()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        const QString file = tmp.path() + QStringLiteral("/new.jsonl");
        QVERIFY(TempProject::writeFile(file, "{\"persona\":\"Zorblax\",\"input\":\"Hi\",\"output\":\"Greetings, Earthling.\"}\n"
                                             "{\"persona\":\"Glordon\",\"input\":\"Hi\",\"output\":\"Hi friend!\"}\n"
                                             "{\"persona\":\"Mira Quell\",\"input\":\"Hi\",\"output\":\"Hello there.\"}\n"
                                             "{\"persona\":\"Bryce\",\"input\":\"Hi\",\"output\":\"What?\"}\n"
                                             "{\"persona\":\"Glordon\",\"messages\":[{\"role\":\"user\",\"content\":\"Yo\"},"
                                             "{\"role\":\"assistant\",\"content\":\"Hello!\"},{\"role\":\"user\",\"content\":\"Bye\"}]}\n"));
        // A file the studio cannot read is named above the report, with why.
        const QString zst = tmp.path() + QStringLiteral("/more.jsonl.zst");
        QVERIFY(TempProject::writeFile(zst, QByteArray("\x28\xb5\x2f\xfd\x00\x58", 6) + QByteArray(32, 'x')));
        QSignalSpy finished(page, &ReviewPage::importFinished);
        page->importFiles({file, zst});
        QVERIFY(finished.wait(30000));
        auto *summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->informativeText().contains(QStringLiteral("more.jsonl.zst was not imported: it is zstd-compressed")),
                 qPrintable(summary->informativeText()));
        QVERIFY2(summary->informativeText().contains(QStringLiteral("Mira Quell, Zorblax")), qPrintable(summary->informativeText()));
        // "Bryce" is part of one character's name: stored as Bryce Markwell's, and said.
        QVERIFY2(summary->informativeText().contains(QStringLiteral("Bryce → Bryce Markwell")), qPrintable(summary->informativeText()));
        // A line stored without its last message: said above, with its line in the details.
        QVERIFY2(summary->informativeText().contains(QStringLiteral("1 record(s) stored with a part of their line left out")), qPrintable(summary->informativeText()));
        QVERIFY2(summary->detailedText().contains(QStringLiteral("new.jsonl:5: 1 message(s) after the last reply left out")), qPrintable(summary->detailedText()));
        auto *create = summary->findChild<QPushButton *>(QStringLiteral("createCharacters"));
        QVERIFY(create);
        QVERIFY2(create->text().startsWith(QStringLiteral("Create 2 Character")), qPrintable(create->text()));
        QVERIFY(create->isDefault());
        // Or the sheets from the characters' cards (Character ▸ Import Character Cards…).
        QVERIFY(summary->findChild<QPushButton *>(QStringLiteral("characterCards")));
        const int before = int(window.document()->project().characters.size());
        create->click();
        const Project &project = window.document()->project();
        QCOMPARE(int(project.characters.size()), before + 2);
        QVERIFY(project.character(QStringLiteral("Zorblax")));
        QVERIFY(QFile::exists(QDir(project.sheetsPath()).filePath(QStringLiteral("character_zorblax.md"))));
        QVERIFY(QFile::exists(QDir(project.sheetsPath()).filePath(QStringLiteral("character_mira_quell.md"))));
        window.undoAction()->trigger();   // one step for both
        QCOMPARE(int(window.document()->project().characters.size()), before);
        QVERIFY(!QFile::exists(QDir(project.sheetsPath()).filePath(QStringLiteral("character_zorblax.md"))));

        // "From Character Cards…" asks for the cards.
        const QString more = tmp.path() + QStringLiteral("/more.jsonl");
        QVERIFY(TempProject::writeFile(more, "{\"persona\":\"Quorp\",\"input\":\"Hi\",\"output\":\"Blip.\"}\n"));
        page->importFiles({more});
        QVERIFY(finished.wait(30000));
        summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        auto *cards = summary->findChild<QPushButton *>(QStringLiteral("characterCards"));
        QVERIFY(cards);
        QString asked;
        QTimer::singleShot(0, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                asked = dialog->windowTitle();
                dialog->reject();
            }
        });
        cards->click();
        QCOMPARE(asked, QStringLiteral("Import Character Cards"));
    }

    // Lines that name no character (an assistant dataset, "You are a helpful assistant"): the
    // summary offers to import them as a character of the reviewer's choice; the lines with a
    // persona of their own are not stored twice, and the second import is an undo step too.
    void importAsACharacter()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        const QString file = tmp.path() + QStringLiteral("/assistant.jsonl");
        QVERIFY(TempProject::writeFile(file, "{\"messages\":[{\"role\":\"system\",\"content\":\"You are a helpful assistant.\"},"
                                             "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"Hello!\"}]}\n"
                                             "{\"messages\":[{\"role\":\"system\",\"content\":\"You are Caleb.\"},"
                                             "{\"role\":\"user\",\"content\":\"Hi\"},{\"role\":\"assistant\",\"content\":\"What?\"}]}\n"
                                             "{\"instruction\":\"Say hi.\",\"input\":\"\",\"output\":\"Hi there.\"}\n"));
        QSignalSpy finished(page, &ReviewPage::importFinished);
        page->importFiles({file});
        QVERIFY(finished.wait(30000));
        auto *summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->informativeText().contains(QStringLiteral("2 line(s) name no character")), qPrintable(summary->informativeText()));
        auto *importAs = summary->findChild<QPushButton *>(QStringLiteral("importAsCharacter"));
        QVERIFY(importAs);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        const QPointer<ImportSummaryDialog> first = summary;
        importAs->click();
        auto *chooser = page->findChild<QInputDialog *>(QStringLiteral("personaForLines"));
        QVERIFY(chooser);
        QVERIFY2(chooser->labelText().contains(QStringLiteral("2 line(s)")), qPrintable(chooser->labelText()));
        QVERIFY(chooser->comboBoxItems().contains(QStringLiteral("Glordon")));
        QTRY_VERIFY(!first);   // the report closed with the click, and is gone while the reviewer chooses
        chooser->setTextValue(QStringLiteral("glordon"));   // the project's spelling is stored
        chooser->accept();
        QVERIFY(finished.wait(30000));
        QTRY_COMPARE(page->model()->rowCount(), 3);
        DatasetStore store;
        QVERIFY(store.open(QDir(tmp.path()).filePath(QStringLiteral("studio.db")), nullptr));
        QStringList personas;
        for (const Record &r : store.records())
            personas << r.persona;
        personas.sort();
        QCOMPARE(personas, (QStringList{QStringLiteral("Caleb"), QStringLiteral("Glordon"), QStringLiteral("Glordon")}));
        summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY(!summary->findChild<QPushButton *>(QStringLiteral("importAsCharacter")));
        QVERIFY2(summary->detailedText().contains(QStringLiteral("1 already imported before")), qPrintable(summary->detailedText()));
        // Undone, the second import takes only its two records out.
        QVERIFY2(window.undoAction()->text().contains(QStringLiteral("Import of assistant.jsonl")), qPrintable(window.undoAction()->text()));
        window.undoAction()->trigger();
        QTRY_COMPARE(page->model()->rowCount(), 1);
    }

    // From a file of many characters the offer is a choice: the summary names the ones with
    // the most records, and the chooser creates the sheets checked — one undo step for all.
    void importOffersAChoiceOfManyCharacters()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        const QString file = tmp.path() + QStringLiteral("/bots.jsonl");
        QByteArray lines;
        for (int i = 1; i <= 12; ++i) {
            for (int r = 0; r < (i == 12 ? 3 : 1); ++r)
                lines += "{\"persona\":\"Bot " + QByteArray::number(i) + "\",\"input\":\"Hi " + QByteArray::number(r) + "\",\"output\":\"Hello\"}\n";
        }
        QVERIFY(TempProject::writeFile(file, lines));
        QSignalSpy finished(page, &ReviewPage::importFinished);
        page->importFiles({file});
        QVERIFY(finished.wait(30000));
        auto *summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->informativeText().contains(QStringLiteral("No character sheet for 12 persona(s), the most records first: Bot 12, Bot 1, Bot 10, ")),
                 qPrintable(summary->informativeText()));
        QVERIFY2(summary->informativeText().contains(QStringLiteral(" and 2 more.")), qPrintable(summary->informativeText()));
        auto *choose = summary->findChild<QPushButton *>(QStringLiteral("createCharacters"));
        QVERIFY(choose);
        QVERIFY2(choose->text().startsWith(QStringLiteral("Choose Characters")), qPrintable(choose->text()));
        choose->click();
        PersonaChooserDialog *chooser = nullptr;
        QTRY_VERIFY((chooser = page->findChild<PersonaChooserDialog *>(QStringLiteral("personaChooser"))));
        auto *create = chooser->findChild<QPushButton *>(QStringLiteral("createChecked"));
        QVERIFY(create);
        QVERIFY(!create->isEnabled());   // nothing checked yet
        // From the keyboard: Down leaves the filter for the list, Space checks the row.
        auto *filter = chooser->findChild<QLineEdit *>();
        auto *list = chooser->findChild<QListView *>();
        QVERIFY(filter && list);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), 0);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(chooser->checkedNames(), QStringList({QStringLiteral("Bot 12")}));
        chooser->setFilterText(QStringLiteral("bot 1"));   // Bot 1, Bot 10, Bot 11, Bot 12
        chooser->setShownChecked(true);
        QCOMPARE(chooser->checkedNames(),
                 QStringList({QStringLiteral("Bot 12"), QStringLiteral("Bot 1"), QStringLiteral("Bot 10"), QStringLiteral("Bot 11")}));
        QVERIFY(create->isEnabled());
        QVERIFY2(create->text().startsWith(QStringLiteral("Create 4 Character")), qPrintable(create->text()));
        const int before = int(window.document()->project().characters.size());
        const int undoBefore = window.document()->undoStack()->count();
        create->click();
        const Project &project = window.document()->project();
        QCOMPARE(int(project.characters.size()), before + 4);
        QVERIFY(project.character(QStringLiteral("Bot 12")));
        QVERIFY(!project.character(QStringLiteral("Bot 2")));
        QVERIFY(QFile::exists(QDir(project.sheetsPath()).filePath(QStringLiteral("character_bot_11.md"))));
        QCOMPARE(window.document()->undoStack()->count(), undoBefore + 1);
        window.undoAction()->trigger();
        QCOMPARE(int(window.document()->project().characters.size()), before);
        QVERIFY(!QFile::exists(QDir(project.sheetsPath()).filePath(QStringLiteral("character_bot_11.md"))));
    }

    // Bulk ▸ Remove Imported Records…: the file chosen, the reviewed ones counted in the
    // question, its records taken out on a worker — the generated ones and their decisions
    // stay — as an undo step: Edit ▸ Undo brings them back with their decisions. The import
    // itself is a step too.
    void removingAnImport()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 2);   // four generated records
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        const QString file = tmp.path() + QStringLiteral("/extra.jsonl");
        QVERIFY(TempProject::writeFile(file, "{\"persona\":\"Glordon\",\"input\":\"A\",\"output\":\"1\"}\n"
                                             "{\"persona\":\"Glordon\",\"input\":\"B\",\"output\":\"2\"}\n"
                                             "{\"persona\":\"Caleb\",\"input\":\"C\",\"output\":\"3\"}\n"));
        QSignalSpy imported(page, &ReviewPage::importFinished);
        page->importFiles({file});
        QVERIFY(imported.wait(30000));
        if (QWidget *summary = QApplication::activeModalWidget())
            summary->close();
        QTRY_COMPARE(page->model()->rowCount(), 7);

        // One decision on a generated record, then one on an imported one.
        DatasetStore store;
        QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, source_kind FROM records ORDER BY id")));
        QList<qint64> generated, fromFile;
        while (q.next())
            (q.value(1).toString() == QStringLiteral("imported") ? fromFile : generated) << q.value(0).toLongLong();
        QCOMPARE(fromFile.size(), 3);
        QVERIFY(page->session()->accept(generated.first()));
        QVERIFY(page->session()->accept(fromFile.first()));
        QCOMPARE(page->session()->undoCount(), 3);   // the import, two accepts

        QAction *remove = nullptr;
        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            if (!button->menu())
                continue;
            for (QAction *a : button->menu()->actions()) {
                if (a->text() == QStringLiteral("Remove Imported Records…"))
                    remove = a;
            }
        }
        QVERIFY(remove);
        QString question;
        bool chose = false;
        // The file's item in the list, then Remove in the question (each answered once it is up).
        std::function<void()> answer = [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QInputDialog *>(modal); dialog && !chose) {
                QCOMPARE(dialog->comboBoxItems().size(), 1);
                QVERIFY(dialog->comboBoxItems().first().contains(QStringLiteral("extra.jsonl — 3 record(s)")));
                dialog->setTextValue(dialog->comboBoxItems().first());
                chose = true;
                dialog->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
                return;
            }
            QTimer::singleShot(10, this, answer);
        };
        QTimer::singleShot(0, this, answer);
        QSignalSpy removed(page, &ReviewPage::removalFinished);
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!question.isEmpty(), 30000);   // the counts come from a worker
        QVERIFY2(question.contains(QStringLiteral("Remove the 3 record(s) imported from extra.jsonl?")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 of them have a review decision")), qPrintable(question));
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 30000);

        QCOMPARE(store.countWhere(QStringLiteral("source_kind = 'imported'"), nullptr), 0);
        QCOMPARE(store.countWhere(QString(), nullptr), 4);
        QTRY_COMPARE(page->model()->rowCount(), 4);
        QCOMPARE(stored(tmp.path(), generated.first()).status, QStringLiteral("accepted"));
        bool said = false;
        for (QLabel *label : page->findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("Removed 3 record(s) imported from extra.jsonl — Backspace or Edit ▸ Undo brings them back."));
        QVERIFY(said);

        // Edit ▸ Undo: back, with the accept; then the accepts, then the import itself.
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Remove Import of extra.jsonl"));
        window.undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 7, 30000);
        QTRY_VERIFY(!page->session()->isBusy());
        QCOMPARE(stored(tmp.path(), fromFile.first()).status, QStringLiteral("accepted"));
        QCOMPARE(store.countWhere(QStringLiteral("source_kind = 'imported'"), nullptr), 3);
        window.undoAction()->trigger();
        window.undoAction()->trigger();
        QCOMPARE(stored(tmp.path(), fromFile.first()).status, QStringLiteral("unreviewed"));
        QCOMPARE(stored(tmp.path(), generated.first()).status, QStringLiteral("unreviewed"));
        QCOMPARE(window.undoAction()->text(), QStringLiteral("&Undo Import of extra.jsonl"));
        window.undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 30000);
        QTRY_VERIFY(!page->session()->isBusy());
        QCOMPARE(store.countWhere(QStringLiteral("source_kind = 'imported'"), nullptr), 0);
        QCOMPARE(window.redoAction()->text(), QStringLiteral("&Redo Import of extra.jsonl"));
        window.redoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 7, 30000);
        QTRY_VERIFY(!page->session()->isBusy());
        window.undoAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 4, 30000);
        QTRY_VERIFY(!page->session()->isBusy());

        // Importing the file again brings its records back, unreviewed.
        page->importFiles({file});
        QVERIFY(imported.wait(30000));
        if (QWidget *summary = QApplication::activeModalWidget())
            summary->close();
        QCOMPARE(store.countWhere(QStringLiteral("source_kind = 'imported' AND status = 'unreviewed'"), nullptr), 3);
    }

    // A studio.db that is not a database: the Review mode says so instead of "no records yet",
    // offers no import into it, and the file is left byte for byte as it was.
    void unreadableDatabaseSaysSoAndIsLeftAlone()
    {
        TempProject tmp(TestPaths::sampleProject());
        const QString path = tmp.path() + QStringLiteral("/studio.db");
        QByteArray garbage(64 * 1024, '\0');
        for (qsizetype i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        QVERIFY(TempProject::writeFile(path, garbage));
        {
            MainWindow window;
            ReviewPage *page = openInReview(window, tmp.path());
            QVERIFY(page);
            bool said = false, importOffered = true;
            for (QLabel *label : page->findChildren<QLabel *>())
                said = said || (label->isVisible() && label->text().contains(QStringLiteral("cannot be read")));
            for (QPushButton *button : page->findChildren<QPushButton *>()) {
                if (button->isVisible() && button->text().startsWith(QStringLiteral("Import a File")))
                    importOffered = button->isEnabled();
            }
            QVERIFY(said);
            QVERIFY(!importOffered);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void emptyProjectSaysWhatToDo()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(!page->tableView()->isVisible());
        bool found = false;
        for (QLabel *label : page->findChildren<QLabel *>())
            found = found || (label->isVisible() && label->text().startsWith(QStringLiteral("No records yet")));
        QVERIFY(found);

        // An import (off the GUI thread) fills the page.
        const QString file = tmp.path() + QStringLiteral("/old.jsonl");
        QVERIFY(TempProject::writeFile(file, QByteArrayLiteral("{\"persona\":\"Glordon\",\"input\":\"Hi\",\"output\":\"Greetings.\"}\n"
                                                               "not json\n"
                                                               "{\"persona\":\"Caleb\",\"input\":\"Yo\",\"output\":\"Hey.\"}\n")));
        page->setCurrentCharacter(QString());
        QSignalSpy finished(page, &ReviewPage::importFinished);
        page->importFiles({file});
        QVERIFY(finished.wait(10000));
        auto *summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("2 record")), qPrintable(summary->text()));
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QTRY_VERIFY(page->tableView()->isVisible());
        QVERIFY2(summary->detailedText().contains(QStringLiteral("old.jsonl:2")), qPrintable(summary->detailedText()));
        // The report reads at length: in view from the start, in a fixed-pitch font, copied whole.
        auto *report = summary->findChild<QPlainTextEdit *>();
        QVERIFY(report && report->isVisible());
        QCOMPARE(report->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
        QVERIFY(report->height() >= report->fontMetrics().lineSpacing() * 10);
        summary->findChild<QPushButton *>(QStringLiteral("copyReport"))->click();
        QCOMPARE(QApplication::clipboard()->text(), summary->detailedText());
        summary->close();
    }

    void importShowsProgressAndEscStopsIt()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        // About 20 MB: several chunks, so a stop leaves most of the file out.
        const QString file = tmp.path() + QStringLiteral("/big.jsonl");
        QByteArray content;
        constexpr int Lines = 120000;
        for (int i = 0; i < Lines; ++i)
            content += "{\"persona\":\"Glordon\",\"input\":\"Question number " + QByteArray::number(i)
                       + "\",\"output\":\"Answer number " + QByteArray::number(i) + ", told the way Glordon tells it to a friend.\"}\n";
        QVERIFY(TempProject::writeFile(file, content));
        auto hint = [page] {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text().startsWith(QStringLiteral("Importing")) || label->text().startsWith(QStringLiteral("Stopping")))
                    return label->text();
            }
            return QString();
        };
        QSignalSpy finished(page, &ReviewPage::importFinished);
        page->importFiles({file});
        QVERIFY(page->isImporting());
        QVERIFY2(hint().startsWith(QStringLiteral("Importing 1 file")) && hint().contains(QStringLiteral("… 0 % ·")), qPrintable(hint()));
        // The project had no records: the empty state shows the progress, and Esc anywhere in
        // the window stops the import.
        QVERIFY(!page->tableView()->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(focus, Qt::Key_Escape);
        QCOMPARE(hint(), QStringLiteral("Stopping the import…"));
        QVERIFY(finished.wait(30000));
        QVERIFY(!page->isImporting());
        auto *summary = page->findChild<ImportSummaryDialog *>(QStringLiteral("importSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("Import stopped.")), qPrintable(summary->text()));
        QVERIFY2(summary->detailedText().contains(QStringLiteral("stopped before the end")), qPrintable(summary->detailedText()));
        QTRY_VERIFY(page->model()->rowCount() < Lines);
        summary->close();
    }

    // Ctrl+F from the list goes to the search field; Return searches at once and gives the keys
    // back to the list, where A decides on what was found.
    void searchFromTheKeyboard()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 3);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 6);
        QApplication::setActiveWindow(&window);
        QTableView *table = page->tableView();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page->searchEdit()->hasFocus());
        QTest::keyClicks(page->searchEdit(), QStringLiteral("number 5."));
        QTest::keyClick(page->searchEdit(), Qt::Key_Return);
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QVERIFY(table->hasFocus());
        const qint64 found = page->model()->idAt(0);
        QTRY_VERIFY(table->currentIndex().isValid());
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(stored(tmp.path(), found).status, QStringLiteral("accepted"));
        QCOMPARE(page->model()->record(0).output, QStringLiteral("Reply number 5."));
    }

    // Bulk ▸ Reject Selected… asks for the reason (one of the project's, or typed) and rejects
    // the selected rows with it as one undo step; Accept Selected and Reset Selected to
    // Unreviewed act on the selection alone.
    void bulkDecisionsOnASelection()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 3);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 6);
        const auto bulkAction = [page](const QString &text) -> QAction * {
            for (QToolButton *button : page->findChildren<QToolButton *>()) {
                for (QAction *a : button->menu() ? button->menu()->actions() : QList<QAction *>()) {
                    if (a->text() == text)
                        return a;
                }
            }
            return nullptr;
        };
        QTableView *table = page->tableView();
        const auto selectRows = [&](const QList<int> &rows) {
            table->clearSelection();
            for (int row : rows)
                table->selectionModel()->select(page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        };
        QList<qint64> ids;
        for (int row = 0; row < 6; ++row)
            ids << page->model()->idAt(row);
        const auto statuses = [&] {
            QStringList result;
            for (qint64 id : ids)
                result << stored(tmp.path(), id).status;
            return result;
        };
        const QString u = QStringLiteral("unreviewed"), a = QStringLiteral("accepted"), r = QStringLiteral("rejected");

        selectRows({0, 2, 3});
        QString asked;
        QTimer::singleShot(0, this, [&asked] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                asked = dialog->labelText();
                dialog->setTextValue(QStringLiteral("generic"));
                dialog->accept();
            }
        });
        QAction *reject = bulkAction(QStringLiteral("Reject Selected…"));
        QVERIFY(reject);
        reject->trigger();
        QCOMPARE(asked, QStringLiteral("Reason for the 3 record(s):"));   // untranslated here
        QCOMPARE(statuses(), (QStringList{r, u, r, r, u, u}));
        QCOMPARE(stored(tmp.path(), ids.at(2)).reason, QStringLiteral("generic"));

        // Cancelled: nothing stored.
        selectRows({1});
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        reject->trigger();
        QCOMPARE(statuses(), (QStringList{r, u, r, r, u, u}));

        // One undo step for the three.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Backspace);
        QCOMPARE(statuses(), (QStringList{u, u, u, u, u, u}));

        selectRows({4, 5});
        bulkAction(QStringLiteral("Accept Selected"))->trigger();
        QCOMPARE(statuses(), (QStringList{u, u, u, u, a, a}));
        selectRows({5});
        bulkAction(QStringLiteral("Reset Selected to Unreviewed"))->trigger();
        QCOMPARE(statuses(), (QStringList{u, u, u, u, a, u}));
    }

    // A bulk decision over a filter of many records runs on a worker: the window answers, keys
    // that decide are refused meanwhile, Backspace undoes it (on a worker too), Esc stops it.
    void bulkOnManyRecordsRunsInTheBackground()
    {
        TempProject tmp(TestPaths::sampleProject());
        fill(tmp.path(), 6000);
        MainWindow window;
        ReviewPage *page = openAllRecords(window, tmp.path());
        QVERIFY(page);
        QTRY_COMPARE(page->model()->rowCount(), 12000);
        ReviewSession *session = page->session();
        session->setBackgroundBatchSize(1000);
        QAction *acceptAll = nullptr;
        for (QToolButton *button : page->findChildren<QToolButton *>()) {
            for (QAction *a : button->menu() ? button->menu()->actions() : QList<QAction *>()) {
                if (a->text() == QStringLiteral("Accept All Matching the Filter…"))
                    acceptAll = a;
            }
        }
        QVERIFY(acceptAll);
        auto confirm = [this] {
            QTimer::singleShot(0, this, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(QMessageBox::Yes)->click();
            });
        };
        auto hint = [page] {
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->text().contains(QStringLiteral("Esc</b> stop")) || label->text().startsWith(QStringLiteral("Stop"))
                    || label->text().contains(QStringLiteral("<b>A</b> accept")))
                    return label->text();
            }
            return QString();
        };
        const QString dbPath = tmp.path() + QStringLiteral("/studio.db");
        auto count = [dbPath](const QString &sql) {
            DatasetStore store;
            if (!store.open(dbPath, nullptr))
                return -1;
            QSqlQuery q(store.database());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QSignalSpy finished(session, &ReviewSession::backgroundFinished);
        confirm();
        acceptAll->trigger();
        QVERIFY(session->isBusy());
        QVERIFY2(hint().startsWith(QStringLiteral("Accept 12")) && hint().contains(QStringLiteral("Esc</b> stop")), qPrintable(hint()));
        // A decision key waits: nothing of its own is stored.
        QTableView *table = page->tableView();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_1);
        QVERIFY2(hint().contains(QStringLiteral("decisions wait")), qPrintable(hint()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constLast().at(0).toBool(), true);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'accepted'")), 12000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM review_log")), 12000);
        QVERIFY2(hint().contains(QStringLiteral("<b>A</b> accept")), qPrintable(hint()));
        QCOMPARE(page->model()->record(0).status, Record::Status::Accepted);

        // Backspace undoes all of it, on a worker too.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Backspace);
        QVERIFY(session->isBusy());
        QVERIFY2(hint().startsWith(QStringLiteral("Undoing")), qPrintable(hint()));
        QVERIFY(finished.wait(60000));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'unreviewed'")), 12000);
        QVERIFY(!session->canUndo());

        // Esc stops it after the batch being stored (held back here by another connection's
        // write lock): that batch keeps its decision and Backspace undoes it.
        DatasetStore other;
        QVERIFY(other.open(dbPath, nullptr));
        QSqlQuery lock(other.database());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        confirm();
        acceptAll->trigger();
        QVERIFY(session->isBusy());
        QTest::keyClick(table, Qt::Key_Escape);   // however early: the batch under way is stored
        QCOMPARE(hint(), QStringLiteral("Stopping after the records being stored…"));
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constLast().at(0).toBool(), false);
        QVERIFY2(hint().startsWith(QStringLiteral("Stopped after 1")), qPrintable(hint()));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'accepted'")), 1000);
        QTest::keyClick(table, Qt::Key_Backspace);
        QVERIFY(!session->isBusy());   // 1,000 records: undone at once
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM records WHERE status = 'accepted'")), 0);
    }

    void wordDiff()
    {
        const QString html = WordDiff::toHtml(QStringLiteral("the quick brown fox"), QStringLiteral("the slow brown fox jumps"));
        QVERIFY(html.contains(QStringLiteral("line-through\">quick </span>")));
        QVERIFY(html.contains(QStringLiteral("underline\">slow </span>")));
        QVERIFY(html.contains(QStringLiteral("underline\">jumps</span>")));
        QVERIFY(html.startsWith(QStringLiteral("the ")));
        QCOMPARE(WordDiff::toHtml(QStringLiteral("a < b"), QStringLiteral("a < b")), QStringLiteral("a &lt; b"));
    }

    // Create Characters opens at the size it was last given.
    void personaChooserKeepsItsSize()
    {
        QSettings().remove(AppSettings::personaChooserGeometry.key());
        const QStringList names{QStringLiteral("Bot 1"), QStringLiteral("Bot 2")};
        const QMap<QString, qint64> records{{QStringLiteral("Bot 1"), 2}, {QStringLiteral("Bot 2"), 1}};
        QSize chosen;
        {
            PersonaChooserDialog chooser(names, records);
            chooser.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chooser));
            chooser.resize(chooser.width() + 90, chooser.height() + 60);
            chosen = chooser.size();
        }
        PersonaChooserDialog again(names, records);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), chosen);
    }

    // The import's report keeps the size it was given; a message alone (the import could not
    // run) is sized to the message and does not change that size.
    void importReportKeepsItsSize()
    {
        QSettings().remove(AppSettings::importSummaryGeometry.key());
        QSize chosen;
        {
            ImportSummaryDialog report;
            report.setDetailedText(QStringLiteral("a.jsonl: 3 lines, 3 imported"));
            report.show();
            QVERIFY(QTest::qWaitForWindowExposed(&report));
            report.resize(report.width() + 120, report.height() + 80);
            chosen = report.size();
        }
        {
            ImportSummaryDialog message;
            message.setText(QStringLiteral("The project's records cannot be written."));
            message.setDetailedText(QString());
            QVERIFY(message.findChild<QPlainTextEdit *>()->isHidden());
            QVERIFY(message.height() < chosen.height() / 2);
        }
        ImportSummaryDialog again;
        again.setDetailedText(QStringLiteral("b.jsonl"));
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), chosen);
    }

    // A reply weighted 0 in an imported conversation (OpenAI's weight) says it is not trained on.
    void untrainedReplyIsMarked()
    {
        Record r;
        r.id = 3;
        r.persona = QStringLiteral("Glordon");
        r.input = QStringLiteral("How are you?");
        r.output = QStringLiteral("Squishy.");
        r.dialogue = QStringLiteral(R"([{"role":"user","content":"Hi"},{"role":"assistant","content":"Hello!","weight":0},)"
                                    R"({"role":"user","content":"How are you?"},{"role":"assistant","content":"Squishy.","weight":1}])");
        const QString text = RecordView::toHtml(r);
        QCOMPARE(text.count(QStringLiteral("weight 0: not trained on")), 1);
        QVERIFY(text.indexOf(QStringLiteral("weight 0")) < text.indexOf(QStringLiteral("Hello!")));
    }

    // An imported conversation with a tool call: the tool's answer is labelled as the tool's,
    // not the user's, and the assistant's message without text says so.
    void toolTurnsAreLabelled()
    {
        Record r;
        r.id = 4;
        r.persona = QStringLiteral("Elio Solis");
        r.input = QStringLiteral("What is up?");
        r.output = QStringLiteral("Space!");
        // (No apostrophe in a raw string here: moc 6.4 reads it as a character literal.)
        r.dialogue = QStringLiteral(R"([{"role":"user","content":"What is up?"},{"role":"assistant","content":""},)"
                                    R"({"role":"tool","content":"ok"},{"role":"assistant","content":"Space!"}])");
        const QString text = RecordView::toHtml(r);
        QCOMPARE(text.count(QStringLiteral(">User<")), 1);
        QCOMPARE(text.count(QStringLiteral(">Tool<")), 1);
        QVERIFY(text.indexOf(QStringLiteral(">Tool<")) < text.indexOf(QStringLiteral("ok")));
        QCOMPARE(text.count(QStringLiteral("(no text)")), 1);
    }

    // The record reads on a dark palette as on a light one (a desktop's dark theme): its boxes
    // and colours follow the palette, also when it changes while a record is shown.
    void recordReadsOnADarkPalette()
    {
        const QColor lightBase(Qt::white);
        const QColor darkBase(0x1e, 0x1e, 0x1e);
        for (const bool dark : {false, true}) {
            const QColor base = dark ? darkBase : lightBase;
            const QColor text = dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(Qt::black);
            for (const Tone::Kind kind : {Tone::Good, Tone::Bad, Tone::Info, Tone::Warning, Tone::Muted})
                QVERIFY2(Tone::contrast(Tone::color(kind, dark), base) >= 4.5, qPrintable(Tone::color(kind, dark).name()));
            for (const bool persona : {false, true}) {
                const QColor box = Tone::turnBackground(persona, dark);
                QVERIFY2(Tone::contrast(text, box) >= 7, qPrintable(box.name()));
                for (const Tone::Kind kind : {Tone::Good, Tone::Bad})   // the word diff, in the reply's box
                    QVERIFY2(Tone::contrast(Tone::color(kind, dark), box) >= 4.5, qPrintable(box.name()));
            }
        }

        Record r;
        r.id = 7;
        r.persona = QStringLiteral("Glordon");
        r.input = QStringLiteral("Hi!");
        r.output = QStringLiteral("Hello friend");
        r.editedOutput = QStringLiteral("Hello, dear friend");
        r.status = Record::Status::Edited;
        const QPalette original = QApplication::palette();
        RecordView view;
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRecord(r);
        const QString lightBox = Tone::turnBackground(true, false).name();
        const QString darkBox = Tone::turnBackground(true, true).name();
        QVERIFY(view.browser()->toHtml().contains(lightBox));
        QPalette darkPalette = original;
        darkPalette.setColor(QPalette::Base, darkBase);
        darkPalette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        darkPalette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x30));
        darkPalette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        QApplication::setPalette(darkPalette);
        QCoreApplication::processEvents();
        const QString html = view.browser()->toHtml();
        QApplication::setPalette(original);
        QVERIFY2(html.contains(darkBox) && !html.contains(lightBox), qPrintable(html));
        QVERIFY(html.contains(Tone::color(Tone::Good, true).name()));   // the added words
        QVERIFY(!html.contains(Tone::color(Tone::Good, false).name()));

        // A record without a category: "Glordon · Edited", no empty slot between two dots.
        QVERIFY(!view.browser()->toPlainText().contains(QStringLiteral("· ·")));
        QVERIFY(view.browser()->toPlainText().startsWith(QStringLiteral("Glordon · Edited")));
        r.category = QStringLiteral("greeting");
        view.setRecord(r);
        QVERIFY(view.browser()->toPlainText().startsWith(QStringLiteral("Glordon · greeting · Edited")));
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
