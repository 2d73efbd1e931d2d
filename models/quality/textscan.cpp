#include "textscan.h"

#include <QSet>

#include <algorithm>

namespace TextScan {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

quint64 hashLower(QStringView word)
{
    // FNV-1a over lower-cased UTF-16 units; apostrophe variants fold to one.
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : word) {
        const char16_t u = isApostrophe(c) ? u'\'' : lower(c);
        h ^= u;
        h *= 0x100000001b3ULL;
    }
    return mix(h);
}

const QSet<quint64> &stopwords()
{
    static const QSet<quint64> set = [] {
        static const char *const list[] = {
            "a", "about", "above", "after", "again", "all", "am", "an", "and", "any", "are", "as", "at", "be", "because",
            "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
            "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
            "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
            "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other",
            "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
            "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "i'm", "it's",
            "you're", "don't", "can't", "that's", "i've", "i'll", "i'd", "we're", "let's", "there's", "what's", "isn't",
            "won't", "let", "oh", "yes", "yeah", "well", "like", "really", "get", "got", "go", "going", "s", "t", "re", "ll",
            "ve", "d", "m", "also", "even", "still", "much", "many", "one", "every", "something", "anything", "thing"};
        QSet<quint64> s;
        for (const char *w : list)
            s.insert(hashLower(QString::fromLatin1(w)));
        return s;
    }();
    return set;
}

} // namespace

quint64 hash(QStringView lowerText)
{
    return hashLower(lowerText);
}

void words(QStringView text, std::vector<Word> &out)
{
    out.clear();
    const qsizetype n = text.size();
    bool sentenceStart = true;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!isWordChar(c)) {
            if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char('*')
                || c == QLatin1Char('"') || c == QChar(0x201c) || c == QLatin1Char('\n') || c == QLatin1Char(':')
                || c == QChar(0x2026) || c == QChar(0x2014) || c == QLatin1Char('('))
                sentenceStart = true;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n) {
            if (isWordChar(text[j])) {
                ++j;
            } else if (isApostrophe(text[j]) && j + 1 < n && isWordChar(text[j + 1])) {
                j += 2;
            } else {
                break;
            }
        }
        Word w;
        w.start = int(i);
        w.length = int(j - i);
        w.hash = hashLower(text.sliced(i, j - i));
        w.capitalised = c.isUpper();
        w.sentenceStart = sentenceStart;
        out.push_back(w);
        sentenceStart = false;
        i = j;
    }
}

bool containsAny(const std::vector<Word> &words, const std::vector<quint64> &keys)
{
    for (const Word &w : words) {
        if (std::binary_search(keys.begin(), keys.end(), w.hash))
            return true;
    }
    return false;
}

std::vector<quint64> hashes(const char *list)
{
    std::vector<quint64> result;
    for (const QString &w : QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.push_back(hashLower(w));
    std::sort(result.begin(), result.end());
    return result;
}

bool isStopword(quint64 wordHash)
{
    return stopwords().contains(wordHash);
}

bool isCommonCapitalised(QStringView word)
{
    static const QSet<QString> common = [] {
        QSet<QString> s;
        for (const char *w : {"I", "I'm", "I've", "I'll", "I'd", "OK", "Ok", "Okay", "Mom", "Dad", "Mum", "God", "Sir",
                              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                              "February", "March", "April", "May", "June", "July", "August", "September", "October",
                              "November", "December", "English", "Mr", "Mrs", "Ms", "Dr", "Oh", "Hey", "Hi", "Hello",
                              "Wow", "Yes", "No", "Ah", "Hmm", "Haha", "Ha", "Uh", "Um", "Whoa", "Well", "So", "And",
                              "But", "The", "A", "You", "We", "It", "TV", "Internet", "Universe", "Captain"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return common.contains(word.toString());
}

QStringList actionBeats(QStringView text)
{
    QStringList beats;
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1Char('*'), from);
        if (open < 0)
            break;
        qsizetype start = open;
        while (start < text.size() && text[start] == QLatin1Char('*'))
            ++start;
        const qsizetype close = text.indexOf(QLatin1Char('*'), start);
        if (close < 0)
            break;
        const QStringView inner = text.sliced(start, close - start);
        // "**word**" is Markdown emphasis, not a beat.
        if (start - open == 1 && !inner.trimmed().isEmpty() && inner.size() <= 120 && !inner.contains(QLatin1Char('\n')))
            beats << inner.toString().toLower().simplified();
        from = close;
        while (from < text.size() && text[from] == QLatin1Char('*'))
            ++from;
    }
    return beats;
}

QStringList nameForms(const QString &name)
{
    static const QSet<QString> titles = [] {
        QSet<QString> s;
        for (const char *w : {"Lord", "Lady", "Ambassador", "Commander", "Captain", "General", "Major", "Doctor", "Dr",
                              "Mr", "Mrs", "Ms", "Miss", "Sir", "King", "Queen", "Prince", "Princess", "Uncle", "Aunt"})
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    QStringList forms{name.trimmed()};
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString &p : parts) {
            if (p.size() >= 3 && !titles.contains(p) && !forms.contains(p))
                forms << p;
        }
    }
    return forms;
}

} // namespace TextScan
