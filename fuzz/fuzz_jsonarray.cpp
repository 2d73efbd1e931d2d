// Fuzzes the reader of files holding one JSON array or pretty-printed objects one after another
// (JsonArrayReader), in blocks of sizes the input picks. Whatever the input: every element handed out is found in the input at the line
// and column reported, numbers only grow, and nothing crashes. And an oracle: where
// QJsonDocument reads the input as an array, the reader hands out each of its elements, parsing
// to the same value, but those it reports as longer than the limit.

#include "dataset/jsonarrayreader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const qsizetype block = 64 + data[0];
    const qsizetype maxElement = 16 + 16 * qsizetype(data[1]);
    QByteArray input(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const JsonArrayReader::Layout layout = JsonArrayReader::layoutOf(buffer);
    if (layout == JsonArrayReader::Layout::Lines)
        return 0;

    // Byte offsets of the input's lines, to find an element by its line and column.
    QList<qsizetype> lineStarts{0};
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input[i] == '\n')
            lineStarts << i + 1;
    }

    JsonArrayReader reader(buffer, QStringLiteral("fuzz.json"), block, maxElement, layout == JsonArrayReader::Layout::Objects);
    QList<QByteArray> elements;
    QList<qint64> indexes;
    qint64 lastIndex = 0;
    for (;;) {
        QByteArray chunk;
        std::vector<JsonArrayReader::Element> where;
        const JsonArrayReader::Result r = reader.next(chunk, where);
        if (r != JsonArrayReader::Result::Chunk)
            break;
        const QList<QByteArray> parts = chunk.split('\0');
        if (parts.size() != qsizetype(where.size()) + 1 || !parts.last().isEmpty())
            std::abort();   // one NUL after each element
        for (size_t i = 0; i < where.size(); ++i) {
            const JsonArrayReader::Element &e = where[i];
            if (e.index <= lastIndex || e.line < 1 || e.line > lineStarts.size() || e.column < 1)
                std::abort();
            lastIndex = e.index;
            // Columns count from after a byte order mark.
            const qsizetype bom = e.line == 1 && input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
            // The input from there, a NUL written as its escape, gives the element.
            const QByteArray &part = parts[qsizetype(i)];
            QByteArray original;
            for (qsizetype at = lineStarts[e.line - 1] + bom + e.column - 1; original.size() < part.size() && at < input.size(); ++at) {
                if (input[at]) {
                    original += input[at];
                    continue;
                }
                qsizetype backslashes = 0;
                while (backslashes < original.size() && original.at(original.size() - backslashes - 1) == '\\')
                    ++backslashes;
                original += backslashes % 2 ? "u0000" : "\\u0000";
            }
            if (original != part || part.size() > maxElement)
                std::abort();
            elements << parts[qsizetype(i)];
            indexes << e.index;
        }
    }
    const QList<ImportProblem> problems = reader.takeProblems();

    // A raw NUL is not JSON: QJsonDocument takes one in a key otherwise than its escape, which
    // the reader hands out. The oracle keeps to inputs without.
    if (input.contains('\0') || layout != JsonArrayReader::Layout::Array)
        return 0;
    QByteArray text = input;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return 0;
    // Elements longer than the limit are skipped and reported, the others handed out whole.
    const QJsonArray array = doc.array();
    for (const ImportProblem &p : problems) {
        if (p.kind != ImportProblem::Kind::TooLong)
            std::abort();
    }
    if (elements.size() + problems.size() != array.size())
        std::abort();
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const QJsonDocument one = QJsonDocument::fromJson("[" + elements[i] + "]", &error);
        if (error.error != QJsonParseError::NoError || one.array().at(0) != array.at(indexes[i] - 1))
            std::abort();
    }
    return 0;
}
