#pragma once
// VoiceDistinctness: how well a character's replies are told apart from the other characters'.
// Each reply becomes a TF-IDF vector of word 1–2-grams and character 3-grams (hashed into a
// fixed number of dimensions, sublinear term frequency, L2-normalised); each character's
// centroid is the sum of its vectors. A reply is classified by the nearest centroid by cosine,
// its own centroid computed without it (leave-one-out), and a character's distinctness is the
// share of its replies classified as its own. The similarity matrix is the cosine of centroids.
// At most `samplePerPersona` replies per character are used (evenly spread), which bounds the
// cost on a million records while keeping the estimate's standard error near one percent.

#include <QList>
#include <QStringView>
#include <functional>
#include <vector>

class VoiceDistinctness
{
public:
    static constexpr int Dimensions = 1 << 17;

    struct Result
    {
        std::vector<double> accuracy;              // per persona; -1 when not measurable
        std::vector<int> sampled;                  // replies used per persona
        std::vector<std::vector<double>> similarity;  // persona × persona centroid cosine
        std::vector<std::vector<int>> confusion;   // [true][predicted] counts
    };

    // `persona[i]` is reply i's persona index (< personaCount); text(i) is its text.
    static Result compute(int personaCount, const std::vector<int> &persona, const std::function<QStringView(int)> &text,
                          int samplePerPersona = 2000);

    // The sparse TF-IDF-ready features of one text: (dimension, term frequency) pairs, sorted.
    static void features(QStringView text, std::vector<std::pair<quint32, float>> &out);
};
