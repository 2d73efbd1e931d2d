#include "characterspage.h"

#include "project/project.h"
#include "sheet/sheetparser.h"
#include "sheet/sheetrenderer.h"
#include "tokenizer/tokencount.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

CharactersPage::CharactersPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_preview(new QTextBrowser(m_splitter))
    , m_fields(new QTreeWidget)
    , m_warnings(new QListWidget)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setWordWrap(true);

    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("Rendered sheet"));
    m_preview->document()->setDefaultStyleSheet(QStringLiteral(
        "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 14px; } blockquote { font-style: italic; }"
        " table.frontmatter, table.metadata { margin: 4px 0 10px 0; } th { padding-right: 10px; }"));

    m_fields->setColumnCount(2);
    m_fields->setHeaderLabels({tr("Field the generator uses"), tr("Value")});
    m_fields->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_fields->header()->setStretchLastSection(true);
    m_fields->setColumnWidth(0, 170);
    m_fields->setWordWrap(true);
    m_fields->setUniformRowHeights(false);
    m_fields->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_fields->setAlternatingRowColors(true);
    m_fields->setAccessibleName(tr("Parsed fields"));

    m_warnings->setAccessibleName(tr("Sheet warnings"));
    m_warnings->setWordWrap(true);

    auto *side = new QWidget(m_splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *fieldsLabel = new QLabel(tr("Fields"), side);
    auto *warningsLabel = new QLabel(tr("Warnings"), side);
    fieldsLabel->setBuddy(m_fields);
    warningsLabel->setBuddy(m_warnings);
    sideLayout->addWidget(fieldsLabel);
    sideLayout->addWidget(m_fields, 3);
    sideLayout->addWidget(warningsLabel);
    sideLayout->addWidget(m_warnings, 1);

    m_splitter->addWidget(m_preview);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({440, 400});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_splitter, 1);

    showEmptyState();
}

void CharactersPage::setProject(const Project *project)
{
    m_project = project;
    m_current.clear();
    showEmptyState();
}

void CharactersPage::showEmptyState()
{
    m_title->setText(m_project ? tr("No character selected") : tr("No project open"));
    m_subtitle->setText(m_project ? tr("Pick a character in the list to see its sheet and what the generator will read from it.")
                                  : tr("Open a project folder with File ▸ Open Project (Ctrl+O)."));
    m_preview->clear();
    m_fields->clear();
    m_warnings->clear();
}

void CharactersPage::showCharacter(const QString &name)
{
    const CharacterEntry *entry = m_project ? m_project->character(name) : nullptr;
    if (!entry) {
        m_current.clear();
        showEmptyState();
        return;
    }
    m_current = name;
    const CharacterSheet &sheet = entry->sheet;
    m_title->setText(name);
    const QString tier = m_project->tierOf(name);
    const int target = m_project->targetFor(name);
    const QString targetText = m_project->overrides.contains(name) && target != m_project->tierTarget(tier)
                                   ? tr("target %1 records (tier: %2)").arg(target).arg(m_project->tierTarget(tier))
                                   : tr("target %1 records").arg(target);
    m_subtitle->setText(tr("Tier %1 · %2 · %3").arg(tier, targetText, QDir::toNativeSeparators(sheet.filePath)));

    // The preview renders the file as it is on disk; a sheet that could not be read shows why.
    QFile file(sheet.filePath);
    if (!sheet.hasErrors() && file.open(QIODevice::ReadOnly) && file.size() <= SheetParser::MaxSheetBytes)
        m_preview->setHtml(SheetRenderer::toHtml(QString::fromUtf8(file.readAll())));
    else
        m_preview->setHtml(tr("<p><b>This sheet cannot be shown.</b></p><p>See the warnings beside it.</p>"));

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
        addItem(nullptr, tr("Signature quote"),
                sheet.quote.attribution.isEmpty() ? sheet.quote.text : tr("%1 — %2").arg(sheet.quote.text, sheet.quote.attribution));
    auto *sections = addItem(nullptr, tr("Sections"), tr("%n section(s)", nullptr, int(sheet.sections.size())));
    for (const SheetSection &s : sheet.sections) {
        const qsizetype tokens = TokenCount::count(s.text);
        auto *item = addItem(sections, s.title, tr("%n token(s)", nullptr, int(tokens)));
        item->setToolTip(1, s.text);
        if (tokens > SheetParser::DefaultSectionBudgetTokens)
            item->setForeground(1, QColor(0xb0, 0x5a, 0x00));
        for (const QString &sub : s.subsections)
            addItem(item, sub, QString());
    }
    if (!sheet.metadata.isEmpty()) {
        auto *meta = addItem(nullptr, tr("Metadata"), QString());
        for (auto it = sheet.metadata.cbegin(); it != sheet.metadata.cend(); ++it)
            addItem(meta, it.key(), it.value().join(QStringLiteral(", ")));
    }
    const QList<Category> categories = m_project->categoriesFor(name);
    auto *categoryItem = addItem(nullptr, tr("Categories"), tr("%n category(s)", nullptr, int(categories.size())));
    for (const Category &c : categories)
        addItem(categoryItem, c.name, c.prompt);
    m_fields->expandAll();

    m_warnings->clear();
    for (const Issue &issue : sheet.issues) {
        auto *item = new QListWidgetItem(issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message) : issue.message, m_warnings);
        item->setIcon(style()->standardIcon(issue.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    }
    if (sheet.issues.isEmpty())
        new QListWidgetItem(tr("No warnings: the generator has what it needs."), m_warnings);
}
