#pragma once
// NearDuplicateIndex: "has this character already said nearly this?" for the generator, fast
// enough to ask for every record of a run. Built once at run start from the records already in
// studio.db and grown as records are accepted. Two replies are near-duplicates when their
// normalized text is equal or the Jaccard similarity of their word 3-gram shingles reaches the
// threshold. An inverted index from shingle to entries keeps a lookup proportional to the
// candidates that share a shingle, not to the size of the project.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class NearDuplicateIndex
{
public:
    explicit NearDuplicateIndex(double threshold = 0.6)
        : m_threshold(threshold)
    {
    }

    // True when `text` is a near-duplicate of something added for `persona`.
    bool contains(const QString &persona, const QString &text) const;
    void add(const QString &persona, const QString &text);
    int size() const { return m_count; }

    static QString normalize(const QString &text);
    static QList<quint64> shingles(const QString &normalized);

private:
    struct PersonaIndex
    {
        QSet<QString> normalized;
        QList<int> shingleCounts;                 // entry → number of distinct shingles
        QHash<quint64, QList<int>> postings;      // shingle → entries
    };
    double m_threshold;
    QHash<QString, PersonaIndex> m_personas;
    int m_count = 0;
};
