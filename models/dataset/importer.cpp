#include "importer.h"

#include "chatlogreader.h"
#include "datasetstore.h"
#include "jsonarrayreader.h"
#include "project/project.h"
#include "util/compressedfile.h"
#include "util/sha1.h"
#include "util/translations.h"
#include "util/utf8.h"
#include "util/workpools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLocale>
#include <QSemaphore>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cstring>
#include <deque>
#include <vector>

namespace {

// The flag (records.flags) of a record stored with a part of its line left out.
constexpr char PartlyKeptFlag[] = "partly_kept";

// Record::dedupKey()'s folding (letters and digits case-folded, every other run one space) over
// valid UTF-8, with an ASCII table: several times faster on the mostly-ASCII text of datasets,
// and it must give the same bytes (tested). A code point above U+FFFF is two surrogate code
// units in UTF-16, neither a letter: a space there, a space here.
void foldUtf8Into(QByteArray &out, QByteArrayView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() + text.size() / 2 + 4);
    char *const begin = out.data() + start;
    char *o = begin;
    bool space = false;
    const auto *s = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = s + text.size();
    // ASCII letters and digits folded, every other ASCII byte 0 (a separator).
    static constexpr auto Ascii = [] {
        std::array<char, 128> table {};
        for (int c = 0; c < 128; ++c) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                table[size_t(c)] = char(c);
            else if (c >= 'A' && c <= 'Z')
                table[size_t(c)] = char(c + 32);
        }
        return table;
    }();
    while (s < end) {
        const unsigned char c = *s;
        if (c < 0x80) {
            ++s;
            const char f = Ascii[c];
            if (!f) {
                space = true;
                continue;
            }
            if (space && o != begin)
                *o++ = ' ';
            *o++ = f;
            space = false;
            continue;
        }
        char16_t u;
        if (c < 0xE0) {
            u = char16_t(((c & 0x1F) << 6) | (s[1] & 0x3F));
            s += 2;
        } else if (c < 0xF0) {
            u = char16_t(((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F));
            s += 3;
        } else {
            s += 4;
            space = true;
            continue;
        }
        const QChar qc(u);
        if (!qc.isLetterOrNumber()) {
            space = true;
            continue;
        }
        if (space && o != begin)
            *o++ = ' ';
        // A folded character of the BMP takes at most as many bytes as it had, plus the space.
        const char16_t f = qc.toCaseFolded().unicode();
        if (f < 0x80) {
            *o++ = char(f);
        } else if (f < 0x800) {
            *o++ = char(0xC0 | (f >> 6));
            *o++ = char(0x80 | (f & 0x3F));
        } else {
            *o++ = char(0xE0 | (f >> 12));
            *o++ = char(0x80 | ((f >> 6) & 0x3F));
            *o++ = char(0x80 | (f & 0x3F));
        }
        space = false;
    }
    out.truncate(start + (o - begin));
}

// The 40 hex digits of Record::dedupKey(), as Latin-1. The views may point into `out`: they
// are read before anything is appended to it.
void appendDedupKeyUtf8(QByteArray &out, QByteArrayView persona, QByteArrayView input, QByteArrayView output, QByteArray &folded)
{
    Sha1 hash;
    hash.addData(persona);
    hash.addData(QByteArrayView("\x1f"));
    folded.truncate(0);
    foldUtf8Into(folded, input);
    hash.addData(folded);
    hash.addData(QByteArrayView("\x1f"));
    folded.truncate(0);
    foldUtf8Into(folded, output);
    hash.addData(folded);
    hash.appendHexResult(out);
}

// Whole lines of a file, read in one block: the numbers of its lines are known only when the
// chunks before it have been counted, so everything inside a chunk counts from 1.
struct Chunk
{
    QByteArray data;          // whole lines, each ending in LF but perhaps the file's last
    bool firstOfFile = false; // its first line is the file's first (which may start with a BOM)
    bool tooLong = false;     // stands for one line longer than the limit, not kept in memory
    // From a file holding one JSON array: its elements, each ending in NUL instead of LF (one
    // may span lines, or share a line with others), with their number in the array and where
    // each begins in the file.
    std::vector<JsonArrayReader::Element> origins;   // index: the record's source_line
};

// Reads a file in blocks of whole lines. A line longer than maxLine that does not fit in a
// block is skipped as it is read (never held whole); shorter ones are judged by the parser.
class BlockReader
{
public:
    BlockReader(QIODevice &file, qsizetype blockBytes, qsizetype maxLine)
        : m_file(file), m_block(std::max<qsizetype>(blockBytes, 64)), m_maxLine(maxLine)
    {
    }

    enum class Result { Chunk, End, ReadError };

    Result next(Chunk &chunk)
    {
        for (;;) {
            if (m_eof) {
                if (m_skipping) {
                    m_skipping = false;
                    m_buffer.clear();
                    return tooLong(chunk);
                }
                if (m_buffer.isEmpty())
                    return Result::End;
                chunk.data = std::move(m_buffer);   // the last line, without LF
                m_buffer = QByteArray();
                return take(chunk);
            }
            const qsizetype old = m_buffer.size();
            if (m_buffer.capacity() < old + m_block)
                m_buffer.reserve(std::max(old + m_block, m_buffer.capacity() * 2));
            m_buffer.resize(old + m_block);
            const qint64 got = m_file.read(m_buffer.data() + old, m_block);
            if (got < 0) {
                m_buffer.resize(old);
                return Result::ReadError;
            }
            m_buffer.resize(old + got);
            m_bytesRead += got;
            if (got == 0) {
                m_eof = true;
                continue;
            }
            if (m_skipping) {
                // Inside an over-long line: drop it up to its end.
                const char *newline = static_cast<const char *>(std::memchr(m_buffer.constData(), '\n', size_t(got)));
                if (!newline) {
                    m_buffer.clear();
                    continue;
                }
                m_buffer.remove(0, newline - m_buffer.constData() + 1);
                m_skipping = false;
                return tooLong(chunk);
            }
            const char *begin = m_buffer.constData();
            const char *last = static_cast<const char *>(memrchr(begin + old, '\n', size_t(got)));
            if (!last) {
                if (m_buffer.size() > m_maxLine) {
                    m_skipping = true;
                    m_buffer.clear();
                }
                continue;
            }
            const qsizetype cut = last - begin + 1;
            QByteArray rest = m_buffer.sliced(cut);
            chunk.data = std::move(m_buffer);
            chunk.data.truncate(cut);
            m_buffer = std::move(rest);
            return take(chunk);
        }
    }

    qint64 bytesRead() const { return m_bytesRead; }

private:
    Result take(Chunk &chunk)
    {
        chunk.firstOfFile = m_first;
        m_first = false;
        return Result::Chunk;
    }

    Result tooLong(Chunk &chunk)
    {
        chunk.data.clear();
        chunk.tooLong = true;
        return take(chunk);
    }

    QIODevice &m_file;
    qsizetype m_block;
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_skipping = false;
    bool m_first = true;
};

// One chunk parsed: its records as the UTF-8 the database stores, in one buffer.
struct ParsedChunk
{
    enum Field { Persona, Category, Instruction, Input, Output, Dialogue, Edited, DedupKey, FieldCount };
    struct Row
    {
        qsizetype offset[FieldCount];
        qsizetype size[FieldCount];
        qint64 line;    // within the chunk, from 1
        int persona;    // index in personas
        int partlyKept = -1;   // its note in partlyKept, when a part of its line was left out
    };

    QByteArray text;
    std::vector<Row> rows;
    QStringList personas;
    QList<ImportProblem> problems;   // lines within the chunk, from 1
    QList<ImportProblem> partlyKept; // likewise: records stored with a part of their line left out
    qint64 withoutPersona = 0;       // problems that are ImportFormat::noPersonaReason()
    qint64 kinds[ImportFormat::KindCount] = {};   // lines per ImportFormat::Kind
    qint64 lines = 0;
    qint64 blank = 0;

    QByteArrayView field(const Row &row, Field f) const { return QByteArrayView(text.constData() + row.offset[f], row.size[f]); }
};
// studioRecordUtf8() fills the first fields in this order.
static_assert(int(ParsedChunk::Persona) == int(ImportFormat::Utf8Fields::Persona) && int(ParsedChunk::Category) == int(ImportFormat::Utf8Fields::Category)
              && int(ParsedChunk::Instruction) == int(ImportFormat::Utf8Fields::Instruction) && int(ParsedChunk::Input) == int(ImportFormat::Utf8Fields::Input)
              && int(ParsedChunk::Output) == int(ImportFormat::Utf8Fields::Output));

// Completes a row whose text fields are in parsed.text: its dedup key, its persona's index.
void addRow(ParsedChunk &parsed, ParsedChunk::Row &row, ImportFormat::Kind kind, QHash<QByteArray, int> &personaIndex, QByteArray &folded)
{
    parsed.kinds[int(kind)] += 1;
    // Views into parsed.text: read before the key is appended to it (which may move it).
    const QByteArrayView persona = parsed.field(row, ParsedChunk::Persona);
    auto it = personaIndex.constFind(QByteArray::fromRawData(persona.data(), persona.size()));
    if (it == personaIndex.cend()) {
        it = personaIndex.insert(persona.toByteArray(), int(parsed.personas.size()));
        parsed.personas << Utf8::toString(persona);
    }
    row.persona = it.value();
    row.offset[ParsedChunk::DedupKey] = parsed.text.size();
    appendDedupKeyUtf8(parsed.text, persona, parsed.field(row, ParsedChunk::Input), parsed.field(row, ParsedChunk::Output), folded);
    row.size[ParsedChunk::DedupKey] = parsed.text.size() - row.offset[ParsedChunk::DedupKey];
    parsed.rows.push_back(row);
}

// A record from toRecordFast() or toRecord(): its fields converted into parsed.text.
void keep(ParsedChunk &parsed, const Record &record, ImportFormat::Kind kind, qint64 line, QHash<QByteArray, int> &personaIndex,
          QByteArray &folded)
{
    ParsedChunk::Row row;
    row.line = line;
    auto put = [&](ParsedChunk::Field f, const QString &value) {
        row.offset[f] = parsed.text.size();
        parsed.text += value.toUtf8();
        row.size[f] = parsed.text.size() - row.offset[f];
    };
    put(ParsedChunk::Persona, record.persona);
    put(ParsedChunk::Category, record.category);
    put(ParsedChunk::Instruction, record.instruction);
    put(ParsedChunk::Input, record.input);
    put(ParsedChunk::Output, record.output);
    put(ParsedChunk::Dialogue, record.dialogue);
    put(ParsedChunk::Edited, record.editedOutput);   // a preference pair's chosen reply
    addRow(parsed, row, kind, personaIndex, folded);
}

ParsedChunk parseChunk(const Chunk &chunk, const ImportFormat::Defaults &defaults, const QString &source, qsizetype maxLine)
{
    ParsedChunk parsed;
    if (chunk.tooLong) {
        parsed.lines = 1;
        parsed.problems << ImportProblem{source, 1, ImportProblem::Kind::TooLong,
                                         QCoreApplication::translate("Importer", "line longer than %1 MB, skipped").arg(maxLine / (1024 * 1024))};
        return parsed;
    }
    parsed.text.reserve(chunk.data.size() + chunk.data.size() / 4);
    QHash<QByteArray, int> personaIndex;
    QHash<QByteArray, QByteArray> spellings;   // persona as written → the project's spelling
    QByteArray folded;
    const char *p = chunk.data.constData();
    const char *const end = p + chunk.data.size();
    // A JSON array's elements end in NUL; their numbers here index chunk.origins.
    const bool array = !chunk.origins.empty();
    const char separator = array ? '\0' : '\n';
    const QString noPersona = ImportFormat::noPersonaReason();
    qint64 number = 0;
    // A line that is JSON but no record: with why; those naming no persona counted apart.
    auto notARecord = [&](const QString &reason) {
        parsed.problems << ImportProblem{source, number, ImportProblem::Kind::NotARecord, reason};
        if (reason == noPersona)
            ++parsed.withoutPersona;
    };
    while (p < end) {
        const char *newline = static_cast<const char *>(std::memchr(p, separator, size_t(end - p)));
        const char *lineEnd = newline ? newline : end;
        number = ++parsed.lines;
        const char *data = p;
        qsizetype size = lineEnd - p;
        p = newline ? newline + 1 : end;
        if (size > 0 && data[size - 1] == '\r')
            --size;
        if (number == 1 && chunk.firstOfFile && QByteArrayView(data, size).startsWith("\xEF\xBB\xBF")) {
            data += 3;
            size -= 3;
        }
        if (size > maxLine) {
            parsed.problems << ImportProblem{source, number, ImportProblem::Kind::TooLong,
                                             QCoreApplication::translate("Importer", "line longer than %1 MB, skipped").arg(maxLine / (1024 * 1024))};
            continue;
        }
        const QByteArrayView line(data, size);
        if (Utf8::isBlank(line)) {
            ++parsed.blank;
            continue;
        }
        const qsizetype bad = Utf8::invalidAt(data, size);
        if (bad >= 0) {
            parsed.problems << ImportProblem{source, number, ImportProblem::Kind::InvalidUtf8,
                                             QCoreApplication::translate("Importer", "invalid UTF-8 at byte %1").arg(bad + 1)};
            continue;
        }
        // Most lines: a studio record, parsed straight into the UTF-8 the database stores.
        ImportFormat::Utf8Fields f;
        if (ImportFormat::studioRecordUtf8(line, defaults, spellings, parsed.text, f)) {
            ParsedChunk::Row row;
            row.line = number;
            for (int i = 0; i < ImportFormat::Utf8Fields::Count; ++i) {
                row.offset[i] = f.offset[i];
                row.size[i] = f.size[i];
            }
            for (ParsedChunk::Field empty : {ParsedChunk::Dialogue, ParsedChunk::Edited}) {
                row.offset[empty] = parsed.text.size();
                row.size[empty] = 0;
            }
            addRow(parsed, row, ImportFormat::Kind::Studio, personaIndex, folded);
            continue;
        }
        Record record;
        QString reason;
        ImportFormat::Kind kind = ImportFormat::Kind::Unknown;
        bool handled = false;
        const bool usable = ImportFormat::toRecordFast(line, defaults, record, reason, &kind, &handled);
        if (handled) {
            if (!usable) {
                notARecord(reason);
                continue;
            }
            keep(parsed, record, kind, number, personaIndex, folded);
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QByteArrayView trimmed = line.trimmed();
            if (doc.isArray() || (!trimmed.isEmpty() && trimmed.front() != '{')) {
                parsed.problems << ImportProblem{source, number, ImportProblem::Kind::NotAnObject,
                                                 QCoreApplication::translate("Importer", "not a JSON object")};
            } else {
                QString reason;
                if (array) {
                    // Where in the file: the element's origin, plus the lines inside it.
                    const QByteArrayView before(data, std::min<qsizetype>(error.offset, size));
                    const qsizetype lastNewline = before.lastIndexOf('\n');
                    const qint64 startLine = chunk.origins[size_t(number - 1)].line;
                    const qint64 startColumn = chunk.origins[size_t(number - 1)].column;
                    reason = QCoreApplication::translate("Importer", "not valid JSON: %1 at line %2, column %3")
                                 .arg(error.errorString())
                                 .arg(startLine + before.count('\n'))
                                 .arg(lastNewline < 0 ? startColumn + before.size() : before.size() - lastNewline);
                } else {
                    reason = QCoreApplication::translate("Importer", "not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1);
                }
                parsed.problems << ImportProblem{source, number, ImportProblem::Kind::InvalidJson, reason};
            }
            continue;
        }
        QString leftOut;
        if (!ImportFormat::toRecord(doc.object(), defaults, record, reason, &kind, &leftOut)) {
            notARecord(reason);
            continue;
        }
        keep(parsed, record, kind, number, personaIndex, folded);
        if (!leftOut.isEmpty()) {
            parsed.rows.back().partlyKept = int(parsed.partlyKept.size());
            parsed.partlyKept << ImportProblem{source, number, ImportProblem::Kind::PartlyKept, leftOut};
        }
    }
    if (array) {
        // A record by its number in the array (several may share a line); a problem by the line
        // its element begins on, with that number. The file's lines are counted by the reader.
        for (ParsedChunk::Row &row : parsed.rows)
            row.line = chunk.origins[size_t(row.line - 1)].index;
        for (QList<ImportProblem> *list : {&parsed.problems, &parsed.partlyKept}) {
            for (ImportProblem &problem : *list) {
                const JsonArrayReader::Element &origin = chunk.origins[size_t(problem.line - 1)];
                problem.line = origin.line;
                problem.record = origin.index;
            }
        }
        parsed.lines = 0;
    }
    return parsed;
}

// While a large import stores chunks, another connection copies the committed ones from the
// WAL into the database file (a passive checkpoint never waits for the importer), on the core
// the parsers leave idle: the checkpoint at the end then has little left to do. Runs from
// construction to destruction.
class BackgroundCheckpoints
{
public:
    explicit BackgroundCheckpoints(const QString &databasePath)
        : m_thread(QThread::create([this, databasePath] { run(databasePath); }))
    {
        m_thread->start();
    }
    ~BackgroundCheckpoints()
    {
        m_stop.release();
        m_thread->wait();
    }
    BackgroundCheckpoints(const BackgroundCheckpoints &) = delete;
    BackgroundCheckpoints &operator=(const BackgroundCheckpoints &) = delete;

private:
    void run(const QString &databasePath)
    {
        const QString name = QStringLiteral("import-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath);
            if (db.open()) {
                QSqlQuery q(db);
                while (!m_stop.tryAcquire(1, 100))
                    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

    QSemaphore m_stop;
    std::unique_ptr<QThread> m_thread;
};

// Whether an import of `bytes` of these files is large against the records table: about one
// record per 512 bytes, not counting the lines an earlier import of the same files stored,
// and at least half as many as the table holds.
bool worthRebuildingIndexes(const QSqlDatabase &db, const QStringList &paths, qint64 bytes, qint64 minimumBytes)
{
    QSqlQuery q(db);
    qint64 rows = 0;
    if (q.exec(QStringLiteral("SELECT max(id) FROM records")) && q.next())
        rows = q.value(0).toLongLong();
    qint64 coming = bytes / 512;
    q.prepare(QStringLiteral("SELECT count(*) FROM records WHERE source = ? AND source_line IS NOT NULL"));
    for (const QString &path : paths) {
        q.bindValue(0, QFileInfo(path).absoluteFilePath());
        if (q.exec() && q.next())
            coming -= q.value(0).toLongLong();
    }
    return coming >= rows / 2 && coming >= minimumBytes / 512;
}

} // namespace

QString ImportProblem::text() const
{
    return record > 0 ? JsonArrayReader::inArray(reason, record) : reason;
}

QString ImportProblem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(file)).arg(line).arg(text());
}

QString ImportProblem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::InvalidUtf8: return QStringLiteral("invalid-utf8");
    case Kind::InvalidJson: return QStringLiteral("invalid-json");
    case Kind::NotAnObject: return QStringLiteral("not-an-object");
    case Kind::NotARecord: return QStringLiteral("not-a-record");
    case Kind::TooLong: return QStringLiteral("too-long");
    case Kind::PartlyKept: return QStringLiteral("partly-kept");
    }
    return QString();
}

QString ImportProblem::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::InvalidUtf8: return QCoreApplication::translate("ImportProblem", "invalid UTF-8");
    case Kind::InvalidJson: return QCoreApplication::translate("ImportProblem", "not valid JSON");
    case Kind::NotAnObject: return QCoreApplication::translate("ImportProblem", "not a JSON object");
    case Kind::NotARecord: return QCoreApplication::translate("ImportProblem", "not a usable record");
    case Kind::TooLong: return QCoreApplication::translate("ImportProblem", "line too long");
    case Kind::PartlyKept: return QCoreApplication::translate("ImportProblem", "kept in part");
    }
    return QString();
}

bool ImportSummary::skippedOnlyArrayElements() const
{
    bool any = false;
    for (const ImportFileResult &f : files) {
        if (f.skipped > 0 && !f.jsonArray && !f.jsonObjects)
            return false;
        any = any || f.skipped > 0;
    }
    return any;
}

bool ImportSummary::hasUnreadableFile() const
{
    for (const ImportFileResult &f : files) {
        if (!f.error.isEmpty())
            return true;
    }
    return false;
}

QStringList ImportSummary::personasWithoutSheetByRecords() const
{
    QStringList names = personasWithoutSheet;
    std::stable_sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        const qint64 ca = importedByPersona.value(a);
        const qint64 cb = importedByPersona.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    return names;
}

namespace {

// The lines of each reason (the first 20), for the first reasons; the lines of the others
// together (invalid JSON has a reason per column). Each reason a line, indented by four.
QString linesByReason(const QList<ImportProblem> &problems)
{
    struct Reason
    {
        QString text;
        QStringList where;
    };
    QList<Reason> reasons;
    QHash<QString, qsizetype> reasonIndex;   // reason → its place in reasons
    for (const ImportProblem &p : problems) {
        auto it = reasonIndex.constFind(p.reason);
        if (it == reasonIndex.cend()) {
            it = reasonIndex.insert(p.reason, reasons.size());
            reasons.append(Reason{p.reason, {}});
        }
        // Grouped by the reason alone: in a JSON array, which record is said with its line.
        const QString where = QStringLiteral("%1:%2").arg(QFileInfo(p.file).fileName()).arg(p.line);
        reasons[it.value()].where << (p.record > 0 ? QCoreApplication::translate("ImportSummary", "%1 (record %2)").arg(where).arg(p.record) : where);
    }
    auto lines = [](QStringList where) {
        const qsizetype total = where.size();
        constexpr qsizetype Shown = 20;
        if (total > Shown) {
            where = where.mid(0, Shown);
            where << QCoreApplication::translate("ImportSummary", "… %1 more").arg(QLocale().toString(total - Shown));
        }
        return where.join(QStringLiteral(", "));
    };
    constexpr qsizetype ReasonsShown = 5;
    QString text;
    QStringList others;
    int otherReasons = 0;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        if (i < ReasonsShown || reasons.size() == ReasonsShown + 1) {
            text += QStringLiteral("    %1: %2\n").arg(lines(reasons.at(i).where), reasons.at(i).text);
        } else {
            others += reasons.at(i).where;
            ++otherReasons;
        }
    }
    if (!others.isEmpty())
        text += QStringLiteral("    %1: %2\n").arg(lines(others), QCoreApplication::translate("ImportSummary", "%Ln other reason(s)", nullptr, otherReasons));
    return text;
}

} // namespace

QString ImportSummary::toText() const
{
    QString text;
    for (const ImportFileResult &f : files) {
        if (!f.error.isEmpty() && !f.partlyImported()) {
            text += QCoreApplication::translate("ImportSummary", "%1: not imported: %2").arg(QDir::toNativeSeparators(f.path), f.error) + QLatin1Char('\n');
            continue;
        }
        QStringList formats;
        for (auto it = f.formats.cbegin(); it != f.formats.cend(); ++it)
            formats << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it.value()));
        text += QCoreApplication::translate("ImportSummary", "%1: %Ln line(s), %2 imported, %3 skipped, %4 blank", nullptr, pluralCount(f.lines))
                    .arg(QDir::toNativeSeparators(f.path), QLocale().toString(f.imported), QLocale().toString(f.skipped), QLocale().toString(f.blank));
        if (f.jsonArray)
            text += QCoreApplication::translate("ImportSummary", ", read as one JSON array");
        if (f.jsonObjects)
            text += QCoreApplication::translate("ImportSummary", ", read as JSON objects one after another");
        if (f.alreadyImported > 0)
            text += QCoreApplication::translate("ImportSummary", ", %1 already imported before").arg(QLocale().toString(f.alreadyImported));
        if (f.changedSinceImport > 0)
            text += QCoreApplication::translate("ImportSummary", ", %1 changed since an earlier import (the earlier records kept beside)")
                        .arg(QLocale().toString(f.changedSinceImport));
        if (f.partlyKept > 0)
            text += QCoreApplication::translate("ImportSummary", ", %1 stored with a part left out").arg(QLocale().toString(f.partlyKept));
        if (!formats.isEmpty())
            text += QStringLiteral(" (%1)").arg(formats.join(QStringLiteral(", ")));
        text += QLatin1Char('\n');
        if (!f.error.isEmpty())
            text += QStringLiteral("  ") + QCoreApplication::translate("ImportSummary", "stopped there, the records before kept: %1").arg(f.error) + QLatin1Char('\n');
    }
    text += QCoreApplication::translate("ImportSummary", "Imported %Ln record(s):", nullptr, int(imported)) + QLatin1Char('\n');
    // Every persona by name; from a file of many (a role-play dataset holds thousands of
    // characters) the ones with the most records, the rest counted — --json lists them all.
    constexpr qsizetype PersonasListed = 40;
    QList<std::pair<QString, qint64>> personaRows;
    for (auto it = importedByPersona.cbegin(); it != importedByPersona.cend(); ++it)
        personaRows.append({it.key(), it.value()});
    qint64 restRecords = 0;
    const qsizetype restPersonas = personaRows.size() > PersonasListed ? personaRows.size() - PersonasListed : 0;
    if (restPersonas > 0) {
        std::stable_sort(personaRows.begin(), personaRows.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        for (qsizetype i = PersonasListed; i < personaRows.size(); ++i)
            restRecords += personaRows.at(i).second;
        personaRows.resize(PersonasListed);
    }
    for (const auto &[persona, count] : std::as_const(personaRows))
        text += QStringLiteral("  %1 %2\n").arg(persona.leftJustified(28)).arg(QLocale().toString(count), 8);
    if (restPersonas > 0)
        text += QStringLiteral("  ")
                + QCoreApplication::translate("ImportSummary", "… %Ln more persona(s), %1", nullptr, int(restPersonas))
                      .arg(QCoreApplication::translate("ImportSummary", "%Ln record(s)", nullptr, pluralCount(restRecords)))
                + QLatin1Char('\n');
    if (skipped > 0) {
        text += (skippedOnlyArrayElements() ? QCoreApplication::translate("ImportSummary", "Skipped %Ln record(s):", nullptr, int(skipped))
                                            : QCoreApplication::translate("ImportSummary", "Skipped %Ln line(s):", nullptr, int(skipped)))
                + QLatin1Char('\n');
        // By kind, then by reason — why each line was skipped, not only that it was.
        QMap<int, QList<ImportProblem>> byKind;
        for (const ImportProblem &p : problems)
            byKind[int(p.kind)] << p;
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            text += QStringLiteral("  %1 (%2):\n").arg(ImportProblem::kindLabel(ImportProblem::Kind(it.key())), QLocale().toString(it.value().size()));
            text += linesByReason(it.value());
        }
    }
    if (!partlyKept.isEmpty()) {
        text += QCoreApplication::translate("ImportSummary", "Stored with a part of their line left out, %Ln record(s):", nullptr, int(partlyKept.size()))
                + QLatin1Char('\n') + linesByReason(partlyKept);
    }
    if (!matchedByPartOfName.isEmpty())
        text += QCoreApplication::translate("ImportSummary", "Matched to a character by part of its name: %1").arg(matchedByPartOfNameText()) + QLatin1Char('\n');
    if (!personasWithoutSheet.isEmpty()) {
        constexpr qsizetype NamesListed = 20;
        QStringList names = personasWithoutSheet;
        if (names.size() > NamesListed) {
            names = personasWithoutSheetByRecords().mid(0, NamesListed);
            names << QCoreApplication::translate("ImportSummary", "… %Ln more", nullptr, int(personasWithoutSheet.size() - NamesListed));
        }
        text += QCoreApplication::translate("ImportSummary", "Personas without a character sheet in the project: %1").arg(names.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    if (cancelled)
        text += QCoreApplication::translate("ImportSummary", "The import was stopped before the end; the chunks stored so far are kept.") + QLatin1Char('\n');
    if (!indexError.isEmpty())
        text += QCoreApplication::translate("ImportSummary", "The records are stored, but their indexes could not be built again (%1): "
                                                             "the studio builds them the next time it opens the project.")
                    .arg(indexError)
                + QLatin1Char('\n');
    return text;
}

QString ImportSummary::matchedByPartOfNameText() const
{
    QStringList pairs;
    for (auto it = matchedByPartOfName.cbegin(); it != matchedByPartOfName.cend(); ++it)
        pairs << QStringLiteral("%1 → %2").arg(it.key(), it.value());
    return pairs.join(QStringLiteral(", "));
}

QJsonObject ImportSummary::toJson() const
{
    QJsonArray fileArray;
    for (const ImportFileResult &f : files) {
        QJsonObject formatObject;
        for (auto it = f.formats.cbegin(); it != f.formats.cend(); ++it)
            formatObject.insert(it.key(), it.value());
        QJsonObject o{{QStringLiteral("path"), f.path},      {QStringLiteral("lines"), f.lines},
                      {QStringLiteral("blank"), f.blank},    {QStringLiteral("imported"), f.imported},
                      {QStringLiteral("skipped"), f.skipped}, {QStringLiteral("formats"), formatObject},
                      {QStringLiteral("already_imported"), f.alreadyImported}, {QStringLiteral("changed_since_import"), f.changedSinceImport},
                      {QStringLiteral("partly_kept"), f.partlyKept}, {QStringLiteral("without_persona"), f.withoutPersona}};
        if (!f.error.isEmpty())
            o.insert(QStringLiteral("error"), f.error);
        if (f.jsonArray)
            o.insert(QStringLiteral("json_array"), true);
        if (f.jsonObjects)
            o.insert(QStringLiteral("json_objects"), true);
        fileArray << o;
    }
    QJsonObject personas;
    for (auto it = importedByPersona.cbegin(); it != importedByPersona.cend(); ++it)
        personas.insert(it.key(), it.value());
    auto problemArray = [](const QList<ImportProblem> &list) {
        QJsonArray array;
        for (const ImportProblem &p : list) {
            QJsonObject o{{QStringLiteral("file"), p.file},
                          {QStringLiteral("line"), p.line},
                          {QStringLiteral("kind"), ImportProblem::kindKey(p.kind)},
                          {QStringLiteral("reason"), p.text()}};
            if (p.record > 0)
                o.insert(QStringLiteral("record"), p.record);
            array << o;
        }
        return array;
    };
    QJsonObject matched;
    for (auto it = matchedByPartOfName.cbegin(); it != matchedByPartOfName.cend(); ++it)
        matched.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("files"), fileArray},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("without_persona"), withoutPersona},
                       {QStringLiteral("personas"), personas},
                       {QStringLiteral("problems"), problemArray(problems)},
                       {QStringLiteral("partly_kept"), problemArray(partlyKept)},
                       {QStringLiteral("personas_without_sheet"), QJsonArray::fromStringList(personasWithoutSheet)},
                       {QStringLiteral("matched_by_part_of_name"), matched},
                       {QStringLiteral("cancelled"), cancelled}};
}

Importer::Importer()
    : Importer(Options())
{
}

Importer::Importer(Options options)
    : m_options(std::move(options))
{
    m_defaults.persona = m_options.persona.trimmed();
    m_defaults.fallbackPersona = m_options.fallbackPersona.trimmed();
    m_defaults.category = m_options.category;
}

void Importer::setKnownPersonas(const QStringList &names)
{
    m_known = names;
    m_defaults = ImportFormat::Defaults();
    m_defaults.category = m_options.category;
    for (const QString &name : names)
        m_defaults.addKnownPersona(name);
    m_defaults.persona = m_defaults.canonicalPersona(m_options.persona);
    m_defaults.fallbackPersona = m_defaults.canonicalPersona(m_options.fallbackPersona);
}

ImportSummary Importer::importFiles(DatasetStore &store, const QStringList &paths)
{
    ImportSummary summary;
    // The summary reports the parts of names this import matched (--persona's among them).
    m_defaults.resetPartMatchesUsed();
    m_defaults.persona = m_defaults.canonicalPersona(m_options.persona);
    m_defaults.fallbackPersona = m_defaults.canonicalPersona(m_options.fallbackPersona);
    qint64 total = 0;       // bytes on disk: progress
    qint64 textBytes = 0;   // bytes of text (a gzip file's inflated size): the choice below
    for (const QString &path : paths) {
        total += QFileInfo(path).size();
        textBytes += CompressedFile::textSize(path);
    }
    qint64 done = 0;
    // No automatic WAL checkpoints on this connection: each would copy pages into the database
    // file and sync it while the next chunk waits (a large import checkpoints on a thread of its
    // own, below; the WAL is truncated when the import ends). And no CHECK constraints: the
    // importer only stores the constants 'unreviewed' (or 'edited', for a preference pair) and
    // 'imported' in the two checked columns, and SQLite's test of `status IN (…)` costs as much
    // per row as the row itself.
    QSqlQuery pragma(store.database());
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints=ON"));
    // A large import into a smaller table: without the indexes each row costs a third as much,
    // and building them at the end costs less than the lookups saved. Not when another import
    // holds the lock (it has dropped them already, or will build them).
    QLockFile lock(store.importLockPath());
    bool rebuild = false;
    if (textBytes >= m_options.rebuildIndexesFrom && lock.tryLock(0)) {
        rebuild = worthRebuildingIndexes(store.database(), paths, textBytes, m_options.rebuildIndexesFrom) && store.dropRecordIndexes(nullptr);
        if (!rebuild)
            lock.unlock();
    }
    {
        // Checkpoints run on while the indexes are built too (each index is its own transaction):
        // the checkpoint at the end then copies only the last one.
        std::unique_ptr<BackgroundCheckpoints> checkpoints;
        if (rebuild)
            checkpoints = std::make_unique<BackgroundCheckpoints>(store.path());
        for (const QString &path : paths) {
            importFile(store, path, summary, done, total);
            if (summary.cancelled)
                break;
        }
        if (rebuild) {
            QString error;
            if (!store.createRecordIndexes(&error))
                summary.indexError = error;
            lock.unlock();
        }
    }
    pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints=OFF"));
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // Only for characters this import stored records of (lines imported before are not news).
    const QMap<QString, QString> matched = m_defaults.partMatchesUsed();
    for (auto it = matched.cbegin(); it != matched.cend(); ++it) {
        if (summary.importedByPersona.value(it.value()) > 0)
            summary.matchedByPartOfName.insert(it.key(), it.value());
    }
    if (!m_known.isEmpty()) {
        const QSet<QString> known(m_known.cbegin(), m_known.cend());
        for (auto it = summary.importedByPersona.cbegin(); it != summary.importedByPersona.cend(); ++it) {
            if (!known.contains(it.key()))
                summary.personasWithoutSheet << it.key();
        }
    } else {
        summary.personasWithoutSheet = summary.importedByPersona.keys();
    }
    return summary;
}

void Importer::importFile(DatasetStore &store, const QString &path, ImportSummary &summary, qint64 &bytesBefore, qint64 bytesTotal)
{
    ImportFileResult result;
    result.path = path;
    const qsizetype firstProblem = summary.problems.size();
    const QFileInfo info(path);
    QFile file(path);
    if (info.isDir()) {
        result.error = QCoreApplication::translate("Importer", "it is a folder");
        summary.files << result;
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        summary.files << result;
        return;
    }
    const QString source = info.absoluteFilePath();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A gzip-compressed file is read through zlib as it is read; other compressions and
    // Parquet are named rather than read as text.
    const CompressedFile::Kind compression = CompressedFile::detect(file);
    if (const QString reason = CompressedFile::unsupportedReason(compression, info.fileName()); !reason.isEmpty()) {
        result.error = reason;
        summary.files << result;
        return;
    }
    std::unique_ptr<GzipReader> gzip;
    if (compression == CompressedFile::Kind::Gzip) {
        gzip = std::make_unique<GzipReader>(file);
        if (!gzip->open(QIODevice::ReadOnly)) {
            result.error = gzip->errorString();
            summary.files << result;
            return;
        }
    }
    QIODevice &input = gzip ? static_cast<QIODevice &>(*gzip) : file;
    BlockReader reader(input, m_options.chunkBytes, m_options.maxLineBytes);
    // A file holding one JSON array is read element by element instead of line by line.
    std::unique_ptr<JsonArrayReader> array;
    // A SillyTavern chat file is one conversation: read whole, one record.
    const bool chatLog = ChatLogReader::startsWithChatLog(input);
    qint64 chatLogBytes = 0;
    const JsonArrayReader::Layout layout = chatLog ? JsonArrayReader::Layout::Lines : JsonArrayReader::layoutOf(input);
    if (layout != JsonArrayReader::Layout::Lines)
        array = std::make_unique<JsonArrayReader>(input, source, m_options.chunkBytes, m_options.maxLineBytes,
                                                  layout == JsonArrayReader::Layout::Objects);
    auto readNext = [&](Chunk &chunk) {
        if (!array)
            return reader.next(chunk);
        switch (array->next(chunk.data, chunk.origins)) {
        case JsonArrayReader::Result::Chunk: return BlockReader::Result::Chunk;
        case JsonArrayReader::Result::End: return BlockReader::Result::End;
        case JsonArrayReader::Result::ReadError: break;
        }
        return BlockReader::Result::ReadError;
    };
    // Of the file as it is on disk, for progress against its size.
    auto bytesRead = [&] { return gzip ? gzip->compressedBytesRead() : array ? array->bytesRead() : chatLog ? chatLogBytes : reader.bytesRead(); };
    DatasetBulkInserter inserter(store);
    // Lines of this file already stored by an earlier import (stopped, killed, or complete):
    // the same line with the same record is not stored twice. A line whose record differs
    // (the file was edited since) is imported.
    // (A line may hold several records: a group chat's, one per character.)
    QMultiHash<qint64, QByteArray> stored;
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT source_line, dedup_key FROM records WHERE source = ? AND source_line IS NOT NULL"));
        q.addBindValue(source);
        if (q.exec()) {
            while (q.next())
                stored.insert(q.value(0).toLongLong(), q.value(1).toString().toLatin1());
        }
    }
    const ImportFormat::Defaults &defaults = m_defaults;
    const qsizetype maxLine = m_options.maxLineBytes;
    qint64 linesBefore = 0;
    qint64 kinds[ImportFormat::KindCount] = {};
    std::vector<ImportRow> rows;

    // Stores one parsed chunk (in file order): its lines are numbered from linesBefore + 1.
    auto store_ = [&](ParsedChunk &parsed) -> bool {
        for (QList<ImportProblem> *list : {&parsed.problems, &parsed.partlyKept}) {
            for (ImportProblem &p : *list)
                p.line += linesBefore;
        }
        result.blank += parsed.blank;
        result.skipped += parsed.problems.size();
        result.withoutPersona += parsed.withoutPersona;
        for (int k = 0; k < ImportFormat::KindCount; ++k)
            kinds[k] += parsed.kinds[k];
        summary.problems += parsed.problems;
        rows.clear();
        rows.reserve(parsed.rows.size());
        std::vector<qint64> perPersona(size_t(parsed.personas.size()), 0);
        for (const ParsedChunk::Row &row : parsed.rows) {
            const qint64 line = linesBefore + row.line;
            const QByteArrayView key = parsed.field(row, ParsedChunk::DedupKey);
            if (!stored.isEmpty()) {
                const auto [first, last] = stored.equal_range(line);
                if (std::any_of(first, last, [&key](const QByteArray &k) { return k == key; })) {
                    ++result.alreadyImported;
                    continue;
                }
                if (first != last)
                    ++result.changedSinceImport;
            }
            rows.push_back(ImportRow{parsed.field(row, ParsedChunk::Persona), parsed.field(row, ParsedChunk::Category),
                                     parsed.field(row, ParsedChunk::Instruction), parsed.field(row, ParsedChunk::Input),
                                     parsed.field(row, ParsedChunk::Output), parsed.field(row, ParsedChunk::Dialogue), key, line,
                                     parsed.field(row, ParsedChunk::Edited),
                                     // The Review mode's flag filter finds what lost a part of its line.
                                     row.partlyKept >= 0 ? QByteArrayView(PartlyKeptFlag) : QByteArrayView()});
            ++perPersona[size_t(row.persona)];
            if (row.partlyKept >= 0) {
                summary.partlyKept << parsed.partlyKept.at(row.partlyKept);
                ++result.partlyKept;
            }
        }
        linesBefore += parsed.lines;
        result.lines = linesBefore;
        if (rows.empty())
            return true;
        QString error;
        if (!inserter.insertImported(rows, source, now, &error)) {
            result.error = QCoreApplication::translate("Importer", "storing records in %1 failed: %2").arg(QDir::toNativeSeparators(store.path()), error);
            return false;
        }
        result.imported += qint64(rows.size());
        for (size_t i = 0; i < perPersona.size(); ++i) {
            if (perPersona[i])
                summary.importedByPersona[parsed.personas[qsizetype(i)]] += perPersona[i];
        }
        return true;
    };

    // Chunks are parsed on worker threads, several at once, and stored here in file order.
    std::deque<QFuture<ParsedChunk>> parsing;
    const size_t inFlight = size_t(std::max(2, WorkPools::parallel()->maxThreadCount()));
    bool failed = false;
    bool readError = false;
    if (chatLog) {
        ChatLogReader::Result log = ChatLogReader::read(input, source, maxLine, defaults);
        chatLogBytes = log.bytesRead;
        if (!log.error.isEmpty()) {
            result.error = log.error;
        } else {
            ParsedChunk parsed;
            parsed.lines = log.lines;
            parsed.blank = log.blank;
            parsed.problems = std::move(log.problems);
            QHash<QByteArray, int> personaIndex;
            QByteArray folded;
            for (qsizetype i = 0; i < log.records.size(); ++i) {
                keep(parsed, log.records.at(i), ImportFormat::Kind::SillyTavernChat, log.recordLine, personaIndex, folded);
                if (!log.leftOut.value(i).isEmpty()) {
                    parsed.rows.back().partlyKept = int(parsed.partlyKept.size());
                    parsed.partlyKept << ImportProblem{source, log.recordLine, ImportProblem::Kind::PartlyKept, log.leftOut.at(i)};
                }
            }
            failed = !store_(parsed);
        }
        if (m_progress && !m_progress(bytesBefore + bytesRead(), bytesTotal))
            summary.cancelled = true;
    }
    while (!chatLog) {
        Chunk chunk;
        const BlockReader::Result r = readNext(chunk);
        if (r == BlockReader::Result::End)
            break;
        if (r == BlockReader::Result::ReadError) {
            readError = true;
            break;
        }
        parsing.push_back(QtConcurrent::run(WorkPools::parallel(), [chunk = std::move(chunk), &defaults, source, maxLine] {
            return parseChunk(chunk, defaults, source, maxLine);
        }));
        if (parsing.size() >= inFlight) {
            ParsedChunk parsed = parsing.front().result();
            parsing.pop_front();
            if (!store_(parsed)) {
                failed = true;
                break;
            }
        }
        if (m_progress && !m_progress(bytesBefore + bytesRead(), bytesTotal)) {
            summary.cancelled = true;
            break;
        }
    }
    // What is still being parsed is stored (also the lines read before a read error); after a
    // stop or a failed store it is only waited for (the workers use this function's variables).
    while (!parsing.empty()) {
        ParsedChunk parsed = parsing.front().result();
        parsing.pop_front();
        if (!failed && !summary.cancelled && !store_(parsed))
            failed = true;
    }
    if (array) {
        result.jsonArray = layout == JsonArrayReader::Layout::Array;
        result.jsonObjects = layout == JsonArrayReader::Layout::Objects;
        result.lines = array->lines();
        const QList<ImportProblem> problems = array->takeProblems();
        if (!summary.cancelled && !failed) {
            summary.problems += problems;
            result.skipped += problems.size();
        }
    }
    if (readError && result.error.isEmpty())
        result.error = QCoreApplication::translate("Importer", "reading failed after line %1: %2").arg(result.lines).arg(input.errorString());
    bytesBefore += bytesRead();
    for (int k = 0; k < ImportFormat::KindCount; ++k) {
        if (kinds[k])
            result.formats[ImportFormat::kindName(ImportFormat::Kind(k))] += kinds[k];
    }
    // Problems arrive by chunk, in order; within a chunk too.
    std::stable_sort(summary.problems.begin() + firstProblem, summary.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    summary.imported += result.imported;
    summary.skipped += result.skipped;
    summary.withoutPersona += result.withoutPersona;
    summary.files << result;
}

bool Importer::importIntoProject(const Project &project, const QStringList &paths, const Options &options, ImportSummary *summary,
                                 QString *error, Progress progress)
{
    DatasetStore store;
    if (!store.open(project.databasePath(), error))
        return false;
    Importer importer(options);
    QStringList names;
    for (const CharacterEntry &c : project.characters)
        names << c.name;
    importer.setKnownPersonas(names);
    importer.setProgress(std::move(progress));
    *summary = importer.importFiles(store, paths);
    return true;
}
