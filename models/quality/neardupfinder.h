#pragma once
// NearDuplicateFinder: groups of replies that say nearly the same thing, within one character
// or across characters, for a whole project at once (the generator's NearDuplicateIndex answers
// one reply at a time instead). Each reply becomes a MinHash signature of its word 3-gram
// shingles; locality-sensitive hashing over bands of the signature proposes candidate pairs by
// sorting band keys (n log n), each candidate is confirmed with the exact Jaccard similarity of
// the shingle sets, and union-find joins confirmed pairs into groups.

#include "textscan.h"

#include <QList>
#include <QString>
#include <functional>
#include <vector>

class NearDuplicateFinder
{
public:
    static constexpr int Hashes = 32;
    static constexpr int Bands = 8;   // of 4 rows: candidates from a Jaccard of about 0.6
    static constexpr int Rows = Hashes / Bands;

    explicit NearDuplicateFinder(double threshold = 0.6)
        : m_threshold(threshold)
    {
    }

    // The shingles of a reply: hashes of its word 3-grams (fewer words: the words), sorted and unique.
    static std::vector<quint64> shingles(QStringView text);
    static std::vector<quint64> shingles(const std::vector<TextScan::Word> &words);
    // Signature of a shingle set; an empty set gives an all-ones signature that is never grouped.
    static void signature(const std::vector<quint64> &shingles, quint32 *out);
    static double jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b);

    // `signatures` holds Hashes values per reply; text(i) returns reply i for confirmation.
    // Returns groups of two or more reply indices, each sorted, largest group first.
    // Runs band sorting on worker threads (QtConcurrent).
    std::vector<std::vector<int>> groups(const std::vector<quint32> &signatures, const std::function<QStringView(int)> &text) const;

private:
    double m_threshold;
};
