#pragma once
// CapabilityProbe: answers, before a run, "will this endpoint work?" — GET {base}/models, then
// one tiny structured-output request. The CLI's `probe` command prints it; the GUI's provider
// panel shows it beside the base URL field.

#include "chatclient.h"

#include <QObject>
#include <QStringList>

class CapabilityProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        bool reachable = false;          // the server answered HTTP at all
        bool keyAccepted = false;        // an endpoint answered and neither said 401/403
        bool keyRejected = false;        // an endpoint said 401/403 (neither: not known)
        bool modelListed = false;        // GET /models lists the model
        bool modelsEndpoint = false;     // GET /models answered 200
        bool completionWorks = false;    // the chat request returned a completion
        bool structuredHonoured = false; // … in the exact json_schema shape
        bool structuredRejected = false; // … or the server refused response_format
        bool usageReported = false;
        qint64 latencyMs = 0;
        QString error;                   // the first problem, in words, key redacted
    };

    CapabilityProbe(const QString &baseUrl, const QString &apiKey, const QString &model, QObject *parent = nullptr);
    void start(int timeoutMs = 30000);
    Result result() const { return m_result; }
    // Plain-words lines, one per finding.
    static QStringList describe(const Result &result, const QString &model);

signals:
    void finished(const CapabilityProbe::Result &result);

private:
    void probeChat(int timeoutMs, bool structured);

    ChatClient *m_client;
    QString m_model;
    Result m_result;
};
