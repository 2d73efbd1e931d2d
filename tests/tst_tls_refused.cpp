// TLS errors are never ignored: against a loopback HTTPS server with a self-signed certificate
// (made at test time with openssl), ChatClient, the capability probe and `generate` all fail
// with a TLS error in words, and the server never receives a byte of the request — neither
// the body nor the Authorization header with the key. The sources must not call
// ignoreSslErrors or turn peer verification off anywhere.

#include "generation/capabilityprobe.h"
#include "generation/chatclient.h"
#include "tempproject.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString S(const char *text)
{
    return QString::fromUtf8(text);
}

const QString Key = S("sk-test-tls-4b1d0c9e");
const QByteArray Marker = "BODY-MARKER-7d3f";

} // namespace

class TestTlsRefused : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_handshakes = 0;
    QByteArray m_received;   // application data the server got after a completed handshake

    QString baseUrl() const { return S("https://localhost:%1/v1").arg(m_server.serverPort()); }

    bool isRefused(const QString &error) const
    {
        const QString lower = error.toLower();
        return lower.contains(S("ssl")) || lower.contains(S("tls")) || lower.contains(S("certificate"));
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        QVERIFY(m_dir.isValid());
        QProcess openssl;
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(S("openssl"), {S("req"), S("-x509"), S("-newkey"), S("rsa:2048"), S("-nodes"), S("-subj"), S("/CN=localhost"),
                                     S("-days"), S("1"), S("-keyout"), m_dir.filePath(S("key.pem")), S("-out"), m_dir.filePath(S("cert.pem"))});
        if (!openssl.waitForStarted(5000))
            QSKIP("openssl is not installed: no certificate to test with");
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());

        QFile certFile(m_dir.filePath(S("cert.pem"))), keyFile(m_dir.filePath(S("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);   // the server does not ask for a client certificate
        QVERIFY(!config.localCertificate().isNull() && !config.privateKey().isNull());
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
            ++m_handshakes;
            connect(socket, &QSslSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        });
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_server.nextPendingConnection()) {
            }
        });
        // Port 0: the system picks a free one, so parallel test runs never collide.
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        m_handshakes = 0;
        m_received.clear();
    }

    void chatClientRefusesSelfSignedCertificate()
    {
        ChatClient client(baseUrl(), Key);
        QCOMPARE(client.configurationError(), QString());
        ChatRequest request;
        request.model = S("gpt-4o-mini");
        request.messages = QJsonArray{QJsonObject{{S("role"), S("user")}, {S("content"), QString::fromLatin1(Marker)}}};
        request.timeoutMs = 10000;
        std::optional<ChatResponse> got;
        client.complete(request, this, [&](const ChatResponse &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
        QCOMPARE(int(got->error), int(ChatResponse::Error::Connection));
        QVERIFY2(isRefused(got->errorString), qPrintable(got->errorString));
        QVERIFY2(m_handshakes >= 1, "the client never reached the server: the test proves nothing");
        QVERIFY2(m_received.isEmpty(), m_received.constData());

        std::optional<ChatResponse> models;
        client.listModels(this, [&](const ChatResponse &r) { models = r; }, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(models.has_value(), 15000);
        QVERIFY(!models->ok());
        QVERIFY2(isRefused(models->errorString), qPrintable(models->errorString));
        QVERIFY2(m_received.isEmpty(), m_received.constData());
    }

    void probeRefusesSelfSignedCertificate()
    {
        CapabilityProbe probe(baseUrl(), Key, S("gpt-4o-mini"));
        QSignalSpy finished(&probe, &CapabilityProbe::finished);
        probe.start(10000);
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const CapabilityProbe::Result result = probe.result();
        QVERIFY(!result.reachable);
        QVERIFY(!result.completionWorks);
        QVERIFY2(isRefused(result.error), qPrintable(result.error));
        QVERIFY(!result.error.contains(Key));
        QVERIFY(m_handshakes >= 1);
        QVERIFY2(m_received.isEmpty(), m_received.constData());
    }

    void generateRefusesSelfSignedCertificate()
    {
        TempProject project(TestPaths::dataDir() + S("/generation/small"));
        QVERIFY(project.isValid());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(S("OPENAI_API_KEY"), Key);
        cli.setProcessEnvironment(env);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(TestPaths::cli(), {S("generate"), S("--project"), project.path(), S("--base-url"), baseUrl(), S("--max-attempts"), S("1"),
                                     S("--backoff-ms"), S("10"), S("--timeout-s"), S("10"), S("--concurrency"), S("1")});
        // The server lives in this process: wait with the event loop running.
        QSignalSpy done(&cli, &QProcess::finished);
        QVERIFY(done.wait(60000));
        const QString output = QString::fromLocal8Bit(cli.readAll());
        QVERIFY2(cli.exitCode() != 0, qPrintable(output));
        QVERIFY2(isRefused(output), qPrintable(output));
        QVERIFY2(!output.contains(Key), qPrintable(output));
        QVERIFY(m_handshakes >= 1);
        QVERIFY2(m_received.isEmpty(), m_received.constData());
    }

    void sourcesNeverIgnoreTlsErrors()
    {
        const QStringList forbidden{S("ignoreSslErrors"), S("VerifyNone"), S("QueryPeer"), S("setPeerVerifyMode")};
        QStringList hits;
        for (const char *folder : {"models", "widgets", "app"}) {
            QDirIterator it(TestPaths::sourceDir() + QLatin1Char('/') + QLatin1String(folder), {S("*.cpp"), S("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(f.readAll());
                for (const QString &word : forbidden) {
                    if (text.contains(word))
                        hits << S("%1: %2").arg(f.fileName(), word);
                }
            }
        }
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTlsRefused)
#include "tst_tls_refused.moc"
