#include "pretokenizer.h"

namespace Tokenizer {

namespace {
#include "unicodeclasses.inc"

constexpr bool isCrLf(char32_t c) { return c == U'\r' || c == U'\n'; }
// [^\r\n\p{L}\p{N}]
inline bool isPrefix(uint8_t cls, char32_t c) { return !(cls & (ClassLetter | ClassNumber)) && !isCrLf(c); }
// [^\s\p{L}\p{N}]
inline bool isPunct(uint8_t cls) { return !(cls & (ClassSpace | ClassLetter | ClassNumber)); }
inline unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
}

uint8_t charClass(char32_t c)
{
    if (c >= 0x110000)
        return 0;
    return kUnicodeStage2[(std::size_t(kUnicodeStage1[c >> kUnicodeBlockShift]) << kUnicodeBlockShift)
                          | (c & ((1u << kUnicodeBlockShift) - 1))];
}

const char *unicodeVersion() { return kUnicodeVersion; }

inline PreTokenizer::Cp PreTokenizer::at(std::size_t p) const
{
    const unsigned char b = m_s[p];
    if (b < 0x80)
        return {kUnicodeStage2[b], 1, b}; // block 0 of the table is U+0000..U+007F
    char32_t c;
    uint8_t len;
    if (b < 0xE0) {
        c = (char32_t(b & 0x1F) << 6) | (m_s[p + 1] & 0x3F);
        len = 2;
    } else if (b < 0xF0) {
        c = (char32_t(b & 0x0F) << 12) | (char32_t(m_s[p + 1] & 0x3F) << 6) | (m_s[p + 2] & 0x3F);
        len = 3;
    } else {
        c = (char32_t(b & 0x07) << 18) | (char32_t(m_s[p + 1] & 0x3F) << 12)
            | (char32_t(m_s[p + 2] & 0x3F) << 6) | (m_s[p + 3] & 0x3F);
        len = 4;
    }
    return {charClass(c), len, c};
}

// (?i:'s|'t|'re|'ve|'m|'ll|'d)? at byte offset e: returns the end after it.
std::size_t PreTokenizer::contraction(std::size_t e) const
{
    if (e + 1 >= m_n || m_s[e] != '\'')
        return e;
    const unsigned char c = lower(m_s[e + 1]);
    if (c == 's' || c == 't' || c == 'm' || c == 'd')
        return e + 2;
    if (e + 2 < m_n) {
        const unsigned char d = lower(m_s[e + 2]);
        if (((c == 'r' || c == 'v') && d == 'e') || (c == 'l' && d == 'l'))
            return e + 3;
    }
    return e;
}

// [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+ from j, with the regex's
// backtracking: the greedy first run gives back characters until the second can match.
// Returns the end, or 0 if there is no match.
std::size_t PreTokenizer::o200kLetters(std::size_t j) const
{
    std::size_t k = j;
    std::size_t lastLowerish = SIZE_MAX;
    uint8_t lastLen = 0;
    Cp c{};
    while (k < m_n && ((c = at(k)).cls & ClassUpperish)) {
        if (c.cls & ClassLowerish) {
            lastLowerish = k;
            lastLen = c.len;
        }
        k += c.len;
    }
    if (k < m_n && (c.cls & ClassLowerish)) {
        // The first run took everything; the second starts right after it.
        while (k < m_n && ((c = at(k)).cls & ClassLowerish))
            k += c.len;
        return k;
    }
    if (lastLowerish != SIZE_MAX)
        return lastLowerish + lastLen; // the character after it is not lowerish
    return 0;
}

// [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]* from j; 0 if no match.
std::size_t PreTokenizer::o200kUpperFirst(std::size_t j) const
{
    std::size_t k = j;
    Cp c{};
    while (k < m_n && ((c = at(k)).cls & ClassUpperish))
        k += c.len;
    if (k == j)
        return 0;
    while (k < m_n && ((c = at(k)).cls & ClassLowerish))
        k += c.len;
    return k;
}

// " ?[^\s\p{L}\p{N}]+[\r\n/]*" (o200k) or " ?[^\s\p{L}\p{N}]+[\r\n]*" (cl100k); 0 if no match.
std::size_t PreTokenizer::punctuation(std::size_t i, bool slashes) const
{
    std::size_t k = i;
    if (m_s[k] == ' ' && k + 1 < m_n && isPunct(at(k + 1).cls))
        k += 1;
    Cp c = at(k);
    if (!isPunct(c.cls))
        return 0;
    do {
        k += c.len;
    } while (k < m_n && isPunct((c = at(k)).cls));
    while (k < m_n && (m_s[k] == '\r' || m_s[k] == '\n' || (slashes && m_s[k] == '/')))
        ++k;
    return k;
}

// "\s*[\r\n]+|\s+(?!\S)|\s+" at a white-space character i.
std::size_t PreTokenizer::whitespace(std::size_t i) const
{
    std::size_t k = i;
    std::size_t lastNewline = SIZE_MAX;
    std::size_t lastStart = i;
    Cp c{};
    while (k < m_n && ((c = at(k)).cls & ClassSpace)) {
        if (isCrLf(c.cp))
            lastNewline = k;
        lastStart = k;
        k += c.len;
    }
    if (lastNewline != SIZE_MAX)
        return lastNewline + 1; // \s*[\r\n]+ backtracks to the run's last line break
    if (k == m_n || lastStart == i)
        return k; // \s+(?!\S) at the end of the text, or \s+ for a single character
    return lastStart; // \s+(?!\S) leaves the last white-space character for the next piece
}

std::size_t PreTokenizer::matchO200k(std::size_t i) const
{
    const Cp c0 = at(i);
    const bool prefix = isPrefix(c0.cls, c0.cp) && i + c0.len < m_n;
    std::size_t e;
    // Alternative 1, first with the optional prefix character, then without.
    if (prefix && (e = o200kLetters(i + c0.len)))
        return contraction(e);
    if ((c0.cls & (ClassUpperish | ClassLowerish)) && (e = o200kLetters(i)))
        return contraction(e);
    // Alternative 2.
    if (prefix && (e = o200kUpperFirst(i + c0.len)))
        return contraction(e);
    if ((c0.cls & ClassUpperish) && (e = o200kUpperFirst(i)))
        return contraction(e);
    // \p{N}{1,3}
    if (c0.cls & ClassNumber) {
        e = i + c0.len;
        for (int n = 1; n < 3 && e < m_n; ++n) {
            const Cp c = at(e);
            if (!(c.cls & ClassNumber))
                break;
            e += c.len;
        }
        return e;
    }
    if ((e = punctuation(i, true)))
        return e;
    if (c0.cls & ClassSpace)
        return whitespace(i);
    return i + c0.len; // unreachable: every character matches one alternative
}

std::size_t PreTokenizer::matchCl100k(std::size_t i) const
{
    std::size_t e;
    if (m_s[i] == '\'' && (e = contraction(i)) != i)
        return e;
    const Cp c0 = at(i);
    std::size_t k = SIZE_MAX;
    if (isPrefix(c0.cls, c0.cp) && i + c0.len < m_n && (at(i + c0.len).cls & ClassLetter))
        k = i + c0.len;
    else if (c0.cls & ClassLetter)
        k = i;
    if (k != SIZE_MAX) {
        Cp c{};
        while (k < m_n && ((c = at(k)).cls & ClassLetter))
            k += c.len;
        return k;
    }
    if (c0.cls & ClassNumber) {
        e = i + c0.len;
        for (int n = 1; n < 3 && e < m_n; ++n) {
            const Cp c = at(e);
            if (!(c.cls & ClassNumber))
                break;
            e += c.len;
        }
        return e;
    }
    if ((e = punctuation(i, false)))
        return e;
    if (c0.cls & ClassSpace)
        return whitespace(i);
    return i + c0.len;
}

namespace Utf8 {

bool isValid(const char *data, std::size_t size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    std::size_t i = 0;
    while (i < size) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            return false;
        }
        if (i + need >= size)
            return false;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return false;
        for (int k = 2; k <= need; ++k)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return false;
        i += need + 1;
    }
    return true;
}

void sanitize(const char *data, std::size_t size, std::string &out)
{
    // WHATWG Encoding Standard, "UTF-8 decoder", with the error mode "replacement".
    static const char replacement[] = "\xEF\xBF\xBD";
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    out.reserve(out.size() + size);
    std::size_t i = 0;
    while (i < size) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            out.push_back(char(b));
            ++i;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0) lo = 0xA0;
            if (b == 0xED) hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0) lo = 0x90;
            if (b == 0xF4) hi = 0x8F;
        } else {
            out.append(replacement, 3);
            ++i;
            continue;
        }
        // Consume continuation bytes while they are in range; a byte out of range (or the
        // end of input) ends the maximal subpart, which becomes one U+FFFD, and is itself
        // processed again as the start of the next sequence.
        std::size_t j = i + 1;
        int seen = 0;
        while (seen < need && j < size) {
            const unsigned char c = s[j];
            if (c < lo || c > hi)
                break;
            lo = 0x80;
            hi = 0xBF;
            ++seen;
            ++j;
        }
        if (seen == need)
            out.append(data + i, j - i);
        else
            out.append(replacement, 3);
        i = j;
    }
}

void fromUtf16(const char16_t *data, std::size_t size, std::string &out)
{
    out.reserve(out.size() + size * 3 / 2 + 16);
    for (std::size_t i = 0; i < size; ++i) {
        char32_t c = data[i];
        if (c < 0x80) {
            out.push_back(char(c));
            continue;
        }
        if (c < 0x800) {
            out.push_back(char(0xC0 | (c >> 6)));
            out.push_back(char(0x80 | (c & 0x3F)));
            continue;
        }
        if (c >= 0xD800 && c <= 0xDFFF) {
            if (c <= 0xDBFF && i + 1 < size && data[i + 1] >= 0xDC00 && data[i + 1] <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (data[i + 1] - 0xDC00);
                ++i;
                out.push_back(char(0xF0 | (c >> 18)));
                out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
                out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
                out.push_back(char(0x80 | (c & 0x3F)));
                continue;
            }
            c = 0xFFFD; // lone surrogate
        }
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

}
}
