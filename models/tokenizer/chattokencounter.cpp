#include "chattokencounter.h"

qsizetype ChatTokenCounter::countMessage(const ChatMessage &message) const
{
    qsizetype n = TokensPerMessage;
    n += m_encoder->count(QStringView(message.role));
    n += m_encoder->count(QStringView(message.content));
    if (!message.name.isEmpty())
        n += m_encoder->count(QStringView(message.name)) + TokensPerName;
    return n;
}

qsizetype ChatTokenCounter::countRequest(const QList<ChatMessage> &messages) const
{
    qsizetype n = ReplyPriming;
    for (const ChatMessage &message : messages)
        n += countMessage(message);
    return n;
}
