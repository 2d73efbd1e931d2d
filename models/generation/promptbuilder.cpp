#include "promptbuilder.h"

#include "project/projectfolder.h"
#include "tokenizer/tokencount.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
}

PromptBuilder::PromptBuilder(const Project &project, const PromptBudget &budget)
    : m_project(project)
    , m_budget(budget)
{
    for (const char *name : {"system", "user", "format_structured", "format_plain", "avoid"})
        m_templates.insert(QString::fromLatin1(name), loadTemplate(QString::fromLatin1(name)));
}

QString PromptBuilder::loadTemplate(const QString &name)
{
    const QString own = QDir(m_project.dir).filePath(QStringLiteral("prompts/%1.txt").arg(name));
    // A template that links outside the project is not read: its text would go to the model.
    QString text = ProjectFolder::checkInside(m_project.dir, own).isEmpty() ? readText(own) : QString();
    if (!text.trimmed().isEmpty()) {
        m_sources << own;
        return text.trimmed();
    }
    const QString builtIn = QStringLiteral(":/prompts/%1.txt").arg(name);
    m_sources << builtIn;
    return readText(builtIn).trimmed();
}

QStringList PromptBuilder::templateSources() const
{
    return m_sources;
}

QString PromptBuilder::trimToTokens(const QString &text, int budget)
{
    if (budget <= 0)
        return {};
    if (TokenCount::count(text) <= budget)
        return text;
    // Binary search over word boundaries: the tokenizer is the judge, not a character estimate.
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isSpace() && !text.at(i - 1).isSpace())
            cuts << i;
    }
    qsizetype lo = 0, hi = cuts.size() - 1, best = -1;
    const QString ellipsis = QStringLiteral(" …");
    while (lo <= hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (TokenCount::count(QString(text.left(cuts[mid]) + ellipsis)) <= budget) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best < 0 ? QString() : text.left(cuts[best]) + ellipsis;
}

QString PromptBuilder::fill(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QString PromptBuilder::sheetDigest(const QString &persona) const
{
    if (const auto it = m_digests.constFind(persona); it != m_digests.cend())
        return it.value();
    const CharacterEntry *entry = m_project.character(persona);
    QStringList parts;
    if (entry) {
        const CharacterSheet &sheet = entry->sheet;
        if (!sheet.quote.isEmpty() && sheet.quote.isSummary())
            parts << QStringLiteral("Summary: %1").arg(trimToTokens(sheet.quote.text.simplified(), m_budget.quote));
        else if (!sheet.quote.isEmpty())
            parts << QStringLiteral("Signature quote: \"%1\"").arg(trimToTokens(sheet.quote.text.simplified(), m_budget.quote));
        using K = SheetSection::Kind;
        // Voice first: if the total budget cuts, it cuts the least useful parts.
        for (K kind : {K::Personality, K::Speech, K::Background, K::Role, K::Relationships, K::Appearance}) {
            const SheetSection *s = sheet.section(kind);
            if (!s || s->text.trimmed().isEmpty())
                continue;
            QString body = s->text.trimmed();
            body.replace(QRegularExpression(QStringLiteral("\\n{3,}")), QStringLiteral("\n\n"));
            parts << QStringLiteral("%1:\n%2").arg(s->title, trimToTokens(body, m_budget.perSection));
        }
        const QStringList traits = sheet.traits();
        if (!traits.isEmpty())
            parts << QStringLiteral("Traits: %1").arg(traits.join(QStringLiteral(", ")));
        const QStringList names = sheet.canonNames();
        if (!names.isEmpty())
            parts << QStringLiteral("Canon names: %1").arg(trimToTokens(names.join(QStringLiteral(", ")), m_budget.canonNames));
    }
    QString digest;
    for (const QString &part : parts) {
        const QString next = digest.isEmpty() ? part : digest + QStringLiteral("\n\n") + part;
        if (TokenCount::count(next) > m_budget.sheetTotal)
            break;
        digest = next;
    }
    if (digest.isEmpty())
        digest = QStringLiteral("(no sheet: rely on what %1 is known for in %2)").arg(persona, m_project.work);
    m_digests.insert(persona, digest);
    return digest;
}

PromptBuilder::Prompt PromptBuilder::build(const QString &persona, const Category &category, int count, bool structured,
                                           const QStringList &alreadyWritten) const
{
    QHash<QString, QString> values{
        {QStringLiteral("persona"), persona},
        {QStringLiteral("work"), m_project.work.isEmpty() ? m_project.name : m_project.work},
        {QStringLiteral("category"), category.name},
        {QStringLiteral("category_prompt"), category.prompt.isEmpty() ? QStringLiteral("a message that fits the category") : category.prompt},
        {QStringLiteral("count"), QString::number(count)},
        {QStringLiteral("instruction"), m_project.instructionFor(persona)},
        {QStringLiteral("sheet"), sheetDigest(persona)},
    };
    QString avoid;
    if (!alreadyWritten.isEmpty() && m_budget.avoidItems > 0) {
        QStringList lines;
        for (const QString &text : alreadyWritten.mid(std::max<qsizetype>(0, alreadyWritten.size() - m_budget.avoidItems)))
            lines << QStringLiteral("- ") + trimToTokens(text.simplified(), 30);
        avoid = fill(m_templates.value(QStringLiteral("avoid")), {{QStringLiteral("openings"), lines.join(QLatin1Char('\n'))}});
    }
    values.insert(QStringLiteral("avoid"), avoid);
    values.insert(QStringLiteral("format"),
                  fill(m_templates.value(structured ? QStringLiteral("format_structured") : QStringLiteral("format_plain")), values));
    Prompt p;
    p.system = fill(m_templates.value(QStringLiteral("system")), values);
    p.user = fill(m_templates.value(QStringLiteral("user")), values);
    p.user.replace(QRegularExpression(QStringLiteral("\\n{3,}")), QStringLiteral("\n\n"));
    p.tokens = TokenCount::count(p.system) + TokenCount::count(p.user) + 8; // + message framing
    return p;
}
