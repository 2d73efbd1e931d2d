#include "neardupindex.h"

#include <QCryptographicHash>
#include <QtEndian>

QString NearDuplicateIndex::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += QLatin1Char(' ');
            out += c.toCaseFolded();
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

QList<quint64> NearDuplicateIndex::shingles(const QString &normalized)
{
    const QStringList words = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QSet<quint64> set;
    const int n = words.size() < 3 ? int(words.size()) : 3;
    for (qsizetype i = 0; n > 0 && i + n <= words.size(); ++i) {
        const QString gram = words.mid(i, n).join(QLatin1Char(' '));
        set.insert(qHash(gram, 0x5eed) ^ (quint64(gram.size()) << 48));
    }
    return QList<quint64>(set.begin(), set.end());
}

bool NearDuplicateIndex::contains(const QString &persona, const QString &text) const
{
    const auto pit = m_personas.constFind(persona);
    if (pit == m_personas.cend())
        return false;
    const PersonaIndex &index = pit.value();
    const QString norm = normalize(text);
    if (index.normalized.contains(norm))
        return true;
    const QList<quint64> mine = shingles(norm);
    if (mine.isEmpty())
        return false;
    QHash<int, int> overlap;
    for (quint64 s : mine) {
        const auto it = index.postings.constFind(s);
        if (it == index.postings.cend())
            continue;
        for (int entry : it.value())
            ++overlap[entry];
    }
    for (auto it = overlap.cbegin(); it != overlap.cend(); ++it) {
        const double unionSize = double(mine.size() + index.shingleCounts.at(it.key()) - it.value());
        if (unionSize > 0 && double(it.value()) / unionSize >= m_threshold)
            return true;
    }
    return false;
}

void NearDuplicateIndex::add(const QString &persona, const QString &text)
{
    PersonaIndex &index = m_personas[persona];
    const QString norm = normalize(text);
    index.normalized.insert(norm);
    const QList<quint64> mine = shingles(norm);
    const int entry = int(index.shingleCounts.size());
    index.shingleCounts << int(mine.size());
    for (quint64 s : mine)
        index.postings[s] << entry;
    ++m_count;
}
