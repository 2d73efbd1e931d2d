#pragma once

#include <QByteArrayView>
#include <QString>

namespace Utf8 {

// Offset of the first byte of data that is not part of well-formed UTF-8 (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF), or -1.
qsizetype invalidAt(const char *data, qsizetype size);

// The text UTF-8 bytes hold, every character kept: QString::fromUtf8 drops a U+FEFF at the
// start, taking it for a byte order mark, which is wrong for bytes that are a text already (a
// field the importer decoded, a row it stores).
QString toString(QByteArrayView text);

// Whether a line holds nothing but spaces, tabs, CR, FF and VT (or nothing).
bool isBlank(QByteArrayView line);

} // namespace Utf8
