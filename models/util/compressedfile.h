#pragma once
// Compressed dataset files. Datasets are often published gzip-compressed (`train.jsonl.gz`):
// GzipReader reads one through zlib as it is read, never whole in memory. Other compressions
// and Parquet are recognised by their first bytes so that the import can say what the file is
// instead of reporting its bytes as invalid UTF-8.

#include <QIODevice>
#include <QString>

#include <memory>

namespace CompressedFile {

enum class Kind { None, Gzip, Zstd, Bzip2, Xz, Zip, Parquet };

// From the device's first bytes (peeked: nothing is consumed).
Kind detect(QIODevice &device);

// The size of the text in the file at `path`: its size, or for a gzip file the size its last
// member gives for its text (exact for one member under 4 GiB), at least four times the
// compressed size (several members, or more than 4 GiB).
qint64 textSize(const QString &path);

// For a kind the studio does not read: "it is zstd-compressed: decompress it first (zstd -d
// FILE)", translated. Empty for None and Gzip.
QString unsupportedReason(Kind kind, const QString &fileName);

} // namespace CompressedFile

// A sequential, read-only device that inflates the gzip data of `source` (one or more members
// one after another, as `cat a.gz b.gz` writes them). A damaged or cut-off stream makes read()
// fail with errorString() saying so, after the data before it has been read.
class GzipReader : public QIODevice
{
public:
    explicit GzipReader(QIODevice &source);
    ~GzipReader() override;

    bool isSequential() const override { return true; }
    // At the end once the last member is read (or the data failed), not when the buffer is empty.
    bool atEnd() const override;
    // The data was damaged or cut off (errorString() says how).
    bool failed() const { return m_failed; }
    bool open(OpenMode mode) override;
    void close() override;
    // Compressed bytes consumed from the source so far (for progress against the file's size).
    qint64 compressedBytesRead() const { return m_compressedRead; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    struct Stream;
    QIODevice &m_source;
    std::unique_ptr<Stream> m_stream;
    qint64 m_compressedRead = 0;
    bool m_finished = false;   // the source is at its end and the last member is complete
    bool m_failed = false;
};
