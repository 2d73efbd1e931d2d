#include "importformat.h"

#include "sheet/charactersheet.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ImportFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ImportFormat", text);
}

struct Turn
{
    QString role;   // system, user, assistant, or a tool role kept as written
    QString content;
};

// OpenAI content is a string or, for multi-part messages, an array of {type: "text", text}.
QString contentText(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QString joined;
        for (const QJsonValue &part : value.toArray()) {
            const QJsonObject o = part.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("text"))
                joined += o.value(QLatin1String("text")).toString();
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

// metadata.character, metadata.persona, then the same keys at the top level.
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
    return QString();
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
    for (const Turn &t : turns)
        array.append(QJsonObject{{QStringLiteral("role"), t.role}, {QStringLiteral("content"), t.content}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// A conversation → instruction (first system message), input (last user message before the last
// reply), output (the last non-empty assistant reply) and, when it is more than one exchange,
// the whole conversation as dialogue.
bool fromTurns(const QList<Turn> &turns, Record &record, QString &reason)
{
    QList<Turn> body;
    bool haveSystem = false;
    for (const Turn &t : turns) {
        if (t.role == QLatin1String("system")) {
            if (!haveSystem) {
                record.instruction = t.content;
                haveSystem = true;
            }
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
        reason = tr("the conversation has no assistant reply");
        return false;
    }
    qsizetype lastUser = -1;
    for (qsizetype i = lastReply - 1; i >= 0; --i) {
        if (body[i].role == QLatin1String("user")) {
            lastUser = i;
            break;
        }
    }
    if (lastUser < 0) {
        reason = tr("the conversation has no user message before the assistant's reply");
        return false;
    }
    record.input = body[lastUser].content;
    record.output = body[lastReply].content;
    const bool singleExchange = body.size() == 2 && lastUser == 0 && lastReply == 1;
    if (!singleExchange)
        record.dialogue = dialogueJson(body);
    return true;
}

bool readChatMessages(const QJsonArray &messages, QLatin1String roleKey, QLatin1String contentKey, bool shareGpt,
                      QList<Turn> &turns, QString &reason)
{
    int index = 0;
    for (const QJsonValue &value : messages) {
        ++index;
        if (!value.isObject()) {
            reason = tr("message %1 is not an object").arg(index);
            return false;
        }
        const QJsonObject m = value.toObject();
        const QJsonValue roleValue = m.value(roleKey);
        if (!roleValue.isString()) {
            reason = tr("message %1 has no \"%2\"").arg(index).arg(roleKey);
            return false;
        }
        QString role = roleValue.toString();
        if (shareGpt) {
            if (role == QLatin1String("human"))
                role = QStringLiteral("user");
            else if (role == QLatin1String("gpt") || role == QLatin1String("chatgpt") || role == QLatin1String("bot"))
                role = QStringLiteral("assistant");
        }
        bool ok = true;
        const QString content = contentText(m.value(contentKey), &ok);
        if (!ok) {
            reason = tr("message %1: \"%2\" is not text").arg(index).arg(contentKey);
            return false;
        }
        turns << Turn{role, content};
    }
    if (turns.isEmpty()) {
        reason = tr("the conversation is empty");
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
            reason = tr("\"dialogue\" is not a JSON array of messages");
            return false;
        }
    } else {
        reason = tr("\"dialogue\" is not a list of messages");
        return false;
    }
    return readChatMessages(array, QLatin1String("role"), QLatin1String("content"), false, turns, reason);
}

} // namespace

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Studio: return QStringLiteral("studio");
    case Kind::OpenAiChat: return QStringLiteral("openai-chat");
    case Kind::ShareGpt: return QStringLiteral("sharegpt");
    case Kind::Alpaca: return QStringLiteral("alpaca");
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
}

QString Defaults::canonicalPersona(const QString &name) const
{
    const QString trimmed = name.trimmed();
    if (knownPersonas.isEmpty())
        return trimmed;
    const auto it = knownPersonas.constFind(trimmed.toCaseFolded());
    return it == knownPersonas.constEnd() ? trimmed : it.value();
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
    return match.captured(1).trimmed();
}

Kind detect(const QJsonObject &o)
{
    if (o.contains(QLatin1String("messages")))
        return Kind::OpenAiChat;
    if (o.contains(QLatin1String("conversations")))
        return Kind::ShareGpt;
    if ((o.contains(QLatin1String("persona")) || o.contains(QLatin1String("character")))
        && (o.contains(QLatin1String("output")) || o.contains(QLatin1String("dialogue"))))
        return Kind::Studio;
    if (o.contains(QLatin1String("output")))
        return Kind::Alpaca;
    return Kind::Unknown;
}

bool toRecord(const QJsonObject &o, const Defaults &defaults, Record &record, QString &reason, Kind *kindOut)
{
    const Kind kind = detect(o);
    if (kindOut)
        *kindOut = kind;
    QString persona = personaFromKeys(o);
    record.category = categoryFromKeys(o);

    switch (kind) {
    case Kind::Unknown:
        reason = tr("not a record: no \"messages\", \"conversations\" or \"output\" key");
        return false;
    case Kind::OpenAiChat:
    case Kind::ShareGpt: {
        const bool shareGpt = kind == Kind::ShareGpt;
        const QJsonValue list = o.value(shareGpt ? QLatin1String("conversations") : QLatin1String("messages"));
        if (!list.isArray()) {
            reason = shareGpt ? tr("\"conversations\" is not a list") : tr("\"messages\" is not a list");
            return false;
        }
        QList<Turn> turns;
        if (!readChatMessages(list.toArray(), shareGpt ? QLatin1String("from") : QLatin1String("role"),
                              shareGpt ? QLatin1String("value") : QLatin1String("content"), shareGpt, turns, reason))
            return false;
        // ShareGPT files often carry the system prompt in a top-level "system" column.
        if (shareGpt && o.value(QLatin1String("system")).isString())
            turns.prepend(Turn{QStringLiteral("system"), o.value(QLatin1String("system")).toString()});
        if (!fromTurns(turns, record, reason))
            return false;
        break;
    }
    case Kind::Studio: {
        const QJsonValue output = o.value(QLatin1String("output"));
        const QJsonValue input = o.value(QLatin1String("input"));
        if ((!output.isUndefined() && !output.isString()) || (!input.isUndefined() && !input.isString() && !input.isNull())) {
            reason = tr("\"input\" and \"output\" must be text");
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
            if (!fromTurns(turns, fromDialogue, reason))
                return false;
            if (record.input.isEmpty())
                record.input = fromDialogue.input;
            if (record.output.isEmpty())
                record.output = fromDialogue.output;
            record.dialogue = fromDialogue.dialogue.isEmpty() ? dialogueJson(turns) : fromDialogue.dialogue;
        }
        if (record.output.isEmpty()) {
            reason = tr("\"output\" is empty");
            return false;
        }
        break;
    }
    case Kind::Alpaca: {
        const QJsonValue output = o.value(QLatin1String("output"));
        if (!output.isString() || output.toString().isEmpty()) {
            reason = tr("\"output\" is missing or not text");
            return false;
        }
        record.instruction = stringField(o, QLatin1String("instruction"));
        record.input = stringField(o, QLatin1String("input"));
        record.output = output.toString();
        // Classic Alpaca puts the whole request in "instruction" and leaves "input" empty; the
        // user message is then the instruction.
        if (record.input.isEmpty()) {
            record.input = record.instruction;
            record.instruction.clear();
        }
        if (record.input.isEmpty()) {
            reason = tr("\"instruction\" and \"input\" are both empty");
            return false;
        }
        // LLaMA-Factory's alpaca variant: earlier exchanges as [[user, assistant], …].
        const QJsonArray history = o.value(QLatin1String("history")).toArray();
        if (!history.isEmpty()) {
            QList<Turn> turns;
            for (const QJsonValue &pair : history) {
                const QJsonArray p = pair.toArray();
                turns << Turn{QStringLiteral("user"), p.at(0).toString()} << Turn{QStringLiteral("assistant"), p.at(1).toString()};
            }
            turns << Turn{QStringLiteral("user"), record.input} << Turn{QStringLiteral("assistant"), record.output};
            record.dialogue = dialogueJson(turns);
        }
        if (persona.isEmpty() && o.value(QLatin1String("system")).isString())
            persona = personaFromSystemText(o.value(QLatin1String("system")).toString(), defaults);
        break;
    }
    }

    if (persona.isEmpty())
        persona = defaults.persona;
    if (persona.isEmpty())
        persona = personaFromSystemText(record.instruction, defaults);
    if (persona.isEmpty()) {
        reason = tr("no persona: the line names none (metadata.character, metadata.persona or persona), no --persona was "
                    "given and no \"You are NAME\" system message was found");
        return false;
    }
    record.persona = defaults.canonicalPersona(persona);
    if (record.category.isEmpty())
        record.category = defaults.category;
    return true;
}

} // namespace ImportFormat
