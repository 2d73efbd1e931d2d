#pragma once
// Counts the prompt tokens of a whole chat request the way OpenAI bills chat models, not just
// the tokens of the message texts. Source: the OpenAI Cookbook, "How to count tokens with
// tiktoken" (num_tokens_from_messages), for gpt-3.5-turbo-0613 and later, gpt-4, gpt-4o and
// gpt-4o-mini:
//   - every message costs TokensPerMessage (3) extra tokens
//     (<|start|>{role/name}\n{content}<|end|>\n);
//   - every field's value is encoded and counted: role, content and, if present, name;
//   - a message with a name costs TokensPerName (1) more;
//   - the reply is primed with <|start|>assistant<|message|>: ReplyPriming (3) tokens, once
//     per request.
// The cookbook calls these figures an estimate that may change with new models; they exclude
// tools/functions definitions and images.

#include "bpeencoder.h"

#include <QList>
#include <QString>

struct ChatMessage
{
    QString role;    // "system", "user", "assistant", ...
    QString content;
    QString name;    // optional; counted only when not empty
};

class ChatTokenCounter
{
public:
    static constexpr int TokensPerMessage = 3;
    static constexpr int TokensPerName = 1;
    static constexpr int ReplyPriming = 3;

    explicit ChatTokenCounter(const BpeEncoder &encoder = BpeEncoder::o200k()) : m_encoder(&encoder) {}

    // One message with its overhead (no reply priming).
    qsizetype countMessage(const ChatMessage &message) const;
    // A whole request: all messages plus the reply priming.
    qsizetype countRequest(const QList<ChatMessage> &messages) const;

private:
    const BpeEncoder *m_encoder;
};
