// Fuzzes GzipReader, the reader of gzip-compressed datasets. The input is read as a gzip file:
// read in blocks of 1, 7, 4,096 and 1 MiB bytes it must give the same text and end the same
// way (complete, or failed after the same text) — a damaged or cut-off file is not allowed to
// give more or other text depending on how it is read — and so must readLine() until atEnd(). And the input taken as text, compressed
// into two gzip members, must come back whole.

#include "util/compressedfile.h"

#include <QBuffer>

#include <zlib.h>

#include <algorithm>
#include <cstdlib>

namespace {

// Text beyond this is not compared (a small file can inflate to gigabytes).
constexpr qsizetype Cap = 1024 * 1024;

struct Outcome
{
    QByteArray text;
    bool failed = false;
    bool capped = false;
};

// Reads `file` through a GzipReader in blocks of `block` bytes — or, with 0, as the validator
// reads: readLine() until atEnd().
Outcome readAll(const QByteArray &file, qint64 block)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    GzipReader reader(buffer);
    Outcome outcome;
    if (!reader.open(QIODevice::ReadOnly))
        std::abort();
    QByteArray piece(std::max<qint64>(block, 1), '\0');
    for (;;) {
        if (block == 0) {
            if (reader.atEnd()) {
                outcome.failed = reader.failed();
                break;
            }
            const QByteArray line = reader.readLine();
            if (line.isEmpty() && !reader.atEnd())
                std::abort();   // an empty read before the end: the blank line the validator once saw
            outcome.text += line;
        } else {
            const qint64 got = reader.read(piece.data(), block);
            if (got < 0) {
                outcome.failed = true;
                break;
            }
            if (got == 0)
                break;
            outcome.text.append(piece.constData(), got);
        }
        if (outcome.text.size() >= Cap) {
            outcome.text.truncate(Cap);
            outcome.capped = true;
            break;
        }
    }
    if (reader.compressedBytesRead() > file.size())
        std::abort();
    return outcome;
}

QByteArray gzip(QByteArrayView data)
{
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        std::abort();
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        std::abort();
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const Outcome first = readAll(bytes, 1);
    for (const qint64 block : {qint64(7), qint64(4096), qint64(1024 * 1024), qint64(0)}) {
        const Outcome other = readAll(bytes, block);
        if (other.capped != first.capped || other.text != first.text || (!first.capped && other.failed != first.failed))
            std::abort();
    }

    const qsizetype half = bytes.size() / 2;
    const Outcome round = readAll(gzip(QByteArrayView(bytes).first(half)) + gzip(QByteArrayView(bytes).sliced(half)), 4096);
    if (round.failed || round.text != bytes)
        std::abort();
    return 0;
}
