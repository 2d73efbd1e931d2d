#include "sheetparser.h"

#include "tokenizer/tokencount.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <md4c-html.h>
#include <md4c.h>

#include <algorithm>

namespace {

// Offset of the first byte that is not valid UTF-8, or -1 when all of it is valid.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        const char32_t minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

QString unquote(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2
        && ((value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\''))))) {
        value = value.mid(1, value.size() - 2);
    }
    return value;
}

// `[a, "b, c", 'd']` → {a, "b, c", d}; a scalar → {scalar}.
QStringList parseValueList(const QString &raw, bool *ok)
{
    *ok = true;
    const QString value = raw.trimmed();
    if (!value.startsWith(QLatin1Char('[')))
        return value.isEmpty() ? QStringList() : QStringList{unquote(value)};
    if (!value.endsWith(QLatin1Char(']'))) {
        *ok = false;
        return {};
    }
    QStringList items;
    QString current;
    QChar quote;
    bool quoted = false;
    const QString inner = value.mid(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const QChar c = inner.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                current += inner.at(++i);
            } else if (c == quote) {
                quote = QChar();
            } else {
                current += c;
            }
        } else if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && current.trimmed().isEmpty()) {
            quote = c;
            quoted = true;
            current.clear();
        } else if (c == QLatin1Char(',')) {
            if (!current.trimmed().isEmpty() || quoted)
                items << (quoted ? current : current.trimmed());
            current.clear();
            quoted = false;
        } else {
            current += c;
        }
    }
    if (!quote.isNull())
        *ok = false;
    if (!current.trimmed().isEmpty() || quoted)
        items << (quoted ? current : current.trimmed());
    return items;
}

bool isFenceLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

// An entity ("&hellip;", "&#8217;", "&#x1F47D;") as the preview shows it: md4c's HTML renderer,
// which the preview uses, knows every HTML entity; its escaping of the result is undone. An
// unknown one stays as written, as the preview shows it.
QString decodeEntity(const QString &entity)
{
    const QByteArray in = entity.toUtf8();
    QByteArray html;
    md_html(
        in.constData(), MD_SIZE(in.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *user) { static_cast<QByteArray *>(user)->append(text, qsizetype(size)); }, &html,
        MD_FLAG_NOHTML, 0);
    QString out = QString::fromUtf8(html).trimmed();   // "<p>…</p>"
    if (!out.startsWith(QLatin1String("<p>")) || !out.endsWith(QLatin1String("</p>")))
        return entity;
    out = out.mid(3, out.size() - 7);
    out.replace(QLatin1String("&quot;"), QLatin1String("\""));
    out.replace(QLatin1String("&lt;"), QLatin1String("<"));
    out.replace(QLatin1String("&gt;"), QLatin1String(">"));
    out.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return out.isEmpty() ? entity : out;
}

// The state md4c's callbacks fill in while walking the body.
struct MdWalker
{
    CharacterSheet *sheet = nullptr;
    QList<int> headingLines; // ATX heading lines in order, to give headings their line numbers
    int headingIndex = 0;

    QString block;           // text of the leaf block being read
    int headingLevel = 0;    // >0 while inside a heading
    int quoteDepth = 0;
    int listDepth = 0;
    bool sawH1 = false;
    bool sawH2 = false;
    bool inCode = false;
    int cellInRow = 0;
    QStringList quoteLines;  // the leading blockquote's paragraphs
    bool quoteDone = false;
    QString preamble;        // text between the name and the first ## section
    bool lastWasItem = false; // list items are joined by one newline, paragraphs by a blank line

    void appendParagraph(const QString &text)
    {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return;
        if (sheet->sections.isEmpty() || !sawH2) {
            if (!preamble.isEmpty())
                preamble += QLatin1String("\n\n");
            preamble += t;
            return;
        }
        QString &target = sheet->sections.last().text;
        const bool item = t.startsWith(QLatin1String("- "));
        if (!target.isEmpty())
            target += item && lastWasItem ? QStringLiteral("\n") : QStringLiteral("\n\n");
        lastWasItem = item;
        target += t;
    }

    int nextHeadingLine()
    {
        return headingIndex < headingLines.size() ? headingLines.at(headingIndex++) : 0;
    }

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_H:
            headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            block.clear();
            break;
        case MD_BLOCK_QUOTE:
            ++quoteDepth;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            ++listDepth;
            break;
        case MD_BLOCK_LI:
        case MD_BLOCK_P:
            if (type == MD_BLOCK_LI)
                block = QStringLiteral("- ");
            else if (!block.startsWith(QLatin1String("- ")) || listDepth == 0)
                block.clear();
            break;
        case MD_BLOCK_CODE:
            inCode = true;
            block.clear();
            break;
        case MD_BLOCK_TABLE:
            block.clear();
            break;
        // A table is read a row per line, its cells apart: "Elio | friend".
        case MD_BLOCK_TR:
            if (!block.isEmpty())
                block += QLatin1Char('\n');
            cellInRow = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (cellInRow++ > 0)
                block += QStringLiteral(" | ");
            break;
        default:
            break;
        }
        return 0;
    }

    void finishHeading()
    {
        const QString title = block.simplified();
        const int line = nextHeadingLine();
        const int level = headingLevel;
        headingLevel = 0;
        block.clear();
        if (level == 1 && !sawH1 && !sawH2) {
            sawH1 = true;
            sheet->name = title;
            sheet->nameLine = line;
            return;
        }
        if (level <= 2) {
            if (level == 1)
                sheet->issues << Issue::warning(sheet->filePath, line,
                                                QCoreApplication::translate("SheetParser", "a second top-level heading \"%1\" is read as a section").arg(title));
            sawH2 = true;
            if (!quoteLines.isEmpty())
                quoteDone = true;
            SheetSection section;
            section.title = title;
            section.kind = SheetSection::kindForTitle(title);
            section.line = line;
            sheet->sections << section;
            return;
        }
        // ### and deeper stay inside their ## section as a labelled paragraph.
        if (!sawH2) {
            appendParagraph(title + QLatin1Char(':'));
            return;
        }
        sheet->sections.last().subsections << title;
        appendParagraph(title + QLatin1Char(':'));
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_H:
            finishHeading();
            break;
        case MD_BLOCK_QUOTE:
            --quoteDepth;
            if (quoteDepth == 0 && !quoteLines.isEmpty())
                quoteDone = true;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            --listDepth;
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TABLE: {
            if (type == MD_BLOCK_CODE)
                inCode = false;
            if (type == MD_BLOCK_LI && block == QLatin1String("- ")) {
                block.clear();
                break;
            }
            if (quoteDepth > 0 && !sawH2 && !quoteDone) {
                const QString t = block.trimmed();
                if (!t.isEmpty())
                    quoteLines << t;
            } else {
                appendParagraph(block);
            }
            block.clear();
            break;
        }
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const QString s = QString::fromUtf8(data, qsizetype(size));
        switch (type) {
        case MD_TEXT_SOFTBR:
            block += inCode ? QStringLiteral("\n") : QStringLiteral(" ");
            break;
        case MD_TEXT_BR:
            block += QLatin1Char('\n');
            break;
        case MD_TEXT_NULLCHAR:
            block += QChar(0xFFFD);
            break;
        case MD_TEXT_ENTITY:
            if (s == QLatin1String("&amp;"))
                block += QLatin1Char('&');
            else if (s == QLatin1String("&nbsp;"))
                block += QLatin1Char(' ');
            else
                block += decodeEntity(s);
            break;
        default:
            block += s;
            break;
        }
        return 0;
    }
};

QList<int> atxHeadingLines(const QStringList &lines, int firstLine)
{
    static const QRegularExpression atx(QStringLiteral("^ {0,3}#{1,6}(\\s|$)"));
    QList<int> result;
    bool fenced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (isFenceLine(lines.at(i))) {
            fenced = !fenced;
            continue;
        }
        if (!fenced && atx.match(lines.at(i)).hasMatch())
            result << firstLine + int(i);
    }
    return result;
}

// Splits "“I am …” — Glordon" or a separate "— Glordon" line into text and attribution.
SignatureQuote splitQuote(const QStringList &paragraphs)
{
    SignatureQuote q;
    QString all = paragraphs.join(QLatin1Char('\n'));
    static const QRegularExpression attribution(
        QStringLiteral("(?:^|\\s)(?:—|–|--|―)\\s*([^\\n—–]+)$"));
    const QRegularExpressionMatch m = attribution.match(all);
    if (m.hasMatch()) {
        q.attribution = m.captured(1).trimmed();
        all = all.left(m.capturedStart()).trimmed();
    }
    q.text = all.trimmed();
    return q;
}

} // namespace

CharacterSheet SheetParser::parseFile(const QString &path)
{
    QFile file(path);
    CharacterSheet sheet;
    sheet.filePath = path;
    if (!file.open(QIODevice::ReadOnly)) {
        sheet.name = CharacterSheet::nameFromFileName(path);
        sheet.issues << Issue::error(path, 0, QCoreApplication::translate("SheetParser", "cannot be read: %1").arg(file.errorString()));
        return sheet;
    }
    if (file.size() > MaxSheetBytes) {
        sheet.name = CharacterSheet::nameFromFileName(path);
        sheet.issues << Issue::error(path, 0, QCoreApplication::translate("SheetParser", "is %1 MB; a character sheet may be at most %2 MB, so it was not read")
                                                  .arg(QLocale().toString(double(file.size()) / (1024.0 * 1024.0), 'f', 1))
                                                  .arg(MaxSheetBytes / (1024 * 1024)));
        return sheet;
    }
    return parse(file.readAll(), path);
}

CharacterSheet SheetParser::parse(const QByteArray &rawContent, const QString &filePath)
{
    CharacterSheet sheet;
    sheet.filePath = filePath;
    const QString fallbackName = CharacterSheet::nameFromFileName(filePath);

    if (rawContent.size() > MaxSheetBytes) {
        sheet.name = fallbackName;
        sheet.issues << Issue::error(filePath, 0, QCoreApplication::translate("SheetParser", "is larger than %1 MB, so it was not read").arg(MaxSheetBytes / (1024 * 1024)));
        return sheet;
    }
    if (const qsizetype nul = rawContent.indexOf('\0'); nul >= 0) {
        sheet.name = fallbackName;
        sheet.issues << Issue::error(filePath, lineOfOffset(rawContent, nul),
                                     QCoreApplication::translate("SheetParser", "is a binary file, not a Markdown character sheet"));
        return sheet;
    }
    if (const qsizetype bad = firstInvalidUtf8(rawContent); bad >= 0) {
        sheet.name = fallbackName;
        sheet.issues << Issue::error(filePath, lineOfOffset(rawContent, bad),
                                     QCoreApplication::translate("SheetParser", "is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8")
                                         .arg(QString::number(uchar(rawContent.at(bad)), 16).toUpper())
                                         .arg(bad));
        return sheet;
    }

    QString content = QString::fromUtf8(rawContent);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    content.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    content.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    if (content.trimmed().isEmpty()) {
        sheet.name = fallbackName;
        sheet.issues << Issue::warning(filePath, 0, QCoreApplication::translate("SheetParser", "is empty; the name \"%1\" was taken from the file name").arg(fallbackName));
        return sheet;
    }

    QStringList lines = content.split(QLatin1Char('\n'));
    int firstBodyLine = 0; // index into lines

    // YAML front matter.
    if (lines.first().trimmed() == QLatin1String("---")) {
        qsizetype close = -1;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString t = lines.at(i).trimmed();
            if (t == QLatin1String("---") || t == QLatin1String("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            sheet.issues << Issue::error(filePath, 1, QCoreApplication::translate("SheetParser", "front matter opened with \"---\" is never closed; it was ignored"));
            firstBodyLine = 1;
        } else {
            QString listKey;
            for (qsizetype i = 1; i < close; ++i) {
                const QString line = lines.at(i);
                const QString t = line.trimmed();
                if (t.isEmpty() || t.startsWith(QLatin1Char('#')))
                    continue;
                if (t.startsWith(QLatin1String("- ")) && !listKey.isEmpty()) {
                    const QString item = unquote(t.mid(2));
                    if (listKey == QLatin1String("tags"))
                        sheet.tags << item;
                    else
                        sheet.frontMatter[listKey] += (sheet.frontMatter[listKey].isEmpty() ? QString() : QStringLiteral(", ")) + item;
                    continue;
                }
                const qsizetype colon = t.indexOf(QLatin1Char(':'));
                if (colon <= 0) {
                    sheet.issues << Issue::warning(filePath, int(i) + 1, QCoreApplication::translate("SheetParser", "front matter line is not \"key: value\""));
                    continue;
                }
                const QString key = t.left(colon).trimmed();
                const QString value = t.mid(colon + 1).trimmed();
                listKey = value.isEmpty() ? key : QString();
                if (key == QLatin1String("tags")) {
                    bool ok = true;
                    sheet.tags = parseValueList(value, &ok);
                    if (!ok)
                        sheet.issues << Issue::warning(filePath, int(i) + 1, QCoreApplication::translate("SheetParser", "tags list is not closed with \"]\""));
                } else {
                    sheet.frontMatter.insert(key, unquote(value));
                }
            }
            firstBodyLine = int(close) + 1;
        }
    }

    // The trailing plain-text metadata block: "metadata:" then indented "key: value" lines.
    static const QRegularExpression metaKeyValue(QStringLiteral("^\\s+([A-Za-z_][A-Za-z0-9_ -]*):\\s*(.*)$"));
    qsizetype lastBodyLine = lines.size(); // exclusive
    for (qsizetype i = lines.size() - 1; i >= firstBodyLine; --i) {
        if (lines.at(i).trimmed() != QLatin1String("metadata:") || lines.at(i).startsWith(QLatin1Char(' ')))
            continue;
        bool valid = true;
        bool closingFence = false;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString &l = lines.at(j);
            if (l.trimmed().isEmpty())
                continue;
            if (isFenceLine(l) && !closingFence) {
                closingFence = true;
                continue;
            }
            if (closingFence || !(l.startsWith(QLatin1Char(' ')) || l.startsWith(QLatin1Char('\t')))) {
                valid = false;
                break;
            }
        }
        if (!valid)
            break;
        sheet.metadataLine = int(i) + 1;
        for (qsizetype j = i + 1; j < lines.size(); ++j) {
            const QString &l = lines.at(j);
            if (l.trimmed().isEmpty() || isFenceLine(l))
                continue;
            const QRegularExpressionMatch m = metaKeyValue.match(l);
            if (!m.hasMatch()) {
                sheet.issues << Issue::warning(filePath, int(j) + 1, QCoreApplication::translate("SheetParser", "metadata line is not \"key: value\""));
                continue;
            }
            bool ok = true;
            QStringList values = parseValueList(m.captured(2), &ok);
            if (!ok)
                sheet.issues << Issue::warning(filePath, int(j) + 1, QCoreApplication::translate("SheetParser", "metadata list is not closed with \"]\""));
            sheet.metadata.insert(m.captured(1).trimmed(), values);
        }
        lastBodyLine = i;
        // Drop a fence that opened the block and the "---" break that separated it.
        while (lastBodyLine > firstBodyLine) {
            const QString t = lines.at(lastBodyLine - 1).trimmed();
            if (t.isEmpty() || t == QLatin1String("---") || t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~")))
                --lastBodyLine;
            else
                break;
        }
        break;
    }

    const QString body = lines.mid(firstBodyLine, lastBodyLine - firstBodyLine).join(QLatin1Char('\n'));
    MdWalker walker;
    walker.sheet = &sheet;
    walker.headingLines = atxHeadingLines(lines.mid(firstBodyLine, lastBodyLine - firstBodyLine), firstBodyLine + 1);
    const QByteArray utf8 = body.toUtf8();

    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *user) {
        return static_cast<MdWalker *>(user)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *user) {
        return static_cast<MdWalker *>(user)->leaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *user) {
        return static_cast<MdWalker *>(user)->text(type, text, size);
    };
    if (md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &walker) != 0)
        sheet.issues << Issue::error(filePath, 0, QCoreApplication::translate("SheetParser", "the Markdown parser gave up on this file"));

    if (!walker.quoteLines.isEmpty())
        sheet.quote = splitQuote(walker.quoteLines);
    if (!walker.preamble.isEmpty()) {
        SheetSection overview;
        overview.title = QCoreApplication::translate("SheetParser", "Overview");
        overview.kind = SheetSection::Kind::Other;
        overview.line = sheet.nameLine;
        overview.text = walker.preamble;
        sheet.sections.prepend(overview);
    }

    // Name and the checks the generator relies on.
    if (sheet.name.isEmpty()) {
        QString from;
        if (!sheet.metadata.value(QStringLiteral("character")).isEmpty()) {
            sheet.name = sheet.metadata.value(QStringLiteral("character")).first();
            from = QCoreApplication::translate("SheetParser", "the metadata block");
        } else if (!sheet.frontMatter.value(QStringLiteral("title")).isEmpty()) {
            sheet.name = sheet.frontMatter.value(QStringLiteral("title"));
            from = QCoreApplication::translate("SheetParser", "the front matter title");
        } else {
            sheet.name = fallbackName;
            from = QCoreApplication::translate("SheetParser", "the file name");
        }
        sheet.issues << Issue::warning(filePath, firstBodyLine + 1,
                                       QCoreApplication::translate("SheetParser", "no \"# Name\" heading; the name \"%1\" was taken from %2").arg(sheet.name, from));
    } else if (const QStringList c = sheet.metadata.value(QStringLiteral("character")); !c.isEmpty() && c.first() != sheet.name) {
        sheet.issues << Issue::warning(filePath, sheet.metadataLine,
                                       QCoreApplication::translate("SheetParser", "metadata names the character \"%1\" but the heading says \"%2\"").arg(c.first(), sheet.name));
    }
    if (!sheet.section(SheetSection::Kind::Personality))
        sheet.issues << Issue::warning(filePath, 0, QCoreApplication::translate("SheetParser", "has no Personality section; replies will lack a voice to follow"));
    if (sheet.traits().isEmpty())
        sheet.issues << Issue::warning(filePath, sheet.metadataLine, QCoreApplication::translate("SheetParser", "lists no traits (add `traits: [..]` to the metadata block)"));
    // New Character's placeholders left in: the generator would send them as the character's.
    {
        const QStringList placeholders = CharacterSheet::templatePlaceholders();
        auto placeholderIn = [&](const QString &text) {
            return std::any_of(placeholders.cbegin(), placeholders.cend(), [&](const QString &p) { return text.contains(p); });
        };
        QStringList left;
        int firstLine = 0;
        if (placeholderIn(sheet.quote.text))
            left << QCoreApplication::translate("SheetParser", "the summary");
        for (const SheetSection &s : std::as_const(sheet.sections)) {
            if (placeholderIn(s.text)) {
                left << s.title;
                if (firstLine == 0)
                    firstLine = s.line;
            }
        }
        if (!left.isEmpty())
            sheet.issues << Issue::warning(filePath, firstLine,
                                           QCoreApplication::translate("SheetParser", "still holds the template's placeholder text in %1; the generator would send it as the character's")
                                               .arg(left.join(QStringLiteral(", "))));
    }
    for (const SheetSection &s : std::as_const(sheet.sections)) {
        const qsizetype tokens = TokenCount::count(s.text);
        if (tokens > 2 * DefaultSectionBudgetTokens) {
            sheet.issues << Issue::warning(filePath, s.line,
                                           QCoreApplication::translate("SheetParser", "section \"%1\" is %2 tokens; prompts keep about %3 and cut the rest")
                                               .arg(s.title, QLocale().toString(tokens), QLocale().toString(DefaultSectionBudgetTokens)));
        }
    }
    return sheet;
}
