#include "exportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ExportFormats {

QString name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Studio: return QStringLiteral("studio");
    case ExportFormat::OpenAiChat: return QStringLiteral("openai-chat");
    case ExportFormat::ShareGpt: return QStringLiteral("sharegpt");
    case ExportFormat::Alpaca: return QStringLiteral("alpaca");
    case ExportFormat::HfMessages: return QStringLiteral("hf-messages");
    case ExportFormat::Preference: return QStringLiteral("dpo");
    }
    return QString();
}

std::optional<ExportFormat> fromName(const QString &text)
{
    for (ExportFormat f : {ExportFormat::Studio, ExportFormat::OpenAiChat, ExportFormat::ShareGpt, ExportFormat::Alpaca, ExportFormat::HfMessages,
                           ExportFormat::Preference}) {
        if (name(f) == text)
            return f;
    }
    return std::nullopt;
}

QStringList names()
{
    return {QStringLiteral("studio"), QStringLiteral("openai-chat"), QStringLiteral("sharegpt"), QStringLiteral("alpaca"),
            QStringLiteral("hf-messages"), QStringLiteral("dpo")};
}

bool isChat(ExportFormat format)
{
    return format == ExportFormat::OpenAiChat || format == ExportFormat::HfMessages;
}

bool needsEdit(ExportFormat format)
{
    return format == ExportFormat::Preference;
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out += '"';
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xF];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

QList<Turn> turnsOf(const Record &record)
{
    QList<Turn> turns;
    if (!record.dialogue.isEmpty()) {
        const QJsonArray array = QJsonDocument::fromJson(record.dialogue.toUtf8()).array();
        for (const QJsonValue &v : array) {
            const QJsonObject m = v.toObject();
            const QString role = m.value(QLatin1String("role")).toString();
            if (role == QLatin1String("system"))
                continue;
            const QJsonValue weight = m.value(QLatin1String("weight"));
            turns << Turn{role, m.value(QLatin1String("content")).toString(), weight.isDouble() ? weight.toInt(-1) : -1};
        }
        // The reviewer's edit replaces the reply the record stands for: the last assistant turn.
        if (!record.editedOutput.isEmpty()) {
            for (qsizetype i = turns.size() - 1; i >= 0; --i) {
                if (turns[i].role == QLatin1String("assistant")) {
                    turns[i].content = record.editedOutput;
                    break;
                }
            }
        }
    }
    if (turns.isEmpty())
        turns = {Turn{QStringLiteral("user"), record.input}, Turn{QStringLiteral("assistant"), record.finalOutput()}};
    return turns;
}

namespace {

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

// `weights`: each message's "weight" as imported, for the formats that have it (OpenAI's, and
// the studio's own dialogue, so that it goes through an export and an import again).
void appendMessages(QByteArray &out, const QList<Turn> &turns, const QString &system, const char *roleKey, const char *contentKey,
                    bool shareGpt, bool weights = false)
{
    out += '[';
    bool first = true;
    auto add = [&](const QString &role, const QString &content, int weight = -1) {
        if (!first)
            out += ',';
        first = false;
        out += '{';
        appendKey(out, roleKey);
        appendJsonString(out, role);
        out += ',';
        appendKey(out, contentKey);
        appendJsonString(out, content);
        if (weights && weight >= 0) {
            out += ',';
            appendKey(out, "weight");
            out += QByteArray::number(weight);
        }
        out += '}';
    };
    if (!system.isEmpty())
        add(QStringLiteral("system"), system);
    for (const Turn &t : turns) {
        QString role = t.role;
        if (shareGpt) {
            if (role == QLatin1String("user"))
                role = QStringLiteral("human");
            else if (role == QLatin1String("assistant"))
                role = QStringLiteral("gpt");
        }
        add(role, t.content, t.weight);
    }
    out += ']';
}

// ,"persona":…,"category":… — extra columns trainers ignore and training scripts filter by.
void appendPersonaColumns(QByteArray &out, const Record &record)
{
    out += ',';
    appendKey(out, "persona");
    appendJsonString(out, record.persona);
    out += ',';
    appendKey(out, "category");
    appendJsonString(out, record.category);
}

} // namespace

QByteArray line(ExportFormat format, const Record &record, const QString &systemMessage)
{
    QByteArray out;
    out.reserve(record.input.size() + record.output.size() + 256);
    out += '{';
    switch (format) {
    case ExportFormat::Studio:
        appendKey(out, "persona");
        appendJsonString(out, record.persona);
        out += ',';
        appendKey(out, "category");
        appendJsonString(out, record.category);
        out += ',';
        appendKey(out, "instruction");
        appendJsonString(out, record.instruction);
        out += ',';
        appendKey(out, "input");
        appendJsonString(out, record.input);
        out += ',';
        appendKey(out, "output");
        appendJsonString(out, record.finalOutput());
        if (!record.dialogue.isEmpty()) {
            out += ',';
            appendKey(out, "dialogue");
            appendMessages(out, turnsOf(record), QString(), "role", "content", false, true);
        }
        break;
    case ExportFormat::OpenAiChat:
    case ExportFormat::HfMessages:
        appendKey(out, "messages");
        appendMessages(out, turnsOf(record), systemMessage, "role", "content", false, format == ExportFormat::OpenAiChat);
        if (format == ExportFormat::HfMessages) {
            // Extra columns: TRL and axolotl read "messages" and ignore the rest; they let a
            // training script filter or weight by character.
            appendPersonaColumns(out, record);
        }
        break;
    case ExportFormat::Preference: {
        // TRL's conversational preference shape: the conversation up to the reply, then the
        // reply as the reviewer wrote it (chosen) and as it was generated (rejected).
        QList<Turn> prompt = turnsOf(record);
        if (!prompt.isEmpty() && prompt.constLast().role == QLatin1String("assistant"))
            prompt.removeLast();
        appendKey(out, "prompt");
        appendMessages(out, prompt, systemMessage, "role", "content", false);
        out += ',';
        appendKey(out, "chosen");
        appendMessages(out, {Turn{QStringLiteral("assistant"), record.finalOutput()}}, QString(), "role", "content", false);
        out += ',';
        appendKey(out, "rejected");
        appendMessages(out, {Turn{QStringLiteral("assistant"), record.output}}, QString(), "role", "content", false);
        appendPersonaColumns(out, record);
        break;
    }
    case ExportFormat::ShareGpt:
        appendKey(out, "conversations");
        appendMessages(out, turnsOf(record), systemMessage, "from", "value", true);
        break;
    case ExportFormat::Alpaca: {
        const QList<Turn> turns = turnsOf(record);
        appendKey(out, "instruction");
        appendJsonString(out, record.instruction.isEmpty() ? systemMessage : record.instruction);
        out += ',';
        appendKey(out, "input");
        appendJsonString(out, record.input);
        out += ',';
        appendKey(out, "output");
        appendJsonString(out, record.finalOutput());
        // LLaMA-Factory's alpaca "history": the exchanges before the last one, as [user, reply].
        if (turns.size() > 2) {
            qsizetype lastUser = turns.size();
            for (qsizetype i = turns.size() - 1; i >= 0; --i) {
                if (turns[i].role == QLatin1String("user")) {
                    lastUser = i;
                    break;
                }
            }
            QList<std::pair<QString, QString>> history;
            QString pendingUser;
            for (qsizetype i = 0; i < lastUser; ++i) {
                if (turns[i].role == QLatin1String("user"))
                    pendingUser = turns[i].content;
                else if (turns[i].role == QLatin1String("assistant"))
                    history.append({pendingUser, turns[i].content});
            }
            out += ',';
            appendKey(out, "history");
            out += '[';
            for (qsizetype i = 0; i < history.size(); ++i) {
                if (i)
                    out += ',';
                out += '[';
                appendJsonString(out, history[i].first);
                out += ',';
                appendJsonString(out, history[i].second);
                out += ']';
            }
            out += ']';
        }
        break;
    }
    }
    out += "}\n";
    return out;
}

} // namespace ExportFormats
