#include "phrasestats.h"

#include "textscan.h"
#include "util/workpools.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent>
#include <algorithm>

namespace {

constexpr int MinN = 2;
constexpr int MaxN = 5;
constexpr quint64 BeatTag = 0x5eed5eed5eed5eedULL;

struct Hit
{
    quint64 hash;
    int n;       // 0 for a beat
    int first;   // first word
};

// The distinct phrases of a reply that pass `keep(hash)`, sorted by hash.
template<typename Keep>
void phrases(QStringView text, std::vector<TextScan::Word> &words, std::vector<char> &stop, std::vector<Hit> &out, Keep keep)
{
    TextScan::words(text, words);
    stop.resize(words.size());
    for (size_t i = 0; i < words.size(); ++i)
        stop[i] = TextScan::isStopword(words[i].hash);
    out.clear();
    for (size_t i = 0; i < words.size(); ++i) {
        bool content = false;
        quint64 h = TextScan::NgramSeed;
        for (int n = 1; n <= MaxN && i + size_t(n) <= words.size(); ++n) {
            content = content || !stop[i + size_t(n) - 1];
            h = TextScan::ngramStep(h, words[i + size_t(n) - 1].hash, size_t(n) - 1);
            if (n < MinN || !content)
                continue;
            if (keep(h))
                out.push_back({h, n, int(i)});
        }
    }
    if (text.contains(QLatin1Char('*'))) {
        for (const QString &beat : TextScan::actionBeats(text)) {
            const quint64 h = TextScan::hash(beat) ^ BeatTag;
            if (keep(h))
                out.push_back({h, 0, -1});
        }
    }
    std::sort(out.begin(), out.end(), [](const Hit &a, const Hit &b) { return a.hash < b.hash; });
    out.erase(std::unique(out.begin(), out.end(), [](const Hit &a, const Hit &b) { return a.hash == b.hash; }), out.end());
}

QString phraseText(QStringView text, const std::vector<TextScan::Word> &words, int first, int n)
{
    const int from = words[size_t(first)].start;
    const int to = words[size_t(first + n - 1)].start + words[size_t(first + n - 1)].length;
    return text.sliced(from, to - from).toString().toLower().simplified();
}

} // namespace

PhraseStats::Result PhraseStats::compute(int personaCount, const std::vector<int> &persona,
                                         const std::function<QStringView(int)> &text, const Options &options)
{
    Result result;
    result.perPersona.resize(size_t(personaCount));
    result.marked.assign(persona.size(), false);

    std::vector<std::vector<int>> members(static_cast<size_t>(personaCount));
    for (int i = 0; i < int(persona.size()); ++i)
        members[size_t(persona[size_t(i)])].push_back(i);

    // Candidates per persona from an even sample: hash → text.
    struct Candidates
    {
        QHash<quint64, QString> text;
        QHash<quint64, int> n;
    };
    QList<int> personas(personaCount);
    std::iota(personas.begin(), personas.end(), 0);
    const QList<Candidates> candidates = QtConcurrent::blockingMapped(WorkPools::parallel(), personas, [&](int p) {
        Candidates c;
        const std::vector<int> &all = members[size_t(p)];
        if (int(all.size()) < options.minReplies)
            return c;
        std::vector<int> sample;
        const size_t step = std::max<size_t>(1, all.size() / size_t(options.samplePerPersona));
        for (size_t i = 0; i < all.size(); i += step)
            sample.push_back(all[i]);
        QHash<quint64, int> counts;
        counts.reserve(int(sample.size()) * 40);
        std::vector<TextScan::Word> words;
        std::vector<char> stop;
        std::vector<Hit> hits;
        auto any = [](quint64) { return true; };
        for (int r : sample) {
            phrases(text(r), words, stop, hits, any);
            for (const Hit &hit : hits)
                ++counts[hit.hash];
        }
        // A little below the threshold: the sample's share may fall short of the true one.
        const int needed = std::max(2, int(0.8 * options.minShare * double(sample.size())));
        QSet<quint64> wanted;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() >= needed)
                wanted.insert(it.key());
        }
        for (int r : sample) {
            if (c.text.size() == wanted.size())
                break;
            const QStringView t = text(r);
            phrases(t, words, stop, hits, [&](quint64 h) { return wanted.contains(h) && !c.text.contains(h); });
            for (const Hit &hit : hits) {
                c.n.insert(hit.hash, hit.n);
                if (hit.n == 0) {
                    for (const QString &beat : TextScan::actionBeats(t)) {
                        if ((TextScan::hash(beat) ^ BeatTag) == hit.hash)
                            c.text.insert(hit.hash, QLatin1Char('*') + beat + QLatin1Char('*'));
                    }
                } else {
                    c.text.insert(hit.hash, phraseText(t, words, hit.first, hit.n));
                }
            }
        }
        return c;
    });

    // Exact counts over every reply, by persona (one task each; both cores share them).
    struct Counted
    {
        QHash<quint64, int> counts;
        std::vector<std::pair<int, quint64>> hits;  // reply, phrase
    };
    const QList<Counted> counted = QtConcurrent::blockingMapped(WorkPools::parallel(), personas, [&](int p) {
        Counted c;
        const Candidates &cand = candidates.at(p);
        if (cand.text.isEmpty())
            return c;
        // A bitmap in front of the hash lookup: nearly every phrase of a reply is no candidate.
        std::vector<quint64> bitmap(64, 0);
        for (auto it = cand.text.cbegin(); it != cand.text.cend(); ++it)
            bitmap[(it.key() >> 6) & 63] |= 1ULL << (it.key() & 63);
        auto isCandidate = [&](quint64 h) {
            return (bitmap[(h >> 6) & 63] & (1ULL << (h & 63))) && cand.text.contains(h);
        };
        std::vector<TextScan::Word> words;
        std::vector<char> stop;
        std::vector<Hit> hits;
        for (int r : members[size_t(p)]) {
            phrases(text(r), words, stop, hits, isCandidate);
            for (const Hit &hit : hits) {
                ++c.counts[hit.hash];
                c.hits.emplace_back(r, hit.hash);
            }
        }
        return c;
    });

    for (int p = 0; p < personaCount; ++p) {
        const Candidates &cand = candidates.at(p);
        const Counted &c = counted.at(p);
        const int total = int(members[size_t(p)].size());
        struct Item
        {
            quint64 hash;
            int n;
            int count;
        };
        std::vector<Item> items;
        for (auto it = c.counts.cbegin(); it != c.counts.cend(); ++it) {
            if (it.value() >= options.minReplies && double(it.value()) / total >= options.minShare)
                items.push_back({it.key(), cand.n.value(it.key()), it.value()});
        }
        // Longest first, so a shorter phrase inside a listed longer one can be dropped.
        // Beats (n = 0) count as longest: "wiggles happily" is inside "*wiggles happily*".
        auto length = [](const Item &i) { return i.n == 0 ? MaxN + 1 : i.n; };
        std::sort(items.begin(), items.end(), [&length](const Item &a, const Item &b) {
            return length(a) != length(b) ? length(a) > length(b) : a.count > b.count;
        });
        QList<Phrase> kept;
        QSet<quint64> keptHashes;
        for (const Item &item : items) {
            const QString t = cand.text.value(item.hash);
            bool inside = false;
            if (item.n > 0) {
                for (const Phrase &k : std::as_const(kept)) {
                    if (k.text.contains(t) && k.replies >= 0.8 * item.count) {
                        inside = true;
                        break;
                    }
                }
            }
            if (inside)
                continue;
            kept.append({t, double(item.count) / total, item.count});
            keptHashes.insert(item.hash);
        }
        std::sort(kept.begin(), kept.end(), [](const Phrase &a, const Phrase &b) {
            return a.share != b.share ? a.share > b.share : a.text < b.text;
        });
        while (kept.size() > options.maxPerPersona) {
            for (auto it = keptHashes.begin(); it != keptHashes.end();) {
                if (cand.text.value(*it) == kept.last().text)
                    it = keptHashes.erase(it);
                else
                    ++it;
            }
            kept.removeLast();
        }
        result.perPersona[size_t(p)] = kept;
        for (const auto &[reply, h] : c.hits) {
            if (keptHashes.contains(h))
                result.marked[size_t(reply)] = true;
        }
    }
    return result;
}
