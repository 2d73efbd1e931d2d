#include "tokencount.h"

#include "bpeencoder.h"

namespace TokenCount {

qsizetype count(QStringView text)
{
    // Exact o200k_base count; the encoder loads its ranks once, on first use, thread-safely.
    return BpeEncoder::o200k().count(text);
}

}
