#pragma once
// CharacterSheet: the typed content of one character_<slug>.md file, as SheetParser reads it.
// The generator's prompt builder, the sheet editor's field panel and the plan all read it;
// nothing here touches the disk.

#include "util/issue.h"

#include <QMap>
#include <QString>
#include <QStringList>

struct SheetSection
{
    // What the generator knows a section to be, from its heading ("Speech / Voice" → Speech).
    enum class Kind { Other, Background, Personality, Appearance, Role, Relationships, Speech, Trivia, Traits };

    QString title;          // the heading as written, without "## "
    Kind kind = Kind::Other;
    int line = 0;           // 1-based line of the heading in the file
    QString text;           // plain text of the section, ### subsections kept as "Title:" paragraphs
    QStringList subsections; // titles of its ### subsections, in order

    static Kind kindForTitle(const QString &title);
};

struct SignatureQuote
{
    QString text;
    QString attribution;
    bool isEmpty() const { return text.isEmpty(); }
    // "> … — character summary" (the seed guide's sheets): the blockquote sums the character up
    // rather than quoting them, and the prompt must not hand it to the model as their words.
    bool isSummary() const { return attribution.contains(QLatin1String("summary"), Qt::CaseInsensitive); }
};

class CharacterSheet
{
public:
    QString filePath;
    QString name;                          // from "# Name" (or a fallback, with a warning)
    int nameLine = 0;
    QMap<QString, QString> frontMatter;    // title, source, category, … as written
    QStringList tags;                      // front matter `tags: [..]`
    SignatureQuote quote;                  // the optional leading blockquote
    QList<SheetSection> sections;          // the ## sections, in file order
    QMap<QString, QStringList> metadata;   // the trailing `metadata:` block; scalars are one-element lists
    int metadataLine = 0;
    IssueList issues;                      // warnings and errors, each naming the file and line

    QStringList traits() const;
    // The first section of that kind, or nullptr.
    const SheetSection *section(SheetSection::Kind kind) const;
    const SheetSection *section(const QString &title) const;
    bool hasErrors() const;
    // Names of people and places the sheet mentions as canon: metadata values and ### titles.
    QStringList canonNames() const;

    // "character_olga_solis.md" → "olga_solis"; names → file slugs the way the seed guide does it.
    static QString slugForName(const QString &name);
    // The text a new sheet starts with (New Character): the sections the generator reads, each
    // holding one of templatePlaceholders() until the writer replaces it.
    static QByteArray templateText(const QString &name, const QString &work);
    // The template's placeholder sentences: a sheet that still holds one is warned about, as
    // the generator would send it as the character's own.
    static QStringList templatePlaceholders();
    static QString nameFromFileName(const QString &fileName);
};
