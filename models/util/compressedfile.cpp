#include "compressedfile.h"

#include <QCoreApplication>
#include <QFile>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace CompressedFile {

Kind detect(QIODevice &device)
{
    const QByteArray head = device.peek(6);
    auto starts = [&](const char *magic, qsizetype size) { return head.size() >= size && std::equal(magic, magic + size, head.constData()); };
    if (starts("\x1f\x8b", 2))
        return Kind::Gzip;
    if (starts("\x28\xb5\x2f\xfd", 4))
        return Kind::Zstd;
    if (starts("BZh", 3))
        return Kind::Bzip2;
    if (starts("\xfd" "7zXZ\x00", 6))
        return Kind::Xz;
    if (starts("PK\x03\x04", 4))
        return Kind::Zip;
    if (starts("PAR1", 4))
        return Kind::Parquet;
    return Kind::None;
}

qint64 textSize(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 size = file.size();
    if (detect(file) != Kind::Gzip || size < 18 || !file.seek(size - 4))
        return size;
    const QByteArray trailer = file.read(4);   // ISIZE: the text's size modulo 2^32, little-endian
    if (trailer.size() != 4)
        return size;
    const qint64 isize = qint64(quint8(trailer[0])) | qint64(quint8(trailer[1])) << 8 | qint64(quint8(trailer[2])) << 16
                         | qint64(quint8(trailer[3])) << 24;
    return std::max(isize, 4 * size);
}

QString unsupportedReason(Kind kind, const QString &fileName)
{
    switch (kind) {
    case Kind::Zstd:
        return QCoreApplication::translate("CompressedFile", "it is zstd-compressed: decompress it first (zstd -d %1)").arg(fileName);
    case Kind::Bzip2:
        return QCoreApplication::translate("CompressedFile", "it is bzip2-compressed: decompress it first (bunzip2 -k %1)").arg(fileName);
    case Kind::Xz:
        return QCoreApplication::translate("CompressedFile", "it is xz-compressed: decompress it first (unxz -k %1)").arg(fileName);
    case Kind::Zip:
        return QCoreApplication::translate("CompressedFile", "it is a zip archive: extract its JSONL files first (unzip %1)").arg(fileName);
    case Kind::Parquet:
        return QCoreApplication::translate("CompressedFile", "it is a Parquet file: convert it to JSON Lines first (for example with pandas: "
                                                             "pd.read_parquet(\"%1\").to_json(\"out.jsonl\", orient=\"records\", lines=True))")
            .arg(fileName);
    case Kind::None:
    case Kind::Gzip:
        break;
    }
    return QString();
}

} // namespace CompressedFile

struct GzipReader::Stream
{
    z_stream z{};
    QByteArray in;
    bool initialised = false;
    bool inMember = false;   // a member has begun and not ended
    int membersDone = 0;
};

GzipReader::GzipReader(QIODevice &source)
    : m_source(source)
{
}

GzipReader::~GzipReader()
{
    close();
}

bool GzipReader::open(OpenMode mode)
{
    if ((mode & (ReadOnly | WriteOnly)) != ReadOnly)
        return false;
    m_stream = std::make_unique<Stream>();
    // 16 + MAX_WBITS: gzip headers and trailers, nothing else.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) != Z_OK) {
        setErrorString(QCoreApplication::translate("CompressedFile", "zlib could not start"));
        m_stream.reset();
        return false;
    }
    m_stream->initialised = true;
    m_stream->in.resize(256 * 1024);
    m_compressedRead = 0;
    m_finished = false;
    m_failed = false;
    return QIODevice::open(mode);
}

void GzipReader::close()
{
    if (m_stream && m_stream->initialised)
        inflateEnd(&m_stream->z);
    m_stream.reset();
    if (isOpen())
        QIODevice::close();
}

bool GzipReader::atEnd() const
{
    if (!isOpen())
        return true;
    if (QIODevice::bytesAvailable() > 0)
        return false;
    // Nothing buffered: only inflating more tells whether there is more (a peek keeps it).
    if (!m_finished && !m_failed) {
        char c;
        const_cast<GzipReader *>(this)->peek(&c, 1);
    }
    return QIODevice::bytesAvailable() == 0 && (m_finished || m_failed);
}

qint64 GzipReader::readData(char *data, qint64 maxSize)
{
    if (m_failed || !m_stream)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    z_stream &z = m_stream->z;
    const uInt room = uInt(std::min<qint64>(maxSize, std::numeric_limits<uInt>::max()));
    z.next_out = reinterpret_cast<Bytef *>(data);
    z.avail_out = room;
    auto fail = [&](const QString &message) -> qint64 {
        m_failed = true;
        setErrorString(message);
        // What was inflated before the damage is still given out; the next read fails.
        return room - z.avail_out > 0 ? qint64(room - z.avail_out) : -1;
    };
    while (z.avail_out == room) {
        if (z.avail_in == 0) {
            const qint64 got = m_source.read(m_stream->in.data(), m_stream->in.size());
            if (got < 0)
                return fail(m_source.errorString());
            if (got == 0) {
                if (m_stream->inMember)
                    return fail(QCoreApplication::translate("CompressedFile", "the gzip data ends early: the file is cut off"));
                m_finished = true;
                return 0;
            }
            m_compressedRead += got;
            z.next_in = reinterpret_cast<Bytef *>(m_stream->in.data());
            z.avail_in = uInt(got);
        }
        if (!m_stream->inMember) {
            // A member starts here — or, after the first, what follows is not gzip data
            // (padding, garbage): ignored, as gzip does.
            if (m_stream->membersDone > 0) {
                if (z.avail_in < 2 && !m_source.atEnd()) {
                    // Too little to tell: keep the byte and read more behind it.
                    const QByteArray keep(reinterpret_cast<const char *>(z.next_in), qsizetype(z.avail_in));
                    std::copy(keep.cbegin(), keep.cend(), m_stream->in.data());
                    const qint64 got = m_source.read(m_stream->in.data() + keep.size(), m_stream->in.size() - keep.size());
                    if (got < 0)
                        return fail(m_source.errorString());
                    m_compressedRead += got;
                    z.next_in = reinterpret_cast<Bytef *>(m_stream->in.data());
                    z.avail_in = uInt(keep.size() + got);
                }
                if (z.avail_in < 2 || z.next_in[0] != 0x1f || z.next_in[1] != 0x8b) {
                    m_finished = true;
                    return qint64(room - z.avail_out);
                }
                inflateReset(&z);
            }
            m_stream->inMember = true;
        }
        const int ret = inflate(&z, Z_NO_FLUSH);
        if (ret == Z_STREAM_END) {
            m_stream->inMember = false;
            ++m_stream->membersDone;
            continue;
        }
        if (ret == Z_BUF_ERROR && z.avail_in == 0)
            continue;   // more input wanted
        if (ret != Z_OK)
            return fail(QCoreApplication::translate("CompressedFile", "the gzip data is damaged (%1)")
                            .arg(z.msg ? QString::fromUtf8(z.msg) : QString::number(ret)));
    }
    return qint64(room - z.avail_out);
}
