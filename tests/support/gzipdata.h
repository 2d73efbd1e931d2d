#pragma once
// Gzip-compressed test data, written the way gzip writes it, for the tests of compressed
// datasets (import, validation).

#include <QByteArray>

namespace GzipData {

// `data` as one gzip member; empty if zlib fails.
QByteArray compress(const QByteArray &data);

} // namespace GzipData
