#pragma once
// The pre-tokenization step of tiktoken's encodings, written as a scanner over code points
// instead of a regular expression. Splits valid UTF-8 into the same pieces as js-tiktoken's
// `new RegExp(pat_str, "ug")`; each piece is then BPE-encoded on its own.
//
// o200k_base's pattern (as shipped in js-tiktoken's ranks/o200k_base; the (?i:...) group of
// tiktoken's Python source is spelled out case by case there):
//   [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//  |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
//  |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
// cl100k_base's pattern (js-tiktoken's form, without possessive quantifiers, which do not
// change its matches):
//   (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
//  |\s*[\r\n]+|\s+(?!\S)|\s+
//
// Character classes come from unicodeclasses.inc, generated from the same JavaScript regular
// expressions (so \s is ECMAScript's white space: it includes U+FEFF and excludes U+0085).
// Every step looks only forward and each alternative is resolved in one pass over its run,
// so splitting is linear in the input size.

#include <cstddef>
#include <cstdint>
#include <string>

namespace Tokenizer {

enum class Pattern { O200k, Cl100k };

// Unicode class bits of one code point (see unicodeclasses.inc).
enum CharClass : uint8_t {
    ClassLetter = 1,     // \p{L}
    ClassUpperish = 2,   // [\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]
    ClassLowerish = 4,   // [\p{Ll}\p{Lm}\p{Lo}\p{M}]
    ClassNumber = 8,     // \p{N}
    ClassSpace = 16,     // \s
};
uint8_t charClass(char32_t codePoint);
// The Unicode version the class table was generated from.
const char *unicodeVersion();

class PreTokenizer
{
public:
    // `utf8` must be valid UTF-8 (see Utf8::sanitize) and outlive the scanner.
    PreTokenizer(Pattern pattern, const char *utf8, std::size_t size)
        : m_pattern(pattern), m_s(reinterpret_cast<const unsigned char *>(utf8)), m_n(size) {}

    // Next piece as [start, end) byte offsets; false at the end of the input.
    bool next(std::size_t &start, std::size_t &end)
    {
        if (m_pos >= m_n)
            return false;
        start = m_pos;
        end = m_pattern == Pattern::O200k ? matchO200k(m_pos) : matchCl100k(m_pos);
        m_pos = end;
        return true;
    }

private:
    struct Cp { uint8_t cls; uint8_t len; char32_t cp; };
    Cp at(std::size_t pos) const;
    std::size_t matchO200k(std::size_t i) const;
    std::size_t matchCl100k(std::size_t i) const;
    std::size_t o200kLetters(std::size_t j) const;
    std::size_t o200kUpperFirst(std::size_t j) const;
    std::size_t contraction(std::size_t e) const;
    std::size_t punctuation(std::size_t i, bool slashes) const;
    std::size_t whitespace(std::size_t i) const;

    Pattern m_pattern;
    const unsigned char *m_s;
    std::size_t m_n;
    std::size_t m_pos = 0;
};

namespace Utf8 {
// Returns true if `data` is valid UTF-8 (no surrogates, no overlongs, at most U+10FFFF).
bool isValid(const char *data, std::size_t size);
// Appends `data` to `out`, replacing ill-formed sequences with U+FFFD exactly like the WHATWG
// decoder (`new TextDecoder("utf-8")`): one U+FFFD per maximal subpart. A BOM is kept.
void sanitize(const char *data, std::size_t size, std::string &out);
// Appends UTF-16 `data` as UTF-8 to `out`; a lone surrogate becomes U+FFFD, exactly like
// JavaScript's TextEncoder.
void fromUtf16(const char16_t *data, std::size_t size, std::string &out);
}

}
