#pragma once
// RateLimitInfo: what one HTTP response said about the provider's rate limits — the
// x-ratelimit-* headers OpenAI-compatible servers send and Retry-After on a 429. The Pacer
// reads it; ChatClient fills it. A value of -1 means "the server did not say".

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

struct RateLimitInfo
{
    qint64 limitRequests = -1;
    qint64 remainingRequests = -1;
    qint64 resetRequestsMs = -1;
    qint64 limitTokens = -1;
    qint64 remainingTokens = -1;
    qint64 resetTokensMs = -1;
    qint64 retryAfterMs = -1;   // from retry-after-ms, else Retry-After (seconds)

    bool hasRequestLimits() const { return limitRequests > 0 && remainingRequests >= 0; }
    bool hasTokenLimits() const { return limitTokens > 0 && remainingTokens >= 0; }
    bool isEmpty() const { return !hasRequestLimits() && !hasTokenLimits() && retryAfterMs < 0; }

    static RateLimitInfo fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // "6m0s", "1s", "20ms", "1h2m3.5s", "0.5" (seconds) → milliseconds; -1 when unreadable.
    static qint64 parseDuration(QByteArrayView text);
};
