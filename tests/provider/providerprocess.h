#pragma once
// ProviderProcess: starts ps-test-provider for a test and knows its base URL. Header-only so the
// generator's tests share it without a library of their own.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QUrl>
#include <csignal>
#include <sys/prctl.h>

class ProviderProcess
{
public:
    explicit ProviderProcess(const QStringList &arguments)
    {
        QString path = qEnvironmentVariable("PS_TEST_PROVIDER");
#ifdef PS_TEST_PROVIDER_PATH
        if (path.isEmpty())
            path = QStringLiteral(PS_TEST_PROVIDER_PATH);
#endif
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The server ends with the test: a test that crashes must not leave it behind holding
        // the test's stderr open, or CTest waits for it until the test's timeout.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        m_process.start(path, arguments);
        if (!m_process.waitForStarted(5000))
            return;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(5000)) {
        }
        m_port = m_process.readLine().trimmed().toInt();
    }
    ~ProviderProcess()
    {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
    bool isRunning() const { return m_port > 0; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port); }
    // What the server saw: chat_requests, max_in_flight, rate_limited, faults.
    QJsonObject stats() const
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(baseUrl() + QStringLiteral("/_stats"))));
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(5000);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return o;
    }

private:
    QProcess m_process;
    int m_port = 0;
};
