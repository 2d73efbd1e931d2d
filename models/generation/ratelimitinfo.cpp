#include "ratelimitinfo.h"

#include <cmath>

qint64 RateLimitInfo::parseDuration(QByteArrayView text)
{
    const QByteArray s = text.trimmed().toByteArray().toLower();
    if (s.isEmpty())
        return -1;
    bool plain = false;
    const double seconds = s.toDouble(&plain);
    if (plain)
        return seconds < 0 ? -1 : qint64(std::llround(seconds * 1000.0));
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
    return any ? qint64(std::llround(total)) : -1;
}

RateLimitInfo RateLimitInfo::fromHeaders(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    RateLimitInfo info;
    qint64 retryAfterSeconds = -1;
    auto number = [](const QByteArray &v) {
        bool ok = false;
        const qint64 n = v.trimmed().toLongLong(&ok);
        if (ok)
            return n;
        const double d = v.trimmed().toDouble(&ok);
        return ok ? qint64(d) : qint64(-1);
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
            info.retryAfterMs = number(value);
        else if (name == "retry-after") {
            // Seconds; an HTTP date is rare from these servers and is treated as "not said".
            bool ok = false;
            const double s = value.trimmed().toDouble(&ok);
            if (ok && s >= 0)
                retryAfterSeconds = qint64(std::llround(s * 1000.0));
        }
    }
    if (info.retryAfterMs < 0)
        info.retryAfterMs = retryAfterSeconds;
    return info;
}
