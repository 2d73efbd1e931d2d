#pragma once
// TestProvider: a small OpenAI-compatible server for the generator's tests and benchmark —
// real HTTP/1.1 with keep-alive on 127.0.0.1 (QTcpServer), POST /v1/chat/completions and
// GET /v1/models. It writes plausible, varied, in-character records (deterministic from a seed
// and the request number; the persona is read out of the prompt), and can be told to be slow,
// to enforce requests- and tokens-per-minute limits with real x-ratelimit-* headers and 429s,
// and to misbehave on purpose: see Fault. GET /_stats reports what it saw, for assertions.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

class TestProvider : public QObject
{
    Q_OBJECT
public:
    struct Fault
    {
        QString kind;          // 429 500 503 reset hang fenced prose truncated wrongshape refusal duplicate
                               // bare array other echo_key
        double rate = 0;       // chance per chat request
        QSet<int> at;          // or these chat request numbers (1-based)
    };
    struct Settings
    {
        quint32 seed = 1;
        int latencyMs = 0;
        double msPerToken = 0;
        int rpm = 0;           // 0: no limit (and no rate-limit headers)
        int tpm = 0;
        double burstSeconds = 60;   // bucket capacity = rate × this
        int hangMs = -1;       // a hang answers after this long; -1: never
        bool rejectSchema = false;
        bool ignoreSchema = false;
        bool noUsage = false;
        QString requireKey;    // when set, other keys get 401
        QList<Fault> faults;
    };

    explicit TestProvider(const Settings &settings, QObject *parent = nullptr);
    bool listen(quint16 port = 0);
    quint16 port() const;
    // Reads --option values (and --scenario FILE, a JSON object with the same names).
    static bool parseArguments(const QStringList &args, Settings *settings, QString *error);

private:
    struct Connection
    {
        QByteArray buffer;
        bool busy = false;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
    };
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    void handleChat(QTcpSocket *socket, const Request &request);
    void reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {},
               int delayMs = 0);
    bool admit(qint64 tokens, QList<QPair<QByteArray, QByteArray>> *headers, qint64 *retryAfterMs);
    QString faultFor(int requestNumber, QRandomGenerator &random) const;
    QJsonObject makeRecord(QRandomGenerator &random, const QString &persona, const QString &category, int index) const;

    Settings m_settings;
    QTcpServer m_server;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_chatRequests = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_rateLimited = 0;
    QHash<QString, int> m_faultsServed;
    QHash<QString, QJsonArray> m_lastRecords;   // persona → records of its last answer
    double m_requestLevel = 0;
    double m_tokenLevel = 0;
    qint64 m_levelAt = 0;
};
