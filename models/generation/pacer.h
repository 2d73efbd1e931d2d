#pragma once
// Pacer: decides when GenerationRun may start the next request. It keeps a local model of the
// provider's two token buckets (requests and tokens), corrected by every response's
// x-ratelimit-* headers, so a run slows down *before* the limit instead of collecting 429s.
// On 429 it honours Retry-After for every request (one cool-down, not a stampede of retries);
// on errors it backs off exponentially with jitter. Servers that send no headers (local ones)
// get additive-increase / multiplicative-decrease of the concurrency on errors and on latency
// growth. The clock and the jitter source are injectable so tests can drive time by hand.

#include "ratelimitinfo.h"

#include <QRandomGenerator>
#include <deque>
#include <functional>
#include <map>

class Pacer
{
public:
    enum class Failure { RateLimited, ServerError, Connection, Timeout, BadResponse };
    using Clock = std::function<qint64()>; // monotonic milliseconds

    struct Settings
    {
        int maxConcurrency = 8;
        qint64 backoffBaseMs = 500;     // first retry waits about this long
        qint64 backoffMaxMs = 30000;
        double tokenMargin = 0.10;      // keep this share of a request's estimate in reserve
        double requestMargin = 1.0;     // and this many requests
        quint32 seed = 0;               // 0: a random seed
    };

    explicit Pacer(const Settings &settings, Clock clock = {});

    // The number of requests that may be in flight now (≤ maxConcurrency; lowered by errors
    // and latency growth on servers without rate-limit headers).
    int concurrencyLimit() const { return m_limit; }
    int maxConcurrency() const { return m_settings.maxConcurrency; }
    // Milliseconds until a request estimated at `tokens` may start; 0 means now.
    qint64 delayFor(qint64 tokens) const;
    // Records a start; returns the ticket to report its outcome with.
    quint64 started(qint64 estimatedTokens);
    void succeeded(quint64 ticket, const RateLimitInfo &info, qint64 latencyMs);
    // Records a failure and returns how long to wait before retrying that request (`attempt`
    // is the attempt that failed, 1-based).
    qint64 failed(quint64 ticket, Failure failure, const RateLimitInfo &info, int attempt);

    // Exponential backoff with "equal jitter": half fixed, half random, capped.
    qint64 backoffMs(int attempt);
    qint64 now() const { return m_clock(); }
    bool seenRateLimitHeaders() const { return m_seenHeaders; }

private:
    struct Bucket
    {
        bool known = false;
        double level = 0;       // at time `at`
        double capacity = 0;    // the largest remaining seen: the burst the server allows
        double perMs = 0;       // refill rate
        qint64 at = 0;
        double levelAt(qint64 t) const;
    };
    struct Start
    {
        quint64 ticket;
        qint64 at;
        qint64 tokens;
    };
    void applyHeaders(quint64 ticket, const RateLimitInfo &info);

    Settings m_settings;
    Clock m_clock;
    QRandomGenerator m_random;
    int m_limit;
    int m_successStreak = 0;
    bool m_seenHeaders = false;
    double m_latencyEwma = -1;
    double m_latencyBaseline = -1;
    qint64 m_cooldownUntil = 0;
    quint64 m_nextTicket = 1;
    Bucket m_requests;
    Bucket m_tokens;
    std::deque<Start> m_starts;   // recent starts, oldest first, to correct header snapshots
};
