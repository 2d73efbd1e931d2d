#pragma once
// ChatClient: the studio's one door to an OpenAI-compatible server — POST {base}/chat/completions
// and GET {base}/models, asynchronous on the event loop. It owns a small pool of
// QNetworkAccessManagers because one manager opens at most six HTTP/1.1 connections per host,
// which would silently cap a run's concurrency against a plain-HTTP local server.
// HTTPS is verified (SSL errors are never ignored); plain HTTP is accepted only for loopback
// hosts. The API key is sent as a bearer token and scrubbed from every text this class returns.

#include "ratelimitinfo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <climits>
#include <map>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

struct ChatRequest
{
    QString model;
    QJsonArray messages;          // [{role, content}, …]
    double temperature = 0.9;
    int maxTokens = 0;            // 0: not sent
    bool structured = false;      // ask for the {"records":[{input, output}]} json_schema
    int timeoutMs = 60000;
};

struct ChatResponse
{
    enum class Error { None, Configuration, Connection, Timeout, Http, Aborted };

    Error error = Error::None;
    int httpStatus = 0;
    QString errorString;          // for people; never contains the key
    QByteArray body;              // the raw answer, key scrubbed
    QString content;              // choices[0].message.content
    QString finishReason;
    bool usageReported = false;
    int promptTokens = 0;
    int completionTokens = 0;
    RateLimitInfo rateLimit;
    qint64 latencyMs = 0;

    bool ok() const { return error == Error::None; }
    // A 400 that names response_format / json_schema: the server does not do structured output.
    bool structuredOutputRejected() const;
};

class ChatClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ChatResponse &)>;

    ChatClient(const QString &baseUrl, const QString &apiKey, QObject *parent = nullptr);
    ~ChatClient() override;

    // Empty when the base URL can be used; otherwise why not (a plain-HTTP remote host, …).
    QString configurationError() const { return m_configError; }
    static QString checkBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_base; }

    // How many requests the caller means to keep in flight; sizes the connection pool.
    void setMaxParallel(int n);
    int poolSize() const { return int(m_pool.size()); }

    // Sends the request; `done` runs on this thread when it ends, unless `context` is gone.
    // Returns an id for abort().
    quint64 complete(const ChatRequest &request, QObject *context, Callback done);
    quint64 listModels(QObject *context, Callback done, int timeoutMs = 20000);
    // Ends one request (or all) now; their callbacks run with Error::Aborted.
    void abort(quint64 id);
    void abortAll();
    int inFlight() const { return int(m_calls.size()); }

    // Replaces every occurrence of the key with "[redacted]".
    QString redact(QString text) const;
    QByteArray redact(QByteArray text) const;

    static QJsonObject recordsSchema();

private:
    struct Call;
    quint64 send(const QUrl &url, const QByteArray &verb, const QByteArray &body, int timeoutMs, QObject *context,
                 Callback done, bool chat);
    void finish(quint64 id, bool timedOut);
    QNetworkAccessManager *leastLoaded();

    QUrl m_base;
    QString m_apiKey;
    QString m_configError;
    std::vector<QNetworkAccessManager *> m_pool;   // children of this
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    quint64 m_nextId = 1;
};
