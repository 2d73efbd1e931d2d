#include "pacer.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace {
qint64 steadyNow()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}
}

double Pacer::Bucket::levelAt(qint64 t) const
{
    return std::min(capacity, level + perMs * double(std::max<qint64>(0, t - at)));
}

Pacer::Pacer(const Settings &settings, Clock clock)
    : m_settings(settings)
    , m_clock(clock ? std::move(clock) : Clock(steadyNow))
    , m_random(settings.seed ? settings.seed : QRandomGenerator::global()->generate())
    , m_limit(std::max(1, settings.maxConcurrency))
{
    m_settings.maxConcurrency = m_limit;
}

qint64 Pacer::delayFor(qint64 tokens) const
{
    const qint64 t = m_clock();
    double wait = double(std::max<qint64>(0, m_cooldownUntil - t));
    if (m_requests.known && m_requests.perMs > 0) {
        const double need = std::min(m_requests.capacity, 1.0 + m_settings.requestMargin) - m_requests.levelAt(t);
        if (need > 0)
            wait = std::max(wait, need / m_requests.perMs);
    }
    if (m_tokens.known && m_tokens.perMs > 0) {
        const double want = std::min(m_tokens.capacity, double(tokens) * (1.0 + m_settings.tokenMargin));
        const double need = want - m_tokens.levelAt(t);
        if (need > 0)
            wait = std::max(wait, need / m_tokens.perMs);
    }
    return qint64(std::ceil(wait));
}

quint64 Pacer::started(qint64 estimatedTokens)
{
    const qint64 t = m_clock();
    const quint64 ticket = m_nextTicket++;
    for (Bucket *b : {&m_requests, &m_tokens}) {
        if (b->known) {
            b->level = b->levelAt(t);
            b->at = t;
        }
    }
    m_requests.level -= 1;
    m_tokens.level -= double(estimatedTokens);
    m_starts.push_back({ticket, t, estimatedTokens});
    // Starts older than two minutes no longer matter for any header snapshot.
    while (m_starts.size() > 4096 || (!m_starts.empty() && t - m_starts.front().at > 120000 && m_starts.size() > 64))
        m_starts.pop_front();
    return ticket;
}

void Pacer::applyHeaders(quint64 ticket, const RateLimitInfo &info)
{
    if (!info.hasRequestLimits() && !info.hasTokenLimits())
        return;
    m_seenHeaders = true;
    const qint64 t = m_clock();
    // The snapshot describes the server's buckets when it admitted this request; requests this
    // client started after it are not in it yet.
    qint64 admittedAt = t;
    double laterRequests = 0;
    double laterTokens = 0;
    for (const Start &s : m_starts) {
        if (s.ticket == ticket)
            admittedAt = s.at;
        else if (s.ticket > ticket) {
            laterRequests += 1;
            laterTokens += double(s.tokens);
        }
    }
    auto update = [&](Bucket &b, qint64 limit, qint64 remaining, double later) {
        if (limit <= 0 || remaining < 0)
            return;
        b.known = true;
        // The limit is per minute; the burst is what the server has shown to allow at most.
        b.perMs = double(limit) / 60000.0;
        b.capacity = std::max({b.capacity, double(remaining), 1.0});
        const double refilled = b.perMs * double(std::max<qint64>(0, t - admittedAt));
        b.level = std::min(b.capacity, double(remaining) + refilled) - later;
        b.at = t;
    };
    update(m_requests, info.limitRequests, info.remainingRequests, laterRequests);
    update(m_tokens, info.limitTokens, info.remainingTokens, laterTokens);
}

void Pacer::succeeded(quint64 ticket, const RateLimitInfo &info, qint64 latencyMs)
{
    applyHeaders(ticket, info);
    if (m_seenHeaders) {
        // The headers pace the run; concurrency may stay at its maximum.
        m_limit = m_settings.maxConcurrency;
        return;
    }
    // No headers: probe upwards slowly and back off when answers get much slower, which is how
    // an overloaded local server shows it.
    const double l = double(std::max<qint64>(1, latencyMs));
    m_latencyEwma = m_latencyEwma < 0 ? l : 0.8 * m_latencyEwma + 0.2 * l;
    m_latencyBaseline = m_latencyBaseline < 0 ? m_latencyEwma : std::min(m_latencyBaseline, m_latencyEwma);
    if (m_latencyEwma > 3.0 * m_latencyBaseline && m_latencyEwma - m_latencyBaseline > 500 && m_limit > 1) {
        m_limit -= 1;
        m_successStreak = 0;
        m_latencyEwma = m_latencyBaseline * 2.0; // one step per episode, not one per answer
        return;
    }
    if (++m_successStreak >= m_limit && m_limit < m_settings.maxConcurrency) {
        ++m_limit;
        m_successStreak = 0;
    }
}

qint64 Pacer::failed(quint64 ticket, Failure failure, const RateLimitInfo &info, int attempt)
{
    applyHeaders(ticket, info);
    const qint64 t = m_clock();
    qint64 wait = backoffMs(attempt);
    switch (failure) {
    case Failure::RateLimited:
        if (info.retryAfterMs >= 0)
            wait = info.retryAfterMs + qint64(m_random.bounded(std::max<qint64>(1, info.retryAfterMs / 10 + 20)));
        // Everyone waits: the bucket is empty for all requests, not just this one.
        m_cooldownUntil = std::max(m_cooldownUntil, t + wait);
        if (!m_seenHeaders)
            m_limit = std::max(1, m_limit / 2);
        break;
    case Failure::ServerError:
    case Failure::Connection:
    case Failure::Timeout:
        if (!m_seenHeaders)
            m_limit = std::max(1, m_limit / 2);
        if (info.retryAfterMs >= 0)
            wait = std::max(wait, info.retryAfterMs);
        break;
    case Failure::BadResponse:
        // The server answered; only this request is retried, a little later.
        wait = std::min<qint64>(wait, m_settings.backoffBaseMs);
        break;
    }
    m_successStreak = 0;
    return wait;
}

qint64 Pacer::backoffMs(int attempt)
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const double full = std::min(double(m_settings.backoffMaxMs), double(m_settings.backoffBaseMs) * std::pow(2.0, exponent));
    const double half = full / 2.0;
    return qint64(half + m_random.bounded(half + 1.0));
}
