#include "neardupfinder.h"

#include "textscan.h"
#include "util/workpools.h"

#include <QtConcurrent>
#include <algorithm>
#include <numeric>

namespace {

class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[size_t(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

struct BandEntry
{
    quint64 key;
    int index;
    bool operator<(const BandEntry &o) const { return key < o.key || (key == o.key && index < o.index); }
};

} // namespace

std::vector<quint64> NearDuplicateFinder::shingles(QStringView text)
{
    std::vector<TextScan::Word> words;
    TextScan::words(text, words);
    return shingles(words);
}

std::vector<quint64> NearDuplicateFinder::shingles(const std::vector<TextScan::Word> &words)
{
    std::vector<quint64> result;
    if (words.size() < 3) {
        for (const auto &w : words)
            result.push_back(w.hash);
    } else {
        result.reserve(words.size() - 2);
        for (size_t i = 0; i + 3 <= words.size(); ++i)
            result.push_back(TextScan::ngramHash(words, i, 3));
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void NearDuplicateFinder::signature(const std::vector<quint64> &shingles, quint32 *out)
{
    std::fill(out, out + Hashes, 0xffffffffU);
    for (quint64 s : shingles) {
        // Each hash function is the shingle mixed with its own seed; the low and high halves of
        // one mix serve two functions, halving the work.
        for (int k = 0; k < Hashes; k += 2) {
            const quint64 h = TextScan::mix(s ^ (0x9e3779b97f4a7c15ULL * quint64(k + 1)));
            out[k] = std::min(out[k], quint32(h));
            out[k + 1] = std::min(out[k + 1], quint32(h >> 32));
        }
    }
}

double NearDuplicateFinder::jaccard(const std::vector<quint64> &a, const std::vector<quint64> &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

std::vector<std::vector<int>> NearDuplicateFinder::groups(const std::vector<quint32> &signatures,
                                                          const std::function<QStringView(int)> &text) const
{
    const int n = int(signatures.size() / Hashes);
    // Candidate pairs per band, found on worker threads by sorting band keys.
    QList<int> bands(Bands);
    std::iota(bands.begin(), bands.end(), 0);
    const QList<std::vector<std::pair<int, int>>> perBand =
        QtConcurrent::blockingMapped(WorkPools::parallel(), bands, [&signatures, n](int band) {
            std::vector<BandEntry> entries;
            entries.reserve(size_t(n));
            for (int i = 0; i < n; ++i) {
                const quint32 *sig = signatures.data() + size_t(i) * Hashes + size_t(band) * Rows;
                if (sig[0] == 0xffffffffU)
                    continue; // no shingles
                quint64 key = quint64(band) * 0x9e3779b97f4a7c15ULL;
                for (int r = 0; r < Rows; ++r)
                    key = TextScan::mix(key ^ sig[r]);
                entries.push_back({key, i});
            }
            std::sort(entries.begin(), entries.end());
            std::vector<std::pair<int, int>> pairs;
            for (size_t a = 0; a < entries.size();) {
                size_t b = a + 1;
                while (b < entries.size() && entries[b].key == entries[a].key)
                    ++b;
                // Every member is paired with the bucket's first; union-find joins the rest.
                // Members that fail against the first are also tried against their neighbour.
                for (size_t m = a + 1; m < b; ++m) {
                    pairs.emplace_back(entries[a].index, entries[m].index);
                    if (m > a + 1)
                        pairs.emplace_back(entries[m - 1].index, entries[m].index);
                }
                a = b;
            }
            return pairs;
        });

    std::vector<std::pair<int, int>> candidates;
    for (const auto &p : perBand)
        candidates.insert(candidates.end(), p.begin(), p.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    UnionFind sets(n);
    for (const auto &[a, b] : candidates) {
        if (sets.find(a) == sets.find(b))
            continue;
        if (jaccard(shingles(text(a)), shingles(text(b))) >= m_threshold)
            sets.unite(a, b);
    }

    std::vector<int> root(static_cast<size_t>(n));
    std::vector<int> size(static_cast<size_t>(n), 0);
    for (int i = 0; i < n; ++i) {
        root[size_t(i)] = sets.find(i);
        ++size[size_t(root[size_t(i)])];
    }
    std::vector<std::vector<int>> result;
    std::vector<int> slot(static_cast<size_t>(n), -1);
    for (int i = 0; i < n; ++i) {
        const int r = root[size_t(i)];
        if (size[size_t(r)] < 2)
            continue;
        if (slot[size_t(r)] < 0) {
            slot[size_t(r)] = int(result.size());
            result.emplace_back();
        }
        result[size_t(slot[size_t(r)])].push_back(i);
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.size() > b.size(); });
    return result;
}
