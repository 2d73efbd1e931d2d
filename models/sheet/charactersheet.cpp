#include "charactersheet.h"

#include <QFileInfo>
#include <QRegularExpression>

SheetSection::Kind SheetSection::kindForTitle(const QString &title)
{
    const QString t = title.toLower();
    auto has = [&t](const char *word) { return t.contains(QLatin1String(word)); };
    if (has("personality") || has("character traits") || has("temperament"))
        return Kind::Personality;
    if (has("speech") || has("voice") || has("dialogue") || has("how they talk") || has("catchphrase"))
        return Kind::Speech;
    if (has("background") || has("biography") || has("history") || t == QLatin1String("bio") || has("backstory"))
        return Kind::Background;
    if (has("appearance") || has("design") || has("looks"))
        return Kind::Appearance;
    if (has("role") || has("story") || has("plot") || has("arc"))
        return Kind::Role;
    if (has("relationship") || has("family") || has("friends"))
        return Kind::Relationships;
    if (has("trivia") || has("fun fact") || has("notes"))
        return Kind::Trivia;
    if (t == QLatin1String("traits") || has("key traits"))
        return Kind::Traits;
    return Kind::Other;
}

QStringList CharacterSheet::traits() const
{
    QStringList result = metadata.value(QStringLiteral("traits"));
    if (result.isEmpty()) {
        if (const SheetSection *s = section(SheetSection::Kind::Traits)) {
            for (const QString &line : s->text.split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("- ")))
                    result << line.mid(2).trimmed();
            }
        }
    }
    return result;
}

const SheetSection *CharacterSheet::section(SheetSection::Kind kind) const
{
    for (const SheetSection &s : sections) {
        if (s.kind == kind)
            return &s;
    }
    return nullptr;
}

const SheetSection *CharacterSheet::section(const QString &title) const
{
    for (const SheetSection &s : sections) {
        if (s.title.compare(title, Qt::CaseInsensitive) == 0)
            return &s;
    }
    return nullptr;
}

bool CharacterSheet::hasErrors() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const Issue &i) { return i.isError(); });
}

QStringList CharacterSheet::canonNames() const
{
    QStringList names;
    auto add = [&names](QString value) {
        // "Lord Grigon (father)" → "Lord Grigon"
        static const QRegularExpression paren(QStringLiteral("\\s*\\(.*\\)\\s*$"));
        value.remove(paren);
        value = value.trimmed();
        if (!value.isEmpty() && value.front().isUpper() && !names.contains(value))
            names << value;
    };
    add(name);
    for (const char *key : {"relatives", "affiliations", "home"}) {
        for (const QString &v : metadata.value(QLatin1String(key)))
            add(v);
    }
    for (const SheetSection &s : sections) {
        if (s.kind == SheetSection::Kind::Relationships) {
            for (const QString &sub : s.subsections)
                add(sub);
        }
    }
    return names;
}

QStringList CharacterSheet::templatePlaceholders()
{
    return {QStringLiteral("One line that sums up the character."),
            QStringLiteral("Where they come from and what happened to them."),
            QStringLiteral("How they think and behave; what they want and fear."),
            QStringLiteral("What they look like."),
            QStringLiteral("What they do in it."),
            QStringLiteral("How they relate to them."),
            QStringLiteral("How they talk: register, rhythm, habits."),
            QStringLiteral("A fact worth knowing.")};
}

QByteArray CharacterSheet::templateText(const QString &name, const QString &work)
{
    const QStringList p = templatePlaceholders();
    return QStringLiteral(
               "---\n"
               "title: %1\n"
               "source: \"%2\"\n"
               "category: character\n"
               "tags: []\n"
               "---\n\n"
               "# %1\n\n")
               .arg(name, work)
               .toUtf8()
           + QStringLiteral(
                 "> %1\n"
                 "> — character summary\n\n"
                 "## Background\n\n%2\n\n---\n\n"
                 "## Personality\n\n%3\n\n---\n\n"
                 "## Physical Appearance\n\n%4\n\n---\n\n"
                 "## Role in the Story\n\n%5\n\n---\n\n"
                 "## Relationships\n\n### Someone\n%6\n\n---\n\n"
                 "## Speech / Voice\n\n%7\n\n---\n\n"
                 "## Trivia\n\n- %8\n\n---\n\n")
                 .arg(p.at(0), p.at(1), p.at(2), p.at(3), p.at(4), p.at(5), p.at(6), p.at(7))
                 .toUtf8()
           + QStringLiteral(
                 "metadata:\n"
                 "  character: %1\n"
                 "  traits: []\n")
                 .arg(name)
                 .toUtf8();
}

QString CharacterSheet::slugForName(const QString &name)
{
    QString slug;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            slug += QLatin1Char('_');
        // everything else (apostrophes, dots) is dropped
    }
    while (slug.contains(QLatin1String("__")))
        slug.replace(QLatin1String("__"), QLatin1String("_"));
    return slug;
}

QString CharacterSheet::nameFromFileName(const QString &fileName)
{
    QString base = QFileInfo(fileName).completeBaseName();
    if (base.startsWith(QLatin1String("character_")))
        base = base.mid(10);
    QStringList words = base.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}
