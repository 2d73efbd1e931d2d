#pragma once
// TextScan: the word tokenizer and 64-bit hashes every quality check shares, so that a reply is
// split the same way for near-duplicates, phrase counts and voice features. Words are runs of
// letters and digits (with inner apostrophes), compared lower-cased; hashing them once lets the
// checks count n-grams without building strings.

#include <QString>
#include <QStringView>
#include <vector>

namespace TextScan {

struct Word
{
    int start = 0;      // in the original text
    int length = 0;
    quint64 hash = 0;   // of the lower-cased word
    bool capitalised = false;
    bool sentenceStart = false;  // first word of the text, of a sentence or of an action beat
};

// Splits `text` into words. Reuses `out` to spare allocations in hot loops.
void words(QStringView text, std::vector<Word> &out);

quint64 hash(QStringView lowerText);
// Lower case without a table lookup for ASCII, the bulk of every reply.
inline char16_t lower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= 'A' && u <= 'Z') ? char16_t(u + 32) : u;
    return c.toLower().unicode();
}
// True when one of `words` has a hash in `keys` (sorted).
bool containsAny(const std::vector<Word> &words, const std::vector<quint64> &keys);
// Sorted hashes of the words of `list`, separated by spaces.
std::vector<quint64> hashes(const char *list);
// A strong 64-bit mixer (splitmix64 finaliser): turns structured values into uniform ones.
inline quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}
// Order-dependent hash of words[from, from + n). Extending an n-gram by one word is one more
// step of the loop, so callers that walk n = 1, 2, … extend the hash instead (ngramStep).
constexpr quint64 NgramSeed = 0x9e3779b97f4a7c15ULL;
inline quint64 ngramStep(quint64 h, quint64 wordHash, size_t position)
{
    return mix(h ^ wordHash) + position;
}
inline quint64 ngramHash(const std::vector<Word> &words, size_t from, size_t n)
{
    quint64 h = NgramSeed;
    for (size_t i = from; i < from + n; ++i)
        h = ngramStep(h, words[i].hash, i - from);
    return h;
}

// True for English function words ("the", "i", "you", "and", …): n-grams made only of them are
// grammar, not a character's tic.
bool isStopword(quint64 wordHash);
// Capitalised words that are not names ("I", "OK", "Mom", weekdays …).
bool isCommonCapitalised(QStringView word);

// The `*action beats*` of a reply, lower-cased with spaces collapsed, without the asterisks.
QStringList actionBeats(QStringView text);
// A name's words that identify the speaker: "Lord Grigon" → {"Lord Grigon", "Grigon"}; titles
// such as Lord or Ambassador alone are not the speaker.
QStringList nameForms(const QString &name);

}
