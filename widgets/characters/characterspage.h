#pragma once
// CharactersPage: the Characters mode — the sheet editor. The selected character's Markdown is
// edited on the left (highlighted, autosaved, undoable); on the right a live preview that follows
// the cursor's section, the fields the generator will read (with token counts against the prompt
// budget and what will be cut), the sheet's warnings (click to jump), the character's categories,
// and the exact prompt that will be sent for a category.

#include "main/modepage.h"

#include <QHash>

class CharacterSheet;
class CountEditor;
class ProjectDocument;
class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;
class SheetDocument;

class CharactersPage : public ModePage
{
    Q_OBJECT

public:
    explicit CharactersPage(QWidget *parent = nullptr);
    ~CharactersPage() override;

    QString title() const override { return tr("&Characters"); }
    QString iconName() const override { return QStringLiteral("user-identity"); }
    void setDocument(ProjectDocument *document) override;
    void setCurrentCharacter(const QString &name) override
    {
        if (name != m_current)
            showCharacter(name);
    }
    void showCharacter(const QString &name);
    QString currentCharacter() const { return m_current; }
    SheetDocument *sheetDocument(const QString &name) const { return m_sheets.value(name); }
    // Saves every open sheet that has changes; false when one could not be saved.
    bool saveAll();
    bool hasUnsavedChanges() const;

    // Character ▸ Import Character Cards…: a sheet from each role-play character card (JSON or
    // PNG), one undo step; with no paths, asks for the files. The first new character is shown.
    void importCharacterCards(QStringList paths = {});

    QList<QAction *> characterActions() const;
    QAction *saveAction() const { return m_saveAction; }
    QSplitter *splitter() const { return m_splitter; }
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }
    QTreeWidget *fields() const { return m_fields; }
    QComboBox *tierBox() const { return m_tierBox; }
    CountEditor *countEditor() const { return m_countEditor; }
    QPushButton *tierCountButton() const { return m_tierCountButton; }
    QListWidget *warnings() const { return m_warnings; }
    QTableWidget *categoriesTable() const { return m_categories; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void unsavedChangesChanged();

private:
    void createActions();
    QWidget *createCategoriesTab();
    QWidget *createPromptTab();
    void showEmptyState();
    void showSheet(const CharacterSheet &sheet);
    void renderPreview();
    void followCursorInPreview();
    void refreshCategories();
    // The tier box and the count from the project's plan, for the current character.
    void refreshPlanRow();
    void commitCategories();
    void refreshPrompt();
    void jumpToLine(int line);
    void findNext(bool backwards = false);
    void newCharacter();
    void renameCharacter();
    void duplicateCharacter();
    void deleteCharacter();
    SheetDocument *openSheet(const QString &name);

    ProjectDocument *m_document = nullptr;
    QString m_current;
    QHash<QString, SheetDocument *> m_sheets;
    QList<int> m_headingBlocks; // block numbers of the Markdown headings, for the preview anchors

    QLabel *m_title;
    QLabel *m_subtitle;
    // The character's tier and record count, as in the Plan mode (one undo step each).
    QWidget *m_planRow;
    QComboBox *m_tierBox;
    CountEditor *m_countEditor;
    QLabel *m_countNote;
    QPushButton *m_tierCountButton;   // back to the tier's count
    QFrame *m_conflictBar;
    QLabel *m_conflictLabel;
    QSplitter *m_splitter;
    QPlainTextEdit *m_editor;
    QFrame *m_findBar;
    QLineEdit *m_findEdit;
    QTabWidget *m_tabs;
    QTextBrowser *m_preview;
    QTreeWidget *m_fields;
    QListWidget *m_warnings;
    QComboBox *m_categoryScope;
    QListWidget *m_inherited;
    QTableWidget *m_categories;
    QComboBox *m_promptCategory;
    QPlainTextEdit *m_promptSystem;
    QPlainTextEdit *m_promptUser;
    QLabel *m_promptTokens;
    QAction *m_newAction;
    QAction *m_importCardsAction;
    QAction *m_duplicateAction;
    QAction *m_renameAction;
    QAction *m_deleteAction;
    QAction *m_moveUpAction;
    QAction *m_moveDownAction;
    QAction *m_saveAction;
    QAction *m_findAction;
    bool m_refreshingCategories = false;
};
