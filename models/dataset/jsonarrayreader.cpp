#include "jsonarrayreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <utility>

JsonArrayReader::Layout JsonArrayReader::layoutOf(QIODevice &device)
{
    const QByteArray head = device.peek(64 * 1024);
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto white = [&head](qsizetype at) { return head[at] == ' ' || head[at] == '\t' || head[at] == '\n' || head[at] == '\r'; };
    while (i < head.size() && white(i))
        ++i;
    if (i < head.size() && head[i] == '[')
        return Layout::Array;
    if (i >= head.size() || head[i] != '{')
        return Layout::Lines;
    for (++i; i < head.size() && white(i); ++i) {
        if (head[i] == '\n')
            return Layout::Objects;
    }
    return Layout::Lines;
}

QString JsonArrayReader::inArray(const QString &reason, qint64 index)
{
    return QCoreApplication::translate("Importer", "%1 (record %2 in the file)").arg(reason).arg(index);
}

class JsonArrayReader::Scanner
{
public:
    Scanner(QIODevice &device, const QString &source, qsizetype blockBytes, qsizetype maxElement, bool objects)
        : m_device(device), m_source(source), m_block(std::max<qsizetype>(blockBytes, 64)), m_maxElement(maxElement), m_objects(objects)
    {
    }

    JsonArrayReader::Result next(QByteArray &data, std::vector<Element> &elements)
    {
        // A chunk ends between elements only: a long element makes it longer than a block.
        while (m_state != State::Done && (m_out.size() < m_block || m_state == State::InElement)) {
            if (m_pos == m_in.size()) {
                flushPartial();
                m_in.resize(m_block);
                const qint64 got = m_device.read(m_in.data(), m_block);
                if (got < 0) {
                    m_in.clear();
                    m_pos = 0;
                    return JsonArrayReader::Result::ReadError;
                }
                m_in.resize(got);
                m_pos = 0;
                m_elementFrom = 0;
                m_bytesRead += got;
                if (got == 0) {
                    end();
                    break;
                }
            }
            scan();
        }
        if (m_out.isEmpty())
            return JsonArrayReader::Result::End;
        data = std::move(m_out);
        elements = std::move(m_origins);
        m_out = QByteArray();
        m_origins = {};
        return JsonArrayReader::Result::Chunk;
    }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 lines() const { return m_column > 1 || m_line == 1 ? m_line : m_line - 1; }
    QList<ImportProblem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    enum class State { Start, BeforeElement, InElement, AfterElement, AfterArray, Done };

    static bool isWhite(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

    void problem(qint64 line, ImportProblem::Kind kind, const QString &reason, qint64 record = 0)
    {
        m_problems << ImportProblem{m_source, line, kind, reason, record};
    }

    // Scans the block from m_pos until it ends or a chunk is full.
    void scan()
    {
        const char *const in = m_in.constData();
        const qsizetype size = m_in.size();
        while (m_pos < size) {
            if (m_inString && !m_escape && m_state == State::InElement) {
                // Most bytes: inside a string, up to its next quote, backslash or newline.
                qsizetype q = m_pos;
                while (q < size && in[q] != '"' && in[q] != '\\' && in[q] != '\n')
                    ++q;
                m_column += q - m_pos;
                m_elementSize += q - m_pos;
                m_pos = q;
                if (q == size)
                    break;
            }
            const char c = in[m_pos];
            if (m_state == State::InElement) {
                if (m_primitive && !m_inString && (c == ',' || c == ']' || isWhite(c))) {
                    finishElement(m_pos);   // c belongs to what follows the element
                    continue;
                }
                advance(c);
                ++m_pos;
                ++m_elementSize;
                if (m_inString) {
                    if (m_escape)
                        m_escape = false;
                    else if (c == '\\')
                        m_escape = true;
                    else if (c == '"') {
                        m_inString = false;
                        if (m_depth == 0 && !m_primitive)
                            finishElement(m_pos);   // a string element: never a record, but an element
                    }
                } else if (c == '"') {
                    m_inString = true;
                } else if (c == '{' || c == '[') {
                    ++m_depth;
                } else if ((c == '}' || c == ']') && m_depth > 0 && --m_depth == 0) {
                    finishElement(m_pos);
                    if (m_out.size() >= m_block)
                        return;
                }
                continue;
            }
            advance(c);
            ++m_pos;
            switch (m_state) {
            case State::Start:
                if (m_bytesRead == m_in.size() && m_pos <= 3 && m_in.startsWith("\xEF\xBB\xBF")) {
                    m_pos = 3;   // the byte order mark
                    m_column = 1;
                } else if (c == '[' && !m_objects) {
                    m_state = State::BeforeElement;
                } else if (c == '{' && m_objects) {
                    startElement(c);
                }
                break;
            case State::BeforeElement:
                if (isWhite(c))
                    break;
                if (c == ']') {   // an empty array, or a trailing comma
                    m_state = State::AfterArray;
                    break;
                }
                if (c == ',') {
                    broken(QCoreApplication::translate("Importer", "not valid JSON: a comma without a record before it; the rest of the file is not read"));
                    return;
                }
                startElement(c);
                break;
            case State::AfterElement:
                if (isWhite(c))
                    break;
                if (m_objects) {
                    if (c == '{') {
                        startElement(c);
                    } else if (c != ',') {
                        broken(QCoreApplication::translate("Importer", "not valid JSON: a record ('{') expected after record %1 (line %2); the rest of the file is not read")
                                   .arg(m_origin.index)
                                   .arg(m_origin.line));
                        return;
                    }
                    break;
                }
                if (c == ',') {
                    m_state = State::BeforeElement;
                } else if (c == ']') {
                    m_state = State::AfterArray;
                } else {
                    broken(QCoreApplication::translate("Importer", "not valid JSON: a comma or ']' expected after record %1 of the array (line %2); the rest of the file is not read")
                               .arg(m_origin.index)
                               .arg(m_origin.line));
                    return;
                }
                break;
            case State::AfterArray:
                if (!isWhite(c)) {
                    broken(QCoreApplication::translate("Importer", "not valid JSON: text after the array's closing ']', not read"));
                    return;
                }
                break;
            case State::InElement:
            case State::Done:
                break;
            }
        }
    }

    void advance(char c)
    {
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }

    void startElement(char c)
    {
        m_state = State::InElement;
        m_origin = {++m_elements, m_line, m_column - 1};
        m_elementFrom = m_pos - 1;
        m_elementSize = 1;
        m_skipping = false;
        m_outElementStart = m_out.size();
        m_depth = (c == '{' || c == '[') ? 1 : 0;
        m_inString = c == '"';
        m_escape = false;
        m_primitive = m_depth == 0 && !m_inString;   // a number, true, false, null or garbage
    }

    // The element ends before `end` in the block.
    void finishElement(qsizetype end)
    {
        m_state = State::AfterElement;
        if (m_elementSize <= m_maxElement)
            append(end);   // which may find it too long, with its NULs escaped
        if (m_elementSize > m_maxElement || m_skipping) {
            m_out.truncate(m_outElementStart);
            problem(m_origin.line, ImportProblem::Kind::TooLong,
                    QCoreApplication::translate("Importer", "record longer than %1 MB, skipped").arg(m_maxElement / (1024 * 1024)), m_origin.index);
            m_skipping = false;
            return;
        }
        m_out += '\0';
        m_origins.push_back(m_origin);
    }

    // The element's bytes from m_elementFrom up to `end` go to the chunk (a NUL in them, never
    // valid JSON, becomes another byte that is not valid there either).
    void append(qsizetype end)
    {
        if (m_skipping || end <= m_elementFrom)
            return;
        const QByteArrayView part(m_in.constData() + m_elementFrom, end - m_elementFrom);
        if (!std::memchr(part.data(), '\0', size_t(part.size()))) {
            m_out.append(part);
        } else {
            // NUL ends an element in the chunk: one in a string (which QJsonDocument takes) is
            // written as its escape, the same string; anywhere else it stays invalid JSON. After
            // a backslash that escapes it, the backslash is the escape's own.
            for (const char c : part) {
                if (c) {
                    m_out += c;
                    continue;
                }
                qsizetype backslashes = 0;
                while (m_out.size() - backslashes > m_outElementStart && m_out.at(m_out.size() - backslashes - 1) == '\\')
                    ++backslashes;
                m_out += backslashes % 2 ? "u0000" : "\\u0000";
            }
        }
        m_elementFrom = end;
        if (m_out.size() - m_outElementStart > m_maxElement) {
            m_out.truncate(m_outElementStart);
            m_skipping = true;   // the rest of it is only scanned
        }
    }

    // At the end of a block: the part of an element read so far goes to the chunk.
    void flushPartial()
    {
        if (m_state == State::InElement)
            append(m_in.size());
    }

    void broken(const QString &reason)
    {
        problem(m_line, ImportProblem::Kind::InvalidJson, reason);
        m_state = State::Done;
    }

    void end()
    {
        switch (m_state) {
        case State::InElement:
            if (m_primitive) {
                finishElement(m_in.size());
                problem(lines(), ImportProblem::Kind::InvalidJson,
                        QCoreApplication::translate("Importer", "not valid JSON: the file ends before the array's closing ']'"));
                break;
            }
            m_out.truncate(m_outElementStart);
            m_skipping = false;
            problem(m_origin.line, ImportProblem::Kind::InvalidJson,
                    QCoreApplication::translate("Importer", "not valid JSON: the file ends inside this record"), m_origin.index);
            break;
        case State::Start:
        case State::BeforeElement:
        case State::AfterElement:
            if (m_objects)
                break;   // no closing bracket to wait for
            problem(lines(), ImportProblem::Kind::InvalidJson,
                    QCoreApplication::translate("Importer", "not valid JSON: the file ends before the array's closing ']'"));
            break;
        case State::AfterArray:
        case State::Done:
            break;
        }
        m_state = State::Done;
    }

    QIODevice &m_device;
    QString m_source;
    qsizetype m_block;
    qsizetype m_maxElement;
    bool m_objects;   // Layout::Objects: no brackets, no commas needed
    QByteArray m_in;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    State m_state = State::Start;
    qint64 m_line = 1;
    qint64 m_column = 1;   // of the next byte
    // The element being read.
    Element m_origin {};
    qint64 m_elements = 0;
    qsizetype m_elementFrom = 0;   // in m_in: its first byte not yet in m_out
    qsizetype m_outElementStart = 0;
    qint64 m_elementSize = 0;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    bool m_primitive = false;
    bool m_skipping = false;
    QByteArray m_out;
    std::vector<Element> m_origins;
    QList<ImportProblem> m_problems;
};

JsonArrayReader::JsonArrayReader(QIODevice &device, const QString &source, qsizetype blockBytes, qsizetype maxElement, bool objects)
    : m_scanner(std::make_unique<Scanner>(device, source, blockBytes, maxElement, objects))
{
}

JsonArrayReader::~JsonArrayReader() = default;

JsonArrayReader::Result JsonArrayReader::next(QByteArray &data, std::vector<Element> &elements)
{
    return m_scanner->next(data, elements);
}

qint64 JsonArrayReader::bytesRead() const
{
    return m_scanner->bytesRead();
}

qint64 JsonArrayReader::lines() const
{
    return m_scanner->lines();
}

QList<ImportProblem> JsonArrayReader::takeProblems()
{
    return m_scanner->takeProblems();
}
