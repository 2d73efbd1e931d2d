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

    // The longest wait a header can ask for: past it the run tries again rather than sleeping
    // on the header's word (a server's "Retry-After: 99999999999", a daily quota's reset).
    static constexpr qint64 MaxWaitMs = 3600 * 1000;
    // The longest duration a header is read as (the reset times), and the largest count
    // (limits, remaining requests or tokens): beyond them a value means nothing more.
    static constexpr qint64 MaxDurationMs = qint64(1000) * 24 * 3600 * 1000;
    static constexpr qint64 MaxCount = qint64(1) << 50;

    // Values that are not numbers ("nan", "inf", words) are "not said"; larger ones are capped.
    static RateLimitInfo fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers);
    // "6m0s", "1s", "20ms", "1h2m3.5s", "0.5" (seconds) → milliseconds, at most MaxDurationMs;
    // -1 when unreadable.
    static qint64 parseDuration(QByteArrayView text);
};
