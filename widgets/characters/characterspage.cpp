#include "characterspage.h"

#include "document/projectdocument.h"
#include "document/sheetdocument.h"
#include "generation/promptbuilder.h"
#include "main/appsettings.h"
#include "main/tone.h"
#include "markdownhighlighter.h"
#include "plan/counteditor.h"
#include "sheet/charactercard.h"
#include "sheet/sheetparser.h"
#include "sheet/sheetrenderer.h"
#include "tokenizer/tokencount.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QSet>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum CategoryColumn { CategoryName, CategoryPrompt, CategoryWeight };

bool isHeadingLine(const QString &text)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    return atx.match(text).hasMatch();
}

} // namespace

CharactersPage::CharactersPage(QWidget *parent)
    : ModePage(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_planRow(new QWidget(this))
    , m_tierBox(new QComboBox(m_planRow))
    , m_countEditor(new CountEditor(m_planRow))
    , m_countNote(new QLabel(m_planRow))
    , m_tierCountButton(new QPushButton(m_planRow))
    , m_conflictBar(new QFrame(this))
    , m_conflictLabel(new QLabel(m_conflictBar))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_editor(new QPlainTextEdit)
    , m_findBar(new QFrame)
    , m_findEdit(new QLineEdit(m_findBar))
    , m_tabs(new QTabWidget)
    , m_preview(new QTextBrowser)
    , m_fields(new QTreeWidget)
    , m_warnings(new QListWidget)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    // Tier and count beside the sheet, the same edits as in the Plan mode.
    auto *planLayout = new QHBoxLayout(m_planRow);
    planLayout->setContentsMargins(0, 0, 0, 0);
    auto *tierLabel = new QLabel(tr("&Tier:"), m_planRow);
    tierLabel->setBuddy(m_tierBox);
    m_tierBox->setAccessibleName(tr("Tier"));
    auto *countLabel = new QLabel(tr("Recor&ds:"), m_planRow);
    countLabel->setBuddy(m_countEditor->spinBox());
    m_countEditor->setAccessibleName(tr("Records for this character"));
    m_countEditor->setMaximumWidth(320);
    planLayout->addWidget(tierLabel);
    planLayout->addWidget(m_tierBox);
    planLayout->addSpacing(12);
    planLayout->addWidget(countLabel);
    planLayout->addWidget(m_countEditor, 1);
    planLayout->addWidget(m_countNote);
    m_tierCountButton->setText(tr("Use the Tier's"));
    m_tierCountButton->setToolTip(tr("Give this character its tier's count again"));
    connect(m_tierCountButton, &QPushButton::clicked, this, [this] {
        if (m_document && !m_current.isEmpty())
            m_document->setCharacterTarget(m_current, m_document->project().tierTarget(m_document->project().tierOf(m_current)));
    });
    planLayout->addWidget(m_tierCountButton);
    planLayout->addStretch(0);
    connect(m_tierBox, &QComboBox::activated, this, [this](int index) {
        const QString tier = m_tierBox->itemData(index).toString();
        if (m_document && !m_current.isEmpty() && tier != m_document->project().tierOf(m_current))
            m_document->moveToTier(m_current, tier);
    });
    connect(m_countEditor, &CountEditor::valueEdited, this, [this](int value, int gesture) {
        if (m_document && !m_current.isEmpty())
            m_document->setCharacterTarget(m_current, value, gesture);
    });

    // A sheet changed on disk while it has unsaved edits here: say so, and let the writer choose.
    m_conflictBar->setFrameShape(QFrame::StyledPanel);
    m_conflictBar->setAutoFillBackground(true);
    QPalette warn = m_conflictBar->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xe0, 0xa0));
    warn.setColor(QPalette::WindowText, Qt::black);
    m_conflictBar->setPalette(warn);
    auto *conflictLayout = new QHBoxLayout(m_conflictBar);
    m_conflictLabel->setWordWrap(true);
    auto *keepMine = new QPushButton(tr("Keep My Version"), m_conflictBar);
    auto *takeTheirs = new QPushButton(tr("Load the File's Version"), m_conflictBar);
    conflictLayout->addWidget(m_conflictLabel, 1);
    conflictLayout->addWidget(keepMine);
    conflictLayout->addWidget(takeTheirs);
    m_conflictBar->hide();
    connect(keepMine, &QPushButton::clicked, this, [this] {
        if (SheetDocument *d = m_sheets.value(m_current))
            d->keepMine();
    });
    connect(takeTheirs, &QPushButton::clicked, this, [this] {
        if (SheetDocument *d = m_sheets.value(m_current))
            d->takeTheirs();
    });

    // Editor and find bar.
    auto *editorPane = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    m_editor->setAccessibleName(tr("Sheet editor"));
    m_editor->setTabChangesFocus(false);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setPlaceholderText(tr("Select a character to edit its sheet."));
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    m_findEdit->setPlaceholderText(tr("Find in sheet (Enter: next, Shift+Enter: previous, Esc: close)"));
    m_findEdit->setClearButtonEnabled(true);
    auto *closeFind = new QToolButton(m_findBar);
    closeFind->setText(tr("Close"));
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(closeFind);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findNext(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(closeFind, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_editor->setFocus();
    });
    auto *escape = new QAction(m_findBar);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, closeFind, &QToolButton::click);
    m_findBar->addAction(escape);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &CharactersPage::followCursorInPreview);

    // Right side: preview, fields, categories, prompt.
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("Rendered sheet"));
    m_preview->document()->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } blockquote { font-style: italic; }"
        " table.frontmatter, table.metadata { margin: 4px 0 10px 0; } th { padding-right: 10px; }"));

    auto *fieldsTab = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fieldsTab);
    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field the generator uses"), tr("Value")});
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, 170);
    m_fields->setAlternatingRowColors(true);
    m_fields->setAccessibleName(tr("Parsed fields"));
    m_warnings->setAccessibleName(tr("Sheet warnings"));
    m_warnings->setWordWrap(true);
    auto *warningsLabel = new QLabel(tr("&Warnings (Enter or click to jump to the line)"), fieldsTab);
    warningsLabel->setBuddy(m_warnings);
    fieldsLayout->addWidget(m_fields, 3);
    fieldsLayout->addWidget(warningsLabel);
    fieldsLayout->addWidget(m_warnings, 1);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { jumpToLine(item->data(Qt::UserRole).toInt()); });
    connect(m_warnings, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { jumpToLine(item->data(Qt::UserRole).toInt()); });

    m_tabs->addTab(m_preview, tr("&Preview"));
    m_tabs->addTab(fieldsTab, tr("F&ields"));
    m_tabs->addTab(createCategoriesTab(), tr("Cate&gories"));
    m_tabs->addTab(createPromptTab(), tr("Pro&mpt"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentIndex() == 3)
            refreshPrompt();
    });

    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({500, 500});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_planRow);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_conflictBar);
    layout->addWidget(m_splitter, 1);

    createActions();
    new MarkdownHighlighter(m_editor->document()); // replaced per sheet in showCharacter
    showEmptyState();
}

CharactersPage::~CharactersPage()
{
    saveAll();
}

void CharactersPage::createActions()
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(tr("&New Character…"), QStringLiteral("document-new"), QKeySequence::New, &CharactersPage::newCharacter);
    m_importCardsAction = make(tr("&Import Character Cards…"), QStringLiteral("document-import"), QKeySequence(), [this] { importCharacterCards(); });
    m_importCardsAction->setStatusTip(tr("Make a sheet from each role-play character card (SillyTavern's JSON or PNG cards)"));
    m_duplicateAction = make(tr("&Duplicate Character"), QStringLiteral("edit-copy"), QKeySequence(Qt::CTRL | Qt::Key_D), &CharactersPage::duplicateCharacter);
    m_renameAction = make(tr("&Rename Character…"), QStringLiteral("edit-rename"), QKeySequence(Qt::Key_F2), &CharactersPage::renameCharacter);
    m_deleteAction = make(tr("De&lete Character"), QStringLiteral("edit-delete"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &CharactersPage::deleteCharacter);
    m_moveUpAction = make(tr("Move &Up"), QStringLiteral("go-up"), QKeySequence(Qt::ALT | Qt::Key_Up), [this] {
        if (m_document && !m_current.isEmpty())
            m_document->moveCharacter(m_current, -1);
    });
    m_moveDownAction = make(tr("Move Do&wn"), QStringLiteral("go-down"), QKeySequence(Qt::ALT | Qt::Key_Down), [this] {
        if (m_document && !m_current.isEmpty())
            m_document->moveCharacter(m_current, +1);
    });
    m_saveAction = make(tr("&Save Sheet"), QStringLiteral("document-save"), QKeySequence::Save, [this] {
        if (SheetDocument *d = m_sheets.value(m_current); d && !d->save() && d->hasConflict())
            QMessageBox::warning(this, tr("Sheet changed on disk"), tr("The file changed on disk since it was opened. Choose which version to keep in the bar above the editor."));
    });
    m_findAction = make(tr("&Find in Sheet"), QStringLiteral("edit-find"), QKeySequence::Find, [this] {
        m_findBar->show();
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *findNextAction = new QAction(this);
    findNextAction->setShortcut(QKeySequence::FindNext);
    connect(findNextAction, &QAction::triggered, this, [this] { findNext(false); });
    addAction(findNextAction);
}

QList<QAction *> CharactersPage::characterActions() const
{
    return {m_newAction, m_importCardsAction, m_duplicateAction, m_renameAction, m_deleteAction, m_moveUpAction, m_moveDownAction, m_saveAction, m_findAction};
}

QWidget *CharactersPage::createCategoriesTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *scopeRow = new QHBoxLayout;
    auto *scopeLabel = new QLabel(tr("&Edit:"), tab);
    m_categoryScope = new QComboBox(tab);
    m_categoryScope->addItems({tr("This character's own categories"), tr("Categories common to every character")});
    scopeLabel->setBuddy(m_categoryScope);
    scopeRow->addWidget(scopeLabel);
    scopeRow->addWidget(m_categoryScope, 1);
    layout->addLayout(scopeRow);

    auto *inheritedLabel = new QLabel(tr("Inherited from the common categories:"), tab);
    m_inherited = new QListWidget(tab);
    m_inherited->setMaximumHeight(110);
    m_inherited->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(inheritedLabel);
    layout->addWidget(m_inherited);

    m_categories = new QTableWidget(0, 3, tab);
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("What the user asks (one line)"), tr("Weight")});
    m_categories->horizontalHeader()->setSectionResizeMode(CategoryPrompt, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(CategoryName, QHeaderView::ResizeToContents);
    m_categories->horizontalHeader()->setSectionResizeMode(CategoryWeight, QHeaderView::ResizeToContents);
    m_categories->verticalHeader()->hide();
    m_categories->setAccessibleName(tr("Categories"));
    layout->addWidget(m_categories, 1);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add"), tab);
    auto *remove = new QPushButton(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Re&move"), tab);
    add->setToolTip(tr("Add a category (Insert)"));
    remove->setToolTip(tr("Remove the selected category (Delete)"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto addCategory = [this] {
        if (!m_document || m_current.isEmpty())
            return;
        const bool common = m_categoryScope->currentIndex() == 1;
        QList<Category> list = common ? m_document->project().commonCategories : m_document->project().characterCategories.value(m_current);
        QString name = QStringLiteral("new_category");
        for (int n = 2; std::any_of(list.cbegin(), list.cend(), [&](const Category &c) { return c.name == name; }); ++n)
            name = QStringLiteral("new_category_%1").arg(n);
        list << Category{name, tr("Describe what the user asks in this category."), 1.0};
        m_document->setCategories(common ? QString() : m_current, list);
        m_categories->setCurrentCell(m_categories->rowCount() - 1, CategoryName);
        m_categories->editItem(m_categories->currentItem());
    };
    auto removeCategory = [this] {
        const int row = m_categories->currentRow();
        if (!m_document || m_current.isEmpty() || row < 0)
            return;
        const bool common = m_categoryScope->currentIndex() == 1;
        QList<Category> list = common ? m_document->project().commonCategories : m_document->project().characterCategories.value(m_current);
        if (row < list.size())
            list.removeAt(row);
        m_document->setCategories(common ? QString() : m_current, list);
    };
    connect(add, &QPushButton::clicked, this, addCategory);
    connect(remove, &QPushButton::clicked, this, removeCategory);
    auto *insertKey = new QAction(m_categories);
    insertKey->setShortcut(Qt::Key_Insert);
    insertKey->setShortcutContext(Qt::WidgetShortcut);
    connect(insertKey, &QAction::triggered, this, addCategory);
    m_categories->addAction(insertKey);
    auto *deleteKey = new QAction(m_categories);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, removeCategory);
    m_categories->addAction(deleteKey);
    connect(m_categories, &QTableWidget::itemChanged, this, &CharactersPage::commitCategories);
    connect(m_categoryScope, &QComboBox::currentIndexChanged, this, &CharactersPage::refreshCategories);
    return tab;
}

QWidget *CharactersPage::createPromptTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Category:"), tab);
    m_promptCategory = new QComboBox(tab);
    label->setBuddy(m_promptCategory);
    row->addWidget(label);
    row->addWidget(m_promptCategory, 1);
    layout->addLayout(row);
    m_promptTokens = new QLabel(tab);
    m_promptTokens->setWordWrap(true);
    layout->addWidget(m_promptTokens);
    m_promptSystem = new QPlainTextEdit(tab);
    m_promptUser = new QPlainTextEdit(tab);
    for (QPlainTextEdit *e : {m_promptSystem, m_promptUser}) {
        e->setReadOnly(true);
        e->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    }
    m_promptSystem->setAccessibleName(tr("System message"));
    m_promptUser->setAccessibleName(tr("User message"));
    layout->addWidget(new QLabel(tr("System message"), tab));
    layout->addWidget(m_promptSystem, 2);
    layout->addWidget(new QLabel(tr("User message"), tab));
    layout->addWidget(m_promptUser, 1);
    connect(m_promptCategory, &QComboBox::currentIndexChanged, this, &CharactersPage::refreshPrompt);
    return tab;
}

void CharactersPage::setDocument(ProjectDocument *document)
{
    saveAll();
    m_editor->setDocument(nullptr); // before the sheets whose text it may show are deleted
    qDeleteAll(m_sheets);
    m_sheets.clear();
    m_document = document;
    m_current.clear();
    if (m_document) {
        connect(m_document, &ProjectDocument::planChanged, this, [this] {
            refreshPlanRow();
            refreshCategories();
            if (m_tabs->currentIndex() == 3)
                refreshPrompt();
        });
        connect(m_document, &ProjectDocument::charactersChanged, this, [this] {
            // Sheets whose character is gone (renamed, deleted) are closed; their files were handled by the command.
            for (auto it = m_sheets.begin(); it != m_sheets.end();) {
                const CharacterEntry *c = m_document->project().character(it.key());
                if (!c || m_document->sheetPath(it.key()) != it.value()->path()) {
                    if (m_editor->document() == it.value()->document())
                        m_editor->setDocument(nullptr);
                    it.value()->setAutosave(false);
                    delete it.value();
                    it = m_sheets.erase(it);
                } else {
                    ++it;
                }
            }
            if (!m_current.isEmpty() && !m_document->project().character(m_current)) {
                m_current.clear();
                showEmptyState();
            }
        });
    }
    showEmptyState();
}

void CharactersPage::refreshPlanRow()
{
    const Project *project = m_document && !m_current.isEmpty() ? &m_document->project() : nullptr;
    // Not m_planRow->isVisible(): that is false while another mode is shown, and the row
    // would keep the previous character's tier and count for this one.
    const bool shown = project && project->character(m_current);
    m_planRow->setVisible(shown);
    if (!shown)
        return;
    const QString tier = project->tierOf(m_current);
    {
        const QSignalBlocker block(m_tierBox);
        m_tierBox->clear();
        for (const Tier &t : project->tiers)
            m_tierBox->addItem(t.name, t.name);
        if (m_tierBox->findData(tier) < 0)
            m_tierBox->addItem(tier, tier);
        m_tierBox->setCurrentIndex(m_tierBox->findData(tier));
    }
    const int target = project->targetFor(m_current);
    m_countEditor->setValue(target);
    const int tierTarget = project->tierTarget(tier);
    const bool own = project->overrides.contains(m_current) && target != tierTarget;
    m_countNote->setText(own ? tr("own count (the tier's: %1)").arg(QLocale().toString(tierTarget)) : tr("the tier's count"));
    m_tierCountButton->setVisible(own);
}

void CharactersPage::showEmptyState()
{
    m_planRow->hide();
    const bool hasProject = m_document != nullptr;
    m_title->setText(hasProject ? tr("No character selected") : tr("No project open"));
    m_subtitle->setText(hasProject ? tr("Pick a character in the list, or create one with Ctrl+N.")
                                   : tr("Open a project folder with File ▸ Open Project (Ctrl+O)."));
    m_editor->setDocument(nullptr);
    m_editor->setEnabled(false);
    m_conflictBar->hide();
    m_preview->clear();
    m_fields->clear();
    m_warnings->clear();
    m_categories->setRowCount(0);
    m_inherited->clear();
    for (QAction *a : {m_duplicateAction, m_renameAction, m_deleteAction, m_moveUpAction, m_moveDownAction, m_saveAction, m_findAction})
        a->setEnabled(false);
    m_newAction->setEnabled(hasProject);
    m_importCardsAction->setEnabled(hasProject);
}

SheetDocument *CharactersPage::openSheet(const QString &name)
{
    if (SheetDocument *existing = m_sheets.value(name))
        return existing;
    auto *sheet = new SheetDocument(this);
    sheet->setProjectDir(m_document->project().dir);
    if (!sheet->load(m_document->sheetPath(name), name)) {
        const QString error = sheet->errorString();
        delete sheet;
        m_subtitle->setText(error);
        return nullptr;
    }
    new MarkdownHighlighter(sheet->document());
    connect(sheet, &SheetDocument::parsed, this, [this, sheet](const CharacterSheet &parsed) {
        if (m_document)
            m_document->updateSheet(sheet->character(), parsed);
        if (sheet->character() == m_current) {
            showSheet(parsed);
            renderPreview();
        }
    });
    connect(sheet, &SheetDocument::modifiedChanged, this, &CharactersPage::unsavedChangesChanged);
    connect(sheet, &SheetDocument::saveFailed, this, [this](const QString &message) {
        m_conflictLabel->setText(message);
        m_conflictBar->show();
    });
    connect(sheet, &SheetDocument::conflictChanged, this, [this, sheet](bool conflict) {
        if (sheet->character() != m_current)
            return;
        m_conflictLabel->setText(tr("%1 was changed by another program while you were editing it. Which version do you want to keep?")
                                     .arg(QDir::toNativeSeparators(sheet->path())));
        m_conflictBar->setVisible(conflict);
    });
    connect(sheet, &SheetDocument::reloadedFromDisk, this, [this, sheet] {
        if (sheet->character() == m_current)
            m_subtitle->setText(tr("Reloaded: %1 was changed on disk.").arg(QDir::toNativeSeparators(sheet->path())));
    });
    m_sheets.insert(name, sheet);
    return sheet;
}

void CharactersPage::showCharacter(const QString &name)
{
    const CharacterEntry *entry = m_document ? m_document->project().character(name) : nullptr;
    if (!entry) {
        m_current.clear();
        showEmptyState();
        return;
    }
    if (SheetDocument *previous = m_sheets.value(m_current); previous && previous->isModified())
        previous->save();
    m_current = name;
    m_title->setText(name);
    m_subtitle->setText(QDir::toNativeSeparators(m_document->sheetPath(name)));
    refreshPlanRow();

    SheetDocument *sheet = openSheet(name);
    for (QAction *a : {m_duplicateAction, m_renameAction, m_deleteAction, m_moveUpAction, m_moveDownAction})
        a->setEnabled(true);
    m_newAction->setEnabled(true);
    m_importCardsAction->setEnabled(true);
    m_saveAction->setEnabled(sheet != nullptr);
    m_findAction->setEnabled(sheet != nullptr);
    if (!sheet) {
        m_editor->setDocument(nullptr);
        m_editor->setEnabled(false);
        m_preview->setHtml(tr("<p><b>This sheet cannot be edited.</b></p><p>%1</p>").arg(m_subtitle->text().toHtmlEscaped()));
        showSheet(entry->sheet);
        refreshCategories();
        return;
    }
    m_editor->setEnabled(true);
    m_editor->setDocument(sheet->document());
    m_conflictBar->setVisible(sheet->hasConflict());
    showSheet(sheet->sheet());
    renderPreview();
    refreshCategories();
    if (m_tabs->currentIndex() == 3)
        refreshPrompt();
}

void CharactersPage::renderPreview()
{
    SheetDocument *sheet = m_sheets.value(m_current);
    if (!sheet)
        return;
    // Anchors before each heading let the preview follow the cursor's section.
    m_headingBlocks.clear();
    bool fenced = false;
    for (QTextBlock b = sheet->document()->begin(); b.isValid(); b = b.next()) {
        const QString text = b.text();
        if (text.trimmed().startsWith(QLatin1String("```")))
            fenced = !fenced;
        else if (!fenced && isHeadingLine(text))
            m_headingBlocks << b.blockNumber();
    }
    QString html = SheetRenderer::toHtml(sheet->document()->toPlainText());
    static const QRegularExpression headingTag(QStringLiteral("<h([1-6])>"));
    int n = 0;
    QString anchored;
    qsizetype last = 0;
    for (auto it = headingTag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        anchored += html.mid(last, m.capturedStart() - last);
        anchored += QStringLiteral("<a name=\"h%1\"></a>").arg(n++) + m.captured(0);
        last = m.capturedEnd();
    }
    anchored += html.mid(last);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(anchored);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void CharactersPage::followCursorInPreview()
{
    if (m_headingBlocks.isEmpty())
        return;
    const int block = m_editor->textCursor().blockNumber();
    int index = -1;
    for (int i = 0; i < m_headingBlocks.size() && m_headingBlocks.at(i) <= block; ++i)
        index = i;
    if (index >= 0)
        m_preview->scrollToAnchor(QStringLiteral("h%1").arg(index));
    else
        m_preview->verticalScrollBar()->setValue(0);
}

void CharactersPage::showSheet(const CharacterSheet &sheet)
{
    m_fields->clear();
    auto addItem = [this](QTreeWidgetItem *parent, const QString &field, const QString &value) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_fields);
        item->setText(0, field);
        item->setText(1, value);
        item->setToolTip(1, value);
        return item;
    };
    addItem(nullptr, tr("Name"), sheet.name);
    auto *traits = addItem(nullptr, tr("Traits"), sheet.traits().isEmpty() ? tr("(none)") : tr("%n trait(s)", nullptr, int(sheet.traits().size())));
    for (const QString &trait : sheet.traits())
        addItem(traits, QString(), trait);
    if (!sheet.quote.isEmpty())
        addItem(nullptr, sheet.quote.isSummary() ? tr("Summary") : tr("Signature quote"),
                sheet.quote.attribution.isEmpty() ? sheet.quote.text : tr("%1 — %2").arg(sheet.quote.text, sheet.quote.attribution));
    const int budget = PromptBudget{}.perSection;
    auto *sections = addItem(nullptr, tr("Sections"), tr("%n section(s); prompt budget %1 tokens each", nullptr, int(sheet.sections.size())).arg(QLocale().toString(budget)));
    for (const SheetSection &s : sheet.sections) {
        const qsizetype tokens = TokenCount::count(s.text);
        auto *item = addItem(sections, s.title, tr("%1 / %2 tokens").arg(QLocale().toString(tokens), QLocale().toString(budget)));
        item->setData(0, Qt::UserRole, s.line);
        if (tokens > budget) {
            const QString kept = PromptBuilder::trimToTokens(s.text, budget);
            const QString cut = s.text.mid(kept.size()).trimmed();
            item->setText(1, tr("%1 / %2 tokens — over budget, the end is cut").arg(QLocale().toString(tokens), QLocale().toString(budget)));
            item->setForeground(1, Tone::color(Tone::Warning));
            item->setToolTip(1, tr("Cut from the prompt:\n%1").arg(cut.left(2000)));
        } else {
            item->setToolTip(1, s.text.left(2000));
        }
        for (const QString &sub : s.subsections)
            addItem(item, sub, QString());
    }
    if (!sheet.metadata.isEmpty()) {
        auto *meta = addItem(nullptr, tr("Metadata"), QString());
        for (auto it = sheet.metadata.cbegin(); it != sheet.metadata.cend(); ++it)
            addItem(meta, it.key(), it.value().join(QStringLiteral(", ")));
    }
    m_fields->expandAll();

    m_warnings->clear();
    for (const Issue &issue : sheet.issues) {
        auto *item = new QListWidgetItem(issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message, m_warnings);
        item->setIcon(style()->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, issue.line);
    }
    if (sheet.issues.isEmpty())
        new QListWidgetItem(tr("No warnings: the generator has what it needs."), m_warnings);
    m_tabs->setTabText(1, sheet.issues.isEmpty() ? tr("F&ields") : tr("F&ields (%1)").arg(sheet.issues.size()));
}

void CharactersPage::jumpToLine(int line)
{
    if (line <= 0 || !m_editor->isEnabled())
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus();
}

void CharactersPage::findNext(bool backwards)
{
    const QString needle = m_findEdit->text();
    if (needle.isEmpty())
        return;
    const QTextDocument::FindFlags flags = backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (!m_editor->find(needle, flags)) {
        // Wrap around once.
        QTextCursor cursor = m_editor->textCursor();
        cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
        m_editor->setTextCursor(cursor);
        if (!m_editor->find(needle, flags))
            m_findEdit->setStyleSheet(QStringLiteral("QLineEdit { background: #ffd0d0; color: black; }"));
        else
            m_findEdit->setStyleSheet(QString());
    } else {
        m_findEdit->setStyleSheet(QString());
    }
}

void CharactersPage::refreshCategories()
{
    if (!m_document || m_current.isEmpty())
        return;
    m_refreshingCategories = true;
    const Project &project = m_document->project();
    const bool common = m_categoryScope->currentIndex() == 1;
    m_inherited->clear();
    m_inherited->setVisible(!common);
    for (const Category &c : project.commonCategories)
        new QListWidgetItem(QStringLiteral("%1 — %2").arg(c.name, c.prompt), m_inherited);
    const QList<Category> list = common ? project.commonCategories : project.characterCategories.value(m_current);
    const int row = m_categories->currentRow();
    m_categories->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        m_categories->setItem(i, CategoryName, new QTableWidgetItem(list.at(i).name));
        m_categories->setItem(i, CategoryPrompt, new QTableWidgetItem(list.at(i).prompt));
        auto *weight = new QTableWidgetItem;
        weight->setData(Qt::EditRole, list.at(i).weight);
        m_categories->setItem(i, CategoryWeight, weight);
    }
    if (row >= 0 && row < m_categories->rowCount())
        m_categories->setCurrentCell(row, m_categories->currentColumn());
    m_refreshingCategories = false;

    const QString previous = m_promptCategory->currentText();
    QSignalBlocker blocker(m_promptCategory);
    m_promptCategory->clear();
    for (const Category &c : project.categoriesFor(m_current))
        m_promptCategory->addItem(c.name);
    const int found = m_promptCategory->findText(previous);
    m_promptCategory->setCurrentIndex(found >= 0 ? found : 0);
}

void CharactersPage::commitCategories()
{
    if (m_refreshingCategories || !m_document || m_current.isEmpty())
        return;
    QList<Category> list;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        Category c;
        c.name = m_categories->item(row, CategoryName) ? m_categories->item(row, CategoryName)->text().trimmed() : QString();
        c.name.replace(QLatin1Char(' '), QLatin1Char('_'));
        c.prompt = m_categories->item(row, CategoryPrompt) ? m_categories->item(row, CategoryPrompt)->text().trimmed() : QString();
        c.weight = m_categories->item(row, CategoryWeight) ? std::max(0.0, m_categories->item(row, CategoryWeight)->data(Qt::EditRole).toDouble()) : 1.0;
        if (c.name.isEmpty())
            continue;
        if (std::any_of(list.cbegin(), list.cend(), [&](const Category &earlier) { return earlier.name == c.name; })) {
            // Two categories of one name would split the target between them and the run,
            // counting records by name, would stop short: the edit is taken back.
            refreshCategories();
            QMessageBox::warning(this, tr("Categories"), tr("There is already a category named %1; the name was not changed.").arg(c.name));
            return;
        }
        list << c;
    }
    m_document->setCategories(m_categoryScope->currentIndex() == 1 ? QString() : m_current, list);
}

void CharactersPage::refreshPrompt()
{
    if (!m_document || m_current.isEmpty())
        return;
    const Project &project = m_document->project();
    const QList<Category> categories = project.categoriesFor(m_current);
    const QString wanted = m_promptCategory->currentText();
    const auto it = std::find_if(categories.cbegin(), categories.cend(), [&](const Category &c) { return c.name == wanted; });
    if (it == categories.cend()) {
        m_promptSystem->clear();
        m_promptUser->clear();
        m_promptTokens->setText(tr("This character has no categories."));
        return;
    }
    const PromptBuilder builder(project);
    const int count = project.generation.batchSize;
    const PromptBuilder::Prompt prompt = builder.build(m_current, *it, count, true);
    m_promptSystem->setPlainText(prompt.system);
    m_promptUser->setPlainText(prompt.user);
    m_promptTokens->setText(tr("One request for %n record(s) (the batch size) with structured output: system %1 tokens, user %2 tokens, %3 in all.", nullptr, count)
                                .arg(QLocale().toString(TokenCount::count(prompt.system)), QLocale().toString(TokenCount::count(prompt.user)),
                                     QLocale().toString(prompt.tokens)));
}

bool CharactersPage::saveAll()
{
    bool ok = true;
    for (SheetDocument *sheet : std::as_const(m_sheets)) {
        if (sheet->isModified() && !sheet->save())
            ok = false;
    }
    return ok;
}

bool CharactersPage::hasUnsavedChanges() const
{
    return std::any_of(m_sheets.cbegin(), m_sheets.cend(), [](const SheetDocument *s) { return s->isModified(); });
}

void CharactersPage::newCharacter()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Character"), tr("Name of the new character:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString error = m_document->newCharacter(name);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("New Character"), error);
        return;
    }
    emit characterRequested(name.simplified());
    emit modeRequested(this);   // its sheet is what to write next, from whichever mode
}

void CharactersPage::importCharacterCards(QStringList paths)
{
    if (!m_document)
        return;
    if (paths.isEmpty()) {
        const QString last = AppSettings::lastImportDir.get();
        const QString start = !last.isEmpty() && QFileInfo(last).isDir() ? last : m_document->project().dir;
        paths = QFileDialog::getOpenFileNames(this, tr("Import Character Cards"), start, tr("Character cards (*.png *.json *.charx);;All files (*)"));
        if (paths.isEmpty())
            return;
        AppSettings::lastImportDir.set(QFileInfo(paths.first()).absolutePath());
    }
    QList<ProjectDocument::NewSheet> sheets;
    QStringList problems;
    for (const QString &path : std::as_const(paths)) {
        QString error;
        const std::optional<CharacterCard> card = CharacterCard::read(path, &error);
        if (card)
            sheets.append({card->name, card->toSheet(m_document->project().work)});
        else
            problems << tr("%1: %2").arg(QFileInfo(path).fileName(), error);
    }
    QString first;
    if (!sheets.isEmpty()) {
        const int before = int(m_document->project().characters.size());
        const QString undoText = sheets.size() == 1 ? tr("Import character card %1").arg(sheets.first().name)
                                                    : tr("Import %n character card(s)", nullptr, int(sheets.size()));
        problems += m_document->newCharacters(sheets, undoText);
        if (m_document->project().characters.size() > before)
            first = m_document->project().characters.at(before).name;
    }
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Import Character Cards"), problems.join(QLatin1Char('\n')));
    if (!first.isEmpty()) {
        emit characterRequested(first);
        emit modeRequested(this);
    }
}

void CharactersPage::duplicateCharacter()
{
    if (!m_document || m_current.isEmpty())
        return;
    saveAll();
    QSet<QString> before;
    for (const CharacterEntry &c : m_document->project().characters)
        before.insert(c.name);
    const QString error = m_document->duplicateCharacter(m_current);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Duplicate Character"), error);
        return;
    }
    // The copy opens: the one character the project did not have before.
    for (const CharacterEntry &c : m_document->project().characters) {
        if (!before.contains(c.name)) {
            emit characterRequested(c.name);
            emit modeRequested(this);
            break;
        }
    }
}

void CharactersPage::renameCharacter()
{
    if (!m_document || m_current.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Character"),
                                               tr("New name for %1 (the sheet file, the plan and stored records follow):").arg(m_current),
                                               QLineEdit::Normal, m_current, &ok);
    if (!ok || name.simplified() == m_current)
        return;
    saveAll();
    const QString error = m_document->renameCharacter(m_current, name);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Rename Character"), error);
        return;
    }
    emit characterRequested(name.simplified());
}

void CharactersPage::deleteCharacter()
{
    if (!m_document || m_current.isEmpty())
        return;
    const QString name = m_current;
    if (QMessageBox::question(this, tr("Delete Character"),
                              tr("Delete %1? The sheet moves to the .trash folder beside the sheets, and Edit ▸ Undo brings it back. Stored records stay in the database.").arg(name))
        != QMessageBox::Yes)
        return;
    if (SheetDocument *sheet = m_sheets.value(name))
        sheet->save();
    const QString error = m_document->deleteCharacter(name);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Delete Character"), error);
}
