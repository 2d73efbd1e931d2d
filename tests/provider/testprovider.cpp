#include "testprovider.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <cmath>
#include <memory>
#include <sys/socket.h>

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}

int tokensOf(const QString &text)
{
    return int((text.size() + 3) / 4);
}

QString pick(QRandomGenerator &r, const QStringList &list)
{
    return list.at(int(r.bounded(quint32(list.size()))));
}

const QStringList Greetings = {QStringLiteral("Hey"), QStringLiteral("Hi"), QStringLiteral("Hello"), QStringLiteral("Good morning"),
                               QStringLiteral("Evening"), QStringLiteral("Oh hi"), QStringLiteral("Hey there"), QStringLiteral("Excuse me"),
                               QStringLiteral("Well hello"), QStringLiteral("Hiya"), QStringLiteral("Greetings"), QStringLiteral("Yo")};
const QStringList Questions = {
    QStringLiteral("what keeps you busy on a %1 day like this?"), QStringLiteral("how do you deal with a %1 week?"),
    QStringLiteral("what would you do about a %1 neighbour?"), QStringLiteral("can you tell me about the most %1 thing you ever saw?"),
    QStringLiteral("why does everything feel so %1 lately?"), QStringLiteral("do you remember a %1 night you can't forget?"),
    QStringLiteral("how would you fix a %1 mistake?"), QStringLiteral("what do you say to someone who feels %1?"),
    QStringLiteral("is it true you once had a %1 adventure?"), QStringLiteral("where do you go when the world gets %1?"),
    QStringLiteral("who taught you to handle %1 moments?"), QStringLiteral("what's your secret for a %1 morning?")};
const QStringList Adjectives = {QStringLiteral("stormy"), QStringLiteral("quiet"), QStringLiteral("strange"), QStringLiteral("lonely"),
                                QStringLiteral("bright"), QStringLiteral("chaotic"), QStringLiteral("cold"), QStringLiteral("wonderful"),
                                QStringLiteral("awkward"), QStringLiteral("busy"), QStringLiteral("foggy"), QStringLiteral("noisy"),
                                QStringLiteral("gentle"), QStringLiteral("tense"), QStringLiteral("silly"), QStringLiteral("endless")};
const QStringList Openers = {QStringLiteral("Honestly"), QStringLiteral("Well"), QStringLiteral("Ha"), QStringLiteral("Listen"),
                             QStringLiteral("You know"), QStringLiteral("Oh"), QStringLiteral("Funny you ask"), QStringLiteral("Hmm"),
                             QStringLiteral("Look"), QStringLiteral("Truth is"), QStringLiteral("Between us"), QStringLiteral("Ah"),
                             QStringLiteral("First thing"), QStringLiteral("Right"), QStringLiteral("See"), QStringLiteral("Okay")};
const QStringList Subjects = {QStringLiteral("the old lamp"), QStringLiteral("my grandmother"), QStringLiteral("the harbour crowd"),
                              QStringLiteral("a stubborn gull"), QStringLiteral("the night tide"), QStringLiteral("every sailor I know"),
                              QStringLiteral("the ferry bell"), QStringLiteral("my own two hands"), QStringLiteral("the north wind"),
                              QStringLiteral("that crooked pier"), QStringLiteral("the signal flags"), QStringLiteral("a tin of biscuits"),
                              QStringLiteral("the logbook"), QStringLiteral("the fog horn"), QStringLiteral("my best friend"),
                              QStringLiteral("the stars overhead")};
const QStringList Verbs = {QStringLiteral("taught me to"), QStringLiteral("reminds me to"), QStringLiteral("never lets me"),
                           QStringLiteral("helps me"), QStringLiteral("dares me to"), QStringLiteral("makes me want to"),
                           QStringLiteral("forces me to"), QStringLiteral("quietly asks me to"), QStringLiteral("used to make me"),
                           QStringLiteral("always tells me to"), QStringLiteral("shows me how to"), QStringLiteral("begs me to")};
const QStringList Actions = {QStringLiteral("breathe slower"), QStringLiteral("count the waves"), QStringLiteral("laugh at the rain"),
                             QStringLiteral("keep the light burning"), QStringLiteral("write it all down"), QStringLiteral("mend what is broken"),
                             QStringLiteral("wait for morning"), QStringLiteral("trust my gut"), QStringLiteral("say less and listen more"),
                             QStringLiteral("sing off key"), QStringLiteral("polish the brass"), QStringLiteral("watch the horizon"),
                             QStringLiteral("share the last biscuit"), QStringLiteral("walk the long way home"), QStringLiteral("tie a better knot"),
                             QStringLiteral("forgive the weather")};
const QStringList Tails = {QStringLiteral("before breakfast"), QStringLiteral("when nobody is looking"), QStringLiteral("at least twice a week"),
                           QStringLiteral("even in winter"), QStringLiteral("on the worst days"), QStringLiteral("without complaining much"),
                           QStringLiteral("the way my mother did"), QStringLiteral("with a cup of tea"), QStringLiteral("under a grey sky"),
                           QStringLiteral("until my boots dry"), QStringLiteral("whatever the tide says"), QStringLiteral("one step at a time")};
const QStringList Closers = {QStringLiteral("So try it, and tell me how it goes."), QStringLiteral("That's all the wisdom I've got today."),
                             QStringLiteral("Don't tell anyone I said that."), QStringLiteral("It works more often than you'd think."),
                             QStringLiteral("Come by the tower if you want to hear more."), QStringLiteral("Anyway, that's my answer."),
                             QStringLiteral("You'd be surprised how much that helps."), QStringLiteral("Take it or leave it, friend."),
                             QStringLiteral("Now, where was I?"), QStringLiteral("Funny old world, isn't it?")};

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray errorBody(const QString &message, const QString &type)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}, {QStringLiteral("type"), type}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TestProvider::TestProvider(const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_requestLevel = m_settings.rpm / 60.0 * m_settings.burstSeconds;
    m_tokenLevel = m_settings.tpm / 60.0 * m_settings.burstSeconds;
    m_levelAt = monotonicMs();
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_connections.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_connections.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool TestProvider::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 TestProvider::port() const
{
    return m_server.serverPort();
}

bool TestProvider::parseArguments(const QStringList &args, Settings *s, QString *error)
{
    auto addFault = [&](const QString &spec) {
        // KIND:RATE or KIND@N,M,…
        Fault f;
        if (spec.contains(QLatin1Char('@'))) {
            f.kind = spec.section(QLatin1Char('@'), 0, 0);
            for (const QString &n : spec.section(QLatin1Char('@'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
                f.at.insert(n.toInt());
        } else {
            f.kind = spec.section(QLatin1Char(':'), 0, 0);
            f.rate = spec.section(QLatin1Char(':'), 1).toDouble();
        }
        s->faults << f;
    };
    auto apply = [&](const QString &name, const QString &value) -> bool {
        if (name == QLatin1String("seed")) s->seed = value.toUInt();
        else if (name == QLatin1String("latency-ms")) s->latencyMs = value.toInt();
        else if (name == QLatin1String("ms-per-token")) s->msPerToken = value.toDouble();
        else if (name == QLatin1String("rpm")) s->rpm = value.toInt();
        else if (name == QLatin1String("tpm")) s->tpm = value.toInt();
        else if (name == QLatin1String("burst-s")) s->burstSeconds = value.toDouble();
        else if (name == QLatin1String("hang-ms")) s->hangMs = value.toInt();
        else if (name == QLatin1String("require-key")) s->requireKey = value;
        else if (name == QLatin1String("fault")) addFault(value);
        else return false;
        return true;
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        if (a == QLatin1String("--reject-schema")) s->rejectSchema = true;
        else if (a == QLatin1String("--ignore-schema")) s->ignoreSchema = true;
        else if (a == QLatin1String("--no-usage")) s->noUsage = true;
        else if (a == QLatin1String("--scenario") && i + 1 < args.size()) {
            QFile f(args.at(++i));
            if (!f.open(QIODevice::ReadOnly)) {
                *error = QStringLiteral("cannot read %1").arg(f.fileName());
                return false;
            }
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("faults")) {
                    for (const QJsonValue &v : it->toArray())
                        addFault(v.toString());
                } else if (it->isBool()) {
                    if (it.key() == QLatin1String("reject-schema")) s->rejectSchema = it->toBool();
                    else if (it.key() == QLatin1String("ignore-schema")) s->ignoreSchema = it->toBool();
                    else if (it.key() == QLatin1String("no-usage")) s->noUsage = it->toBool();
                } else if (!apply(it.key(), it->isString() ? it->toString() : QString::number(it->toDouble()))) {
                    *error = QStringLiteral("unknown scenario key %1").arg(it.key());
                    return false;
                }
            }
        } else if (a.startsWith(QLatin1String("--")) && i + 1 < args.size() && apply(a.mid(2), args.at(i + 1))) {
            ++i;
        } else {
            *error = QStringLiteral("unknown argument %1").arg(a);
            return false;
        }
    }
    return true;
}

void TestProvider::onReadyRead(QTcpSocket *socket)
{
    Connection &c = m_connections[socket];
    c.buffer += socket->readAll();
    // One request at a time per connection; the client does not pipeline.
    while (!c.busy) {
        const qsizetype end = c.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = c.buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (c.buffer.size() < end + 4 + length)
            return;
        r.body = c.buffer.mid(end + 4, length);
        c.buffer.remove(0, end + 4 + length);
        c.busy = true;
        handle(socket, r);
    }
}

void TestProvider::reply(QTcpSocket *socket, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers,
                         int delayMs)
{
    QPointer<QTcpSocket> guard(socket);
    auto send = [this, guard, status, body, headers] {
        if (!guard)
            return;
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: keep-alive\r\n";
        for (const auto &[name, value] : headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + body;
        guard->write(out);
        if (m_connections.contains(guard)) {
            m_connections[guard].busy = false;
            if (!m_connections[guard].buffer.isEmpty())
                QTimer::singleShot(0, guard, [this, guard] {
                    if (guard)
                        onReadyRead(guard);
                });
        }
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, socket, send);
    else
        send();
}

void TestProvider::handle(QTcpSocket *socket, const Request &request)
{
    const QByteArray auth = request.headers.value("authorization");
    if (!m_settings.requireKey.isEmpty() && auth != "Bearer " + m_settings.requireKey.toUtf8()) {
        reply(socket, 401, errorBody(QStringLiteral("Incorrect API key provided."), QStringLiteral("invalid_request_error")));
        return;
    }
    if (request.method == "GET" && request.path.endsWith("/models")) {
        reply(socket, 200, QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                     {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gpt-4o-mini")},
                                                                                                     {QStringLiteral("object"), QStringLiteral("model")}}}}})
                               .toJson(QJsonDocument::Compact));
        return;
    }
    if (request.method == "GET" && request.path.endsWith("/_stats")) {
        QJsonObject faults;
        for (auto it = m_faultsServed.cbegin(); it != m_faultsServed.cend(); ++it)
            faults.insert(it.key(), it.value());
        reply(socket, 200, QJsonDocument(QJsonObject{{QStringLiteral("chat_requests"), m_chatRequests},
                                                     {QStringLiteral("max_in_flight"), m_maxInFlight},
                                                     {QStringLiteral("rate_limited"), m_rateLimited},
                                                     {QStringLiteral("faults"), faults}})
                               .toJson(QJsonDocument::Compact));
        return;
    }
    if (request.method == "POST" && request.path.endsWith("/chat/completions")) {
        handleChat(socket, request);
        return;
    }
    reply(socket, 404, errorBody(QStringLiteral("Unknown path %1").arg(QString::fromUtf8(request.path)), QStringLiteral("not_found")));
}

bool TestProvider::admit(qint64 tokens, QList<QPair<QByteArray, QByteArray>> *headers, qint64 *retryAfterMs)
{
    if (m_settings.rpm <= 0 && m_settings.tpm <= 0)
        return true;
    const qint64 now = monotonicMs();
    const double reqPerMs = m_settings.rpm / 60000.0;
    const double tokPerMs = m_settings.tpm / 60000.0;
    const double reqCap = m_settings.rpm / 60.0 * m_settings.burstSeconds;
    const double tokCap = m_settings.tpm / 60.0 * m_settings.burstSeconds;
    m_requestLevel = std::min(reqCap, m_requestLevel + reqPerMs * double(now - m_levelAt));
    m_tokenLevel = std::min(tokCap, m_tokenLevel + tokPerMs * double(now - m_levelAt));
    m_levelAt = now;
    bool ok = true;
    qint64 wait = 0;
    if (m_settings.rpm > 0 && m_requestLevel < 1) {
        ok = false;
        wait = std::max<qint64>(wait, qint64(std::ceil((1 - m_requestLevel) / reqPerMs)));
    }
    if (m_settings.tpm > 0 && m_tokenLevel < double(tokens)) {
        ok = false;
        wait = std::max<qint64>(wait, qint64(std::ceil((double(tokens) - m_tokenLevel) / tokPerMs)));
    }
    if (ok) {
        m_requestLevel -= 1;
        m_tokenLevel -= double(tokens);
    }
    auto duration = [](double ms) {
        return QByteArray::number(std::max(0.0, ms) / 1000.0, 'f', 3) + 's';
    };
    if (m_settings.rpm > 0) {
        *headers << qMakePair(QByteArray("x-ratelimit-limit-requests"), QByteArray::number(m_settings.rpm))
                 << qMakePair(QByteArray("x-ratelimit-remaining-requests"), QByteArray::number(qint64(std::max(0.0, std::floor(m_requestLevel)))))
                 << qMakePair(QByteArray("x-ratelimit-reset-requests"), duration((reqCap - m_requestLevel) / reqPerMs));
    }
    if (m_settings.tpm > 0) {
        *headers << qMakePair(QByteArray("x-ratelimit-limit-tokens"), QByteArray::number(m_settings.tpm))
                 << qMakePair(QByteArray("x-ratelimit-remaining-tokens"), QByteArray::number(qint64(std::max(0.0, std::floor(m_tokenLevel)))))
                 << qMakePair(QByteArray("x-ratelimit-reset-tokens"), duration((tokCap - m_tokenLevel) / tokPerMs));
    }
    *retryAfterMs = wait;
    return ok;
}

QString TestProvider::faultFor(int n, QRandomGenerator &random) const
{
    for (const Fault &f : m_settings.faults) {
        if (f.at.contains(n))
            return f.kind;
    }
    for (const Fault &f : m_settings.faults) {
        if (f.rate > 0 && random.generateDouble() < f.rate)
            return f.kind;
    }
    return {};
}

QJsonObject TestProvider::makeRecord(QRandomGenerator &r, const QString &persona, const QString &category, int index) const
{
    Q_UNUSED(index);
    const QString first = persona.section(QLatin1Char(' '), 0, 0);
    const QString input = QStringLiteral("%1 %2, %3").arg(pick(r, Greetings), first, pick(r, Questions).arg(pick(r, Adjectives)));
    QStringList sentences;
    const int count = 2 + int(r.bounded(2));
    for (int i = 0; i < count; ++i)
        sentences << QStringLiteral("%1, %2 %3 %4 %5.").arg(pick(r, Openers), pick(r, Subjects), pick(r, Verbs), pick(r, Actions), pick(r, Tails));
    sentences << pick(r, Closers);
    if (category.contains(QLatin1String("advice")))
        sentences.prepend(QStringLiteral("My advice, for what it's worth: do one small thing about it today."));
    QString output = sentences.join(QLatin1Char(' '));
    output[0] = output[0].toUpper();
    return QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("output"), output}};
}

void TestProvider::handleChat(QTcpSocket *socket, const Request &request)
{
    const int number = ++m_chatRequests;
    QRandomGenerator random(m_settings.seed * 7919u + quint32(number) * 104729u);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const bool wantsSchema = body.value(QLatin1String("response_format")).toObject().value(QLatin1String("type")).toString()
        == QLatin1String("json_schema");
    QString prompt;
    for (const QJsonValue &m : body.value(QLatin1String("messages")).toArray())
        prompt += m.toObject().value(QLatin1String("content")).toString() + QLatin1Char('\n');

    QString fault = faultFor(number, random);
    if (!fault.isEmpty())
        m_faultsServed[fault] += 1;

    if (m_settings.rejectSchema && wantsSchema) {
        reply(socket, 400, errorBody(QStringLiteral("Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model."),
                                     QStringLiteral("invalid_request_error")));
        return;
    }

    static const QRegularExpression personaLine(QStringLiteral("^Character:\\s*(.+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression categoryLine(QStringLiteral("^Category:\\s*([^\\s—]+)"), QRegularExpression::MultilineOption);
    static const QRegularExpression countLine(QStringLiteral("exactly (\\d+)"));
    const QString persona = personaLine.match(prompt).captured(1).trimmed().isEmpty() ? QStringLiteral("Friend")
                                                                                       : personaLine.match(prompt).captured(1).trimmed();
    const QString category = categoryLine.match(prompt).captured(1);
    const int count = std::clamp(countLine.match(prompt).captured(1).toInt(), 1, 50);

    QJsonArray records;
    if (fault == QLatin1String("duplicate") && m_lastRecords.contains(persona)) {
        records = m_lastRecords.value(persona);
        while (records.size() < count)
            records.append(records.at(0));
    } else {
        for (int i = 0; i < count; ++i)
            records.append(makeRecord(random, persona, category, i));
        if (fault == QLatin1String("duplicate") && records.size() > 1)
            records[1] = records.at(0);
    }
    if (fault != QLatin1String("duplicate"))
        m_lastRecords.insert(persona, records);
    if (fault == QLatin1String("refusal")) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject o = records.at(i).toObject();
            o.insert(QStringLiteral("output"), QStringLiteral("As an AI language model, I cannot pretend to be %1 or share personal experiences.").arg(persona));
            records[i] = o;
        }
    } else if (fault == QLatin1String("other")) {
        QJsonObject o = records.at(0).toObject();
        o.insert(QStringLiteral("output"), QStringLiteral("Tomas: ") + o.value(QLatin1String("output")).toString());
        records[0] = o;
    }

    QString content = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(QJsonDocument::Compact));
    QString finishReason = QStringLiteral("stop");
    if (fault == QLatin1String("fenced") || (m_settings.ignoreSchema && fault.isEmpty()))
        content = QStringLiteral("```json\n%1\n```").arg(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson()));
    else if (fault == QLatin1String("prose"))
        content = QStringLiteral("Sure! Here are the records you asked for:\n\n%1\n\nLet me know if you need more.").arg(content);
    else if (fault == QLatin1String("truncated")) {
        content = content.left(content.size() * 6 / 10);
        finishReason = QStringLiteral("length");
    } else if (fault == QLatin1String("wrongshape")) {
        QJsonArray wrong;
        for (const QJsonValue &v : records)
            wrong.append(QJsonObject{{QStringLiteral("user_message"), v[QLatin1String("input")]}, {QStringLiteral("character_reply"), v[QLatin1String("output")]}});
        content = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("examples"), wrong}}).toJson(QJsonDocument::Compact));
    } else if (fault == QLatin1String("bare"))
        content = QString::fromUtf8(QJsonDocument(records.at(0).toObject()).toJson(QJsonDocument::Compact));
    else if (fault == QLatin1String("array"))
        content = QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact));

    const int promptTokens = tokensOf(prompt);
    const int completionTokens = tokensOf(content);
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 retryAfter = 0;
    if (!admit(promptTokens + completionTokens, &headers, &retryAfter)) {
        ++m_rateLimited;
        headers << qMakePair(QByteArray("retry-after-ms"), QByteArray::number(retryAfter))
                << qMakePair(QByteArray("retry-after"), QByteArray::number(std::max<qint64>(1, (retryAfter + 999) / 1000)));
        reply(socket, 429, errorBody(QStringLiteral("Rate limit reached for requests"), QStringLiteral("requests")), headers);
        return;
    }
    if (fault == QLatin1String("429")) {
        headers << qMakePair(QByteArray("retry-after-ms"), QByteArray("200")) << qMakePair(QByteArray("retry-after"), QByteArray("1"));
        reply(socket, 429, errorBody(QStringLiteral("Rate limit reached (injected)"), QStringLiteral("requests")), headers);
        return;
    }
    if (fault == QLatin1String("500") || fault == QLatin1String("503")) {
        reply(socket, fault.toInt(), errorBody(QStringLiteral("The server had an error (injected)"), QStringLiteral("server_error")), headers);
        return;
    }
    if (fault == QLatin1String("echo_key")) {
        reply(socket, 500, errorBody(QStringLiteral("Bad request with header %1").arg(QString::fromUtf8(request.headers.value("authorization"))),
                                     QStringLiteral("server_error")));
        return;
    }
    if (fault == QLatin1String("reset")) {
        // SO_LINGER 0: close() sends a TCP reset instead of a clean FIN.
        const struct linger l = {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
        socket->abort();
        return;
    }
    QJsonObject completion{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-test-%1").arg(number)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
        {QStringLiteral("model"), body.value(QLatin1String("model")).toString()},
        {QStringLiteral("choices"), QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                                                                  {QStringLiteral("content"), content}}},
                                                           {QStringLiteral("finish_reason"), finishReason}}}},
    };
    if (!m_settings.noUsage)
        completion.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                                                              {QStringLiteral("completion_tokens"), completionTokens},
                                                              {QStringLiteral("total_tokens"), promptTokens + completionTokens}});
    int delay = m_settings.latencyMs + int(m_settings.msPerToken * completionTokens);
    if (fault == QLatin1String("hang")) {
        if (m_settings.hangMs < 0)
            return; // never answers; the connection stays open
        delay = m_settings.hangMs;
    }
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
    const QByteArray json = QJsonDocument(completion).toJson(QJsonDocument::Compact);
    auto pending = std::make_shared<bool>(true);
    QTimer::singleShot(std::max(0, delay), socket, [this, socket, json, headers, pending] {
        *pending = false;
        --m_inFlight;
        reply(socket, 200, json, headers);
    });
    // A socket that disappears while we wait must still free its in-flight slot.
    connect(socket, &QObject::destroyed, this, [this, pending] {
        if (*pending) {
            *pending = false;
            --m_inFlight;
        }
    });
}
