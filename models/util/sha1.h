#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <array>
#include <cstdint>
#include <memory>

// SHA-1 with the x86 SHA extensions where the processor has them (four times the speed of
// QCryptographicHash on large data, twice on a dataset's short texts; the importer's dedup keys
// and the validator's duplicate check spent a quarter of their time hashing), QCryptographicHash
// elsewhere. The same digests (tested).
class Sha1
{
public:
    Sha1();
    ~Sha1();
    void addData(QByteArrayView data);
    // The 20-byte digest, or its 40 lower-case hex digits appended to `out`. Either ends the
    // hash: no more data after it.
    QByteArray result();
    void appendHexResult(QByteArray &out);
    static QByteArray hash(QByteArrayView data);

    // Whether the SHA extensions are used. Tests turn them off to check the other path.
    static bool accelerated();
    static void setAccelerated(bool on);

private:
    void compress(const unsigned char *blocks, size_t count);
    void finish(unsigned char digest[20]);

    std::unique_ptr<QCryptographicHash> m_qt; // without the extensions
    std::array<std::uint32_t, 5> m_state {0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u};
    std::array<unsigned char, 64> m_buffer {};
    size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};
