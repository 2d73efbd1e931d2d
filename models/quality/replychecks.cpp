#include "replychecks.h"

#include "generation/recordvalidator.h"
#include "textscan.h"

#include <QSet>

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// Words after a name that make it the subject of a sentence about that person.
bool isThirdPersonVerb(QStringView word)
{
    static const QSet<QString> verbs = [] {
        QSet<QString> s;
        for (const char *w : {"is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "doesn't", "isn't",
                              "wasn't", "won't", "can't", "couldn't", "should", "must", "might", "may", "never", "always",
                              "just", "really", "likes", "loves", "thinks", "feels", "wants", "knows", "believes", "says",
                              "hopes", "needs", "gets", "goes", "tries", "remembers", "wonders", "hates", "fears", "doesn’t",
                              "isn’t", "can’t", "won’t", "wasn’t", "also", "still", "only", "too", "here", "sees"})
            s.insert(QString::fromUtf8(w));
        return s;
    }();
    const QString lower = word.toString().toLower();
    if (verbs.contains(lower))
        return true;
    // "Glordon smiles", "Glordon promises": a present-tense verb; "Glordon's" possessive.
    return lower.size() >= 4 && lower.endsWith(QLatin1Char('s')) && !lower.endsWith(QLatin1String("ss"))
        && !lower.endsWith(QLatin1String("us")) && !lower.endsWith(QLatin1String("is"));
}

} // namespace

ReplyChecks::ReplyChecks(const QStringList &personas)
{
    for (const QString &p : personas) {
        QStringList forms = TextScan::nameForms(p);
        std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        m_nameForms << forms;
        std::vector<quint64> keys;
        for (const QString &f : std::as_const(forms))
            keys.push_back(TextScan::hash(f.section(QLatin1Char(' '), 0, 0)));
        std::sort(keys.begin(), keys.end());
        m_nameKeys << keys;
    }
}

quint8 ReplyChecks::check(int persona, QStringView text) const
{
    std::vector<TextScan::Word> words;
    TextScan::words(text, words);
    return check(persona, text, words);
}

quint8 ReplyChecks::check(int persona, QStringView text, const std::vector<TextScan::Word> &words) const
{
    if (isEmpty(text))
        return QualityFlags::Empty;
    // Words the expressions need: most replies have none of them and skip the expressions.
    static const std::vector<quint64> refusalKeys = TextScan::hashes(
        "ai language model assistant chatbot cannot can't unable won't sorry openai chatgpt");
    static const std::vector<quint64> fourthWallKeys = TextScan::hashes(
        "movie movies film films character pixar script scripts screenplay disney actor audience viewer viewers voiced");
    quint8 bits = 0;
    if (isTruncated(text))
        bits |= QualityFlags::Truncated;
    if (TextScan::containsAny(words, refusalKeys) && isRefusal(text))
        bits |= QualityFlags::Refusal;
    if (TextScan::containsAny(words, fourthWallKeys) && breaksFourthWall(text))
        bits |= QualityFlags::FourthWall;
    if (persona >= 0 && persona < m_nameKeys.size() && TextScan::containsAny(words, m_nameKeys.at(persona))
        && isThirdPerson(persona, text))
        bits |= QualityFlags::ThirdPerson;
    return bits;
}

bool ReplyChecks::isEmpty(QStringView text)
{
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            return false;
    }
    return true;
}

bool ReplyChecks::isTruncated(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    // An action beat left open: the reply was cut inside it.
    if (t.count(QLatin1Char('*')) % 2 == 1)
        return true;
    const QChar last = t.back();
    const bool endsMidSentence = last.isLetterOrNumber() || last == QLatin1Char(',') || last == QLatin1Char(';')
        || last == QLatin1Char(':') || last == QLatin1Char('-') || last == QLatin1Char('(') || last == QChar(0x2014);
    if (!endsMidSentence)
        return false;
    // Short casual replies ("Sure thing") may end without punctuation; long ones are cut off.
    int words = 0;
    bool inWord = false;
    for (QChar c : t) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words >= 4;
}

bool ReplyChecks::breaksFourthWall(QStringView text)
{
    // Cheap words first: most replies contain none of them and skip the expression.
    static const char *const keys[] = {"movie", "film", "character", "pixar", "script", "disney", "actor", "audience", "viewer"};
    bool candidate = false;
    for (const char *k : keys) {
        if (text.contains(QLatin1String(k), Qt::CaseInsensitive)) {
            candidate = true;
            break;
        }
    }
    if (!candidate)
        return false;
    static const QRegularExpression pattern(
        QStringLiteral("\\b(?:the|this|that|our|my|in the|whole) (?:movie|film|script|screenplay)s?\\b"
                       "|\\bpixar\\b|\\bdisney\\b"
                       "|\\b(?:the|my|this|a fictional|an animated|a cartoon) character\\b"
                       "|\\bvoice actor\\b|\\bvoiced by\\b|\\bthe audience\\b|\\bthe viewers?\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(text).hasMatch();
}

bool ReplyChecks::isRefusal(QStringView text)
{
    // The generator drops these before storing; imported or edited records can still hold them.
    static const RecordValidator validator({});
    return validator.isRefusal(text.toString());
}

bool ReplyChecks::isThirdPerson(int persona, QStringView text) const
{
    if (persona < 0 || persona >= m_nameForms.size())
        return false;
    for (const QString &form : m_nameForms.at(persona)) {
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(form, from, Qt::CaseSensitive);
            if (at < 0)
                break;
            from = at + form.size();
            const qsizetype end = at + form.size();
            if ((at > 0 && isWordChar(text[at - 1])) || (end < text.size() && isWordChar(text[end])
                                                          && text[end] != QChar(0x2019)))
                continue;
            // Inside an *action beat* narration is third person by convention.
            if (text.first(at).count(QLatin1Char('*')) % 2 == 1)
                continue;
            const QStringView before = text.first(at).trimmed();
            // Part of a longer name ("Olga Solis" when the speaker is "Elio Solis").
            qsizetype b = before.size();
            while (b > 0 && isWordChar(before[b - 1]))
                --b;
            if (b < before.size() && before.size() < at && before[b].isUpper())
                continue;
            // A self-introduction or a quoted name: "I'm Glordon", "call me Glordon", "name is Glordon".
            const QString lead = before.right(12).toString().toLower();
            if (lead.endsWith(QLatin1String("i'm")) || lead.endsWith(QLatin1String("i’m")) || lead.endsWith(QLatin1String("i am"))
                || lead.endsWith(QLatin1String("me")) || lead.endsWith(QLatin1String("is")) || lead.endsWith(QLatin1String("it's"))
                || lead.endsWith(QLatin1String("it’s")) || lead.endsWith(QLatin1String("as")) || lead.endsWith(QLatin1Char('"'))
                || lead.endsWith(QChar(0x201c)) || lead.endsWith(QLatin1String("name's")))
                continue;
            QStringView rest = text.sliced(end);
            if (rest.startsWith(QLatin1String("'s")) || rest.startsWith(QStringLiteral("’s")))
                return true;
            rest = rest.trimmed();
            if (rest.isEmpty() || !rest.front().isLetter())
                continue;
            qsizetype w = 0;
            while (w < rest.size() && (rest[w].isLetter() || rest[w] == QLatin1Char('\'') || rest[w] == QChar(0x2019)))
                ++w;
            if (isThirdPersonVerb(rest.first(w)))
                return true;
        }
    }
    return false;
}
