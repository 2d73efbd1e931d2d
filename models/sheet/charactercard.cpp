#include "charactercard.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <zlib.h>

namespace {

constexpr qsizetype MaxCardBytes = 64 * 1024 * 1024;
const QByteArray PngSignature("\x89PNG\r\n\x1a\n", 8);

quint32 bigEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (quint32(u[0]) << 24) | (quint32(u[1]) << 16) | (quint32(u[2]) << 8) | quint32(u[3]);
}

// A zlib stream (zTXt, compressed iTXt; windowBits MAX_WBITS) or a raw deflate stream (a ZIP
// member; -MAX_WBITS), or nothing when it is damaged or inflates past the card's limit.
std::optional<QByteArray> inflateZlib(QByteArrayView data, int windowBits = MAX_WBITS)
{
    z_stream z{};
    if (inflateInit2(&z, windowBits) != Z_OK)
        return std::nullopt;
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        const qsizetype old = out.size();
        out.resize(old + 64 * 1024);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + old);
        z.avail_out = 64 * 1024;
        status = inflate(&z, Z_NO_FLUSH);
        out.resize(out.size() - qsizetype(z.avail_out));
        if (out.size() > MaxCardBytes)
            status = Z_MEM_ERROR;
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

quint16 littleEndian16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint16(u[0] | (u[1] << 8));
}

quint32 littleEndian32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return quint32(u[0]) | (quint32(u[1]) << 8) | (quint32(u[2]) << 16) | (quint32(u[3]) << 24);
}

// card.json of a CHARX package (Character Card V3's ZIP: the card and its assets), read from
// the ZIP's central directory without reading the assets.
std::optional<QByteArray> charxCardJson(QIODevice &zip, QString *error)
{
    auto damaged = [error] {
        *error = QCoreApplication::translate("CharacterCard", "a CHARX package whose ZIP directory cannot be read");
        return std::nullopt;
    };
    // The end of central directory record: 22 bytes and a comment of up to 64 KB, at the end.
    const qint64 size = zip.size();
    const qint64 tail = qMin<qint64>(size, 22 + 0xFFFF);
    if (size < 22 || !zip.seek(size - tail))
        return damaged();
    const QByteArray end = zip.read(tail);
    const qsizetype eocd = end.lastIndexOf(QByteArrayView("PK\x05\x06", 4));
    if (end.size() != tail || eocd < 0 || eocd + 22 > end.size())
        return damaged();
    const quint16 entries = littleEndian16(end.constData() + eocd + 10);
    const quint32 directorySize = littleEndian32(end.constData() + eocd + 12);
    const quint32 directoryOffset = littleEndian32(end.constData() + eocd + 16);
    if (directoryOffset == 0xFFFFFFFF || directorySize > 16 * 1024 * 1024 || qint64(directoryOffset) + directorySize > size
        || !zip.seek(directoryOffset))
        return damaged();
    const QByteArray directory = zip.read(directorySize);
    if (directory.size() != qsizetype(directorySize))
        return damaged();
    qsizetype at = 0;
    for (int i = 0; i < entries; ++i) {
        if (at + 46 > directory.size() || !QByteArrayView(directory).sliced(at).startsWith(QByteArrayView("PK\x01\x02", 4)))
            return damaged();
        const char *entry = directory.constData() + at;
        const quint16 method = littleEndian16(entry + 10);
        const quint32 compressed = littleEndian32(entry + 20);
        const quint16 nameLength = littleEndian16(entry + 28);
        const qsizetype next = at + 46 + nameLength + littleEndian16(entry + 30) + littleEndian16(entry + 32);
        if (next > directory.size())
            return damaged();
        if (QByteArrayView(entry + 46, nameLength) == QByteArrayView("card.json")) {
            const quint32 local = littleEndian32(entry + 42);
            if (compressed > MaxCardBytes || !zip.seek(local))
                return damaged();
            const QByteArray header = zip.read(30);
            if (header.size() != 30 || !header.startsWith(QByteArrayView("PK\x03\x04", 4))
                || !zip.seek(qint64(local) + 30 + littleEndian16(header.constData() + 26) + littleEndian16(header.constData() + 28)))
                return damaged();
            const QByteArray data = zip.read(compressed);
            if (data.size() != qsizetype(compressed))
                return damaged();
            if (method == 0)
                return data;
            if (method != 8) {
                *error = QCoreApplication::translate("CharacterCard", "a CHARX package whose card.json is compressed in a way not read (method %1)").arg(method);
                return std::nullopt;
            }
            std::optional<QByteArray> json = inflateZlib(data, -MAX_WBITS);
            if (!json)
                return damaged();
            return json;
        }
        at = next;
    }
    *error = QCoreApplication::translate("CharacterCard", "a ZIP file without card.json, so no CHARX package");
    return std::nullopt;
}

// Text without control characters but line breaks and tabs: a sheet is a text file.
QString cleanText(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\r') && c != QLatin1Char('\t'); });
    return text;
}

// A character's name as a sheet can hold it: in its "# Name" heading, its front matter and its
// metadata block, none of which may read it as Markdown or a list ("[Bot] Alice" → "Bot Alice").
QString sheetName(QString name)
{
    // (No ";": "&amp;" would be read as an entity.)
    name.removeIf([](QChar c) { return QStringView(u"*`[]<>\\#\"{}|~;").contains(c); });
    name.replace(QLatin1Char('_'), QLatin1Char(' '));   // "Bot_Alice": emphasis otherwise, at times
    name = name.simplified();
    // (Spaces too: "'' 'Bot" must not begin with a quote once the spaces are gone.)
    while (!name.isEmpty() && (name.front().isSpace() || QStringView(u"-'!&%@:,=+?.").contains(name.front())))
        name.remove(0, 1);
    while (!name.isEmpty() && name.back() == QLatin1Char(':'))
        name.chop(1);
    return name.simplified();
}

QString jsonText(const QJsonObject &o, const char *key)
{
    return cleanText(o.value(QLatin1String(key)).toString());
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray()) {
        if (const QString text = cleanText(v.toString()).trimmed(); !text.isEmpty())
            list << text;
    }
    return list;
}

} // namespace

std::optional<CharacterCard> CharacterCard::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    // A CHARX package carries its images and sounds too: only its card.json is read.
    if (file.peek(4) == QByteArrayView("PK\x03\x04", 4))
        return fromCharx(file, error);
    if (file.size() > MaxCardBytes) {
        *error = QCoreApplication::translate("CharacterCard", "a card larger than 64 MB is not read");
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    return data.startsWith(PngSignature) ? fromPng(data, error) : fromJson(data, error);
}

std::optional<CharacterCard> CharacterCard::fromCharx(QIODevice &zip, QString *error)
{
    std::optional<QByteArray> json = charxCardJson(zip, error);
    return json ? fromJson(*json, error) : std::nullopt;
}

std::optional<CharacterCard> CharacterCard::fromPng(const QByteArray &png, QString *error)
{
    if (!png.startsWith(PngSignature)) {
        *error = QCoreApplication::translate("CharacterCard", "not a PNG image");
        return std::nullopt;
    }
    // The text chunks, by keyword: "ccv3" (Character Card V3) wins over "chara" (V2, V1).
    QByteArray v3, v2;
    qsizetype at = PngSignature.size();
    while (at + 12 <= png.size()) {
        const quint32 length = bigEndian32(png.constData() + at);
        const QByteArrayView type(png.constData() + at + 4, 4);
        if (length > quint32(png.size() - at - 12)) {
            *error = QCoreApplication::translate("CharacterCard", "the PNG image is cut off");
            return std::nullopt;
        }
        const QByteArrayView data(png.constData() + at + 8, qsizetype(length));
        at += 12 + qsizetype(length);
        if (type == "IEND")
            break;
        const bool text = type == "tEXt", compressed = type == "zTXt", international = type == "iTXt";
        if (!text && !compressed && !international)
            continue;
        const qsizetype nul = data.indexOf('\0');
        if (nul < 0)
            continue;
        const QByteArray keyword = data.first(nul).toByteArray().toLower();
        if (keyword != "chara" && keyword != "ccv3")
            continue;
        QByteArrayView rest = data.sliced(nul + 1);
        std::optional<QByteArray> value;
        if (text) {
            value = rest.toByteArray();
        } else if (compressed) {
            if (!rest.isEmpty())
                value = inflateZlib(rest.sliced(1));   // after the compression method
        } else if (rest.size() >= 2) {
            // iTXt: compression flag and method, language tag, translated keyword, text.
            const bool deflated = rest[0] != 0;
            rest = rest.sliced(2);
            for (int skip = 0; skip < 2 && !rest.isNull(); ++skip) {
                const qsizetype end = rest.indexOf('\0');
                rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
            }
            if (!rest.isNull())
                value = deflated ? inflateZlib(rest) : std::optional<QByteArray>(rest.toByteArray());
        }
        if (!value) {
            *error = QCoreApplication::translate("CharacterCard", "the card's text in the PNG image is damaged");
            return std::nullopt;
        }
        (keyword == "ccv3" ? v3 : v2) = *value;
    }
    const QByteArray encoded = !v3.isEmpty() ? v3 : v2;
    if (encoded.isEmpty()) {
        *error = QCoreApplication::translate("CharacterCard", "the PNG image carries no character card (no \"chara\" or \"ccv3\" text chunk)");
        return std::nullopt;
    }
    const QByteArray trimmed = encoded.trimmed();
    if (trimmed.startsWith('{'))
        return fromJson(trimmed, error);   // written without base64 by some tools
    const auto decoded = QByteArray::fromBase64Encoding(trimmed, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QCoreApplication::translate("CharacterCard", "the card's text in the PNG image is not base64");
        return std::nullopt;
    }
    return fromJson(*decoded, error);
}

std::optional<CharacterCard> CharacterCard::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("CharacterCard", "not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset + 1);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("CharacterCard", "not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    CharacterCard card;
    card.spec = jsonText(root, "spec");
    // V2 and V3 keep the fields in "data" (V1's copies at the top may be stale); V1 at the top.
    const QJsonObject d = root.value(QLatin1String("data")).isObject() ? root.value(QLatin1String("data")).toObject() : root;
    card.name = sheetName(jsonText(d, "name"));
    card.description = jsonText(d, "description");
    card.personality = jsonText(d, "personality");
    card.scenario = jsonText(d, "scenario");
    card.firstMessage = jsonText(d, "first_mes");
    card.exampleDialogue = jsonText(d, "mes_example");
    if (card.name.isEmpty() && d.contains(QLatin1String("char_name"))) {
        // Pygmalion's older card.
        card.name = sheetName(jsonText(d, "char_name"));
        card.description = jsonText(d, "char_persona");
        card.scenario = jsonText(d, "world_scenario");
        card.firstMessage = jsonText(d, "char_greeting");
        card.exampleDialogue = jsonText(d, "example_dialogue");
    }
    if (card.name.isEmpty()) {
        *error = QCoreApplication::translate("CharacterCard", "not a character card: it has no \"name\"");
        return std::nullopt;
    }
    card.alternateGreetings = jsonStrings(d.value(QLatin1String("alternate_greetings")));
    card.tags = jsonStrings(d.value(QLatin1String("tags")));
    for (const QJsonValue &value : d.value(QLatin1String("character_book")).toObject().value(QLatin1String("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString content = jsonText(entry, "content").trimmed();
        if (content.isEmpty() || entry.value(QLatin1String("enabled")).toBool(true) == false)
            continue;
        QString title = jsonText(entry, "name").simplified();
        if (title.isEmpty())
            title = jsonText(entry, "comment").simplified();
        if (title.isEmpty())
            title = jsonStrings(entry.value(QLatin1String("keys"))).join(QStringLiteral(", ")).simplified();
        card.lore << LoreEntry{title, content};
    }
    return card;
}

namespace {

// The card's macros: {{char}} and <BOT> are the character, {{user}} and <USER> whoever talks
// to it.
QString expandMacros(QString text, const QString &name)
{
    static const QRegularExpression character(QStringLiteral("\\{\\{char\\}\\}|<bot>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression user(QStringLiteral("\\{\\{user\\}\\}|<user>"), QRegularExpression::CaseInsensitiveOption);
    text.replace(character, name);
    text.replace(user, QStringLiteral("User"));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));   // a line end to Markdown too
    return text;
}

// One line of the card as Markdown text, whatever it holds: never a heading of the sheet (also
// inside a quote or a list item: "> # x"), a rule or a heading's underline, a code fence or an
// HTML block that would run on over the sections after it, or the sheet's metadata block.
QString escapedLine(QString line)
{
    // Block quote and list markers before the text.
    static const QRegularExpression containers(QStringLiteral("^((?:[ \\t]*(?:>|[-+*](?=[ \\t])|\\d{1,9}[.)](?=[ \\t])))*[ \\t]*)"));
    static const QRegularExpression rule(QStringLiteral("^([-*_=])([ \\t]*\\1)*[ \\t]*$"));
    static const QRegularExpression runningHtml(QStringLiteral("^<(?:[!?]|(?:script|pre|style|textarea)(?:[\\s>]|$))"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (line.trimmed() == QLatin1String("metadata:"))
        return QLatin1Char(' ') + line;
    const qsizetype at = containers.match(line).capturedLength(1);
    const QString rest = line.mid(at);
    if (rest.startsWith(QLatin1Char('#')) || rest.startsWith(QLatin1String("```")) || rest.startsWith(QLatin1String("~~~"))
        || rule.match(rest).hasMatch() || runningHtml.match(rest).hasMatch())
        line.insert(at, QLatin1Char('\\'));
    return line;
}

// Text whose every line is its own paragraph: cards break lines where Markdown would join them
// ("Age: 11" under "Species: human").
QString paragraphs(const QString &text, const QString &name)
{
    QStringList out;
    for (const QString &line : expandMacros(text, name).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out << escapedLine(line.trimmed());
    }
    return out.join(QLatin1String("\n\n"));
}

// "kind, brave; a little shy": the traits one by one; nothing for a personality written in
// sentences.
QStringList traitList(const QString &text, const QString &name)
{
    const QString t = expandMacros(text, name).trimmed();
    if (t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('.')) || !(t.contains(QLatin1Char(',')) || t.contains(QLatin1Char(';'))))
        return {};
    QStringList items;
    for (const QString &item : t.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

// A list of traits one a line; anything else as it is.
QString personalityText(const QString &text, const QString &name)
{
    const QStringList traits = traitList(text, name);
    if (traits.isEmpty())
        return paragraphs(text, name);
    QStringList items;
    for (const QString &trait : traits)
        items << QStringLiteral("- ") + escapedLine(trait);
    return items.join(QLatin1Char('\n'));
}

// The first sentence of the description, at most about 200 characters.
QString summaryOf(const QString &description, const QString &name)
{
    QString first;
    for (const QString &line : expandMacros(description, name).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            first = line.simplified();
            break;
        }
    }
    static const QRegularExpression end(QStringLiteral("[.!?](\\s|$)"));
    if (const QRegularExpressionMatch m = end.match(first); m.hasMatch())
        first.truncate(m.capturedStart() + 1);
    if (first.size() > 200) {
        const qsizetype space = first.lastIndexOf(QLatin1Char(' '), 200);
        first = first.left(space > 0 ? space : 200) + QStringLiteral(" …");
    }
    return escapedLine(first);
}

QString yamlListItem(QString text)
{
    text.remove(QLatin1Char('[')).remove(QLatin1Char(']')).replace(QLatin1Char(','), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

QByteArray CharacterCard::toSheet(const QString &work) const
{
    QStringList tagList;
    for (const QString &tag : tags) {
        if (const QString t = yamlListItem(tag); !t.isEmpty())
            tagList << t;
    }
    QString text = QStringLiteral("---\ntitle: %1\nsource: \"%2\"\ncategory: character\ntags: [%3]\n---\n\n# %1\n\n")
                       .arg(name, work, tagList.join(QStringLiteral(", ")));
    if (const QString summary = summaryOf(description, name); !summary.isEmpty())
        text += QStringLiteral("> %1\n> — character summary\n\n").arg(summary);
    auto section = [&text](const QString &title, const QString &body) {
        if (!body.trimmed().isEmpty())
            text += QStringLiteral("## %1\n\n%2\n\n---\n\n").arg(title, body);
    };
    section(QStringLiteral("Background"), paragraphs(description, name));
    section(QStringLiteral("Personality"), personalityText(personality, name));
    section(QStringLiteral("Role in the Story"), paragraphs(scenario, name));

    QStringList voice;
    if (const QString greeting = paragraphs(firstMessage, name); !greeting.isEmpty())
        voice << QStringLiteral("### Greeting\n\n") + greeting;
    QStringList others;
    for (const QString &g : alternateGreetings) {
        if (const QString p = paragraphs(g, name); !p.isEmpty())
            others << p;
    }
    if (!others.isEmpty())
        voice << QStringLiteral("### Other greetings\n\n") + others.join(QLatin1String("\n\n"));
    QStringList dialogue;
    for (const QString &line : expandMacros(exampleDialogue, name).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && t.compare(QLatin1String("<START>"), Qt::CaseInsensitive) != 0)
            dialogue << escapedLine(t);
    }
    if (!dialogue.isEmpty())
        voice << QStringLiteral("### Example dialogue\n\n") + dialogue.join(QLatin1String("\n\n"));
    section(QStringLiteral("Speech / Voice"), voice.join(QLatin1String("\n\n")));

    QStringList lore;
    for (const LoreEntry &entry : this->lore) {
        const QString body = paragraphs(entry.content, name);
        if (body.isEmpty())
            continue;
        const QString title = escapedLine(expandMacros(entry.title, name).simplified());
        lore << (title.isEmpty() ? body : QStringLiteral("### %1\n\n%2").arg(title, body));
    }
    section(QStringLiteral("Lore"), lore.join(QLatin1String("\n\n")));

    // A personality given as a list is the character's traits too (the prompt lists them).
    QStringList traits;
    for (const QString &trait : traitList(personality, name)) {
        if (const QString t = yamlListItem(trait); !t.isEmpty())
            traits << t;
    }
    text += QStringLiteral("metadata:\n  character: %1\n  traits: [%2]\n").arg(name, traits.join(QStringLiteral(", ")));
    return text.toUtf8();
}
