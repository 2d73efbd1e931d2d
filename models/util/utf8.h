#pragma once

#include <QByteArrayView>

namespace Utf8 {

// Offset of the first byte of data that is not part of well-formed UTF-8 (RFC 3629: no
// overlongs, no surrogates, nothing above U+10FFFF), or -1.
qsizetype invalidAt(const char *data, qsizetype size);

// Whether a line holds nothing but spaces, tabs, CR, FF and VT (or nothing).
bool isBlank(QByteArrayView line);

} // namespace Utf8
