// Fuzzes the JSONL line reader of every import format. Each line goes through the fast path for
// flat string objects and through QJsonDocument + toRecord(); where the fast path says it
// handled a line, both must give the same record (a differential oracle, not just "no crash").
// The UTF-8 path for studio records must agree with the fast path wherever it takes a line.
// Input that looks like a SillyTavern chat is read whole too: every problem on one of its lines,
// a record only with a persona and a reply.

#include "dataset/chatlogreader.h"
#include "dataset/importformat.h"
#include "util/utf8.h"

#include <QBuffer>
#include <QJsonDocument>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ImportFormat::Defaults defaults = [] {
        ImportFormat::Defaults d;
        d.addKnownPersona(QStringLiteral("Glordon"));
        d.addKnownPersona(QStringLiteral("Olga Solis"));
        return d;
    }();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &rawLine : bytes.split('\n')) {
        QByteArray line = rawLine;
        if (line.endsWith('\r'))
            line.chop(1);
        if (!QString::fromUtf8(line).toUtf8().isEmpty() && QString::fromUtf8(line).toUtf8() != line)
            continue; // not valid UTF-8: the importer reports such lines before parsing them

        Record slow;
        QString slowReason;
        bool slowOk = false;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            slowOk = ImportFormat::toRecord(doc.object(), defaults, slow, slowReason);

        Record fast;
        QString fastReason;
        bool handled = false;
        ImportFormat::Kind kind = ImportFormat::Kind::Unknown;
        const bool fastOk = ImportFormat::toRecordFast(line, defaults, fast, fastReason, &kind, &handled);
        QHash<QByteArray, QByteArray> spellings;
        QByteArray out;
        ImportFormat::Utf8Fields f;
        if (ImportFormat::studioRecordUtf8(line, defaults, spellings, out, f)) {
            auto field = [&](int i) { return Utf8::toString(QByteArrayView(out.constData() + f.offset[i], f.size[i])); };
            if (!handled || !fastOk || kind != ImportFormat::Kind::Studio || field(ImportFormat::Utf8Fields::Persona) != fast.persona
                || field(ImportFormat::Utf8Fields::Category) != fast.category || field(ImportFormat::Utf8Fields::Instruction) != fast.instruction
                || field(ImportFormat::Utf8Fields::Input) != fast.input || field(ImportFormat::Utf8Fields::Output) != fast.output)
                std::abort();
        } else if (!out.isEmpty()) {
            std::abort();
        }
        if (!handled)
            continue;
        if (fastOk != slowOk)
            std::abort();
        if (fastOk && (fast.persona != slow.persona || fast.category != slow.category || fast.input != slow.input
                       || fast.output != slow.output || fast.instruction != slow.instruction))
            std::abort();
    }

    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    if (ChatLogReader::startsWithChatLog(buffer)) {
        const ChatLogReader::Result chat = ChatLogReader::read(buffer, QStringLiteral("chat.jsonl"), 1024 * 1024, defaults);
        if (!chat.error.isEmpty())
            std::abort();
        for (const ImportProblem &p : chat.problems) {
            if (p.line < 1 || p.line > chat.lines || p.reason.isEmpty())
                std::abort();
        }
        for (const Record &record : chat.records) {
            if (record.persona.isEmpty() || record.output.trimmed().isEmpty() || chat.recordLine < 1 || chat.recordLine > chat.lines)
                std::abort();
        }
    }
    return 0;
}
