#include "voicedistinctness.h"

#include "textscan.h"
#include "util/workpools.h"

#include <QtConcurrent>
#include <algorithm>
#include <cmath>

namespace {

constexpr int Shift = 64 - 17;
static_assert(VoiceDistinctness::Dimensions == 1 << 17);

// Work split into this many slices so both cores stay busy; each slice keeps its own sums.
constexpr int Slices = 4;

} // namespace

void VoiceDistinctness::features(QStringView text, std::vector<std::pair<quint32, float>> &out)
{
    thread_local std::vector<TextScan::Word> words;
    thread_local std::vector<quint32> dims;
    TextScan::words(text, words);
    dims.clear();
    for (size_t i = 0; i < words.size(); ++i) {
        dims.push_back(quint32(TextScan::mix(words[i].hash ^ 1) >> Shift));
        if (i + 1 < words.size())
            dims.push_back(quint32(TextScan::ngramHash(words, i, 2) >> Shift));
    }
    // Character 3-grams over the lower-cased text with runs of non-letters folded to one space:
    // they catch spelling, interjections ("hmm", "heh") and punctuation habits words miss.
    quint32 a = ' ', b = ' ';
    bool lastSpace = true;
    for (QChar ch : text) {
        quint32 c;
        if (ch.isLetterOrNumber()) {
            c = TextScan::lower(ch);
            lastSpace = false;
        } else if (ch == QLatin1Char('!') || ch == QLatin1Char('?') || ch == QLatin1Char('*') || ch == QChar(0x2026)
                   || ch == QChar(0x2014)) {
            c = ch.unicode();
            lastSpace = false;
        } else {
            if (lastSpace)
                continue;
            c = ' ';
            lastSpace = true;
        }
        const quint64 tri = (quint64(a) << 42) | (quint64(b) << 21) | c;
        dims.push_back(quint32(TextScan::mix(tri ^ 0x5bd1e995ULL) >> Shift));
        a = b;
        b = c;
    }
    std::sort(dims.begin(), dims.end());
    out.clear();
    for (size_t i = 0; i < dims.size();) {
        size_t j = i + 1;
        while (j < dims.size() && dims[j] == dims[i])
            ++j;
        out.emplace_back(dims[i], 1.0f + std::log(float(j - i)));
        i = j;
    }
}

VoiceDistinctness::Result VoiceDistinctness::compute(int personaCount, const std::vector<int> &persona,
                                                     const std::function<QStringView(int)> &text, int samplePerPersona)
{
    const int k = personaCount;
    Result result;
    result.accuracy.assign(size_t(k), -1.0);
    result.sampled.assign(size_t(k), 0);
    result.similarity.assign(size_t(k), std::vector<double>(size_t(k), 0.0));
    result.confusion.assign(size_t(k), std::vector<int>(size_t(k), 0));
    if (k == 0)
        return result;

    // An even spread of each persona's replies.
    std::vector<int> total(static_cast<size_t>(k), 0);
    for (int p : persona)
        ++total[size_t(p)];
    std::vector<int> seen(static_cast<size_t>(k), 0);
    std::vector<int> sample;
    for (int i = 0; i < int(persona.size()); ++i) {
        const int p = persona[size_t(i)];
        const qint64 before = qint64(seen[size_t(p)]) * samplePerPersona / std::max(1, total[size_t(p)]);
        ++seen[size_t(p)];
        const qint64 after = qint64(seen[size_t(p)]) * samplePerPersona / std::max(1, total[size_t(p)]);
        if (after > before)
            sample.push_back(i);
    }
    for (int i : sample)
        ++result.sampled[size_t(persona[size_t(i)])];

    QList<int> slices(Slices);
    std::iota(slices.begin(), slices.end(), 0);
    auto sliceRange = [&sample](int s) {
        const size_t from = sample.size() * size_t(s) / Slices;
        const size_t to = sample.size() * size_t(s + 1) / Slices;
        return std::pair<size_t, size_t>(from, to);
    };

    // Pass 1: features of every sampled reply, kept for the next passes, and document frequencies.
    std::vector<std::vector<std::pair<quint32, float>>> cached(sample.size());
    const QList<std::vector<int>> dfParts = QtConcurrent::blockingMapped(WorkPools::parallel(), slices, [&](int s) {
        std::vector<int> df(Dimensions, 0);
        const auto [from, to] = sliceRange(s);
        for (size_t i = from; i < to; ++i) {
            std::vector<std::pair<quint32, float>> &f = cached[i];
            features(text(sample[i]), f);
            f.shrink_to_fit();
            for (const auto &e : f)
                ++df[e.first];
        }
        return df;
    });
    std::vector<float> idf(Dimensions);
    {
        std::vector<int> df(Dimensions, 0);
        for (const auto &part : dfParts)
            for (int d = 0; d < Dimensions; ++d)
                df[size_t(d)] += part[size_t(d)];
        const double n = double(sample.size());
        for (int d = 0; d < Dimensions; ++d)
            idf[size_t(d)] = float(std::log((1.0 + n) / (1.0 + df[size_t(d)])) + 1.0);
    }
    auto vectorOf = [&idf, &cached](size_t sampleIndex, std::vector<std::pair<quint32, float>> &f) {
        f = cached[sampleIndex];
        double norm = 0;
        for (auto &e : f) {
            e.second *= idf[e.first];
            norm += double(e.second) * e.second;
        }
        const float inv = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
        for (auto &e : f)
            e.second *= inv;
    };

    // Pass 2: centroid sums, laid out dimension-major so one reply's dot products with every
    // centroid read neighbouring memory.
    const QList<std::vector<float>> sumParts = QtConcurrent::blockingMapped(WorkPools::parallel(), slices, [&](int s) {
        std::vector<float> sums(size_t(Dimensions) * size_t(k), 0.0f);
        std::vector<std::pair<quint32, float>> f;
        const auto [from, to] = sliceRange(s);
        for (size_t i = from; i < to; ++i) {
            vectorOf(i, f);
            const int p = persona[size_t(sample[i])];
            for (const auto &e : f)
                sums[size_t(e.first) * size_t(k) + size_t(p)] += e.second;
        }
        return sums;
    });
    std::vector<float> sums(size_t(Dimensions) * size_t(k), 0.0f);
    for (const auto &part : sumParts)
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i] += part[i];
    std::vector<double> normSq(size_t(k), 0.0);
    for (int d = 0; d < Dimensions; ++d)
        for (int p = 0; p < k; ++p) {
            const double v = sums[size_t(d) * size_t(k) + size_t(p)];
            normSq[size_t(p)] += v * v;
            for (int q = p; q < k; ++q)
                result.similarity[size_t(p)][size_t(q)] += v * sums[size_t(d) * size_t(k) + size_t(q)];
        }
    for (int p = 0; p < k; ++p)
        for (int q = p; q < k; ++q) {
            const double denom = std::sqrt(normSq[size_t(p)] * normSq[size_t(q)]);
            const double c = denom > 0 ? result.similarity[size_t(p)][size_t(q)] / denom : 0.0;
            result.similarity[size_t(p)][size_t(q)] = c;
            result.similarity[size_t(q)][size_t(p)] = c;
        }

    // Pass 3: leave-one-out nearest centroid.
    const QList<std::vector<int>> confusionParts = QtConcurrent::blockingMapped(WorkPools::parallel(), slices, [&](int s) {
        std::vector<int> confusion(size_t(k) * size_t(k), 0);
        std::vector<std::pair<quint32, float>> f;
        std::vector<double> dots(static_cast<size_t>(k));
        const auto [from, to] = sliceRange(s);
        for (size_t i = from; i < to; ++i) {
            vectorOf(i, f);
            const int own = persona[size_t(sample[i])];
            std::fill(dots.begin(), dots.end(), 0.0);
            double selfSq = 0;
            for (const auto &e : f) {
                const float *row = sums.data() + size_t(e.first) * size_t(k);
                for (int p = 0; p < k; ++p)
                    dots[size_t(p)] += double(e.second) * row[p];
                selfSq += double(e.second) * e.second;
            }
            int best = -1;
            double bestScore = -2;
            for (int p = 0; p < k; ++p) {
                double dot = dots[size_t(p)];
                double nsq = normSq[size_t(p)];
                if (p == own) {
                    // The centroid without this reply: S − x.
                    dot -= selfSq;
                    nsq = nsq - 2 * dots[size_t(p)] + selfSq;
                }
                if (nsq <= 1e-12)
                    continue;
                const double score = dot / std::sqrt(nsq);
                if (score > bestScore) {
                    bestScore = score;
                    best = p;
                }
            }
            if (best >= 0)
                ++confusion[size_t(own) * size_t(k) + size_t(best)];
        }
        return confusion;
    });
    for (const auto &part : confusionParts)
        for (int a = 0; a < k; ++a)
            for (int b = 0; b < k; ++b)
                result.confusion[size_t(a)][size_t(b)] += part[size_t(a) * size_t(k) + size_t(b)];
    const int populated = int(std::count_if(result.sampled.begin(), result.sampled.end(), [](int n) { return n > 0; }));
    for (int p = 0; p < k; ++p) {
        if (result.sampled[size_t(p)] < 2 || populated < 2)
            continue;
        int classified = 0;
        for (int q = 0; q < k; ++q)
            classified += result.confusion[size_t(p)][size_t(q)];
        if (classified > 0)
            result.accuracy[size_t(p)] = double(result.confusion[size_t(p)][size_t(p)]) / classified;
    }
    return result;
}
