#include "chatclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace {


// One QNetworkAccessManager opens at most this many HTTP/1.1 connections to one host.
constexpr int ConnectionsPerManager = 6;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        || host.endsWith(QLatin1String(".localhost"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

struct ChatClient::Call
{
    QPointer<QNetworkReply> reply;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QElapsedTimer timer;
    QTimer *timeout = nullptr;   // child of reply
    QNetworkAccessManager *manager = nullptr;
    bool chat = true;
    bool aborted = false;
};

bool ChatResponse::structuredOutputRejected() const
{
    if (httpStatus != 400 && httpStatus != 422)
        return false;
    const QByteArray lower = body.toLower();
    return lower.contains("response_format") || lower.contains("json_schema") || lower.contains("structured");
}

ChatClient::ChatClient(const QString &baseUrl, const QString &apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(apiKey)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    m_base = QUrl(base);
    m_configError = checkBaseUrl(m_base);
    setMaxParallel(ConnectionsPerManager);
}

ChatClient::~ChatClient()
{
    abortAll();
}

QString ChatClient::checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("the base URL \"%1\" is not a valid http(s) URL").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("the base URL \"%1\" uses plain http to a host that is not this machine; the key and the data would "
                  "travel unencrypted. Use https (plain http is accepted only for localhost / 127.0.0.1 / ::1).")
            .arg(url.toString());
    }
    return tr("the base URL \"%1\" must start with https:// (or http:// for a server on this machine)").arg(url.toString());
}

void ChatClient::setMaxParallel(int n)
{
    const int wanted = std::max(1, (std::max(1, n) + ConnectionsPerManager - 1) / ConnectionsPerManager);
    while (int(m_pool.size()) < wanted)
        m_pool.push_back(new QNetworkAccessManager(this));
    // Managers are only ever added: shrinking would cut connections that requests are using.
}

QNetworkAccessManager *ChatClient::leastLoaded()
{
    QNetworkAccessManager *best = m_pool.front();
    int bestLoad = INT_MAX;
    for (QNetworkAccessManager *m : m_pool) {
        int load = 0;
        for (const auto &[id, call] : m_calls)
            load += call->manager == m ? 1 : 0;
        if (load < bestLoad) {
            best = m;
            bestLoad = load;
        }
    }
    return best;
}

QJsonObject ChatClient::recordsSchema()
{
    const QJsonObject item{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("input"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
                                                   {QStringLiteral("output"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("input"), QStringLiteral("output")}},
        {QStringLiteral("additionalProperties"), false},
    };
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("records"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                                                           {QStringLiteral("items"), item}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("records")}},
        {QStringLiteral("additionalProperties"), false},
    };
}

quint64 ChatClient::complete(const ChatRequest &request, QObject *context, Callback done)
{
    QJsonObject body{
        {QStringLiteral("model"), request.model},
        {QStringLiteral("messages"), request.messages},
        {QStringLiteral("temperature"), request.temperature},
    };
    if (request.maxTokens > 0)
        body.insert(QStringLiteral("max_tokens"), request.maxTokens);
    if (request.structured) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"), QJsonObject{{QStringLiteral("name"), QStringLiteral("records")},
                                                                            {QStringLiteral("strict"), true},
                                                                            {QStringLiteral("schema"), recordsSchema()}}}});
    }
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/chat/completions"));
    return send(url, "POST", QJsonDocument(body).toJson(QJsonDocument::Compact), request.timeoutMs, context, std::move(done), true);
}

quint64 ChatClient::listModels(QObject *context, Callback done, int timeoutMs)
{
    QUrl url = m_base;
    url.setPath(m_base.path() + QStringLiteral("/models"));
    return send(url, "GET", {}, timeoutMs, context, std::move(done), false);
}

quint64 ChatClient::send(const QUrl &url, const QByteArray &verb, const QByteArray &body, int timeoutMs, QObject *context,
                         Callback done, bool chat)
{
    const quint64 id = m_nextId++;
    auto call = std::make_unique<Call>();
    call->context = context;
    call->hasContext = context != nullptr;
    call->done = std::move(done);
    call->chat = chat;
    call->timer.start();
    if (!m_configError.isEmpty()) {
        ChatResponse r;
        r.error = ChatResponse::Error::Configuration;
        r.errorString = m_configError;
        // Answer asynchronously, as for every other outcome, so callers need one code path.
        Callback cb = call->done;
        QPointer<QObject> ctx = context;
        const bool hadContext = context != nullptr;
        QTimer::singleShot(0, this, [cb, ctx, hadContext, r] {
            if (!hadContext || ctx)
                cb(r);
        });
        return id;
    }

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);

    call->manager = leastLoaded();
    QNetworkReply *reply = verb == "GET" ? call->manager->get(request) : call->manager->post(request, body);
    call->reply = reply;
    // Our own timer rather than setTransferTimeout(): a timeout must be told apart from an abort.
    call->timeout = new QTimer(reply);
    call->timeout->setSingleShot(true);
    call->timeout->setTimerType(Qt::PreciseTimer);   // a coarse timer may fire up to 5% early
    connect(call->timeout, &QTimer::timeout, this, [this, id] { finish(id, true); });
    call->timeout->start(std::max(1, timeoutMs));
    connect(reply, &QNetworkReply::finished, this, [this, id] { finish(id, false); });
    m_calls.emplace(id, std::move(call));
    return id;
}

void ChatClient::finish(quint64 id, bool timedOut)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);

    ChatResponse r;
    r.latencyMs = call->timer.elapsed();
    QNetworkReply *reply = call->reply;
    if (reply) {
        reply->disconnect(this);
        if (timedOut || call->aborted)
            reply->abort();
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.rateLimit = RateLimitInfo::fromHeaders(reply->rawHeaderPairs());
        if (!timedOut && !call->aborted)
            r.body = redact(reply->readAll());
    }

    if (timedOut) {
        r.error = ChatResponse::Error::Timeout;
        r.errorString = tr("no answer within the time limit");
    } else if (call->aborted) {
        r.error = ChatResponse::Error::Aborted;
        r.errorString = tr("cancelled");
    } else if (reply && r.httpStatus == 0) {
        r.error = ChatResponse::Error::Connection;
        r.errorString = redact(reply->errorString());
    } else if (reply && (r.httpStatus < 200 || r.httpStatus >= 300)) {
        r.error = ChatResponse::Error::Http;
        QString message;
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QJsonValue err = o.value(QLatin1String("error"));
        message = err.isObject() ? err.toObject().value(QLatin1String("message")).toString() : err.toString();
        if (message.isEmpty())
            message = QString::fromUtf8(r.body.left(300)).simplified();
        r.errorString = tr("HTTP %1: %2").arg(r.httpStatus).arg(redact(message));
    } else if (reply && call->chat) {
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &perr);
        const QJsonObject o = doc.object();
        const QJsonObject choice = o.value(QLatin1String("choices")).toArray().at(0).toObject();
        r.content = redact(choice.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toString());
        r.finishReason = choice.value(QLatin1String("finish_reason")).toString();
        const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
        r.usageReported = usage.contains(QLatin1String("prompt_tokens"));
        r.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt();
        r.completionTokens = usage.value(QLatin1String("completion_tokens")).toInt();
        if (perr.error != QJsonParseError::NoError || !o.contains(QLatin1String("choices"))) {
            // A 200 that is not a chat completion: a proxy page, a cut connection.
            r.error = ChatResponse::Error::Http;
            r.errorString = tr("the server's answer is not a chat completion");
        }
    }
    if (reply)
        reply->deleteLater();
    if (!call->hasContext || call->context)
        call->done(r);
}

void ChatClient::abort(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    it->second->aborted = true;
    finish(id, false);
}

void ChatClient::abortAll()
{
    std::vector<quint64> ids;
    for (const auto &[id, call] : m_calls)
        ids.push_back(id);
    for (quint64 id : ids)
        abort(id);
}

QString ChatClient::redact(QString text) const
{
    if (m_apiKey.size() >= 4)
        text.replace(m_apiKey, QStringLiteral("[redacted]"));
    return text;
}

QByteArray ChatClient::redact(QByteArray text) const
{
    if (m_apiKey.size() >= 4)
        text.replace(m_apiKey.toUtf8(), QByteArrayLiteral("[redacted]"));
    return text;
}
