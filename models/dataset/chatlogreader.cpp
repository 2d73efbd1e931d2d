#include "chatlogreader.h"

#include "util/utf8.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

// Not a record of another shape that happens to have such a key.
bool isHeader(const QJsonObject &o)
{
    return !o.contains(QLatin1String("mes")) && ImportFormat::detect(o) == ImportFormat::Kind::Unknown
        && ((o.value(QLatin1String("character_name")).isString() && o.value(QLatin1String("user_name")).isString())
            || o.value(QLatin1String("chat_metadata")).isObject());
}

bool isMessage(const QJsonObject &o)
{
    return o.contains(QLatin1String("mes")) && o.value(QLatin1String("is_user")).isBool() && ImportFormat::detect(o) == ImportFormat::Kind::Unknown;
}

// A name the header or a message gives, or nothing: SillyTavern writes "unused" in the header
// since version 1.12.
QString nameOf(const QJsonObject &o, QLatin1String key)
{
    const QString name = o.value(key).toString().trimmed();
    return name == QLatin1String("unused") ? QString() : name;
}

} // namespace

bool ChatLogReader::startsWithChatLog(QIODevice &device)
{
    const QByteArray head = device.peek(1024 * 1024);
    qsizetype at = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // The header may be broken; then the next lines, messages, tell.
    for (int objects = 0; objects < 3 && at < head.size();) {
        qsizetype end = head.indexOf('\n', at);
        if (end < 0) {
            if (head.size() == 1024 * 1024)
                return false;   // a first line longer than the peek: no chat header is
            end = head.size();
        }
        const QByteArrayView line = QByteArrayView(head).sliced(at, end - at).trimmed();
        at = end + 1;
        if (line.isEmpty())
            continue;
        ++objects;
        if (!line.startsWith('{'))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line.toByteArray()).object();
        if (isHeader(o) || isMessage(o))
            return true;
    }
    return false;
}

ChatLogReader::Result ChatLogReader::read(QIODevice &device, const QString &source, qsizetype maxBytes, const ImportFormat::Defaults &defaults)
{
    Result result;
    QByteArray data;
    for (;;) {
        const qsizetype old = data.size();
        const qsizetype block = 1024 * 1024;
        data.resize(old + block);
        const qint64 got = device.read(data.data() + old, block);
        if (got < 0) {
            result.error = QCoreApplication::translate("ChatLogReader", "reading the chat failed: %1").arg(device.errorString());
            return result;
        }
        data.resize(old + got);
        if (got == 0)
            break;
        if (data.size() > maxBytes) {
            result.error = QCoreApplication::translate("ChatLogReader", "a chat longer than %1 MB is not read").arg(maxBytes / (1024 * 1024));
            return result;
        }
    }
    result.bytesRead = data.size();

    auto problem = [&](qint64 line, ImportProblem::Kind kind, const QString &reason) {
        result.problems << ImportProblem{source, line, kind, reason};
    };
    struct Said
    {
        bool fromUser;
        QString name;
        QString text;
    };
    QList<Said> said;
    QString characterName;      // the header's
    QStringList speakers;       // the characters' names in their messages, each once
    bool first = true;          // no object read yet
    qsizetype at = 0;
    while (at < data.size()) {
        qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            end = data.size();
        const qint64 number = ++result.lines;
        QByteArrayView line = QByteArrayView(data).sliced(at, end - at);
        at = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (number == 1 && line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
        if (Utf8::isBlank(line)) {
            ++result.blank;
            continue;
        }
        if (const qsizetype bad = Utf8::invalidAt(line.data(), line.size()); bad >= 0) {
            problem(number, ImportProblem::Kind::InvalidUtf8, QCoreApplication::translate("Importer", "invalid UTF-8 at byte %1").arg(bad + 1));
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            problem(number, ImportProblem::Kind::InvalidJson,
                    QCoreApplication::translate("Importer", "not valid JSON: %1 at column %2").arg(error.errorString()).arg(error.offset + 1));
            continue;
        }
        if (!doc.isObject()) {
            problem(number, ImportProblem::Kind::NotAnObject, QCoreApplication::translate("Importer", "not a JSON object"));
            continue;
        }
        const QJsonObject o = doc.object();
        if (first) {
            first = false;
            result.recordLine = number;
            if (isHeader(o)) {
                characterName = nameOf(o, QLatin1String("character_name"));
                continue;
            }
        }
        const QJsonValue mes = o.value(QLatin1String("mes"));
        if (!mes.isString()) {
            problem(number, ImportProblem::Kind::NotARecord, QCoreApplication::translate("ChatLogReader", "not a message of the chat: \"mes\" is missing or not text"));
            continue;
        }
        // Hidden from the prompt (a comment, a message the user hid) and the narrator's lines
        // (SillyTavern's /sys): neither the user's nor the character's words.
        if (o.value(QLatin1String("is_system")).toBool()
            || o.value(QLatin1String("extra")).toObject().value(QLatin1String("type")).toString() == QLatin1String("narrator"))
            continue;
        if (mes.toString().trimmed().isEmpty()) {
            problem(number, ImportProblem::Kind::NotARecord, QCoreApplication::translate("ChatLogReader", "the message has no text: the chat is read without it"));
            continue;
        }
        const bool fromUser = o.value(QLatin1String("is_user")).toBool();
        const QString name = nameOf(o, QLatin1String("name"));
        if (!fromUser && !name.isEmpty() && !speakers.contains(name))
            speakers << name;
        said << Said{fromUser, name, mes.toString()};
    }
    if (first)
        return result;   // nothing but blank lines and problems

    auto chatProblem = [&](const QString &reason) {
        problem(result.recordLine, ImportProblem::Kind::NotARecord, reason);
    };
    if (said.isEmpty()) {
        chatProblem(QCoreApplication::translate("ChatLogReader", "the chat has no messages"));
        return result;
    }
    QString reason;
    if (speakers.size() <= 1) {
        QList<ImportFormat::ChatMessage> messages;
        for (const Said &s : said)
            messages << ImportFormat::ChatMessage{s.fromUser, s.text};
        Record record;
        QString leftOut;
        if (ImportFormat::chatRecord(messages, characterName.isEmpty() ? speakers.value(0) : characterName, defaults, record, reason, &leftOut)) {
            result.records << record;
            result.leftOut << leftOut;
        } else {
            chatProblem(reason);
        }
        return result;
    }
    // A group chat: a record for each character, its own messages the replies and everyone
    // else's what it answers, each with its speaker's name as SillyTavern prompts them.
    // The character who spoke last: what the user wrote after it is in no record, and said.
    QString lastSpeaker;
    for (qsizetype i = said.size() - 1; i >= 0 && lastSpeaker.isEmpty(); --i) {
        if (!said.at(i).fromUser)
            lastSpeaker = said.at(i).name;
    }
    for (const QString &speaker : std::as_const(speakers)) {
        QList<ImportFormat::ChatMessage> messages;
        for (const Said &s : said) {
            const bool own = !s.fromUser && s.name == speaker;
            messages << ImportFormat::ChatMessage{!own, own || s.name.isEmpty() ? s.text : s.name + QStringLiteral(": ") + s.text};
        }
        Record record;
        // Each character's record ends at its own last reply: what others said after it is in
        // their records, not left out of the chat — but for the last speaker's.
        QString leftOut;
        if (ImportFormat::chatRecord(messages, speaker, defaults, record, reason, speaker == lastSpeaker ? &leftOut : nullptr)) {
            result.records << record;
            result.leftOut << leftOut;
        } else {
            chatProblem(QCoreApplication::translate("ChatLogReader", "%1 in this group chat: %2").arg(speaker, reason));
        }
    }
    return result;
}
