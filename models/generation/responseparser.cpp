#include "responseparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QStringList InputKeys = {QStringLiteral("input"), QStringLiteral("user"), QStringLiteral("message"),
                               QStringLiteral("question"), QStringLiteral("prompt")};
const QStringList OutputKeys = {QStringLiteral("output"), QStringLiteral("reply"), QStringLiteral("response"),
                                QStringLiteral("answer"), QStringLiteral("assistant")};

QString firstString(const QJsonObject &o, const QStringList &keys, bool *present)
{
    for (const QString &k : keys) {
        const QJsonValue v = o.value(k);
        if (v.isString()) {
            *present = true;
            return v.toString().trimmed();
        }
    }
    *present = false;
    return {};
}

bool looksLikeItem(const QJsonObject &o)
{
    for (const QString &k : InputKeys + OutputKeys) {
        if (o.contains(k))
            return true;
    }
    return false;
}

void addItem(const QJsonValue &v, ParsedResponse &r)
{
    if (!v.isObject()) {
        ++r.unreadable;
        return;
    }
    const QJsonObject o = v.toObject();
    ParsedItem item;
    bool hasIn = false, hasOut = false;
    item.input = firstString(o, InputKeys, &hasIn);
    item.output = firstString(o, OutputKeys, &hasOut);
    item.complete = hasIn && hasOut;
    r.items << item;
}

// Reads a parsed JSON value of any of the shapes the prompt may come back as.
bool readValue(const QJsonValue &value, ParsedResponse &r, bool top)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            addItem(v, r);
        return true;
    }
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    if (o.value(QLatin1String("records")).isArray()) {
        r.exactShape = top && o.size() == 1;
        return readValue(o.value(QLatin1String("records")), r, false);
    }
    if (looksLikeItem(o)) {
        addItem(o, r);
        return true;
    }
    // {"examples": [...]}, {"data": {"records": …}} and other wrappers: the first member that reads.
    for (auto it = o.begin(); it != o.end(); ++it) {
        if ((it->isArray() || it->isObject()) && readValue(*it, r, false))
            return true;
    }
    return false;
}

// The end (exclusive) of the JSON value that starts at `from` ('{' or '['), honouring strings;
// -1 when it does not close.
qsizetype matchingEnd(const QString &s, qsizetype from)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = from; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('{') || c == QLatin1Char('['))
            ++depth;
        else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

bool parseWhole(const QString &text, ParsedResponse &r, bool top)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    r.foundJson = true;
    return readValue(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), r, top);
}

// A truncated answer: read every complete object inside the first array and count the cut one.
bool salvage(const QString &text, qsizetype start, ParsedResponse &r)
{
    qsizetype arrayStart = text.indexOf(QLatin1Char('['), start);
    if (arrayStart < 0)
        return false;
    qsizetype i = arrayStart + 1;
    bool any = false;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), i);
        if (open < 0)
            break;
        const qsizetype end = matchingEnd(text, open);
        if (end < 0) {
            ++r.unreadable; // the item the answer was cut in
            break;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.mid(open, end - open).toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && doc.isObject()) {
            addItem(doc.object(), r);
            any = true;
        } else {
            ++r.unreadable;
        }
        i = end;
    }
    r.foundJson = r.foundJson || any;
    return any;
}

} // namespace

ParsedResponse ResponseParser::parse(const QString &content)
{
    ParsedResponse r;
    QString text = content.trimmed();
    if (text.isEmpty()) {
        r.error = QCoreApplication::translate("ResponseParser", "the answer was empty");
        return r;
    }
    if (parseWhole(text, r, true))
        return r;

    // A markdown fence anywhere in the text: read what is inside the first one.
    static const QRegularExpression fence(QStringLiteral("```[A-Za-z0-9_-]*[ \\t]*\\r?\\n?([\\s\\S]*?)(?:```|$)"));
    const QRegularExpressionMatch m = fence.match(text);
    if (m.hasMatch()) {
        const QString inner = m.captured(1).trimmed();
        ParsedResponse fenced;
        if (parseWhole(inner, fenced, false))
            return fenced;
        if (!inner.isEmpty())
            text = inner;
    }

    // Prose around the JSON: try each opening bracket that closes.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('{') && c != QLatin1Char('['))
            continue;
        const qsizetype end = matchingEnd(text, i);
        if (end < 0)
            break;
        ParsedResponse inner;
        if (parseWhole(text.mid(i, end - i), inner, false) && !inner.items.isEmpty())
            return inner;
    }

    const qsizetype first = text.indexOf(QRegularExpression(QStringLiteral("[\\[{]")));
    if (first >= 0 && salvage(text, first, r))
        return r;
    r.items.clear();
    r.unreadable = 1;
    r.error = first >= 0 ? QCoreApplication::translate("ResponseParser", "the answer's JSON could not be read (cut off or malformed)")
                         : QCoreApplication::translate("ResponseParser", "the answer contains no JSON");
    return r;
}
