#include "canoncoverage.h"

#include "project/project.h"

namespace {

// Capitalised words of `text` that are not the first of a sentence: names, not grammar.
QSet<QString> midSentenceNames(const QString &text)
{
    QSet<QString> names;
    std::vector<TextScan::Word> words;
    TextScan::words(text, words);
    for (const auto &w : words) {
        if (w.capitalised && !w.sentenceStart) {
            const QStringView word = QStringView(text).sliced(w.start, w.length);
            if (!TextScan::isCommonCapitalised(word))
                names.insert(word.toString());
        }
    }
    return names;
}

void addWords(const QString &text, QSet<QString> &to)
{
    std::vector<TextScan::Word> words;
    TextScan::words(text, words);
    for (const auto &w : words) {
        if (w.capitalised)
            to.insert(text.sliced(w.start, w.length));
    }
}

} // namespace

CanonCoverage::CanonCoverage(const Project &project, const QStringList &personas)
{
    for (const CharacterEntry &c : project.characters) {
        addWords(c.name, m_known);
        addWords(c.sheet.name, m_known);
        for (const SheetSection &s : c.sheet.sections) {
            addWords(s.title, m_known);
            addWords(s.text, m_known);
            for (const QString &sub : s.subsections)
                addWords(sub, m_known);
        }
        for (auto it = c.sheet.metadata.cbegin(); it != c.sheet.metadata.cend(); ++it)
            for (const QString &v : it.value())
                addWords(v, m_known);
        addWords(c.sheet.quote.text, m_known);
        for (auto it = c.sheet.frontMatter.cbegin(); it != c.sheet.frontMatter.cend(); ++it)
            addWords(it.value(), m_known);
    }
    addWords(project.name, m_known);
    addWords(project.work, m_known);

    for (const QString &persona : personas) {
        QSet<QString> canon;
        if (const CharacterEntry *c = project.character(persona)) {
            for (const QString &name : c->sheet.canonNames())
                addWords(name, canon);
            for (const SheetSection &s : c->sheet.sections)
                canon.unite(midSentenceNames(s.text));
        }
        // Saying one's own name is no use of canon.
        for (const QString &own : TextScan::nameForms(persona))
            for (const QString &part : own.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                canon.remove(part);
        for (auto it = canon.begin(); it != canon.end();) {
            if (TextScan::isCommonCapitalised(*it) || it->size() < 3)
                it = canon.erase(it);
            else
                ++it;
        }
        m_canon << canon;
    }
}

CanonCoverage::CanonCoverage(const QList<QSet<QString>> &canon, const QSet<QString> &known)
    : m_canon(canon)
    , m_known(known)
{
}

bool CanonCoverage::covers(int persona, QStringView text, const std::vector<TextScan::Word> &words) const
{
    if (persona < 0 || persona >= m_canon.size() || m_canon.at(persona).isEmpty())
        return false;
    const QSet<QString> &canon = m_canon.at(persona);
    for (const auto &w : words) {
        if (w.capitalised && canon.contains(text.sliced(w.start, w.length).toString()))
            return true;
    }
    return false;
}

void CanonCoverage::countUnknown(QStringView text, const std::vector<TextScan::Word> &words, QHash<QString, int> &counts) const
{
    for (const auto &w : words) {
        if (!w.capitalised || w.sentenceStart || w.length < 3)
            continue;
        const QStringView word = text.sliced(w.start, w.length);
        // All-capital shouting ("STOP") is emphasis, not a name.
        bool allUpper = true;
        for (QChar c : word)
            allUpper = allUpper && !c.isLower();
        if (allUpper)
            continue;
        QString s = word.toString();
        if (s.endsWith(QLatin1String("'s")) || s.endsWith(QStringLiteral("’s")))
            s.chop(2);
        if (!m_known.contains(s) && !TextScan::isCommonCapitalised(s) && !TextScan::isStopword(w.hash))
            ++counts[s];
    }
}
