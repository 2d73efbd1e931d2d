#include "importer.h"

#include "datasetstore.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <vector>

namespace {

constexpr qsizetype ReadBlock = 4 * 1024 * 1024;

// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or -1. ASCII runs are skipped eight bytes at a time.
qsizetype invalidUtf8At(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (int k = 2; k <= extra; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

// Record::dedupKey() with an ASCII fast path: the same folding (letters and digits case-folded,
// every other run of code units one space) and the same SHA-1, several times faster on the
// mostly-ASCII text of datasets. It must stay equal to Record::dedupKey (tested).
void foldInto(QByteArray &out, const QString &text)
{
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            const bool alnum = (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z');
            if (!alnum) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty())
                out += ' ';
            out += char(u >= 'A' && u <= 'Z' ? u + 32 : u);
            space = false;
        } else if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += ' ';
            const char16_t f = c.toCaseFolded().unicode();
            // Never a surrogate: surrogate code units are not letters.
            if (f < 0x80) {
                out += char(f);
            } else if (f < 0x800) {
                out += char(0xC0 | (f >> 6));
                out += char(0x80 | (f & 0x3F));
            } else {
                out += char(0xE0 | (f >> 12));
                out += char(0x80 | ((f >> 6) & 0x3F));
                out += char(0x80 | (f & 0x3F));
            }
            space = false;
        } else {
            space = true;
        }
    }
}

QString fastDedupKey(const QString &persona, const QString &input, const QString &output)
{
    QByteArray folded;
    folded.reserve(input.size() + output.size() + 8);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(persona.toUtf8());
    hash.addData(QByteArrayView("\x1f"));
    foldInto(folded, input);
    hash.addData(folded);
    hash.addData(QByteArrayView("\x1f"));
    folded.clear();
    foldInto(folded, output);
    hash.addData(folded);
    return QString::fromLatin1(hash.result().toHex());
}

bool isBlank(QByteArrayView line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

// Reads a file line by line in large blocks: strips a leading BOM and CR before LF, returns a
// last line without LF, and never holds more than maxLine bytes of one line.
class LineReader
{
public:
    LineReader(QFile &file, qsizetype maxLine)
        : m_file(file), m_maxLine(maxLine)
    {
    }

    enum class Result { Line, TooLong, End, ReadError };

    Result next(QByteArrayView &line, qint64 &number)
    {
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n', m_scanFrom);
            if (newline >= 0) {
                number = ++m_line;
                if (m_skipping || newline - m_pos > m_maxLine) {
                    m_skipping = false;
                    m_pos = newline + 1;
                    m_scanFrom = m_pos;
                    return Result::TooLong;
                }
                qsizetype end = newline;
                if (end > m_pos && m_buffer.at(end - 1) == '\r')
                    --end;
                line = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
                m_pos = newline + 1;
                m_scanFrom = m_pos;
                stripBom(line);
                return Result::Line;
            }
            if (m_eof) {
                if (m_pos >= m_buffer.size() && !m_skipping)
                    return Result::End;
                number = ++m_line;
                if (m_skipping || m_buffer.size() - m_pos > m_maxLine) {
                    m_skipping = false;
                    m_pos = m_buffer.size();
                    return Result::TooLong;
                }
                qsizetype end = m_buffer.size();
                if (end > m_pos && m_buffer.at(end - 1) == '\r')
                    --end;
                line = QByteArrayView(m_buffer.constData() + m_pos, end - m_pos);
                m_pos = m_buffer.size();
                m_scanFrom = m_pos;
                stripBom(line);
                return Result::Line;
            }
            // Keep the unfinished line, drop what was handed out, read more.
            if (m_pos > 0) {
                m_buffer.remove(0, m_pos);
                m_pos = 0;
            }
            if (m_buffer.size() > m_maxLine) {
                m_skipping = true;
                m_buffer.clear();
            }
            m_scanFrom = m_buffer.size();
            const qsizetype old = m_buffer.size();
            m_buffer.resize(old + ReadBlock);
            const qint64 got = m_file.read(m_buffer.data() + old, ReadBlock);
            if (got < 0) {
                m_buffer.resize(old);
                return Result::ReadError;
            }
            m_buffer.resize(old + got);
            m_bytesRead += got;
            if (got == 0)
                m_eof = true;
        }
    }

    qint64 bytesRead() const { return m_bytesRead; }

private:
    void stripBom(QByteArrayView &line)
    {
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }

    QFile &m_file;
    qsizetype m_maxLine;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_scanFrom = 0;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_skipping = false;
};

struct LineRef
{
    qsizetype offset;
    qsizetype size;
    qint64 number;
};

struct Chunk
{
    QByteArray data;
    std::vector<LineRef> lines;
};

struct ParsedChunk
{
    QList<Record> records;
    QStringList dedupKeys;
    QList<ImportProblem> problems;
    QMap<QString, qint64> formats;
    qint64 blank = 0;
};

void keep(ParsedChunk &parsed, Record &&record, ImportFormat::Kind kind, const QString &source, qint64 line, const QDateTime &now)
{
    parsed.formats[ImportFormat::kindName(kind)] += 1;
    record.sourceKind = Record::SourceKind::Imported;
    record.source = source;
    record.sourceLine = line;
    record.createdAt = now;
    parsed.dedupKeys << fastDedupKey(record.persona, record.input, record.output);
    parsed.records << std::move(record);
}

ParsedChunk parseChunk(const Chunk &chunk, const ImportFormat::Defaults &defaults, const QString &source, const QDateTime &now)
{
    ParsedChunk parsed;
    parsed.records.reserve(qsizetype(chunk.lines.size()));
    parsed.dedupKeys.reserve(qsizetype(chunk.lines.size()));
    for (const LineRef &ref : chunk.lines) {
        const char *data = chunk.data.constData() + ref.offset;
        const QByteArrayView line(data, ref.size);
        if (isBlank(line)) {
            ++parsed.blank;
            continue;
        }
        const qsizetype bad = invalidUtf8At(data, ref.size);
        if (bad >= 0) {
            parsed.problems << ImportProblem{source, ref.number, ImportProblem::Kind::InvalidUtf8,
                                             QCoreApplication::translate("Importer", "invalid UTF-8 at byte %1").arg(bad + 1)};
            continue;
        }
        Record record;
        QString reason;
        ImportFormat::Kind kind = ImportFormat::Kind::Unknown;
        bool handled = false;
        const bool usable = ImportFormat::toRecordFast(line, defaults, record, reason, &kind, &handled);
        if (handled) {
            if (!usable) {
                parsed.problems << ImportProblem{source, ref.number, ImportProblem::Kind::NotARecord, reason};
                continue;
            }
            keep(parsed, std::move(record), kind, source, ref.number, now);
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(data, ref.size), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            const QByteArrayView trimmed = line.trimmed();
            if (doc.isArray() || (!trimmed.isEmpty() && trimmed.front() != '{')) {
                parsed.problems << ImportProblem{source, ref.number, ImportProblem::Kind::NotAnObject,
                                                 QCoreApplication::translate("Importer", "not a JSON object")};
            } else {
                parsed.problems << ImportProblem{source, ref.number, ImportProblem::Kind::InvalidJson,
                                                 QCoreApplication::translate("Importer", "not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1)};
            }
            continue;
        }
        if (!ImportFormat::toRecord(doc.object(), defaults, record, reason, &kind)) {
            parsed.problems << ImportProblem{source, ref.number, ImportProblem::Kind::NotARecord, reason};
            continue;
        }
        keep(parsed, std::move(record), kind, source, ref.number, now);
    }
    return parsed;
}

} // namespace

QString ImportProblem::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(file)).arg(line).arg(reason);
}

QString ImportProblem::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::InvalidUtf8: return QStringLiteral("invalid-utf8");
    case Kind::InvalidJson: return QStringLiteral("invalid-json");
    case Kind::NotAnObject: return QStringLiteral("not-an-object");
    case Kind::NotARecord: return QStringLiteral("not-a-record");
    case Kind::TooLong: return QStringLiteral("too-long");
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
    }
    return QString();
}

bool ImportSummary::hasUnreadableFile() const
{
    for (const ImportFileResult &f : files) {
        if (!f.error.isEmpty())
            return true;
    }
    return false;
}

QString ImportSummary::toText() const
{
    QString text;
    for (const ImportFileResult &f : files) {
        if (!f.error.isEmpty()) {
            text += QCoreApplication::translate("ImportSummary", "%1: not imported: %2").arg(QDir::toNativeSeparators(f.path), f.error) + QLatin1Char('\n');
            continue;
        }
        QStringList formats;
        for (auto it = f.formats.cbegin(); it != f.formats.cend(); ++it)
            formats << QStringLiteral("%1 %2").arg(it.key(), QLocale().toString(it.value()));
        text += QCoreApplication::translate("ImportSummary", "%1: %2 lines, %3 imported, %4 skipped, %5 blank")
                    .arg(QDir::toNativeSeparators(f.path), QLocale().toString(f.lines), QLocale().toString(f.imported),
                         QLocale().toString(f.skipped), QLocale().toString(f.blank));
        if (f.alreadyImported > 0)
            text += QCoreApplication::translate("ImportSummary", ", %1 already imported before").arg(f.alreadyImported);
        if (!formats.isEmpty())
            text += QStringLiteral(" (%1)").arg(formats.join(QStringLiteral(", ")));
        text += QLatin1Char('\n');
    }
    text += QCoreApplication::translate("ImportSummary", "Imported %Ln record(s):", nullptr, int(imported)) + QLatin1Char('\n');
    for (auto it = importedByPersona.cbegin(); it != importedByPersona.cend(); ++it)
        text += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(28)).arg(QLocale().toString(it.value()), 8);
    if (skipped > 0) {
        text += QCoreApplication::translate("ImportSummary", "Skipped %Ln line(s):", nullptr, int(skipped)) + QLatin1Char('\n');
        QMap<int, QStringList> byKind;
        for (const ImportProblem &p : problems)
            byKind[int(p.kind)] << QStringLiteral("%1:%2").arg(QFileInfo(p.file).fileName()).arg(p.line);
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it) {
            QStringList where = it.value();
            const qsizetype total = where.size();
            constexpr qsizetype Shown = 20;
            if (total > Shown) {
                where = where.mid(0, Shown);
                where << QCoreApplication::translate("ImportSummary", "… %1 more").arg(QLocale().toString(total - Shown));
            }
            text += QStringLiteral("  %1 (%2): %3\n").arg(ImportProblem::kindLabel(ImportProblem::Kind(it.key())), QLocale().toString(total), where.join(QStringLiteral(", ")));
        }
    }
    if (!personasWithoutSheet.isEmpty())
        text += QCoreApplication::translate("ImportSummary", "Personas without a character sheet in the project: %1").arg(personasWithoutSheet.join(QStringLiteral(", "))) + QLatin1Char('\n');
    if (cancelled)
        text += QCoreApplication::translate("ImportSummary", "The import was stopped before the end; the chunks stored so far are kept.") + QLatin1Char('\n');
    return text;
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
                      {QStringLiteral("already_imported"), f.alreadyImported}};
        if (!f.error.isEmpty())
            o.insert(QStringLiteral("error"), f.error);
        fileArray << o;
    }
    QJsonObject personas;
    for (auto it = importedByPersona.cbegin(); it != importedByPersona.cend(); ++it)
        personas.insert(it.key(), it.value());
    QJsonArray problemArray;
    for (const ImportProblem &p : problems)
        problemArray << QJsonObject{{QStringLiteral("file"), p.file},
                                    {QStringLiteral("line"), p.line},
                                    {QStringLiteral("kind"), ImportProblem::kindKey(p.kind)},
                                    {QStringLiteral("reason"), p.reason}};
    return QJsonObject{{QStringLiteral("files"), fileArray},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("skipped"), skipped},
                       {QStringLiteral("personas"), personas},
                       {QStringLiteral("problems"), problemArray},
                       {QStringLiteral("personas_without_sheet"), QJsonArray::fromStringList(personasWithoutSheet)},
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
    m_defaults.category = m_options.category;
}

void Importer::setKnownPersonas(const QStringList &names)
{
    m_known = names;
    m_defaults.knownPersonas.clear();
    m_defaults.knownNames.clear();
    for (const QString &name : names)
        m_defaults.addKnownPersona(name);
    if (!m_defaults.persona.isEmpty())
        m_defaults.persona = m_defaults.canonicalPersona(m_defaults.persona);
}

ImportSummary Importer::importFiles(DatasetStore &store, const QStringList &paths)
{
    ImportSummary summary;
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).size();
    qint64 done = 0;
    // One WAL checkpoint at the end instead of one per 1,000 pages: each would copy pages into
    // the database file and sync it while the next chunk waits. The WAL grows meanwhile (about
    // three times the file's size) and is truncated when the import ends.
    QSqlQuery pragma(store.database());
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"));
    for (const QString &path : paths) {
        importFile(store, path, summary, done, total);
        if (summary.cancelled)
            break;
    }
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=1000"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
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
    LineReader reader(file, m_options.maxLineBytes);
    DatasetBulkInserter inserter(store);
    // Lines of this file already stored by an earlier import (stopped, killed, or complete):
    // the same line with the same record is not stored twice. A line whose record differs
    // (the file was edited since) is imported.
    QHash<qint64, QString> stored;
    {
        QSqlQuery q(store.database());
        q.prepare(QStringLiteral("SELECT source_line, dedup_key FROM records WHERE source = ? AND source_line IS NOT NULL"));
        q.addBindValue(source);
        if (q.exec()) {
            while (q.next())
                stored.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
    }
    const ImportFormat::Defaults &defaults = m_defaults;

    auto store_ = [&](ParsedChunk &parsed) -> bool {
        result.blank += parsed.blank;
        result.skipped += parsed.problems.size();
        for (auto it = parsed.formats.cbegin(); it != parsed.formats.cend(); ++it)
            result.formats[it.key()] += it.value();
        summary.problems += parsed.problems;
        if (!stored.isEmpty()) {
            QList<Record> fresh;
            QStringList freshKeys;
            for (qsizetype i = 0; i < parsed.records.size(); ++i) {
                const auto it = stored.constFind(parsed.records[i].sourceLine);
                if (it != stored.cend() && it.value() == parsed.dedupKeys[i]) {
                    ++result.alreadyImported;
                    continue;
                }
                fresh << std::move(parsed.records[i]);
                freshKeys << parsed.dedupKeys[i];
            }
            parsed.records = std::move(fresh);
            parsed.dedupKeys = std::move(freshKeys);
        }
        if (parsed.records.isEmpty())
            return true;
        QString error;
        if (!inserter.insert(parsed.records, parsed.dedupKeys, &error)) {
            result.error = QCoreApplication::translate("Importer", "storing records in %1 failed: %2").arg(QDir::toNativeSeparators(store.path()), error);
            return false;
        }
        result.imported += parsed.records.size();
        for (const Record &r : std::as_const(parsed.records))
            summary.importedByPersona[r.persona] += 1;
        return true;
    };

    QFuture<ParsedChunk> parsing;
    bool failed = false;
    bool more = true;
    while (more && !failed) {
        Chunk chunk;
        chunk.lines.reserve(size_t(m_options.chunkLines));
        while (qsizetype(chunk.lines.size()) < m_options.chunkLines) {
            QByteArrayView line;
            qint64 number = 0;
            const LineReader::Result r = reader.next(line, number);
            if (r == LineReader::Result::End) {
                more = false;
                break;
            }
            if (r == LineReader::Result::ReadError) {
                result.error = QCoreApplication::translate("Importer", "reading failed after line %1: %2").arg(result.lines).arg(file.errorString());
                more = false;
                failed = true;
                break;
            }
            result.lines = number;
            if (r == LineReader::Result::TooLong) {
                summary.problems << ImportProblem{source, number, ImportProblem::Kind::TooLong,
                                                  QCoreApplication::translate("Importer", "line longer than %1 MB, skipped").arg(m_options.maxLineBytes / (1024 * 1024))};
                ++result.skipped;
                continue;
            }
            chunk.lines.push_back(LineRef{chunk.data.size(), line.size(), number});
            chunk.data.append(line.data(), line.size());
        }
        // Parse this chunk on a worker while the previous one is stored here.
        QFuture<ParsedChunk> next = QtConcurrent::run([chunk = std::move(chunk), &defaults, source, now] {
            return parseChunk(chunk, defaults, source, now);
        });
        if (parsing.isValid()) {
            ParsedChunk parsed = parsing.result();
            if (!store_(parsed))
                failed = true;
        }
        parsing = next;
        if (m_progress && !m_progress(bytesBefore + reader.bytesRead(), bytesTotal)) {
            summary.cancelled = true;
            break;
        }
    }
    if (parsing.isValid()) {
        ParsedChunk parsed = parsing.result();
        if (!failed && !summary.cancelled)
            store_(parsed);
    }
    bytesBefore += reader.bytesRead();
    // Over-long lines are reported as they are read, the rest after parsing: sort by line.
    std::stable_sort(summary.problems.begin() + firstProblem, summary.problems.end(),
                     [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    summary.imported += result.imported;
    summary.skipped += result.skipped;
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
