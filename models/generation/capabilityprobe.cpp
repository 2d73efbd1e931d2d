#include "capabilityprobe.h"

#include "responseparser.h"

#include <QJsonDocument>
#include <QTimer>

CapabilityProbe::CapabilityProbe(const QString &baseUrl, const QString &apiKey, const QString &model, QObject *parent)
    : QObject(parent)
    , m_client(new ChatClient(baseUrl, apiKey, this))
    , m_model(model)
{
}

void CapabilityProbe::start(int timeoutMs)
{
    m_result = {};
    if (!m_client->configurationError().isEmpty()) {
        m_result.error = m_client->configurationError();
        QTimer::singleShot(0, this, [this] { emit finished(m_result); });
        return;
    }
    m_client->listModels(this, [this, timeoutMs](const ChatResponse &r) {
        m_result.reachable = r.httpStatus != 0;
        if (r.httpStatus == 401 || r.httpStatus == 403) {
            m_result.keyRejected = true;
            m_result.error = r.errorString;
            emit finished(m_result);
            return;
        }
        if (!m_result.reachable) {
            m_result.error = r.errorString;
            emit finished(m_result);
            return;
        }
        m_result.modelsEndpoint = r.httpStatus == 200;
        // A server that checks keys checks them here too; one that answers 404 has said nothing.
        m_result.keyAccepted = m_result.modelsEndpoint;
        const QJsonArray data = QJsonDocument::fromJson(r.body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data)
            m_result.modelListed = m_result.modelListed || v.toObject().value(QLatin1String("id")).toString() == m_model;
        probeChat(timeoutMs, true);
    }, timeoutMs);
}

void CapabilityProbe::probeChat(int timeoutMs, bool structured)
{
    ChatRequest request;
    request.model = m_model;
    request.temperature = 0;
    request.maxTokens = 120;
    request.structured = structured;
    request.timeoutMs = timeoutMs;
    request.messages = QJsonArray{QJsonObject{
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("content"), QStringLiteral("Character: Probe\nWrite exactly 1 record: a greeting as \"input\" and a one-sentence friendly "
                                                   "reply as \"output\". Answer with JSON only: {\"records\": [{\"input\": \"...\", \"output\": \"...\"}]}")}}};
    m_client->complete(request, this, [this, timeoutMs, structured](const ChatResponse &r) {
        m_result.reachable = m_result.reachable || r.httpStatus != 0;
        m_result.latencyMs = r.latencyMs;
        if (structured && r.structuredOutputRejected()) {
            m_result.structuredRejected = true;
            probeChat(timeoutMs, false); // does it work at all without structured output?
            return;
        }
        if (r.httpStatus == 401 || r.httpStatus == 403) {
            m_result.keyAccepted = false;
            m_result.keyRejected = true;
            m_result.error = r.errorString;
            emit finished(m_result);
            return;
        }
        // No answer at all (a timeout) tells nothing about the key.
        m_result.keyAccepted = m_result.keyAccepted || r.httpStatus != 0;
        if (!r.ok()) {
            if (m_result.error.isEmpty())
                m_result.error = r.errorString;
            emit finished(m_result);
            return;
        }
        m_result.completionWorks = true;
        m_result.usageReported = r.usageReported;
        if (structured)
            m_result.structuredHonoured = ResponseParser::parse(r.content).exactShape;
        emit finished(m_result);
    });
}

QStringList CapabilityProbe::describe(const Result &r, const QString &model)
{
    QStringList lines;
    auto yes = [](bool b) { return b ? tr("yes") : tr("no"); };
    lines << tr("Server reachable: %1").arg(yes(r.reachable));
    if (r.reachable) {
        lines << (r.keyAccepted || r.keyRejected ? tr("API key accepted: %1").arg(yes(r.keyAccepted))
                                                 : tr("API key accepted: not known (no request got far enough to tell)"));
    }
    // A refused key opened no model list and no chat: nothing to say about them.
    if (r.reachable && !r.keyRejected) {
        lines << (r.modelsEndpoint ? tr("Model list: %1 is %2").arg(model, r.modelListed ? tr("listed") : tr("NOT listed"))
                                   : tr("Model list: the server has no usable GET /models (not needed for generating)"));
        lines << tr("Chat completions work: %1%2").arg(yes(r.completionWorks), r.completionWorks ? tr(" (%1 ms)").arg(r.latencyMs) : QString());
        if (r.structuredRejected)
            lines << tr("Structured output (json_schema): refused by the server; runs will ask for plain JSON and extract it");
        else if (r.completionWorks)
            lines << tr("Structured output (json_schema): %1").arg(r.structuredHonoured ? tr("honoured")
                                                                                       : tr("ignored; runs will fall back to plain JSON"));
        if (r.completionWorks)
            lines << tr("Token usage reported: %1%2").arg(yes(r.usageReported), r.usageReported ? QString() : tr(" (costs will be estimated)"));
    }
    if (!r.error.isEmpty())
        lines << tr("Problem: %1").arg(r.error);
    return lines;
}
