#include "sha1.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <utility>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define PS_SHA1_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

#ifdef PS_SHA1_X86

// Four rounds (group G of 20) with the SHA extensions, and the message schedule they feed:
// W(g+1) finished, W(g+2) and W(g+3) advanced (Intel's "Intel SHA Extensions" white paper, 2013).
struct ShaNiState
{
    __m128i abcd, e0, e1, msg[4];
};

template <int G>
__attribute__((target("sha,sse4.1"))) inline void shaNiGroup(ShaNiState &s)
{
    __m128i &ein = (G % 2) ? s.e1 : s.e0;
    __m128i &eout = (G % 2) ? s.e0 : s.e1;
    if constexpr (G == 0)
        ein = _mm_add_epi32(ein, s.msg[0]);
    else
        ein = _mm_sha1nexte_epu32(ein, s.msg[G % 4]);
    eout = s.abcd;
    if constexpr (G >= 3 && G <= 18)
        s.msg[(G + 1) % 4] = _mm_sha1msg2_epu32(s.msg[(G + 1) % 4], s.msg[G % 4]);
    s.abcd = _mm_sha1rnds4_epu32(s.abcd, ein, G / 5);
    if constexpr (G >= 1 && G <= 16)
        s.msg[(G + 3) % 4] = _mm_sha1msg1_epu32(s.msg[(G + 3) % 4], s.msg[G % 4]);
    if constexpr (G >= 2 && G <= 17)
        s.msg[(G + 2) % 4] = _mm_xor_si128(s.msg[(G + 2) % 4], s.msg[G % 4]);
}

template <int... G>
__attribute__((target("sha,sse4.1"))) inline void shaNiGroups(ShaNiState &s, std::integer_sequence<int, G...>)
{
    (shaNiGroup<G>(s), ...);
}

__attribute__((target("sha,sse4.1"))) void compressShaNi(std::uint32_t *state, const unsigned char *data, size_t blocks)
{
    const __m128i mask = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    ShaNiState s;
    s.abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0x1B);
    s.e0 = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (; blocks; --blocks, data += 64) {
        const __m128i abcdSaved = s.abcd;
        const __m128i eSaved = s.e0;
        for (int i = 0; i < 4; ++i)
            s.msg[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), mask);
        shaNiGroups(s, std::make_integer_sequence<int, 20>());
        s.e0 = _mm_sha1nexte_epu32(s.e0, eSaved);
        s.abcd = _mm_add_epi32(s.abcd, abcdSaved);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_shuffle_epi32(s.abcd, 0x1B));
    state[4] = std::uint32_t(_mm_extract_epi32(s.e0, 3));
}

// CPUID: leaf 1 ECX bit 9 SSSE3, bit 19 SSE4.1; leaf 7 EBX bit 29 SHA. (GCC's
// __builtin_cpu_supports("sha") is not in every compiler the project builds with.)
bool hasShaExtensions()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 9)) || !(c & (1u << 19)))
        return false;
    return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
}

#else

bool hasShaExtensions()
{
    return false;
}

#endif

std::atomic<bool> &useShaExtensions()
{
    static std::atomic<bool> on(hasShaExtensions());
    return on;
}

} // namespace

void Sha1::setAccelerated(bool on)
{
    useShaExtensions().store(on && hasShaExtensions(), std::memory_order_relaxed);
}

bool Sha1::accelerated()
{
    return useShaExtensions().load(std::memory_order_relaxed);
}

Sha1::Sha1()
{
    if (!accelerated())
        m_qt = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha1);
}

Sha1::~Sha1() = default;

void Sha1::compress(const unsigned char *blocks, size_t count)
{
#ifdef PS_SHA1_X86
    compressShaNi(m_state.data(), blocks, count);
#else
    Q_UNUSED(blocks);
    Q_UNUSED(count);
#endif
}

void Sha1::addData(QByteArrayView data)
{
    if (m_qt) {
        m_qt->addData(data);
        return;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    size_t size = size_t(data.size());
    m_length += size;
    if (m_buffered) {
        const size_t take = std::min(size, 64 - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, take);
        m_buffered += take;
        p += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(p, size / 64);
        p += size / 64 * 64;
        size %= 64;
    }
    if (size) {
        std::memcpy(m_buffer.data(), p, size);
        m_buffered = size;
    }
}

void Sha1::finish(unsigned char digest[20])
{
    if (m_qt) {
        const QByteArrayView d = m_qt->resultView();
        std::memcpy(digest, d.data(), 20);
        return;
    }
    // 0x80, zeros up to 56 bytes of a block, then the length in bits, big-endian.
    unsigned char tail[72] = {0x80};
    const size_t pad = (m_buffered < 56 ? 56 : 120) - m_buffered;
    const std::uint64_t bits = m_length * 8;
    for (int i = 0; i < 8; ++i)
        tail[pad + size_t(i)] = static_cast<unsigned char>(bits >> (56 - 8 * i));
    addData(QByteArrayView(reinterpret_cast<const char *>(tail), qsizetype(pad + 8)));
    for (int i = 0; i < 5; ++i) {
        for (int b = 0; b < 4; ++b)
            digest[4 * i + b] = static_cast<unsigned char>(m_state[size_t(i)] >> (24 - 8 * b));
    }
}

QByteArray Sha1::result()
{
    unsigned char digest[20];
    finish(digest);
    return QByteArray(reinterpret_cast<const char *>(digest), 20);
}

void Sha1::appendHexResult(QByteArray &out)
{
    unsigned char digest[20];
    finish(digest);
    static constexpr char Hex[] = "0123456789abcdef";
    const qsizetype at = out.size();
    out.resize(at + 40);
    char *o = out.data() + at;
    for (const unsigned char byte : digest) {
        *o++ = Hex[byte >> 4];
        *o++ = Hex[byte & 0xF];
    }
}

QByteArray Sha1::hash(QByteArrayView data)
{
    Sha1 sha;
    sha.addData(data);
    return sha.result();
}
