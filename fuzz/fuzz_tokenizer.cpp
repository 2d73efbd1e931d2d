// Fuzzes the o200k_base and cl100k_base encoders with arbitrary bytes: counts agree with the
// ids, ids are in range, and valid UTF-8 decodes back to exactly the input.

#include "tokenizer/bpeencoder.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const bool validUtf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
    for (const BpeEncoder *encoder : {&BpeEncoder::o200k(), &BpeEncoder::cl100k()}) {
        const std::vector<uint32_t> ids = encoder->encode(bytes);
        if (qsizetype(ids.size()) != encoder->count(bytes))
            std::abort();
        if (validUtf8 && encoder->decode(ids) != bytes)
            std::abort();
        if (validUtf8 && encoder->encode(QString::fromUtf8(bytes)) != ids)
            std::abort();
    }
    return 0;
}
