#pragma once
// PhraseStats: a character's tics — word n-grams (2 to 5 words) and `*action beats*` that
// occur in a large share of that character's replies — so a writer sees them before a model
// learns them. N-grams made only of function words ("i am", "it is") are grammar and skipped;
// a phrase inside a longer listed phrase with nearly the same count is not listed again.
// Candidates are counted on an even sample of each character's replies; their shares are then
// counted exactly over every reply, and the replies that contain a listed phrase are marked.

#include <QList>
#include <QString>
#include <functional>
#include <vector>

class PhraseStats
{
public:
    struct Phrase
    {
        QString text;    // "my father says", or "*scratches head*" for a beat
        double share = 0;
        int replies = 0;
    };
    struct Options
    {
        double minShare = 0.2;  // of the character's replies
        int minReplies = 5;     // a character with fewer replies has no tics to speak of
        int maxPerPersona = 10;
        int samplePerPersona = 2000;
    };
    struct Result
    {
        std::vector<QList<Phrase>> perPersona;
        std::vector<bool> marked;   // per reply: contains one of its character's listed phrases
    };

    static Result compute(int personaCount, const std::vector<int> &persona, const std::function<QStringView(int)> &text,
                          const Options &options);
};
