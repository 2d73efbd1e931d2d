// The real main window, offscreen: opening the sample project lists its 15 characters and
// shows the selected sheet rendered beside its parsed fields.

#include "characters/characterspage.h"
#include "dataset/datasetstore.h"
#include "main/appsettings.h"
#include "main/languagedialog.h"
#include "main/modepage.h"
#include "main/mainwindow.h"
#include "main/studiostyle.h"
#include "main/shortcutsdialog.h"
#include "document/projectdocument.h"
#include "export/exportdialog.h"
#include "generate/providerdialog.h"
#include "project/characterlistmodel.h"
#include "project/project.h"
#include "review/reviewpage.h"
#include "tempproject.h"
#include "testpaths.h"
#include "util/workpools.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTranslator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QListWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>

namespace {

// The Alt+letter keys that the shown part of `root` answers to, as "WHERE: Alt+X is A, B" for
// each key that more than one control has: the menus, buttons, group boxes, tabs and the labels
// of fields — and "WHERE: no letter for LABEL" for a form's label that has none.
QStringList mnemonicProblems(QWidget *root, const QString &where)
{
    QMultiMap<QString, QString> owners;   // the key → what it reaches
    auto add = [&](const QString &text, const QString &what) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners.insert(key.toString(), what + QStringLiteral(" \"") + text + QLatin1Char('"'));
    };
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : window->menuBar()->actions())
            add(menu->text(), QStringLiteral("menu"));
    }
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), QStringLiteral("label"));
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), QStringLiteral("button"));
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            add(box->title(), QStringLiteral("group"));
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), QStringLiteral("tab"));
        }
    }
    QStringList problems;
    // Within a menu (and each submenu) a letter reaches one item: with two, pressing it only
    // moves between them.
    if (auto *window = qobject_cast<QMainWindow *>(root)) {
        std::function<void(QMenu *, const QString &)> checkMenu = [&](QMenu *menu, const QString &path) {
            QMultiMap<QString, QString> items;
            for (QAction *a : menu->actions()) {
                if (a->isSeparator() || !a->isVisible())
                    continue;
                if (const QKeySequence key = QKeySequence::mnemonic(a->text()); !key.isEmpty())
                    items.insert(key.toString(), QLatin1Char('"') + a->text() + QLatin1Char('"'));
                if (a->menu())
                    checkMenu(a->menu(), path + QStringLiteral(" ▸ ") + a->text());
            }
            for (const QString &key : items.uniqueKeys()) {
                if (items.count(key) > 1)
                    problems << QStringLiteral("%1, menu %2: %3 is %4").arg(where, path, key, QStringList(items.values(key)).join(QStringLiteral(", ")));
            }
        };
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->menu())
                checkMenu(menu->menu(), menu->text());
        }
    }
    for (QFormLayout *form : root->findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            auto *label = item ? qobject_cast<QLabel *>(item->widget()) : nullptr;
            if (label && label->isVisible() && (QKeySequence::mnemonic(label->text()).isEmpty() || !label->buddy()))
                problems << QStringLiteral("%1: no letter for \"%2\"").arg(where, label->text());
        }
    }
    for (const QString &key : owners.uniqueKeys()) {
        if (owners.count(key) > 1)
            problems << QStringLiteral("%1: %2 is %3").arg(where, key, QStringList(owners.values(key)).join(QStringLiteral(", ")));
    }
    return problems;
}

// Stores `count` records in the project's studio.db, every other one Glordon's, the rest `other`'s.
void storeRecords(const QString &projectDir, int count, const QString &other)
{
    DatasetStore store;
    QVERIFY(store.open(projectDir + QStringLiteral("/studio.db"), nullptr));
    QList<Record> records;
    for (int i = 0; i < count; ++i) {
        Record r;
        r.persona = i % 2 ? QStringLiteral("Glordon") : other;
        r.category = QStringLiteral("casual");
        r.input = QStringLiteral("Message %1").arg(i);
        r.output = QStringLiteral("Reply number %1, long enough to be a reply.").arg(i);
        records << r;
    }
    QVERIFY(store.insertRecords(records, nullptr));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PersonaStudioTests"));
        // The window's first session: no sizes kept from an earlier run of these tests.
        QSettings().clear();
        // The style the application sets (wider menu buttons, for one).
        QApplication::setStyle(new StudioStyle);
    }

    void opensSampleProject()
    {
        TempProject tmp(TestPaths::sampleProject());
        QVERIFY(tmp.isValid());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.openProject(tmp.path()), qPrintable(window.lastError()));
        QCOMPARE(window.characterView()->model()->rowCount(), 15);

        // The first character is selected and shown.
        QCOMPARE(window.charactersPage()->currentCharacter(), QStringLiteral("Elio Solis"));
        const int row = window.characterModel()->rowOf(QStringLiteral("Glordon"));
        window.characterView()->setCurrentIndex(window.characterView()->model()->index(row, 0));
        QCOMPARE(window.charactersPage()->currentCharacter(), QStringLiteral("Glordon"));
        QVERIFY(window.charactersPage()->preview()->toHtml().contains(QStringLiteral("Glordon")));
        const QList<QTreeWidgetItem *> traits = window.charactersPage()->fields()->findItems(QStringLiteral("Traits"), Qt::MatchExactly, 0);
        QCOMPARE(traits.size(), 1);
        QVERIFY(traits.first()->childCount() >= 3);
        QVERIFY(!traits.first()->child(0)->text(1).isEmpty());
        QVERIFY(window.charactersPage()->warnings()->count() >= 1);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Persona Studio")));
        // Every mode fits 1024 px wide (a 1280 × 800 screen at 125 %, 1366 × 768 at 125 % is
        // 1093), with the character list wide enough for its names at the window's first size.
        QVERIFY2(window.minimumSizeHint().width() <= 1024, qPrintable(QString::number(window.minimumSizeHint().width())));
        QVERIFY2(window.minimumSizeHint().height() <= 700, qPrintable(QString::number(window.minimumSizeHint().height())));
        {
            // A full count in the list ("100 / 100"), as after a run.
            DatasetStore store;
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            QList<Record> records;
            for (int i = 0; i < 100; ++i) {
                Record r;
                r.persona = QStringLiteral("Ambassador Questa");
                r.output = QStringLiteral("Greetings, number %1.").arg(i);
                records << r;
            }
            QVERIFY(store.insertRecords(records, nullptr));
        }
        window.resize(1280, 800);
        QVERIFY(window.openProject(tmp.path()));
        QTRY_COMPARE(window.width(), 1280);
        const int nameWidth = window.characterView()->header()->sectionSize(CharacterListModel::NameColumn);
        const int longest = window.characterView()->fontMetrics().horizontalAdvance(QStringLiteral("Ambassador Tegmen"));
        QVERIFY2(nameWidth >= longest + 12, qPrintable(QStringLiteral("%1 < %2 + 12").arg(nameWidth).arg(longest)));
        QVERIFY(!window.characterView()->isColumnHidden(CharacterListModel::TierColumn));

        // Narrowed to its least width, the list gives the tier's column to the names.
        auto *splitter = qobject_cast<QSplitter *>(window.characterView()->parentWidget()->parentWidget());
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        splitter->setSizes({0, sizes.value(0) + sizes.value(1)});
        QTRY_VERIFY(window.characterView()->isColumnHidden(CharacterListModel::TierColumn));
        QVERIFY(window.characterView()->header()->sectionSize(CharacterListModel::NameColumn)
                >= window.characterView()->fontMetrics().horizontalAdvance(QStringLiteral("Ambassador")));
        splitter->setSizes(sizes);
        QTRY_VERIFY(!window.characterView()->isColumnHidden(CharacterListModel::TierColumn));
    }

    // In every mode and every shipped language, each Alt+letter the window shows (a menu, a
    // button, a tab, a label's field) is one control's: a letter two of them shared would reach
    // only one of them — a field the keyboard cannot get to, or a menu that no longer opens. And
    // every field a form labels has its letter.
    void mnemonicsAreDistinctInEveryMode()
    {
        TempProject tmp(TestPaths::sampleProject());
        // Records, so that the Review and Insights modes show their pages, not their empty states.
        storeRecords(tmp.path(), 20, QStringLiteral("Elio Solis"));
        QStringList problems;
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/persona-studio_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            {
                MainWindow window;
                window.show();
                QVERIFY(QTest::qWaitForWindowExposed(&window));
                QVERIFY2(window.openProject(tmp.path()), qPrintable(window.lastError()));
                for (ModePage *page : window.modePages()) {
                    window.setModePage(page);
                    // With every panel the mode can show shown.
                    QList<QAction *> shown;
                    for (QAction *action : page->viewActions()) {
                        if (action->isCheckable() && !action->isChecked()) {
                            action->setChecked(true);
                            shown << action;
                        }
                    }
                    QCoreApplication::processEvents();
                    problems << mnemonicProblems(&window, language + QStringLiteral(", ") + page->title().remove(QLatin1Char('&')) + QStringLiteral(" mode"));
                    for (QAction *action : std::as_const(shown))
                        action->setChecked(false);
                }
            }
            // The dialogs with fields of their own.
            {
                ExportDialog dialog(tmp.path());
                dialog.show();
                QCoreApplication::processEvents();
                problems << mnemonicProblems(&dialog, language + QStringLiteral(", Export"));
            }
            {
                ProjectDocument::ProviderSettings settings;
                settings.generation.baseUrl.clear();   // no model list asked for
                ProviderDialog dialog(settings);
                dialog.show();
                QCoreApplication::processEvents();
                problems << mnemonicProblems(&dialog, language + QStringLiteral(", Settings"));
            }
            QCoreApplication::removeTranslator(&translator);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // No key is bound twice where both bindings are live: Qt then runs neither ("Ambiguous
    // shortcut overload") and the key silently does nothing. Checked in every mode, with a
    // character selected, for every widget that can have the focus, by Qt's rules for when a
    // shortcut's context matches (an action in a menu of the menu bar is live in the window; an
    // action of a widget, while that widget is shown and enabled and, for the widget contexts,
    // has the focus or holds it).
    void noShortcutIsAmbiguous()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        QApplication::setActiveWindow(&window);
        const auto holds = [](const QWidget *w, const QWidget *focus) {
            for (const QWidget *t = focus; t; t = t->isWindow() ? nullptr : t->parentWidget()) {
                if (t == w)
                    return true;
            }
            return false;
        };
        const auto widgetLive = [&](const QWidget *w, Qt::ShortcutContext context, const QWidget *focus) {
            if (!w->isVisible() || !w->isEnabled())
                return false;
            switch (context) {
            case Qt::WidgetShortcut:
                return w == focus;
            case Qt::WidgetWithChildrenShortcut:
                return holds(w, focus);
            default:
                return w->window() == &window;
            }
        };
        // As Qt's correctActionContext(): through a menu, its menu action's widgets, with the
        // context of the action the shortcut belongs to.
        std::function<bool(const QAction *, Qt::ShortcutContext, const QWidget *, int)> actionLive =
            [&](const QAction *a, Qt::ShortcutContext context, const QWidget *focus, int depth) {
                if (depth > 8)
                    return false;
                for (QObject *o : a->associatedObjects()) {
                    if (auto *menu = qobject_cast<QMenu *>(o)) {
                        if (menu->menuAction() != a && actionLive(menu->menuAction(), context, focus, depth + 1))
                            return true;
                    } else if (auto *w = qobject_cast<QWidget *>(o); w && widgetLive(w, context, focus)) {
                        return true;
                    }
                }
                return false;
            };

        QStringList problems;
        for (ModePage *page : window.modePages()) {
            window.setModePage(page);
            window.characterView()->setCurrentIndex(window.characterView()->model()->index(window.characterModel()->rowOf(QStringLiteral("Caleb")), 0));
            QCoreApplication::processEvents();
            QList<QWidget *> focusable{window.characterView()};
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (w->isVisible() && w->isEnabled() && w->focusPolicy() != Qt::NoFocus)
                    focusable << w;
            }
            for (QWidget *focus : std::as_const(focusable)) {
                QHash<QString, QStringList> bound;   // key → the live bindings
                for (QAction *a : window.findChildren<QAction *>()) {
                    if (!a->isEnabled() || a->shortcuts().isEmpty() || !actionLive(a, a->shortcutContext(), focus, 0))
                        continue;
                    for (const QKeySequence &key : a->shortcuts())
                        bound[key.toString()] << (a->text().isEmpty() ? a->objectName() : a->text()).remove(QLatin1Char('&'));
                }
                for (QShortcut *sc : window.findChildren<QShortcut *>()) {
                    auto *w = qobject_cast<QWidget *>(sc->parent());
                    if (w && sc->isEnabled() && !sc->key().isEmpty() && widgetLive(w, sc->context(), focus))
                        bound[sc->key().toString()] << QStringLiteral("a shortcut of %1").arg(QString::fromLatin1(w->metaObject()->className()));
                }
                for (auto it = bound.cbegin(); it != bound.cend(); ++it) {
                    if (it.value().size() > 1) {
                        const QString problem = QStringLiteral("%1 mode: %2 is bound to %3").arg(page->title().remove(QLatin1Char('&')), it.key(),
                                                                                              it.value().join(QStringLiteral(" and ")));
                        if (!problems.contains(problem))
                            problems << problem;
                    }
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Help ▸ Keyboard Shortcuts (F1) lists the menus', the modes' and the Review mode's keys,
    // read from the live actions; typing filters the list.
    void shortcutsAreListed()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(tmp.path()));
        auto *action = window.findChild<QAction *>(QStringLiteral("keyboardShortcuts"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::HelpContents));
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto keysOf = [dialog](const QString &what) {
                for (QTreeWidgetItemIterator it(dialog->list()); *it; ++it) {
                    if ((*it)->text(0) == what && !(*it)->isHidden())
                        return (*it)->text(1);
                }
                return QString();
            };
            QCOMPARE(keysOf(QStringLiteral("Character ▸ New Character…")), QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
            QCOMPARE(keysOf(QStringLiteral("View ▸ Review")), QKeySequence(Qt::CTRL | Qt::Key_5).toString(QKeySequence::NativeText));
            QCOMPARE(keysOf(QStringLiteral("Start")), QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText));
            QCOMPARE(keysOf(QStringLiteral("Accept and go to the next record")), QStringLiteral("A"));
            // A mode's own View entry is listed though the window shows another mode.
            QCOMPARE(keysOf(QStringLiteral("View ▸ Spot-Check Panel")), QKeySequence(Qt::Key_F9).toString(QKeySequence::NativeText));
            dialog->filterEdit()->setText(QStringLiteral("export"));
            QVERIFY(!keysOf(QStringLiteral("File ▸ Export…")).isEmpty());
            QVERIFY(keysOf(QStringLiteral("Character ▸ New Character…")).isEmpty());   // filtered out
            dialog->reject();
            checked = true;
        });
        action->trigger();
        QVERIFY(checked);
    }

    // File ▸ New Project: a project from nothing opens in the Characters mode, ready for its
    // first character; a folder that already holds one is not overwritten.
    void newProjectFromNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("show"));
        MainWindow window;
        window.show();
        QVERIFY2(window.newProject(dir, QStringLiteral("The Show")), qPrintable(window.lastError()));
        QCOMPARE(window.currentModePage(), window.charactersPage());
        QCOMPARE(window.project()->work, QStringLiteral("The Show"));
        QCOMPARE(window.project()->tiers.size(), 4);
        QCOMPARE(window.characterView()->model()->rowCount(), 0);
        QCOMPARE(window.document()->newCharacter(QStringLiteral("Hero")), QString());
        QCOMPARE(window.characterView()->model()->rowCount(), 1);
        QVERIFY(QFile::exists(dir + QStringLiteral("/rag-resources/character_hero.md")));

        MainWindow second;
        QTimer::singleShot(0, this, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                box->close();   // the warning
        });
        QVERIFY(!second.newProject(dir, QString()));
        QVERIFY(second.lastError().contains(QStringLiteral("already holds a project")));
        QVERIFY(Project::open(dir).project->character(QStringLiteral("Hero")));   // nothing lost
    }

    void keyboardMovesThroughCharacters()
    {
        TempProject tmp(TestPaths::sampleProject());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(tmp.path()));
        window.characterView()->setFocus();
        QTest::keyClick(window.characterView(), Qt::Key_Down);
        QCOMPARE(window.charactersPage()->currentCharacter(), window.characterModel()->nameAt(1));

        // Alt+Up / Alt+Down move the character in the project's order, kept in studio.json, one
        // undo step each; the moved character stays selected.
        const auto savedOrder = [&] {
            window.document()->flushSave();
            QFile f(tmp.path() + QStringLiteral("/studio.json"));
            QStringList names;
            if (f.open(QIODevice::ReadOnly)) {
                for (const QJsonValue &c : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("characters")).toArray())
                    names << c.toObject().value(QStringLiteral("name")).toString();
            }
            return names;
        };
        const QStringList before = savedOrder();
        QCOMPARE(before.mid(0, 2), (QStringList{QStringLiteral("Elio Solis"), QStringLiteral("Glordon")}));
        QTest::keyClick(window.characterView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window.characterModel()->nameAt(0), QStringLiteral("Glordon"));
        QCOMPARE(window.charactersPage()->currentCharacter(), QStringLiteral("Glordon"));
        QCOMPARE(savedOrder().mid(0, 2), (QStringList{QStringLiteral("Glordon"), QStringLiteral("Elio Solis")}));
        QTest::keyClick(window.characterView(), Qt::Key_Up, Qt::AltModifier);   // already first: nothing to undo
        QCOMPARE(window.document()->undoStack()->undoText(), QStringLiteral("Move Glordon"));
        const int steps = window.document()->undoStack()->index();
        QTest::keyClick(window.characterView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window.document()->undoStack()->index(), steps);
        QTest::keyClick(window.characterView(), Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(window.characterView(), Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(window.characterModel()->nameAt(2), QStringLiteral("Glordon"));
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        window.document()->undoStack()->undo();
        QCOMPARE(savedOrder(), before);
        QCOMPARE(window.characterModel()->nameAt(1), QStringLiteral("Glordon"));
    }

    void badFolderKeepsWindowUsable()
    {
        QTemporaryDir empty;
        MainWindow window;
        // The error dialog is modal; close it as soon as it appears.
        QTimer::singleShot(0, &window, [] {
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        QVERIFY(!window.openProject(empty.path()));
        QVERIFY(window.lastError().contains(QStringLiteral("no studio.json")));
        QVERIFY(!window.project());
    }

    // Splitter sizes come back in the next session: the window's own, and the modes' named ones.
    // View ▸ Language: the shipped languages by their own names; the choice is kept for the next
    // start, Cancel keeps the one before, and the dialog opens on the language kept.
    void languageChoiceIsKept()
    {
        AppSettings::uiLanguage.set(QString());
        {
            LanguageDialog dialog;
            auto *box = dialog.findChild<QComboBox *>();
            QVERIFY(box);
            QStringList items;
            for (int i = 0; i < box->count(); ++i)
                items << box->itemText(i);
            QVERIFY2(items.value(0).startsWith(QStringLiteral("System language (")), qPrintable(items.join(QLatin1Char(','))));
            QCOMPARE(items.mid(1), (QStringList{QStringLiteral("English"), QStringLiteral("Español"), QStringLiteral("Français")}));
            QCOMPARE(dialog.language(), QString());
            box->setCurrentIndex(box->findData(QStringLiteral("es")));
            dialog.accept();
        }
        QCOMPARE(AppSettings::uiLanguage.get(), QStringLiteral("es"));
        {
            LanguageDialog dialog;
            QCOMPARE(dialog.language(), QStringLiteral("es"));
            auto *box = dialog.findChild<QComboBox *>();
            box->setCurrentIndex(box->findData(QStringLiteral("fr")));
            dialog.reject();
        }
        QCOMPARE(AppSettings::uiLanguage.get(), QStringLiteral("es"));

        // From the window's menu: back to the system's language.
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *action = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
                if (a->text() == LanguageDialog::menuText())
                    action = a;
            }
        }
        QVERIFY(action);
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            auto *dialog = qobject_cast<LanguageDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = true;
            QCOMPARE(dialog->language(), QStringLiteral("es"));
            auto *box = dialog->findChild<QComboBox *>();
            box->setCurrentIndex(0);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        action->trigger();
        QVERIFY(shown);
        QCOMPARE(AppSettings::uiLanguage.get(), QString());
    }

    void splitterSizesAreRemembered()
    {
        TempProject tmp(TestPaths::sampleProject());
        {
            DatasetStore store;   // a record, so that the Review mode shows its list
            QVERIFY(store.open(tmp.path() + QStringLiteral("/studio.db"), nullptr));
            Record r;
            r.persona = QStringLiteral("Glordon");
            r.output = QStringLiteral("Hello!");
            QList<Record> records{r};
            QVERIFY(store.insertRecords(records, nullptr));
        }
        // Shows the window on the project, in the mode that holds the splitter.
        auto reviewSplitter = [&](MainWindow &window) -> QSplitter * {
            window.resize(1280, 800);
            window.show();
            if (!QTest::qWaitForWindowExposed(&window) || !window.openProject(tmp.path()))
                return nullptr;
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("reviewAndSpotCheck"));
            for (ModePage *page : window.modePages()) {
                if (splitter && page->isAncestorOf(splitter))
                    window.setModePage(page);
            }
            return splitter;
        };
        QList<int> sizes;
        {
            MainWindow window;
            QSplitter *review = reviewSplitter(window);
            QVERIFY(review);
            QTRY_VERIFY(review->sizes().value(0) + review->sizes().value(1) > 200);
            const int total = review->sizes().value(0) + review->sizes().value(1);
            review->setSizes({total - 150, 150});
            sizes = review->sizes();
            QVERIFY(window.close());
        }
        {
            MainWindow again;
            // The mode of the last session comes back too.
            QVERIFY(qobject_cast<ReviewPage *>(again.currentModePage()));
            QSplitter *review = reviewSplitter(again);
            QVERIFY(review);
            QTRY_COMPARE(review->sizes(), sizes);

            // Kept as they change, not only at a close: a session killed a second later (this
            // window is never closed) has them too.
            again.setMode(MainWindow::PlanMode);
            QTest::qWait(200);
            const int total = review->sizes().value(0) + review->sizes().value(1);
            review->setSizes({total - 220, 220});
            emit review->splitterMoved(total - 220, 1);   // as a drag of the handle says
            sizes = review->sizes();
            QTRY_COMPARE_WITH_TIMEOUT(AppSettings::lastMode.get(), int(MainWindow::PlanMode), 3000);
        }
        {
            MainWindow again;
            QCOMPARE(again.mode(), MainWindow::PlanMode);
            QSplitter *review = reviewSplitter(again);
            QVERIFY(review);
            QTRY_COMPARE(review->sizes(), sizes);
        }
        QSettings().remove(QStringLiteral("window/mode"));   // the other tests start in Characters
    }

    // A folder dropped on the window opens as the project; dataset files dropped on it are
    // imported into the open project, in the Review mode. Anything else is not taken.
    void filesDroppedOnTheWindow()
    {
        TempProject tmp(TestPaths::sampleProject());
        QTemporaryDir dir;
        const QString dataset = dir.filePath(QStringLiteral("glordon.jsonl"));
        QVERIFY(TempProject::writeFile(dataset, "{\"persona\":\"Glordon\",\"input\":\"Hi\",\"output\":\"Hello!\"}\n"
                                                "{\"persona\":\"Glordon\",\"input\":\"Bye\",\"output\":\"Farewell.\"}\n"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto drag = [&](const QList<QUrl> &urls) {
            QMimeData mime;
            mime.setUrls(urls);
            QDragEnterEvent event(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &event);
            return event.isAccepted();
        };
        auto drop = [&](const QList<QUrl> &urls) {
            QMimeData mime;
            mime.setUrls(urls);
            QDropEvent event(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &event);
            return event.isAccepted();
        };
        // No project yet: a dataset has nowhere to go; a folder opens.
        QVERIFY(!drag({QUrl::fromLocalFile(dataset)}));
        QVERIFY(!drag({QUrl(QStringLiteral("https://example.com/data.jsonl"))}));
        QVERIFY(!drag({QUrl::fromLocalFile(tmp.path()), QUrl::fromLocalFile(dir.path())}));
        QVERIFY(drag({QUrl::fromLocalFile(tmp.path())}));
        QVERIFY(drop({QUrl::fromLocalFile(tmp.path())}));
        QTRY_VERIFY(window.project());
        QCOMPARE(QFileInfo(window.project()->dir).canonicalFilePath(), QFileInfo(tmp.path()).canonicalFilePath());

        // With the project open, the dataset is imported and shown in the Review mode.
        ModePage *review = nullptr;
        for (ModePage *page : window.modePages()) {
            if (QLatin1String(page->metaObject()->className()) == QLatin1String("ReviewPage"))
                review = page;
        }
        QVERIFY(review);
        QSignalSpy imported(review, SIGNAL(importFinished()));
        QVERIFY(drag({QUrl::fromLocalFile(dataset)}));
        QVERIFY(!drag({QUrl::fromLocalFile(dataset), QUrl::fromLocalFile(dir.path())}));
        QVERIFY(drop({QUrl::fromLocalFile(dataset)}));
        QVERIFY(imported.wait(20000));
        QCOMPARE(window.currentModePage(), review);
        if (QWidget *summary = QApplication::activeModalWidget())
            summary->close();
        DatasetStore store;
        QVERIFY(store.openReadOnly(tmp.path() + QStringLiteral("/studio.db"), nullptr));
        QCOMPARE(store.recordCount(), 2);
    }

    // The modes count and scan records on workers with connections of their own; the window
    // waits for them as it closes, else QApplication's exit would close those connections under
    // them (a crash when quitting with a large project open).
    void closingWaitsForItsWorkers()
    {
        TempProject tmp(TestPaths::sampleProject());
        storeRecords(tmp.path(), 100000, QStringLiteral("Olga Solis"));   // large: the filter bar reads its flags on a worker too
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(tmp.path()));
            for (ModePage *page : window.modePages())
                window.setModePage(page);   // each mode starts its work
            // Closed while at least one of them runs.
            QVERIFY(QTest::qWaitFor([] { return WorkPools::background()->activeThreadCount() > 0; }, 5000));
        }
        QCOMPARE(WorkPools::background()->activeThreadCount(), 0);
        QCOMPARE(WorkPools::parallel()->activeThreadCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
