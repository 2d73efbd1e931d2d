#pragma once
// Exact byte-pair encoders for OpenAI's tiktoken encodings o200k_base (GPT-4o, o1, o3, GPT-4.1,
// GPT-5) and cl100k_base (GPT-4, GPT-3.5). encode() returns the same ids as tiktoken's
// encode_ordinary() and js-tiktoken's encode(text, [], []) on every input:
//   - special tokens such as <|endoftext|> are never produced: their text is encoded as
//     ordinary text;
//   - a QStringView is treated like a JavaScript string: a lone surrogate becomes U+FFFD
//     (bytes EF BF BD), as TextEncoder does;
//   - UTF-8 input is first decoded like `new TextDecoder("utf-8", {ignoreBOM: true})`: each
//     ill-formed sequence (maximal subpart) becomes one U+FFFD, and a leading BOM is kept as
//     the character U+FEFF.
// The merge ranks are compiled in (resources/tokenizer/*.bpe) and loaded on first use.
// All member functions are const and safe to call from several threads at once.
// See docs/tokenizer.md.

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

class BpeEncoder
{
public:
    enum class Encoding { O200kBase, Cl100kBase };

    // The shared encoders; the first call loads the ranks (thread-safe, once).
    static const BpeEncoder &o200k();
    static const BpeEncoder &cl100k();
    static const BpeEncoder &get(Encoding encoding);
    // "o200k_base" or "cl100k_base"; nullptr for any other name.
    static const BpeEncoder *byName(QStringView name);
    static QStringList encodingNames();

    Encoding encoding() const { return m_encoding; }
    QString name() const;
    // False only if the compiled-in rank table could not be read (then encode() returns
    // nothing and count() returns 0).
    bool isValid() const;
    // Number of ordinary tokens (ranks 0..n-1); special tokens come after.
    qsizetype vocabularySize() const;

    std::vector<uint32_t> encode(QStringView text) const;
    std::vector<uint32_t> encode(QByteArrayView utf8) const;
    qsizetype count(QStringView text) const;
    qsizetype count(QByteArrayView utf8) const;

    // The bytes of the tokens, concatenated. Special token ids give their text; unknown ids
    // are skipped (as js-tiktoken does). The result need not be valid UTF-8 if `ids` is not
    // a whole encoding.
    QByteArray decode(std::span<const uint32_t> ids) const;
    // The bytes of one token, empty for an unknown id.
    QByteArray tokenBytes(uint32_t id) const;

    // The rank of exactly these bytes, or -1 if they are not one ordinary token.
    qint64 rankOf(QByteArrayView bytes) const;

    ~BpeEncoder();
    BpeEncoder(const BpeEncoder &) = delete;
    BpeEncoder &operator=(const BpeEncoder &) = delete;

    struct Data;

private:
    explicit BpeEncoder(Encoding encoding);
    template<typename Sink>
    void encodeValidUtf8(const char *data, std::size_t size, Sink &&sink) const;

    Encoding m_encoding;
    std::unique_ptr<Data> d;
};
