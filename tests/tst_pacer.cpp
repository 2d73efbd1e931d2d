// Pacer and RateLimitInfo: header parsing, pacing before the limit, Retry-After, backoff,
// and AIMD for servers without headers — driven by a hand-moved clock.

#include "generation/pacer.h"

#include <QTest>

class TestPacer : public QObject
{
    Q_OBJECT
private slots:
    void durations_data();
    void durations();
    void headers();
    void garbageHeaders();
    void pacesBeforeTheRequestLimit();
    void pacesOnTokens();
    void retryAfterCoolsDownEveryone();
    void backoffGrowsWithJitterAndCap();
    void noHeadersHalvesConcurrencyAndRecovers();
};

void TestPacer::durations_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("6m0s") << QByteArray("6m0s") << qint64(360000);
    QTest::newRow("1s") << QByteArray("1s") << qint64(1000);
    QTest::newRow("20ms") << QByteArray("20ms") << qint64(20);
    QTest::newRow("1h2m3.5s") << QByteArray("1h2m3.5s") << qint64(3723500);
    QTest::newRow("plain seconds") << QByteArray("0.25") << qint64(250);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
    // A provider's garbage: not a number is "not said", a huge duration is capped.
    QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
    QTest::newRow("nan") << QByteArray("nan") << qint64(-1);
    QTest::newRow("inf") << QByteArray("inf") << qint64(-1);
    QTest::newRow("1e300 seconds") << QByteArray("1e300") << RateLimitInfo::MaxDurationMs;
    QTest::newRow("many hours") << QByteArray("99999999999999999999h") << RateLimitInfo::MaxDurationMs;
    QTest::newRow("a day") << QByteArray("24h") << qint64(86400000);
}

void TestPacer::durations()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ms);
    QCOMPARE(RateLimitInfo::parseDuration(text), ms);
}

void TestPacer::headers()
{
    const RateLimitInfo info = RateLimitInfo::fromHeaders({{"X-RateLimit-Limit-Requests", "60"},
                                                           {"x-ratelimit-remaining-requests", "59"},
                                                           {"x-ratelimit-reset-requests", "1s"},
                                                           {"x-ratelimit-limit-tokens", "150000"},
                                                           {"x-ratelimit-remaining-tokens", "149000"},
                                                           {"x-ratelimit-reset-tokens", "6m0s"},
                                                           {"Retry-After", "2"}});
    QCOMPARE(info.limitRequests, 60);
    QCOMPARE(info.remainingRequests, 59);
    QCOMPARE(info.resetRequestsMs, 1000);
    QCOMPARE(info.remainingTokens, 149000);
    QCOMPARE(info.resetTokensMs, 360000);
    QCOMPARE(info.retryAfterMs, 2000);
    const RateLimitInfo ms = RateLimitInfo::fromHeaders({{"retry-after-ms", "150"}, {"retry-after", "2"}});
    QCOMPARE(ms.retryAfterMs, 150); // the precise header wins
    QVERIFY(RateLimitInfo::fromHeaders({}).isEmpty());
}

void TestPacer::garbageHeaders()
{
    const RateLimitInfo info = RateLimitInfo::fromHeaders({{"x-ratelimit-limit-requests", "nan"},
                                                           {"x-ratelimit-remaining-requests", "inf"},
                                                           {"x-ratelimit-limit-tokens", "1e30"},
                                                           {"x-ratelimit-remaining-tokens", "99999999999999999999999"},
                                                           {"x-ratelimit-reset-tokens", "-inf"},
                                                           {"retry-after-ms", "9223372036854775807"}});
    QCOMPARE(info.limitRequests, -1);
    QCOMPARE(info.remainingRequests, -1);
    QCOMPARE(info.limitTokens, RateLimitInfo::MaxCount);
    QCOMPARE(info.remainingTokens, RateLimitInfo::MaxCount);
    QCOMPARE(info.resetTokensMs, -1);
    QCOMPARE(info.retryAfterMs, RateLimitInfo::MaxWaitMs);
    QCOMPARE(RateLimitInfo::fromHeaders({{"retry-after", "1e300"}}).retryAfterMs, RateLimitInfo::MaxWaitMs);
    QCOMPARE(RateLimitInfo::fromHeaders({{"retry-after", "7200"}}).retryAfterMs, RateLimitInfo::MaxWaitMs);
    QCOMPARE(RateLimitInfo::fromHeaders({{"retry-after", "3599"}}).retryAfterMs, 3599000);
    QCOMPARE(RateLimitInfo::fromHeaders({{"retry-after", "nan"}}).retryAfterMs, -1);
    QCOMPARE(RateLimitInfo::fromHeaders({{"retry-after-ms", "-5"}, {"retry-after", "2"}}).retryAfterMs, 2000);

    // The pacer waits the capped hour (and its jitter), never a negative or overflowing time.
    qint64 now = 1000;
    Pacer::Settings s;
    s.seed = 5;
    Pacer pacer(s, [&] { return now; });
    const quint64 t = pacer.started(10);
    const qint64 wait = pacer.failed(t, Pacer::Failure::RateLimited, info, 1);
    QVERIFY2(wait >= RateLimitInfo::MaxWaitMs && wait <= RateLimitInfo::MaxWaitMs + RateLimitInfo::MaxWaitMs / 10 + 20, qPrintable(QString::number(wait)));
    QCOMPARE(pacer.delayFor(10), wait);
    // Limits this large pace nothing.
    now += wait;
    QCOMPARE(pacer.delayFor(10), 0);
}

void TestPacer::pacesBeforeTheRequestLimit()
{
    qint64 now = 0;
    Pacer::Settings s;
    s.seed = 7;
    Pacer pacer(s, [&] { return now; });
    QCOMPARE(pacer.delayFor(100), 0);
    // 60 per minute = one per second; the server says 2 are left after the first request.
    const quint64 a = pacer.started(100);
    const quint64 b = pacer.started(100);
    pacer.succeeded(a, RateLimitInfo::fromHeaders({{"x-ratelimit-limit-requests", "60"}, {"x-ratelimit-remaining-requests", "2"}}), 50);
    // b started after a's snapshot: one left, minus the margin → wait about half a second.
    const qint64 wait = pacer.delayFor(100);
    QVERIFY2(wait > 300 && wait <= 1000, qPrintable(QString::number(wait)));
    now += wait;
    QCOMPARE(pacer.delayFor(100), 0);
    pacer.started(100);
    QVERIFY(pacer.delayFor(100) >= 900); // the next needs another second of refill
    Q_UNUSED(b);
}

void TestPacer::pacesOnTokens()
{
    qint64 now = 0;
    Pacer::Settings s;
    s.seed = 7;
    Pacer pacer(s, [&] { return now; });
    const quint64 first = pacer.started(1000);
    pacer.succeeded(first, RateLimitInfo::fromHeaders({{"x-ratelimit-limit-tokens", "60000"}, {"x-ratelimit-remaining-tokens", "59000"}}), 10);
    const quint64 a = pacer.started(1000);
    pacer.succeeded(a, RateLimitInfo::fromHeaders({{"x-ratelimit-limit-tokens", "60000"}, {"x-ratelimit-remaining-tokens", "500"}}), 10);
    // 1000 tokens per second refill; 1100 wanted (with margin), 500 there → about 600 ms.
    const qint64 wait = pacer.delayFor(1000);
    QVERIFY2(wait >= 550 && wait <= 650, qPrintable(QString::number(wait)));
}

void TestPacer::retryAfterCoolsDownEveryone()
{
    qint64 now = 1000;
    Pacer::Settings s;
    s.seed = 3;
    Pacer pacer(s, [&] { return now; });
    const quint64 t = pacer.started(10);
    const qint64 wait = pacer.failed(t, Pacer::Failure::RateLimited, RateLimitInfo::fromHeaders({{"retry-after-ms", "800"}}), 1);
    QVERIFY(wait >= 800 && wait < 1000);
    QCOMPARE(pacer.delayFor(10), wait); // nobody starts before the cool-down ends
    now += wait;
    QCOMPARE(pacer.delayFor(10), 0);
}

void TestPacer::backoffGrowsWithJitterAndCap()
{
    Pacer::Settings s;
    s.backoffBaseMs = 100;
    s.backoffMaxMs = 1000;
    s.seed = 11;
    Pacer pacer(s, [] { return qint64(0); });
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const qint64 full = std::min<qint64>(1000, 100LL << (attempt - 1));
        for (int i = 0; i < 20; ++i) {
            const qint64 b = pacer.backoffMs(attempt);
            QVERIFY2(b >= full / 2 && b <= full, qPrintable(QStringLiteral("%1: %2").arg(attempt).arg(b)));
        }
    }
}

void TestPacer::noHeadersHalvesConcurrencyAndRecovers()
{
    Pacer::Settings s;
    s.maxConcurrency = 8;
    s.seed = 5;
    qint64 now = 0;
    Pacer pacer(s, [&] { return now; });
    QCOMPARE(pacer.concurrencyLimit(), 8);
    pacer.failed(pacer.started(1), Pacer::Failure::ServerError, {}, 1);
    QCOMPARE(pacer.concurrencyLimit(), 4);
    pacer.failed(pacer.started(1), Pacer::Failure::Timeout, {}, 1);
    QCOMPARE(pacer.concurrencyLimit(), 2);
    for (int i = 0; i < 40; ++i)
        pacer.succeeded(pacer.started(1), {}, 100);
    QCOMPARE(pacer.concurrencyLimit(), 8);
    // Latency growing far beyond its baseline lowers it again.
    for (int i = 0; i < 30; ++i)
        pacer.succeeded(pacer.started(1), {}, 5000);
    QVERIFY(pacer.concurrencyLimit() < 8);
}

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
