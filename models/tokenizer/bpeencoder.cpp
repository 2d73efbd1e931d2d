#include "bpeencoder.h"

#include "pretokenizer.h"

#include <QFile>
#include <QtEndian>
#include <QLoggingCategory>

#include <algorithm>
#include <cstring>
#include <queue>

Q_LOGGING_CATEGORY(lcTokenizer, "ps.tokenizer")

namespace {

constexpr uint32_t NoRank = UINT32_MAX;

inline uint64_t hashBytes(const unsigned char *p, std::size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t(n) * 0xff51afd7ed558ccdull);
    while (n >= 8) {
        uint64_t v;
        std::memcpy(&v, p, 8);
        h = (h ^ v) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 31;
        p += 8;
        n -= 8;
    }
    uint64_t v = 0;
    switch (n) { // the last 0..7 bytes
    case 7: v |= uint64_t(p[6]) << 48; [[fallthrough]];
    case 6: v |= uint64_t(p[5]) << 40; [[fallthrough]];
    case 5: v |= uint64_t(p[4]) << 32; [[fallthrough]];
    case 4: v |= uint64_t(p[3]) << 24; [[fallthrough]];
    case 3: v |= uint64_t(p[2]) << 16; [[fallthrough]];
    case 2: v |= uint64_t(p[1]) << 8; [[fallthrough]];
    case 1: v |= uint64_t(p[0]); break;
    default: break;
    }
    h = (h ^ v) * 0x94d049bb133111ebull;
    h ^= h >> 29;
    return h;
}

// Pieces up to this many bytes use tiktoken's own quadratic merge loop (fast for words);
// longer ones a heap of candidate merges over a linked list, O(n log n).
constexpr std::size_t SmallPiece = 48;

} // namespace

struct BpeEncoder::Data
{
    std::string blob;               // token bytes, concatenated in rank order
    std::vector<uint32_t> offsets;  // rank -> offset in blob; offsets[n] = blob.size()
    std::vector<uint64_t> table;    // open addressing: (hash >> 32) << 32 | (rank + 1); 0 = empty
    uint64_t mask = 0;
    uint32_t byteRank[256] = {};
    std::vector<std::pair<uint32_t, QByteArray>> specials;

    uint32_t size() const { return uint32_t(offsets.size() - 1); }

    uint32_t rank(const unsigned char *p, std::size_t n) const
    {
        if (n == 1)
            return byteRank[*p];
        const uint64_t hash = hashBytes(p, n);
        const uint32_t tag = uint32_t(hash >> 32);
        uint64_t h = hash & mask;
        for (;;) {
            const uint64_t s = table[h];
            if (!s)
                return NoRank;
            if (uint32_t(s >> 32) == tag) {
                const uint32_t r = uint32_t(s) - 1;
                const uint32_t off = offsets[r];
                if (offsets[r + 1] - off == n && equal(reinterpret_cast<const unsigned char *>(blob.data()) + off, p, n))
                    return r;
            }
            h = (h + 1) & mask;
        }
    }

    static bool equal(const unsigned char *a, const unsigned char *b, std::size_t n)
    {
        if (n > 16)
            return std::memcmp(a, b, n) == 0;
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    bool load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcTokenizer) << "cannot open" << path;
            return false;
        }
        const QByteArray raw = qUncompress(file.readAll());
        const auto *s = reinterpret_cast<const unsigned char *>(raw.constData());
        const std::size_t n = std::size_t(raw.size());
        if (n < 16 || std::memcmp(s, "PSBP", 4) != 0 || qFromLittleEndian<quint32>(s + 4) != 1) {
            qCWarning(lcTokenizer) << "bad rank table" << path;
            return false;
        }
        const uint32_t count = qFromLittleEndian<quint32>(s + 8);
        const uint32_t specialCount = qFromLittleEndian<quint32>(s + 12);
        std::size_t p = 16;
        offsets.reserve(count + 1);
        blob.reserve(n);
        for (uint32_t r = 0; r < count; ++r) {
            if (p >= n || p + 1 + s[p] > n)
                return false;
            offsets.push_back(uint32_t(blob.size()));
            blob.append(reinterpret_cast<const char *>(s + p + 1), s[p]);
            p += 1 + s[p];
        }
        offsets.push_back(uint32_t(blob.size()));
        for (uint32_t i = 0; i < specialCount; ++i) {
            if (p + 5 > n || p + 5 + s[p + 4] > n)
                return false;
            specials.emplace_back(qFromLittleEndian<quint32>(s + p),
                                  QByteArray(reinterpret_cast<const char *>(s + p + 5), s[p + 4]));
            p += 5 + s[p + 4];
        }
        uint64_t capacity = 1;
        while (capacity < uint64_t(count) * 5 / 2)
            capacity <<= 1;
        mask = capacity - 1;
        table.assign(capacity, 0);
        std::fill(std::begin(byteRank), std::end(byteRank), NoRank);
        for (uint32_t r = 0; r < count; ++r) {
            const auto *t = reinterpret_cast<const unsigned char *>(blob.data()) + offsets[r];
            const std::size_t len = offsets[r + 1] - offsets[r];
            if (len == 1)
                byteRank[*t] = r;
            const uint64_t hash = hashBytes(t, len);
            uint64_t h = hash & mask;
            while (table[h])
                h = (h + 1) & mask;
            table[h] = (hash >> 32 << 32) | (r + 1);
        }
        for (uint32_t b : byteRank) {
            if (b == NoRank) {
                qCWarning(lcTokenizer) << "rank table lacks a single byte" << path;
                return false;
            }
        }
        return true;
    }
};

namespace {

// tiktoken's _byte_pair_merge: repeatedly merge the adjacent pair whose concatenation has the
// lowest rank, the leftmost one on ties.
template<typename Sink>
void mergeSmall(const BpeEncoder::Data &d, const unsigned char *piece, std::size_t n, Sink &sink)
{
    struct Part { uint32_t start; uint32_t rank; };
    Part parts[SmallPiece + 2];
    std::size_t count = 0;
    uint32_t minRank = NoRank;
    std::size_t minIndex = 0;
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const uint32_t r = d.rank(piece + i, 2);
        if (r < minRank) {
            minRank = r;
            minIndex = i;
        }
        parts[count++] = {uint32_t(i), r};
    }
    parts[count++] = {uint32_t(n - 1), NoRank};
    parts[count++] = {uint32_t(n), NoRank};
    auto pairRank = [&](std::size_t i) -> uint32_t {
        if (i + 3 < count)
            return d.rank(piece + parts[i].start, parts[i + 3].start - parts[i].start);
        return NoRank;
    };
    while (minRank != NoRank) {
        const std::size_t i = minIndex;
        if (i > 0)
            parts[i - 1].rank = pairRank(i - 1);
        parts[i].rank = pairRank(i);
        std::memmove(parts + i + 1, parts + i + 2, (count - i - 2) * sizeof(Part));
        --count;
        minRank = NoRank;
        for (std::size_t k = 0; k + 1 < count; ++k) {
            if (parts[k].rank < minRank) {
                minRank = parts[k].rank;
                minIndex = k;
            }
        }
    }
    for (std::size_t k = 0; k + 1 < count; ++k)
        sink(d.rank(piece + parts[k].start, parts[k + 1].start - parts[k].start));
}

// The same merge order for long pieces: a linked list of parts and a min-heap of candidate
// pairs keyed by (rank, start). A popped entry is stale if its part is gone or its pair rank
// changed; a part's pair only ever grows, so a stale entry never matches the current rank.
template<typename Sink>
void mergeLarge(const BpeEncoder::Data &d, const unsigned char *piece, std::size_t n, Sink &sink)
{
    struct Scratch {
        std::vector<uint32_t> next, prev, rank;
        std::vector<uint64_t> heap;
    };
    thread_local Scratch t;
    t.next.resize(n);
    t.prev.resize(n);
    t.rank.resize(n);
    t.heap.clear();
    uint32_t *next = t.next.data();
    uint32_t *prev = t.prev.data();
    uint32_t *rank = t.rank.data(); // rank of (part, next part); NoRank if none or dead
    for (std::size_t i = 0; i < n; ++i) {
        next[i] = uint32_t(i + 1);
        prev[i] = uint32_t(i) - 1;
        rank[i] = i + 1 < n ? d.rank(piece + i, 2) : NoRank;
        if (rank[i] != NoRank)
            t.heap.push_back((uint64_t(rank[i]) << 32) | i);
    }
    auto cmp = std::greater<uint64_t>();
    std::make_heap(t.heap.begin(), t.heap.end(), cmp);
    auto pairRank = [&](uint32_t i) -> uint32_t {
        const uint32_t j = next[i];
        if (j >= n)
            return NoRank;
        return d.rank(piece + i, next[j] - i);
    };
    while (!t.heap.empty()) {
        std::pop_heap(t.heap.begin(), t.heap.end(), cmp);
        const uint64_t top = t.heap.back();
        t.heap.pop_back();
        const uint32_t i = uint32_t(top);
        const uint32_t r = uint32_t(top >> 32);
        if (rank[i] != r)
            continue; // stale
        const uint32_t j = next[i];
        next[i] = next[j];
        if (next[j] < n)
            prev[next[j]] = i;
        rank[j] = NoRank;
        rank[i] = pairRank(i);
        if (rank[i] != NoRank) {
            t.heap.push_back((uint64_t(rank[i]) << 32) | i);
            std::push_heap(t.heap.begin(), t.heap.end(), cmp);
        }
        if (i > 0) {
            const uint32_t p = prev[i];
            rank[p] = pairRank(p);
            if (rank[p] != NoRank) {
                t.heap.push_back((uint64_t(rank[p]) << 32) | p);
                std::push_heap(t.heap.begin(), t.heap.end(), cmp);
            }
        }
    }
    for (uint32_t i = 0; i < n; i = next[i])
        sink(d.rank(piece + i, next[i] - i));
}

} // namespace

BpeEncoder::BpeEncoder(Encoding encoding)
    : m_encoding(encoding), d(std::make_unique<Data>())
{
    const QString path = QStringLiteral(":/tokenizer/") + name() + QStringLiteral(".bpe");
    if (!d->load(path)) {
        qCWarning(lcTokenizer) << "tokenizer" << name() << "unavailable";
        d = std::make_unique<Data>();
        d->offsets.push_back(0);
    }
}

BpeEncoder::~BpeEncoder() = default;

const BpeEncoder &BpeEncoder::o200k()
{
    static const BpeEncoder encoder(Encoding::O200kBase);
    return encoder;
}

const BpeEncoder &BpeEncoder::cl100k()
{
    static const BpeEncoder encoder(Encoding::Cl100kBase);
    return encoder;
}

const BpeEncoder &BpeEncoder::get(Encoding encoding)
{
    return encoding == Encoding::Cl100kBase ? cl100k() : o200k();
}

const BpeEncoder *BpeEncoder::byName(QStringView name)
{
    if (name == QLatin1String("o200k_base"))
        return &o200k();
    if (name == QLatin1String("cl100k_base"))
        return &cl100k();
    return nullptr;
}

QStringList BpeEncoder::encodingNames()
{
    return {QStringLiteral("o200k_base"), QStringLiteral("cl100k_base")};
}

QString BpeEncoder::name() const
{
    return m_encoding == Encoding::Cl100kBase ? QStringLiteral("cl100k_base") : QStringLiteral("o200k_base");
}

bool BpeEncoder::isValid() const { return !d->table.empty(); }

qsizetype BpeEncoder::vocabularySize() const { return qsizetype(d->size()); }

template<typename Sink>
void BpeEncoder::encodeValidUtf8(const char *data, std::size_t size, Sink &&sink) const
{
    if (!isValid())
        return;
    const Data &dd = *d;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    Tokenizer::PreTokenizer scanner(m_encoding == Encoding::Cl100kBase ? Tokenizer::Pattern::Cl100k
                                                                       : Tokenizer::Pattern::O200k,
                                    data, size);
    std::size_t start, end;
    while (scanner.next(start, end)) {
        const unsigned char *piece = bytes + start;
        const std::size_t n = end - start;
        const uint32_t whole = dd.rank(piece, n);
        if (whole != NoRank)
            sink(whole);
        else if (n <= SmallPiece)
            mergeSmall(dd, piece, n, sink);
        else
            mergeLarge(dd, piece, n, sink);
    }
}

namespace {
// Valid UTF-8 for the scanner: the input itself when it is valid, else a repaired copy.
struct ValidUtf8
{
    explicit ValidUtf8(QByteArrayView utf8)
    {
        if (Tokenizer::Utf8::isValid(utf8.data(), std::size_t(utf8.size()))) {
            data = utf8.data();
            size = std::size_t(utf8.size());
        } else {
            Tokenizer::Utf8::sanitize(utf8.data(), std::size_t(utf8.size()), copy);
            data = copy.data();
            size = copy.size();
        }
    }
    explicit ValidUtf8(QStringView text)
    {
        Tokenizer::Utf8::fromUtf16(reinterpret_cast<const char16_t *>(text.utf16()), std::size_t(text.size()), copy);
        data = copy.data();
        size = copy.size();
    }
    std::string copy;
    const char *data = nullptr;
    std::size_t size = 0;
};
}

std::vector<uint32_t> BpeEncoder::encode(QByteArrayView utf8) const
{
    const ValidUtf8 in(utf8);
    std::vector<uint32_t> ids;
    ids.reserve(in.size / 4 + 8);
    encodeValidUtf8(in.data, in.size, [&ids](uint32_t id) { ids.push_back(id); });
    return ids;
}

std::vector<uint32_t> BpeEncoder::encode(QStringView text) const
{
    const ValidUtf8 in(text);
    std::vector<uint32_t> ids;
    ids.reserve(in.size / 4 + 8);
    encodeValidUtf8(in.data, in.size, [&ids](uint32_t id) { ids.push_back(id); });
    return ids;
}

qsizetype BpeEncoder::count(QByteArrayView utf8) const
{
    const ValidUtf8 in(utf8);
    qsizetype n = 0;
    encodeValidUtf8(in.data, in.size, [&n](uint32_t) { ++n; });
    return n;
}

qsizetype BpeEncoder::count(QStringView text) const
{
    const ValidUtf8 in(text);
    qsizetype n = 0;
    encodeValidUtf8(in.data, in.size, [&n](uint32_t) { ++n; });
    return n;
}

QByteArray BpeEncoder::tokenBytes(uint32_t id) const
{
    if (id < d->size())
        return QByteArray(d->blob.data() + d->offsets[id], qsizetype(d->offsets[id + 1] - d->offsets[id]));
    for (const auto &[rank, text] : d->specials)
        if (rank == id)
            return text;
    return {};
}

QByteArray BpeEncoder::decode(std::span<const uint32_t> ids) const
{
    QByteArray out;
    out.reserve(qsizetype(ids.size()) * 4);
    for (uint32_t id : ids) {
        if (id < d->size())
            out.append(d->blob.data() + d->offsets[id], qsizetype(d->offsets[id + 1] - d->offsets[id]));
        else
            out.append(tokenBytes(id));
    }
    return out;
}

qint64 BpeEncoder::rankOf(QByteArrayView bytes) const
{
    if (!isValid() || bytes.isEmpty())
        return -1;
    const uint32_t r = d->rank(reinterpret_cast<const unsigned char *>(bytes.data()), std::size_t(bytes.size()));
    return r == NoRank ? -1 : qint64(r);
}
