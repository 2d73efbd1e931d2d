#include "importformat.h"

#include "sheet/charactersheet.h"
#include "util/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ImportFormat {

namespace {

struct Turn
{
    QString role;   // system, user or assistant
    QString content;
    int weight = -1;   // OpenAI's "weight" of an assistant message (0: not trained on); -1: none
    QString name = {};   // OpenAI's optional participant "name"
};

// OpenAI content is a string or, for multi-part messages, an array of {type: "text", text}.
// A part of another type (an image, audio, a file) sets `otherPart` to its type.
QString contentText(const QJsonValue &value, bool *ok, QString *otherPart = nullptr)
{
    *ok = true;
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        // OpenAI's content parts ({"type": "text", "text": …}); a part written as plain text or
        // as {"text": …} without a type is text too. Any other part with a type (an image, a
        // sound, a file) is named; a part that is neither makes the content "not text".
        QString joined;
        for (const QJsonValue &part : value.toArray()) {
            if (part.isString()) {
                joined += part.toString();
                continue;
            }
            const QJsonObject o = part.toObject();
            const QString type = o.value(QLatin1String("type")).toString();
            if (type == QLatin1String("text") || (type.isEmpty() && o.value(QLatin1String("text")).isString())) {
                joined += o.value(QLatin1String("text")).toString();
            } else if (!type.isEmpty()) {
                if (otherPart && otherPart->isEmpty())
                    *otherPart = type;
            } else {
                *ok = false;
                return QString();
            }
        }
        return joined;
    }
    if (value.isNull() || value.isUndefined())
        return QString();
    *ok = false;
    return QString();
}

QString stringField(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

// metadata.character, metadata.persona, then the same keys at the top level, then PIPPA's
// "bot_name" (the character a role-play conversation was held with).
QString personaFromKeys(const QJsonObject &o)
{
    const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
    for (const QJsonObject *source : {&metadata, &o}) {
        for (const char *key : {"character", "persona"}) {
            const QString value = source->value(QLatin1String(key)).toString().trimmed();
            if (!value.isEmpty())
                return value;
        }
    }
    return o.value(QLatin1String("bot_name")).toString().trimmed();
}

QString categoryFromKeys(const QJsonObject &o)
{
    const QString top = o.value(QLatin1String("category")).toString();
    if (!top.isEmpty())
        return top;
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("category")).toString();
}

QString dialogueJson(const QList<Turn> &turns)
{
    QJsonArray array;
    for (const Turn &t : turns) {
        QJsonObject message{{QStringLiteral("role"), t.role}, {QStringLiteral("content"), t.content}};
        if (t.weight >= 0)
            message.insert(QStringLiteral("weight"), t.weight);
        array.append(message);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A conversation → instruction (first system message), input (last user message before the last
// reply), output (the last non-empty assistant reply) and, when it is more than one exchange,
// the whole conversation as dialogue. What of the conversation the record cannot hold — more
// system messages, messages after the last reply — is said in `leftOut`, when given.
bool fromTurns(const QList<Turn> &turns, Record &record, QString &reason, QString *leftOut = nullptr)
{
    QList<Turn> body;
    bool haveSystem = false;
    int laterSystem = 0;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const Turn &t = turns.at(i);
        if (t.role == QLatin1String("system")) {
            // An empty system message (a dataset's empty "system" column) says nothing.
            if (t.content.trimmed().isEmpty())
                continue;
            if (!haveSystem) {
                record.instruction = t.content;
                haveSystem = true;
            } else if (t.content != record.instruction) {
                ++laterSystem;
            }
        } else if (t.content.trimmed().isEmpty()) {
            // A trainer refuses a message without text, and the export's validator with it.
            reason = QCoreApplication::translate("ImportFormat", "message %1 (%2) has no text").arg(i + 1).arg(t.role);
            return false;
        } else if (!body.isEmpty() && body.constLast().role == t.role && body.constLast().weight == t.weight && body.constLast().name == t.name) {
            // One speaker's messages in a row (a character answering in several, as role-play
            // chats do) are one turn: chat templates and LLaMA-Factory need the roles to
            // alternate, and the record's reply is all the character said.
            body.last().content += QStringLiteral("\n\n") + t.content;
        } else {
            body << t;
        }
    }
    qsizetype lastReply = -1;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        if (body[i].role == QLatin1String("assistant") && !body[i].content.isEmpty()) {
            lastReply = i;
            break;
        }
    }
    if (lastReply < 0) {
        reason = QCoreApplication::translate("ImportFormat", "the conversation has no assistant reply");
        return false;
    }
    // The record stands for its last reply: messages after it (a chat the user left after
    // writing, as role-play logs end) would be trained on as if that reply answered them.
    // Counted as written (one speaker's messages in a row were joined above).
    qsizetype after = 0;
    for (qsizetype i = turns.size() - 1; i >= 0 && turns.at(i).role != QLatin1String("assistant"); --i) {
        if (turns.at(i).role != QLatin1String("system"))
            ++after;
    }
    body.resize(lastReply + 1);
    qsizetype lastUser = -1;
    for (qsizetype i = lastReply - 1; i >= 0; --i) {
        if (body[i].role == QLatin1String("user")) {
            lastUser = i;
            break;
        }
    }
    if (lastUser < 0) {
        reason = QCoreApplication::translate("ImportFormat", "the conversation has no user message before the assistant's reply");
        return false;
    }
    record.input = body[lastUser].content;
    record.output = body[lastReply].content;
    // A weight of 0 is kept with the conversation, so that an export for OpenAI still leaves
    // that reply out of the training.
    const bool weighted = std::any_of(body.cbegin(), body.cend(), [](const Turn &t) { return t.weight == 0; });
    const bool singleExchange = body.size() == 2 && lastUser == 0 && lastReply == 1;
    if (!singleExchange || weighted)
        record.dialogue = dialogueJson(body);
    if (leftOut) {
        QStringList parts;
        if (laterSystem > 0)
            parts << QCoreApplication::translate("ImportFormat", "%n system message(s) after the first left out", nullptr, laterSystem);
        if (after > 0)
            parts << QCoreApplication::translate("ImportFormat", "%n message(s) after the last reply left out", nullptr, int(after));
        *leftOut = parts.join(QStringLiteral("; "));
    }
    return true;
}

// Why message `index` cannot be kept, or nothing. Tool calls and their results (OpenAI's
// "tool_calls" and "tool" messages, the older "function" ones, glaive's "function_call" /
// "observation", Llama's "ipython"): a record keeps a conversation of text, and an export with
// them would be refused by the validator. Other roles than system, user and assistant neither.
QString roleProblem(const QString &role, int index, bool callsTools)
{
    if (callsTools || role == QLatin1String("tool") || role == QLatin1String("function") || role == QLatin1String("function_call")
        || role == QLatin1String("observation") || role == QLatin1String("ipython"))
        return QCoreApplication::translate("ImportFormat", "message %1 is a tool call or its result: the studio keeps conversations of text only").arg(index);
    if (role != QLatin1String("system") && role != QLatin1String("user") && role != QLatin1String("assistant"))
        return QCoreApplication::translate("ImportFormat", "message %1 has the role \"%2\": the studio reads system, user and assistant messages")
            .arg(index)
            .arg(role);
    return QString();
}

bool readChatMessages(const QJsonArray &messages, QLatin1String roleKey, QLatin1String contentKey, bool shareGpt,
                      QList<Turn> &turns, QString &reason)
{
    int index = 0;
    for (const QJsonValue &value : messages) {
        ++index;
        if (!value.isObject()) {
            reason = QCoreApplication::translate("ImportFormat", "message %1 is not an object").arg(index);
            return false;
        }
        const QJsonObject m = value.toObject();
        // PIPPA's role-play conversations: {"message": …, "is_human": true} — the human's
        // messages and the character's replies.
        if (const QJsonValue human = m.value(QLatin1String("is_human")); human.isBool() && !m.contains(QLatin1String("role")) && !m.contains(QLatin1String("from"))) {
            bool ok = true;
            const QString content = contentText(m.value(QLatin1String("message")), &ok);
            if (!ok) {
                reason = QCoreApplication::translate("ImportFormat", "message %1: \"%2\" is not text").arg(index).arg(QLatin1String("message"));
                return false;
            }
            turns << Turn{human.toBool() ? QStringLiteral("user") : QStringLiteral("assistant"), content};
            continue;
        }
        // Datasets mix the two conventions: ShareGPT's "from"/"value" in "messages", OpenAI's
        // "role"/"content" in "conversations" (LLaMA-Factory and many Hugging Face datasets).
        const QLatin1String otherRoleKey = shareGpt ? QLatin1String("role") : QLatin1String("from");
        const QLatin1String otherContentKey = shareGpt ? QLatin1String("content") : QLatin1String("value");
        const bool other = !m.contains(roleKey) && m.value(otherRoleKey).isString();
        const QJsonValue roleValue = m.value(other ? otherRoleKey : roleKey);
        if (!roleValue.isString()) {
            reason = QCoreApplication::translate("ImportFormat", "message %1 has no \"%2\"").arg(index).arg(roleKey);
            return false;
        }
        QString role = roleValue.toString();
        if (role == QLatin1String("human"))
            role = QStringLiteral("user");
        else if (role == QLatin1String("gpt") || role == QLatin1String("chatgpt") || role == QLatin1String("bot") || role == QLatin1String("model"))
            role = QStringLiteral("assistant");
        else if (role == QLatin1String("developer"))   // OpenAI's newer name for the system message
            role = QStringLiteral("system");
        const auto present = [&m](const char *key) {
            const QJsonValue v = m.value(QLatin1String(key));
            return !v.isUndefined() && !v.isNull() && !(v.isArray() && v.toArray().isEmpty());
        };
        reason = roleProblem(role, index, present("tool_calls") || present("function_call"));
        if (!reason.isEmpty())
            return false;
        bool ok = true;
        const QLatin1String usedContentKey = other ? otherContentKey : contentKey;
        QString otherPart;
        const QString content = contentText(m.value(usedContentKey), &ok, &otherPart);
        if (!ok) {
            reason = QCoreApplication::translate("ImportFormat", "message %1: \"%2\" is not text").arg(index).arg(usedContentKey);
            return false;
        }
        // An image or a sound the reply speaks of: without it the record would answer nothing.
        if (!otherPart.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "message %1 holds a part of type \"%2\" (an image, a sound or a file): "
                                                                 "the studio keeps conversations of text only")
                         .arg(index)
                         .arg(otherPart);
            return false;
        }
        // OpenAI's weight: 0 or 1 on an assistant message (another value would make the export
        // refused; on another message it has no meaning and is dropped).
        const QJsonValue weight = m.value(QLatin1String("weight"));
        const bool weighted = role == QLatin1String("assistant") && !weight.isUndefined() && !weight.isNull();
        if (weighted && !(weight.isDouble() && (weight.toDouble() == 0 || weight.toDouble() == 1))) {
            reason = QCoreApplication::translate("ImportFormat", "message %1: \"weight\" must be 0 or 1").arg(index);
            return false;
        }
        turns << Turn{role, content, weighted ? weight.toInt(-1) : -1, m.value(QLatin1String("name")).toString()};
    }
    if (turns.isEmpty()) {
        reason = QCoreApplication::translate("ImportFormat", "the conversation is empty");
        return false;
    }
    return true;
}

bool dialogueFromValue(const QJsonValue &value, QList<Turn> &turns, QString &reason)
{
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isString()) {
        QJsonParseError error;
        array = QJsonDocument::fromJson(value.toString().toUtf8(), &error).array();
        if (error.error != QJsonParseError::NoError) {
            reason = QCoreApplication::translate("ImportFormat", "\"dialogue\" is not a JSON array of messages");
            return false;
        }
    } else {
        reason = QCoreApplication::translate("ImportFormat", "\"dialogue\" is not a list of messages");
        return false;
    }
    return readChatMessages(array, QLatin1String("role"), QLatin1String("content"), false, turns, reason);
}

// What every shape does last: a reply with text; the persona from the line, --persona or the
// instruction; the project's spelling of it; a user message (the instruction, when the line
// has only that, as Alpaca's do); the default category. A trainer refuses a message without
// text, and the export's validator with it.
bool finish(QString persona, const Defaults &defaults, Record &record, QString &reason)
{
    if (record.output.trimmed().isEmpty()) {
        reason = QCoreApplication::translate("ImportFormat", "the reply has no text");
        return false;
    }
    if (persona.isEmpty())
        persona = defaults.persona;
    if (persona.isEmpty())
        persona = personaFromSystemText(record.instruction, defaults);
    if (persona.isEmpty())
        persona = defaults.fallbackPersona;
    if (persona.isEmpty()) {
        reason = noPersonaReason();
        return false;
    }
    record.persona = defaults.canonicalPersona(persona);
    if (record.input.trimmed().isEmpty()) {
        if (record.instruction.trimmed().isEmpty() || !record.dialogue.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "the record has no user message (\"input\" is empty)");
            return false;
        }
        record.input = record.instruction;
        record.instruction.clear();
    }
    if (record.category.isEmpty())
        record.category = defaults.category;
    return true;
}

// A conversation written as a transcript, "\n\nHuman: …\n\nAssistant: …" (Anthropic's HH-RLHF
// and the datasets made from it) or "### Human: … ### Assistant: …" (OpenAssistant Guanaco).
// No turns when the text has no "Human:" turn at its start.
QList<Turn> turnsFromTranscript(const QString &text)
{
    QList<Turn> turns;
    thread_local const QRegularExpression speaker(QStringLiteral(R"((?:###[ \t]*|^|\n\n)(Human|Assistant):[ \t]?)"));
    QRegularExpressionMatchIterator it = speaker.globalMatch(text);
    if (!it.hasNext())
        return turns;
    QRegularExpressionMatch m = it.next();
    if (m.captured(1) != QLatin1String("Human") || !text.left(m.capturedStart(0)).trimmed().isEmpty())
        return turns;
    for (;;) {
        const bool more = it.hasNext();
        const QRegularExpressionMatch next = more ? it.next() : QRegularExpressionMatch();
        const qsizetype end = more ? next.capturedStart(0) : text.size();
        turns << Turn{m.captured(1) == QLatin1String("Human") ? QStringLiteral("user") : QStringLiteral("assistant"),
                      text.mid(m.capturedEnd(0), end - m.capturedEnd(0)).trimmed()};
        if (!more)
            break;
        m = next;
    }
    return turns;
}

// A conversation written out in a chat template, as supervised fine-tuning datasets prepared
// for a local trainer keep it ({"text": "…"}): ChatML (<|im_start|>role … <|im_end|>: Qwen and
// many fine-tunes), Llama 3 (<|start_header_id|>role<|end_header_id|> … <|eot_id|>), Gemma
// (<start_of_turn>user … <end_of_turn>, "model" answering) and Mistral / Llama 2
// ([INST] … [/INST] reply </s>, a <<SYS>> block in the first one), and Alpaca's prompt template.
// No turns: not one of these.
QList<Turn> turnsFromChatText(const QString &text)
{
    QList<Turn> turns;
    auto role = [](const QString &name) {
        return name == QLatin1String("model") || name == QLatin1String("gpt") ? QStringLiteral("assistant") : name;
    };
    auto collect = [&](const QRegularExpression &pattern) {
        for (QRegularExpressionMatchIterator it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            turns << Turn{role(m.captured(1)), m.captured(2).trimmed()};
        }
        return !turns.isEmpty();
    };
    // thread_local: the importer parses on several threads at once.
    using RE = QRegularExpression;
    thread_local const RE chatMl(QStringLiteral(R"(<\|im_start\|>(\w+)[^\S\n]*\n(.*?)(?:<\|im_end\|>|(?=<\|im_start\|>)|$))"), RE::DotMatchesEverythingOption);
    thread_local const RE llama3(QStringLiteral(R"(<\|start_header_id\|>(\w+)<\|end_header_id\|>(.*?)(?:<\|eot_id\|>|(?=<\|start_header_id\|>)|$))"), RE::DotMatchesEverythingOption);
    thread_local const RE gemma(QStringLiteral(R"(<start_of_turn>(\w+)[^\S\n]*\n(.*?)(?:<end_of_turn>|(?=<start_of_turn>)|$))"), RE::DotMatchesEverythingOption);
    if (collect(chatMl) || collect(llama3) || collect(gemma))
        return turns;
    // Alpaca's prompt template ("Below is an instruction…", "### Instruction:", an optional
    // "### Input:", "### Response:"), read as the Alpaca line it was written from.
    thread_local const RE alpaca(QStringLiteral(R"(###\s*Instruction:\s*(.*?)\s*(?:###\s*Input:\s*(.*?)\s*)?###\s*Response:\s*(.*?)\s*(?:</s>\s*)?$)"),
                                 RE::DotMatchesEverythingOption);
    if (const QRegularExpressionMatch m = alpaca.match(text); m.hasMatch()) {
        const QString instruction = m.captured(1);
        const QString input = m.captured(2);
        if (!input.isEmpty())
            turns << Turn{QStringLiteral("system"), instruction} << Turn{QStringLiteral("user"), input};
        else
            turns << Turn{QStringLiteral("user"), instruction};
        if (!m.captured(3).isEmpty())
            turns << Turn{QStringLiteral("assistant"), m.captured(3)};
        return turns;
    }
    // Transcripts: "### Human: … ### Assistant: …", "\n\nHuman: …\n\nAssistant: …".
    if (text.contains(QLatin1String("Human:"))) {
        turns = turnsFromTranscript(text);
        if (!turns.isEmpty())
            return turns;
    }
    thread_local const RE inst(QStringLiteral(R"(\[INST\](.*?)\[/INST\](.*?)(?:</s>|(?=\[INST\])|(?=<s>)|$))"), RE::DotMatchesEverythingOption);
    thread_local const RE sys(QStringLiteral(R"(<<SYS>>(.*?)<</SYS>>)"), RE::DotMatchesEverythingOption);
    for (QRegularExpressionMatchIterator it = inst.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString user = m.captured(1);
        if (turns.isEmpty()) {
            if (const QRegularExpressionMatch s = sys.match(user); s.hasMatch()) {
                turns << Turn{QStringLiteral("system"), s.captured(1).trimmed()};
                user.remove(s.capturedStart(0), s.capturedLength(0));
            }
        }
        turns << Turn{QStringLiteral("user"), user.trimmed()};
        if (const QString reply = m.captured(2).trimmed(); !reply.isEmpty())
            turns << Turn{QStringLiteral("assistant"), reply};
    }
    return turns;
}

QString unknownShapeReason()
{
    return QCoreApplication::translate("ImportFormat", "not a record: no \"messages\", \"conversations\", \"output\", \"response\", \"text\" "
                                                       "or \"prompt\" and \"completion\" keys");
}

// Earlier exchanges as [[user, assistant], …] (LLaMA-Factory's alpaca variant, ms-swift's
// query / response lines): the record's dialogue, its own exchange last.
void historyColumn(const QJsonObject &o, Record &record)
{
    const QJsonArray history = o.value(QLatin1String("history")).toArray();
    if (history.isEmpty())
        return;
    QList<Turn> turns;
    for (const QJsonValue &pair : history) {
        const QJsonArray p = pair.toArray();
        turns << Turn{QStringLiteral("user"), p.at(0).toString()} << Turn{QStringLiteral("assistant"), p.at(1).toString()};
    }
    turns << Turn{QStringLiteral("user"), record.input} << Turn{QStringLiteral("assistant"), record.output};
    record.dialogue = dialogueJson(turns);
}

// LLaMA-Factory's "system" column (in Alpaca and instruction/response lines) is the system
// prompt: the record's instruction when the line has no other (a classic line's
// "instruction" is its user message), and it may name the character.
void systemColumn(const QJsonObject &o, const Defaults &defaults, Record &record, QString &persona)
{
    const QJsonValue system = o.value(QLatin1String("system"));
    if (!system.isString())
        return;
    if (record.instruction.isEmpty())
        record.instruction = system.toString();
    if (persona.isEmpty())
        persona = personaFromSystemText(system.toString(), defaults);
}

bool alpacaFields(Record &record, QString &reason)
{
    // Classic Alpaca puts the whole request in "instruction" and leaves "input" empty; the
    // user message is then the instruction.
    if (record.input.isEmpty()) {
        record.input = record.instruction;
        record.instruction.clear();
    }
    if (record.input.isEmpty()) {
        reason = QCoreApplication::translate("ImportFormat", "\"instruction\" and \"input\" are both empty");
        return false;
    }
    return true;
}

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool readHex4(const char *p, const char *end, char32_t &out)
{
    if (end - p < 4)
        return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
        const int v = hexValue(p[i]);
        if (v < 0)
            return false;
        out = out * 16 + char32_t(v);
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// Appends the JSON string between start and stop (without quotes, escapes in it) as UTF-8.
// False for what QJsonDocument should judge: bad escapes and lone surrogates.
bool appendUnescaped(QByteArray &out, const char *start, const char *stop)
{
    for (const char *q = start; q < stop; ++q) {
        const char *plain = q;
        while (q < stop && *q != '\\')
            ++q;
        out.append(plain, q - plain);
        if (q == stop)
            break;
        ++q;
        if (q == stop)
            return false;
        switch (*q) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            char32_t c = 0;
            if (!readHex4(q + 1, stop, c))
                return false;
            q += 4;
            if (c >= 0xD800 && c <= 0xDBFF) {
                char32_t low = 0;
                if (stop - q < 7 || q[1] != '\\' || q[2] != 'u' || !readHex4(q + 3, stop, low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                q += 6;
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            } else if (c >= 0xDC00 && c <= 0xDFFF) {
                return false;
            }
            appendUtf8(out, c);
            break;
        }
        default:
            return false;
        }
    }
    return true;
}

inline bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// The known keys of the flat lines the fast paths take.
enum FlatField { FlatPersona, FlatCharacter, FlatCategory, FlatInstruction, FlatInput, FlatOutput, FlatFieldCount };

// Where each known key's string value is in a line (between its quotes), and whether it holds
// escapes. A key that is absent has no start.
struct FlatObject
{
    const char *start[FlatFieldCount] = {};
    const char *stop[FlatFieldCount] = {};
    bool escaped[FlatFieldCount] = {};

    bool has(int f) const { return start[f] != nullptr; }
};

// Scans a flat JSON object whose values are all strings. False for anything QJsonDocument
// should judge — nested values, numbers, duplicate keys, raw control characters, bad escapes
// or lone surrogates in the values of keys nobody reads, text after the object — and for the
// keys of the other shapes (messages, conversations, …).
bool scanFlatObject(QByteArrayView line, FlatObject &o)
{
    const char *p = line.data();
    const char *end = p + line.size();
    auto skip = [&] {
        while (p < end && isSpace(*p))
            ++p;
    };
    skip();
    if (p == end || *p != '{')
        return false;
    ++p;
    skip();
    for (;;) {
        if (p == end || *p != '"')
            return false;
        ++p;
        const char *keyStart = p;
        while (p < end && *p != '"' && *p != '\\')
            ++p;
        if (p == end || *p != '"')
            return false;
        const QByteArrayView key(keyStart, p - keyStart);
        ++p;
        skip();
        if (p == end || *p != ':')
            return false;
        ++p;
        skip();
        if (p == end || *p != '"')
            return false;
        ++p;
        int field = -1;
        if (key == "persona")
            field = FlatPersona;
        else if (key == "character")
            field = FlatCharacter;
        else if (key == "category")
            field = FlatCategory;
        else if (key == "instruction")
            field = FlatInstruction;
        else if (key == "input")
            field = FlatInput;
        else if (key == "output")
            field = FlatOutput;
        else if (key == "messages" || key == "conversations" || key == "dialogue" || key == "metadata" || key == "history" || key == "system"
                 || key == "prompt" || key == "completion" || key == "text" || key == "chosen" || key == "rejected" || key == "response"
                 || key == "question" || key == "answer" || key == "bot_name" || key == "images" || key == "videos" || key == "audios")
            return false;
        if (field >= 0 && o.has(field))
            return false;   // duplicate keys: leave the choice to QJsonDocument
        const char *start = p;
        bool escaped = false;
        while (p < end && *p != '"') {
            if (static_cast<unsigned char>(*p) < 0x20)
                return false;
            if (*p == '\\') {
                escaped = true;
                p += 2;
                continue;
            }
            ++p;
        }
        if (p >= end)
            return false;
        if (field >= 0) {
            o.start[field] = start;
            o.stop[field] = p;
            o.escaped[field] = escaped;
        } else if (escaped) {
            // A value nobody reads must still be valid JSON.
            QByteArray scratch;
            if (!appendUnescaped(scratch, start, p))
                return false;
        }
        ++p;
        skip();
        if (p == end)
            return false;
        if (*p == ',') {
            ++p;
            skip();
            continue;
        }
        if (*p != '}')
            return false;
        ++p;
        skip();
        return p == end;
    }
}

} // namespace

bool toRecordFast(QByteArrayView line, const Defaults &defaults, Record &record, QString &reason, Kind *kind, bool *handled)
{
    *handled = false;
    FlatObject o;
    if (!scanFlatObject(line, o))
        return false;
    QString values[FlatFieldCount];
    QByteArray scratch;
    for (int f = 0; f < FlatFieldCount; ++f) {
        if (!o.has(f))
            continue;
        // Each string as QJsonDocument reads it: one without escapes through QString::fromUtf8,
        // which drops a U+FEFF opening it; one with escapes character by character, every
        // U+FEFF kept (also one written as such, not as \ufeff).
        if (!o.escaped[f]) {
            values[f] = QString::fromUtf8(o.start[f], o.stop[f] - o.start[f]);
            continue;
        }
        scratch.clear();
        if (!appendUnescaped(scratch, o.start[f], o.stop[f]))
            return false;
        values[f] = Utf8::toString(scratch);
    }

    *handled = true;
    const bool hasPersona = o.has(FlatPersona) || o.has(FlatCharacter);
    Kind k = Kind::Unknown;
    if (hasPersona && o.has(FlatOutput))
        k = Kind::Studio;
    else if (o.has(FlatOutput))
        k = Kind::Alpaca;
    if (kind)
        *kind = k;
    // The same order as personaFromKeys: "character" before "persona".
    QString persona = values[FlatCharacter].trimmed();
    if (persona.isEmpty())
        persona = values[FlatPersona].trimmed();
    record.category = values[FlatCategory];
    record.instruction = values[FlatInstruction];
    record.input = values[FlatInput];
    record.output = values[FlatOutput];
    switch (k) {
    case Kind::Unknown:
        reason = unknownShapeReason();
        return false;
    case Kind::Studio:
        if (record.output.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"output\" is empty");
            return false;
        }
        break;
    case Kind::Alpaca:
        if (record.output.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"output\" is missing or not text");
            return false;
        }
        if (!alpacaFields(record, reason))
            return false;
        break;
    default:
        break;
    }
    return finish(persona, defaults, record, reason);
}

bool studioRecordUtf8(QByteArrayView line, const Defaults &defaults, QHash<QByteArray, QByteArray> &personas, QByteArray &out,
                      Utf8Fields &fields)
{
    FlatObject o;
    if (!scanFlatObject(line, o))
        return false;
    // Only a studio record with a reply and a plain persona; everything else (Alpaca lines,
    // errors with their reasons, personas from --persona or the instruction) takes toRecordFast.
    if (!o.start[FlatOutput] || o.stop[FlatOutput] == o.start[FlatOutput] || (!o.start[FlatPersona] && !o.start[FlatCharacter]))
        return false;
    auto trimmedPersona = [&](int f) -> QByteArrayView {
        if (!o.start[f])
            return {};
        const char *a = o.start[f];
        const char *b = o.stop[f];
        while (a < b && isAsciiSpace(*a))
            ++a;
        while (b > a && isAsciiSpace(b[-1]))
            --b;
        return QByteArrayView(a, b - a);
    };
    // "character" before "persona", as toRecordFast; escapes and names that may end in a
    // non-ASCII space are left to it too.
    int personaField = FlatCharacter;
    QByteArrayView persona = trimmedPersona(FlatCharacter);
    if (persona.isEmpty()) {
        personaField = FlatPersona;
        persona = trimmedPersona(FlatPersona);
    }
    if (persona.isEmpty() || o.escaped[personaField] || static_cast<unsigned char>(persona.front()) >= 0x80
        || static_cast<unsigned char>(persona.back()) >= 0x80)
        return false;
    // The other of the two keys is not stored, but toRecordFast decodes it: its escapes too
    // must be valid.
    const int otherField = personaField == FlatCharacter ? FlatPersona : FlatCharacter;
    if (o.has(otherField) && o.escaped[otherField]) {
        QByteArray scratch;
        if (!appendUnescaped(scratch, o.start[otherField], o.stop[otherField]))
            return false;
    }
    const qsizetype mark = out.size();
    auto put = [&](int slot, int f) {
        fields.offset[slot] = out.size();
        bool ok = true;
        if (o.start[f]) {
            if (o.escaped[f]) {
                ok = appendUnescaped(out, o.start[f], o.stop[f]);
            } else {
                // A string without escapes drops one U+FEFF opening it, as QJsonDocument and
                // toRecordFast read it (QString::fromUtf8 takes it for a byte order mark).
                const char *start = o.start[f];
                if (o.stop[f] - start >= 3 && QByteArrayView(start, 3) == "\xEF\xBB\xBF")
                    start += 3;
                out.append(start, o.stop[f] - start);
            }
        }
        fields.size[slot] = out.size() - fields.offset[slot];
        return ok;
    };
    // The project's spelling of the name, looked up once per distinct spelling.
    auto canonical = personas.constFind(QByteArray::fromRawData(persona.data(), persona.size()));
    if (canonical == personas.cend())
        canonical = personas.insert(persona.toByteArray(), defaults.canonicalPersona(QString::fromUtf8(persona)).toUtf8());
    fields.offset[Utf8Fields::Persona] = out.size();
    out += canonical.value();
    fields.size[Utf8Fields::Persona] = canonical.value().size();
    bool ok = put(Utf8Fields::Category, FlatCategory);
    if (ok && fields.size[Utf8Fields::Category] == 0 && !defaults.category.isEmpty()) {
        out += defaults.category.toUtf8();
        fields.size[Utf8Fields::Category] = out.size() - fields.offset[Utf8Fields::Category];
    }
    ok = ok && put(Utf8Fields::Instruction, FlatInstruction) && put(Utf8Fields::Input, FlatInput) && put(Utf8Fields::Output, FlatOutput);
    // A message or reply without text (blank, or white space only) is toRecordFast's to judge.
    auto blank = [&](int slot) {
        const QByteArrayView text(out.constData() + fields.offset[slot], fields.size[slot]);
        for (const char c : text) {
            if (static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f')
                return false;   // a character that is not space: text
        }
        return Utf8::toString(text).trimmed().isEmpty();
    };
    if (!ok || blank(Utf8Fields::Input) || blank(Utf8Fields::Output)) {
        out.truncate(mark);
        return false;
    }
    return true;
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Studio: return QStringLiteral("studio");
    case Kind::OpenAiChat: return QStringLiteral("openai-chat");
    case Kind::ShareGpt: return QStringLiteral("sharegpt");
    case Kind::Alpaca: return QStringLiteral("alpaca");
    case Kind::PromptCompletion: return QStringLiteral("prompt-completion");
    case Kind::ChatText: return QStringLiteral("chat-text");
    case Kind::Preference: return QStringLiteral("dpo");
    case Kind::InstructionResponse: return QStringLiteral("instruction-response");
    case Kind::SillyTavernChat: return QStringLiteral("sillytavern");
    case Kind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

void Defaults::addKnownPersona(const QString &name)
{
    if (name.isEmpty())
        return;
    knownNames << name;
    knownPersonas.insert(name.toCaseFolded(), name);
    knownPersonas.insert(CharacterSheet::slugForName(name), name);
    // Every run of whole words shorter than the name: "Ambassador", "Questa"; "Gunther",
    // "Melmac"; for three words also the two pairs.
    const QStringList words = name.simplified().split(QLatin1Char(' '));
    for (qsizetype length = 1; length < words.size(); ++length) {
        for (qsizetype first = 0; first + length <= words.size(); ++first) {
            const QString part = words.mid(first, length).join(QLatin1Char(' '));
            if (part.size() < 2)
                continue;
            addPartOfName(part.toCaseFolded(), part, name);
            addPartOfName(CharacterSheet::slugForName(part), part, name);
        }
    }
}

void Defaults::addPartOfName(const QString &key, const QString &part, const QString &name)
{
    if (key.isEmpty() || m_ambiguousParts.contains(key))
        return;
    const auto it = m_partsOfNames.constFind(key);
    if (it != m_partsOfNames.constEnd() && it->name != name) {
        // "Ambassador" of seven ambassadors, "Solis" of Elio and Olga: no one's.
        m_partsOfNames.remove(key);
        m_ambiguousParts.insert(key);
        return;
    }
    m_partsOfNames.insert(key, PartOfName{part, name, std::make_shared<std::atomic<bool>>(false)});
}

bool Defaults::isKnownPersona(const QString &name) const
{
    const QString key = name.trimmed().toCaseFolded();
    return knownPersonas.contains(key) || m_partsOfNames.contains(key);
}

QString Defaults::canonicalPersona(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (knownPersonas.isEmpty())
        return trimmed;
    const QString key = trimmed.toCaseFolded();
    const auto it = knownPersonas.constFind(key);
    if (it != knownPersonas.constEnd())
        return it.value();
    const auto part = m_partsOfNames.constFind(key);
    if (part == m_partsOfNames.constEnd())
        return trimmed;
    part->used->store(true, std::memory_order_relaxed);
    return part->name;
}

QMap<QString, QString> Defaults::partMatchesUsed() const
{
    QMap<QString, QString> used;
    for (const PartOfName &part : m_partsOfNames) {
        if (part.used->load(std::memory_order_relaxed))
            used.insert(part.part, part.name);
    }
    return used;
}

void Defaults::resetPartMatchesUsed()
{
    for (const PartOfName &part : std::as_const(m_partsOfNames))
        part.used->store(false, std::memory_order_relaxed);
}

QString Defaults::knownPersonaIn(const QString &text) const
{
    // The longest name wins, so "Olga Solis" is found rather than a character called "Olga".
    QString best;
    for (const QString &name : knownNames) {
        if (name.size() > best.size() && text.contains(name))
            best = name;
    }
    return best;
}

bool chatRecord(const QList<ChatMessage> &messages, const QString &persona, const Defaults &defaults, Record &record, QString &reason, QString *leftOut)
{
    QList<Turn> turns;
    turns.reserve(messages.size());
    for (const ChatMessage &m : messages)
        turns << Turn{m.fromUser ? QStringLiteral("user") : QStringLiteral("assistant"), m.text};
    if (turns.isEmpty()) {
        reason = QCoreApplication::translate("ImportFormat", "the conversation is empty");
        return false;
    }
    return fromTurns(turns, record, reason, leftOut) && finish(persona, defaults, record, reason);
}

QString personaFromSystemText(const QString &text, const Defaults &defaults)
{
    if (text.isEmpty())
        return QString();
    const QString known = defaults.knownPersonaIn(text);
    if (!known.isEmpty())
        return known;
    // thread_local: the importer matches from several threads at once.
    thread_local const QRegularExpression pattern(QStringLiteral(
        R"((?:^|\b)(?:You are|You're|Respond as|Reply as|Act as|Speak as)\s+(.+?)(?:\s+(?:from|in|of)\b|[.,;:!?\n]|$))"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return QString();
    // "You are a helpful assistant", "You are an AI": a description, not a name — a persona
    // of that name would be offered a character sheet.
    const QString name = match.captured(1).trimmed();
    if (name.isEmpty() || name.front().isLower())
        return QString();
    return name;
}

QString noPersonaReason()
{
    return QCoreApplication::translate("ImportFormat", "no persona: the line names none (metadata.character, metadata.persona or persona) "
                                                       "and no \"You are NAME\" system message was found");
}

Kind detect(const QJsonObject &o)
{
    if (o.contains(QLatin1String("messages")))
        return Kind::OpenAiChat;
    // "conversation": LMSYS-Chat-1M and WildChat keep their role/content lists under it.
    if (o.contains(QLatin1String("conversations")) || o.value(QLatin1String("conversation")).isArray())
        return Kind::ShareGpt;
    if ((o.contains(QLatin1String("persona")) || o.contains(QLatin1String("character")))
        && (o.contains(QLatin1String("output")) || o.contains(QLatin1String("dialogue"))))
        return Kind::Studio;
    if (o.contains(QLatin1String("output")))
        return Kind::Alpaca;
    if (o.contains(QLatin1String("chosen")) && o.contains(QLatin1String("rejected")))
        return Kind::Preference;
    if (o.contains(QLatin1String("prompt")) && o.contains(QLatin1String("completion")))
        return Kind::PromptCompletion;
    if (o.contains(QLatin1String("response")) || (o.contains(QLatin1String("question")) && o.contains(QLatin1String("answer"))))
        return Kind::InstructionResponse;
    if (o.value(QLatin1String("text")).isString())
        return Kind::ChatText;
    return Kind::Unknown;
}

bool toRecord(const QJsonObject &o, const Defaults &defaults, Record &record, QString &reason, Kind *kindOut, QString *leftOut)
{
    const Kind kind = detect(o);
    if (kindOut)
        *kindOut = kind;
    QString persona = personaFromKeys(o);
    record.category = categoryFromKeys(o);

    // LLaMA-Factory's multimodal lines: the images, videos or sounds the messages speak of
    // ("<image>Who are they?"), as files beside the dataset.
    for (const char *key : {"images", "videos", "audios"}) {
        const QJsonValue media = o.value(QLatin1String(key));
        if ((media.isArray() && !media.toArray().isEmpty()) || (media.isString() && !media.toString().isEmpty())) {
            reason = QCoreApplication::translate("ImportFormat", "the line carries \"%1\": the messages speak of them, and the studio keeps "
                                                                 "conversations of text only")
                         .arg(QLatin1String(key));
            return false;
        }
    }

    switch (kind) {
    case Kind::Unknown:
    case Kind::SillyTavernChat:   // a whole file, never one line: detect() does not say it
        reason = unknownShapeReason();
        return false;
    case Kind::Preference: {
        // TRL's preference pairs, as the studio exports them (format dpo): the conversation
        // before the reply, and the reply twice. The rejected one is the record's reply, the
        // chosen one its edit — so the reviewer sees the pair as a diff.
        QList<Turn> turns;
        // Each reply: text, a list of messages, or a transcript ("\n\nHuman: … \n\nAssistant: …",
        // Anthropic's HH-RLHF); `conversation` keeps the messages of the last two.
        const auto reply = [&](const char *key, QString &text, QList<Turn> &conversation) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString()) {
                conversation = turnsFromTranscript(v.toString());
                text = conversation.isEmpty() ? v.toString() : QString();
            } else if (v.isArray() && !v.toArray().isEmpty()) {
                if (!readChatMessages(v.toArray(), QLatin1String("role"), QLatin1String("content"), false, conversation, reason))
                    return false;
            }
            if (!conversation.isEmpty()) {
                // The reply is the last assistant message; what comes before it, the prompt.
                while (!conversation.isEmpty() && conversation.constLast().role != QLatin1String("assistant"))
                    conversation.removeLast();
                if (!conversation.isEmpty())
                    text = conversation.takeLast().content;
            }
            if (text.trimmed().isEmpty()) {
                reason = QCoreApplication::translate("ImportFormat", "\"%1\" has no reply: text, or a list with an assistant message").arg(QLatin1String(key));
                return false;
            }
            return true;
        };
        QString chosen, rejected;
        QList<Turn> chosenBefore, rejectedBefore;
        if (!reply("chosen", chosen, chosenBefore) || !reply("rejected", rejected, rejectedBefore))
            return false;
        const QJsonValue prompt = o.value(QLatin1String("prompt"));
        if (prompt.isArray()) {
            if (!readChatMessages(prompt.toArray(), QLatin1String("role"), QLatin1String("content"), false, turns, reason))
                return false;
        } else if (prompt.isString()) {
            turns << Turn{QStringLiteral("user"), prompt.toString()};
        } else if (!chosenBefore.isEmpty()) {
            // No "prompt" (TRL's implicit prompt, HH-RLHF): the conversation before the chosen reply.
            turns = chosenBefore;
        } else {
            reason = QCoreApplication::translate("ImportFormat", "\"prompt\" is missing: a preference pair needs the message the replies answer");
            return false;
        }
        turns << Turn{QStringLiteral("assistant"), rejected};
        if (!fromTurns(turns, record, reason, leftOut))
            return false;
        if (chosen != rejected) {
            record.editedOutput = chosen;
            record.status = Record::Status::Edited;
        }
        break;
    }
    case Kind::PromptCompletion: {
        // OpenAI's legacy fine-tuning lines and TRL's prompt-completion datasets: two texts, or
        // two lists of messages (the conversational form).
        const QJsonValue prompt = o.value(QLatin1String("prompt"));
        const QJsonValue completion = o.value(QLatin1String("completion"));
        if (prompt.isString() && completion.isString()) {
            record.input = prompt.toString();
            record.output = completion.toString();
            if (record.output.trimmed().isEmpty()) {
                reason = QCoreApplication::translate("ImportFormat", "\"completion\" is empty");
                return false;
            }
        } else if (prompt.isArray() && completion.isArray()) {
            QList<Turn> turns;
            if (!readChatMessages(prompt.toArray(), QLatin1String("role"), QLatin1String("content"), false, turns, reason)
                || !readChatMessages(completion.toArray(), QLatin1String("role"), QLatin1String("content"), false, turns, reason)
                || !fromTurns(turns, record, reason, leftOut))
                return false;
        } else {
            reason = QCoreApplication::translate("ImportFormat", "\"prompt\" and \"completion\" must both be text or both lists of messages");
            return false;
        }
        if (persona.isEmpty() && o.value(QLatin1String("system")).isString())
            persona = personaFromSystemText(o.value(QLatin1String("system")).toString(), defaults);
        break;
    }
    case Kind::ChatText: {
        const QList<Turn> turns = turnsFromChatText(o.value(QLatin1String("text")).toString());
        for (qsizetype i = 0; i < turns.size(); ++i) {
            reason = roleProblem(turns.at(i).role, int(i + 1), false);
            if (!reason.isEmpty())
                return false;
        }
        if (turns.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"text\" is not a conversation in a chat template the studio reads (ChatML, Llama 3, "
                                                                 "Gemma, Mistral [INST], Alpaca's ### Instruction / ### Response, Human: / Assistant: transcripts)");
            return false;
        }
        if (!fromTurns(turns, record, reason, leftOut))
            return false;
        break;
    }
    case Kind::OpenAiChat:
    case Kind::ShareGpt: {
        const bool shareGpt = kind == Kind::ShareGpt;
        const QJsonValue list = o.value(!shareGpt                                    ? QLatin1String("messages")
                                        : o.contains(QLatin1String("conversations")) ? QLatin1String("conversations")
                                                                                     : QLatin1String("conversation"));
        if (!list.isArray()) {
            reason = shareGpt ? QCoreApplication::translate("ImportFormat", "\"conversations\" is not a list") : QCoreApplication::translate("ImportFormat", "\"messages\" is not a list");
            return false;
        }
        QList<Turn> turns;
        if (!readChatMessages(list.toArray(), shareGpt ? QLatin1String("from") : QLatin1String("role"),
                              shareGpt ? QLatin1String("value") : QLatin1String("content"), shareGpt, turns, reason))
            return false;
        // ShareGPT files often carry the system prompt in a top-level "system" column.
        if (shareGpt && o.value(QLatin1String("system")).isString())
            turns.prepend(Turn{QStringLiteral("system"), o.value(QLatin1String("system")).toString()});
        if (!fromTurns(turns, record, reason, leftOut))
            return false;
        // Role-play datasets name the speaker of each reply ("name": "Glordon"): a character of
        // the project named so is the persona, before --persona and the system message.
        if (persona.isEmpty()) {
            for (qsizetype i = turns.size() - 1; i >= 0; --i) {
                const Turn &t = turns.at(i);
                if (t.role == QLatin1String("assistant") && !t.name.isEmpty()) {
                    if (defaults.isKnownPersona(t.name))
                        persona = t.name;
                    break;
                }
            }
        }
        break;
    }
    case Kind::Studio: {
        const QJsonValue output = o.value(QLatin1String("output"));
        const QJsonValue input = o.value(QLatin1String("input"));
        if ((!output.isUndefined() && !output.isString()) || (!input.isUndefined() && !input.isString() && !input.isNull())) {
            reason = QCoreApplication::translate("ImportFormat", "\"input\" and \"output\" must be text");
            return false;
        }
        record.instruction = stringField(o, QLatin1String("instruction"));
        record.input = input.toString();
        record.output = output.toString();
        if (o.contains(QLatin1String("dialogue")) && !o.value(QLatin1String("dialogue")).isNull()) {
            QList<Turn> turns;
            if (!dialogueFromValue(o.value(QLatin1String("dialogue")), turns, reason))
                return false;
            Record fromDialogue;
            if (!fromTurns(turns, fromDialogue, reason, leftOut))
                return false;
            if (record.input.isEmpty())
                record.input = fromDialogue.input;
            if (record.output.isEmpty())
                record.output = fromDialogue.output;
            record.dialogue = fromDialogue.dialogue.isEmpty() ? dialogueJson(turns) : fromDialogue.dialogue;
        }
        if (record.output.isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"output\" is empty");
            return false;
        }
        break;
    }
    case Kind::InstructionResponse: {
        // The reply under "response" (or a question's "answer"); the request under
        // "instruction", "prompt", "query" or "question"; Dolly's "context" (or an "input") is
        // the material the request is about. Stored as Alpaca lines are: a request with
        // material is the instruction and the material the user message, a request alone the
        // user message.
        const QLatin1String replyKey = o.contains(QLatin1String("response")) ? QLatin1String("response") : QLatin1String("answer");
        const QJsonValue reply = o.value(replyKey);
        if (!reply.isString()) {
            reason = QCoreApplication::translate("ImportFormat", "\"%1\" is missing or not text").arg(replyKey);
            return false;
        }
        if (reply.toString().trimmed().isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"%1\" is empty").arg(replyKey);
            return false;
        }
        record.output = reply.toString();
        QString request;
        for (const char *key : {"instruction", "prompt", "query", "question"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isNull() && !v.isString()) {
                reason = QCoreApplication::translate("ImportFormat", "\"%1\" is not text").arg(QLatin1String(key));
                return false;
            }
            if (request.trimmed().isEmpty())
                request = v.toString();
        }
        const QString material = o.value(QLatin1String("context")).isString() ? o.value(QLatin1String("context")).toString() : stringField(o, QLatin1String("input"));
        if (request.trimmed().isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "the line has no request: \"instruction\", \"prompt\", \"query\" or \"question\" is missing or empty");
            return false;
        }
        record.instruction = request;
        record.input = material.trimmed().isEmpty() ? QString() : material;
        if (!alpacaFields(record, reason))
            return false;
        historyColumn(o, record);   // ms-swift's query / response / history
        systemColumn(o, defaults, record, persona);
        break;
    }
    case Kind::Alpaca: {
        const QJsonValue output = o.value(QLatin1String("output"));
        if (!output.isString() || output.toString().isEmpty()) {
            reason = QCoreApplication::translate("ImportFormat", "\"output\" is missing or not text");
            return false;
        }
        record.instruction = stringField(o, QLatin1String("instruction"));
        record.input = stringField(o, QLatin1String("input"));
        record.output = output.toString();
        if (!alpacaFields(record, reason))
            return false;
        historyColumn(o, record);
        systemColumn(o, defaults, record, persona);
        break;
    }
    }

    // Tools offered to the model (OpenAI's "tools", glaive's and LLaMA-Factory's "tools" text)
    // in a conversation that calls none: a record has no place for them.
    if (leftOut) {
        const QJsonValue tools = o.value(QLatin1String("tools"));
        const bool offered = (tools.isArray() && !tools.toArray().isEmpty())
                             || (tools.isString() && !tools.toString().trimmed().isEmpty() && tools.toString().trimmed() != QLatin1String("[]"));
        if (offered) {
            const QString note = QCoreApplication::translate("ImportFormat", "the tools offered (\"tools\") left out");
            *leftOut = leftOut->isEmpty() ? note : *leftOut + QStringLiteral("; ") + note;
        }
    }
    return finish(persona, defaults, record, reason);
}

} // namespace ImportFormat
