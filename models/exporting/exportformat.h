#pragma once
// ExportFormat: the JSONL shapes the studio writes (and the validator checks), and how one
// Record becomes one line of each. Every format is a view of the same record: the edited text
// when there is one, the whole conversation for multi-turn records.
// Lines are written by hand rather than through QJsonDocument so that keys keep the order
// trainers' documentation shows (persona, category, instruction, input, output; role, content).

#include "dataset/record.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Preference: pairs for preference training (DPO) in TRL's conversational shape — the prompt,
// the reviewer's edit as "chosen" and the generated reply as "rejected"; edited records only.
enum class ExportFormat { Studio, OpenAiChat, ShareGpt, Alpaca, HfMessages, Preference };

namespace ExportFormats {

QString name(ExportFormat format);                            // "openai-chat", …
std::optional<ExportFormat> fromName(const QString &name);
QStringList names();
// Chat formats carry a system message and are checked message by message.
bool isChat(ExportFormat format);
// Formats that export only edited records (a pair needs the generated reply and its edit).
bool needsEdit(ExportFormat format);

struct Turn
{
    QString role;     // system, user, assistant (or a tool role kept as written)
    QString content;
    int weight = -1;  // OpenAI's per-message "weight" as imported (0: not trained on); -1: none
};

// The conversation of a record without its system message: the stored dialogue (its last
// assistant message replaced by the edited text) or [user: input, assistant: output].
QList<Turn> turnsOf(const Record &record);

// One JSONL line, with its trailing newline. `systemMessage` is used by the formats that carry
// one (openai-chat, hf-messages, sharegpt, dpo) and by alpaca when the record has no instruction.
QByteArray line(ExportFormat format, const Record &record, const QString &systemMessage);

// JSON string literal of `text`: UTF-8 as it is (no \u escapes for non-ASCII), only quotes,
// backslashes and control characters escaped.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace ExportFormats
