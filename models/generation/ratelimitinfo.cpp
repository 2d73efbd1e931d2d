#include "ratelimitinfo.h"

#include <algorithm>
#include <cmath>

namespace {

// Milliseconds a header gave as a number: -1 when it is not one (NaN, infinite, negative),
// else rounded and capped, so that no conversion overflows and no wait lasts for ever.
qint64 toMs(double ms, qint64 cap)
{
    if (!std::isfinite(ms) || ms < 0)
        return -1;
    return qint64(std::llround(std::min(ms, double(cap))));
}

} // namespace

qint64 RateLimitInfo::parseDuration(QByteArrayView text)
{
    const QByteArray s = text.trimmed().toByteArray().toLower();
    if (s.isEmpty())
        return -1;
    bool plain = false;
    const double seconds = s.toDouble(&plain);
    if (plain)
        return toMs(seconds * 1000.0, MaxDurationMs);
    double total = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < s.size()) {
        qsizetype j = i;
        while (j < s.size() && (std::isdigit(static_cast<unsigned char>(s[j])) || s[j] == '.'))
            ++j;
        if (j == i)
            return -1;
        bool ok = false;
        const double value = s.mid(i, j - i).toDouble(&ok);
        if (!ok)
            return -1;
        qsizetype k = j;
        while (k < s.size() && std::isalpha(static_cast<unsigned char>(s[k])))
            ++k;
        const QByteArray unit = s.mid(j, k - j);
        if (unit == "h")
            total += value * 3600000.0;
        else if (unit == "m")
            total += value * 60000.0;
        else if (unit == "s" || unit.isEmpty())
            total += value * 1000.0;
        else if (unit == "ms")
            total += value;
        else if (unit == "us" || unit == "µs")
            total += value / 1000.0;
        else if (unit == "ns")
            total += value / 1e6;
        else
            return -1;
        any = true;
        i = k;
    }
    return any ? toMs(total, MaxDurationMs) : -1;
}

RateLimitInfo RateLimitInfo::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RateLimitInfo info;
    qint64 retryAfterSeconds = -1;
    auto number = [](const QByteArray &v) {
        bool ok = false;
        const qint64 n = v.trimmed().toLongLong(&ok);
        if (ok)
            return std::min(n, MaxCount);
        const double d = v.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return qint64(-1);
        return qint64(std::clamp(d, -1.0, double(MaxCount)));
    };
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        if (name == "x-ratelimit-limit-requests")
            info.limitRequests = number(value);
        else if (name == "x-ratelimit-remaining-requests")
            info.remainingRequests = number(value);
        else if (name == "x-ratelimit-reset-requests")
            info.resetRequestsMs = parseDuration(value);
        else if (name == "x-ratelimit-limit-tokens")
            info.limitTokens = number(value);
        else if (name == "x-ratelimit-remaining-tokens")
            info.remainingTokens = number(value);
        else if (name == "x-ratelimit-reset-tokens")
            info.resetTokensMs = parseDuration(value);
        else if (name == "retry-after-ms")
            info.retryAfterMs = std::min(number(value), MaxWaitMs);
        else if (name == "retry-after") {
            // Seconds; an HTTP date is rare from these servers and is treated as "not said".
            bool ok = false;
            const double s = value.trimmed().toDouble(&ok);
            if (ok)
                retryAfterSeconds = toMs(s * 1000.0, MaxWaitMs);
        }
    }
    if (info.retryAfterMs < 0)
        info.retryAfterMs = retryAfterSeconds;
    return info;
}
