// ChatClient against ps-test-provider: real parallelism beyond one manager's six connections,
// plain http refused for remote hosts, the key sent only as a header and scrubbed from errors.

#include "generation/chatclient.h"
#include "provider/providerprocess.h"

#include <QTest>

class TestChatClient : public QObject
{
    Q_OBJECT
private slots:
    void parallelismBeyondSixConnections();
    void plainHttpOnlyForLoopback_data();
    void plainHttpOnlyForLoopback();
    void keyIsRedactedFromErrors();
    void noKeyMeansNoAuthorizationHeader();
    void timeoutIsReported();
};

namespace {
ChatRequest tinyRequest(bool structured = true)
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-4o-mini");
    r.structured = structured;
    r.timeoutMs = 5000;
    r.messages = QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), QStringLiteral("Character: Mara Vell\nWrite exactly 2 new records.")}}};
    return r;
}
}

void TestChatClient::parallelismBeyondSixConnections()
{
    // Each answer takes 1.5 s, so all twelve are in the server at once even when a loaded
    // machine (or a sanitizer build) is slow to send them.
    ProviderProcess provider({QStringLiteral("--latency-ms"), QStringLiteral("1500")});
    QVERIFY(provider.isRunning());
    ChatClient client(provider.baseUrl(), QString());
    client.setMaxParallel(12);
    QCOMPARE(client.poolSize(), 2);
    int done = 0;
    int ok = 0;
    for (int i = 0; i < 12; ++i)
        client.complete(tinyRequest(), this, [&](const ChatResponse &r) {
            ++done;
            ok += r.ok() && r.usageReported ? 1 : 0;
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, 12, 10000);
    QCOMPARE(ok, 12);
    // All twelve were in the server at once: one manager alone would have stopped at six.
    QCOMPARE(provider.stats().value(QLatin1String("max_in_flight")).toInt(), 12);
}

void TestChatClient::plainHttpOnlyForLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https remote") << QStringLiteral("https://api.openai.com/v1") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080/v1") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:1234/v1") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:1234/v1") << true;
    QTest::newRow("http remote") << QStringLiteral("http://api.example.com/v1") << false;
    QTest::newRow("http LAN") << QStringLiteral("http://192.168.1.20:8000/v1") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << false;
    QTest::newRow("garbage") << QStringLiteral("not a url") << false;
}

void TestChatClient::plainHttpOnlyForLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    ChatClient client(url, QStringLiteral("sk-abcdef"));
    QCOMPARE(client.configurationError().isEmpty(), accepted);
    if (!accepted) {
        ChatResponse got;
        bool called = false;
        client.complete(tinyRequest(), this, [&](const ChatResponse &r) {
            got = r;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(got.error, ChatResponse::Error::Configuration);
    }
}

void TestChatClient::keyIsRedactedFromErrors()
{
    const QString key = QStringLiteral("sk-test-SECRET-0123456789");
    ProviderProcess provider({QStringLiteral("--require-key"), key, QStringLiteral("--fault"), QStringLiteral("echo_key@1")});
    ChatClient client(provider.baseUrl(), key);
    ChatResponse got;
    bool called = false;
    client.complete(tinyRequest(), this, [&](const ChatResponse &r) {
        got = r;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(got.httpStatus, 500);
    QVERIFY(got.errorString.contains(QStringLiteral("[redacted]")));
    QVERIFY(!got.errorString.contains(key));
    QVERIFY(!got.body.contains(key.toUtf8()));
}

void TestChatClient::noKeyMeansNoAuthorizationHeader()
{
    ProviderProcess provider({QStringLiteral("--require-key"), QStringLiteral("needed")});
    ChatClient client(provider.baseUrl(), QString());
    ChatResponse got;
    bool called = false;
    client.listModels(this, [&](const ChatResponse &r) {
        got = r;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(got.httpStatus, 401);
}

void TestChatClient::timeoutIsReported()
{
    ProviderProcess provider({QStringLiteral("--fault"), QStringLiteral("hang@1")});
    ChatClient client(provider.baseUrl(), QString());
    ChatRequest request = tinyRequest();
    request.timeoutMs = 300;
    ChatResponse got;
    bool called = false;
    client.complete(request, this, [&](const ChatResponse &r) {
        got = r;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(got.error, ChatResponse::Error::Timeout);
    QVERIFY2(got.latencyMs >= 300, qPrintable(QString::number(got.latencyMs)));
}

QTEST_GUILESS_MAIN(TestChatClient)
#include "tst_chatclient.moc"
