// Fuzzes the extraction of records from a model's answer: fenced JSON, prose around it,
// truncated arrays and garbage must never crash, and every item reported complete has both fields.

#include "generation/responseparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString content = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedResponse response = ResponseParser::parse(content);
    for (const ParsedItem &item : response.items) {
        if (item.complete && (item.input.isNull() || item.output.isNull()))
            std::abort();
    }
    if (response.unreadable < 0)
        std::abort();
    return 0;
}
