#pragma once
// ImportFormat: turns one JSON object read from a JSONL line into a Record, for every line shape
// the importer accepts (the studio's own records, OpenAI chat fine-tuning lines, ShareGPT,
// Alpaca, prompt/completion pairs, conversations written out in a chat template as "text",
// preference pairs).
// The importer calls it from worker threads, so everything here is reentrant and touches no
// shared state. Token counts and the database are not its business.

#include "record.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>

#include <atomic>
#include <memory>

namespace ImportFormat {

// Preference: a pair for preference training (TRL's prompt / chosen / rejected), read as an
// edited record — the rejected reply as generated, the chosen one as the edit.
// InstructionResponse: a request and a "response" (Databricks Dolly's instruction / context /
// response, prompt / response, query / response) or a question and its "answer".
// SillyTavernChat: a SillyTavern chat file, one message per line after a header line — the
// whole file one conversation (read by ChatLogReader, not line by line).
enum class Kind { Unknown, Studio, OpenAiChat, ShareGpt, Alpaca, PromptCompletion, ChatText, Preference, InstructionResponse, SillyTavernChat };
constexpr int KindCount = 10;

QString kindName(Kind kind);

// What the command line or the dialog says about lines that do not say it themselves, and the
// project's characters so that "glordon" and "olga_solis" become "Glordon" and "Olga Solis".
struct Defaults
{
    QString persona;   // --persona: used when a line names no persona
    // Used when nothing names one, not even a system message: the character a reviewer chose
    // for the lines an import skipped as naming none (importing the file again with it stores
    // only those, the others having their own persona and being stored already).
    QString fallbackPersona;
    QString category;  // --category: used when a line names no category
    // case-folded name and slug → the project's spelling
    QHash<QString, QString> knownPersonas;

    void addKnownPersona(const QString &name);
    // The project's spelling of `name` when it is one of its characters, else `name` trimmed.
    // A name that is part of exactly one character's name ("Bryce", "Questa" for "Bryce
    // Markwell", "Ambassador Questa") is that character's; the match is remembered for the
    // summary (partMatchesUsed()). Thread-safe: the importer's parsers call it at once.
    QString canonicalPersona(const QString &name) const;
    // A character of the project, by name, slug or a part of its name only it has, in any case.
    bool isKnownPersona(const QString &name) const;
    // The first project character named in `text`, or an empty string.
    QString knownPersonaIn(const QString &text) const;
    // The parts of names canonicalPersona() has matched since the last reset: the part as the
    // character's name spells it → the character ("Bryce" → "Bryce Markwell").
    QMap<QString, QString> partMatchesUsed() const;
    void resetPartMatchesUsed();
    QStringList knownNames;    // in the order they were added

private:
    struct PartOfName
    {
        QString part;   // as the character's name spells it
        QString name;
        std::shared_ptr<std::atomic<bool>> used;   // shared by the copies the parsers hold
    };
    // case-folded part and its slug → the one character with it; ambiguous parts are left out
    QHash<QString, PartOfName> m_partsOfNames;
    QSet<QString> m_ambiguousParts;
    void addPartOfName(const QString &key, const QString &part, const QString &name);
};

// Why a line naming no persona is skipped (translated): the reason toRecord() gives it.
QString noPersonaReason();

// The shape of `object`, from its keys alone.
Kind detect(const QJsonObject &object);

// Fills `record` (persona, category, instruction, input, output, dialogue; for a preference
// pair also editedOutput and status Edited) from `object`.
// Returns false and sets `reason` (a translated sentence without file or line) when the object
// is not a usable record.
// On success, `leftOut` (when given) says what of the line the record does not hold (a
// translated sentence; empty when it holds all): system messages after the first, messages
// after the last reply.
bool toRecord(const QJsonObject &object, const Defaults &defaults, Record &record, QString &reason, Kind *kind = nullptr,
              QString *leftOut = nullptr);

// The fast path for the most common line: a flat JSON object whose values are all strings (the
// studio's records, Alpaca). Parses `line` (valid UTF-8) without building a QJsonObject and
// fills `record` exactly as toRecord() would. Sets *handled to false — and does nothing else —
// for any other line (nested values, escapes it does not decode, invalid JSON), which then
// goes through QJsonDocument and toRecord().
bool toRecordFast(QByteArrayView line, const Defaults &defaults, Record &record, QString &reason, Kind *kind, bool *handled);

// The importer's fastest path, for the most common line: a studio record (persona or character,
// and a non-empty output) as a flat object of strings. Appends its persona (the project's
// spelling), category (or the default), instruction, input and output to `out` as UTF-8 —
// byte for byte what toRecordFast() would fill in, converted — and says where in `fields`.
// `personas` caches the project's spelling per spelling found, for the calling thread. Returns
// false, with `out` unchanged, for any other line; toRecordFast() then decides.
struct Utf8Fields
{
    enum { Persona, Category, Instruction, Input, Output, Count };
    qsizetype offset[Count];
    qsizetype size[Count];
};
bool studioRecordUtf8(QByteArrayView line, const Defaults &defaults, QHash<QByteArray, QByteArray> &personas, QByteArray &out,
                      Utf8Fields &fields);

// A conversation read from a file rather than a line (a chat log: ChatLogReader): user and
// assistant messages in order, the character's `persona`. Fills `record` as a conversation line
// would be: the last reply and the user's message before it, the whole conversation as its
// dialogue, one speaker's messages in a row joined, the project's spelling of the persona
// (`defaults.persona` when `persona` is empty), the default category.
struct ChatMessage
{
    bool fromUser = false;
    QString text;
};
bool chatRecord(const QList<ChatMessage> &messages, const QString &persona, const Defaults &defaults, Record &record, QString &reason,
                QString *leftOut = nullptr);

// "You are Glordon from …", "Respond as Glordon from …" → "Glordon"; empty when no name is found.
QString personaFromSystemText(const QString &text, const Defaults &defaults);

} // namespace ImportFormat
