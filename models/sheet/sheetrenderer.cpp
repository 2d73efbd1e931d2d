#include "sheetrenderer.h"

#include <QStringList>

#include <md4c-html.h>

namespace {

QString renderMarkdown(const QString &markdown)
{
    const QByteArray in = markdown.toUtf8();
    QByteArray out;
    out.reserve(in.size() * 2);
    md_html(
        in.constData(), MD_SIZE(in.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *user) { static_cast<QByteArray *>(user)->append(text, qsizetype(size)); },
        &out, MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS | MD_FLAG_NOHTML, 0);
    return QString::fromUtf8(out);
}

QString keyValueTable(const QStringList &lines, const QString &cssClass)
{
    QString html = QStringLiteral("<table class=\"%1\">").arg(cssClass);
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (line.trimmed().isEmpty())
            continue;
        if (colon <= 0) {
            html += QStringLiteral("<tr><td colspan=\"2\">%1</td></tr>").arg(line.trimmed().toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                    .arg(line.left(colon).trimmed().toHtmlEscaped(), line.mid(colon + 1).trimmed().toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString SheetRenderer::toHtml(const QString &source)
{
    QString markdown = source;
    markdown.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QString head;
    if (!lines.isEmpty() && lines.first().trimmed() == QLatin1String("---")) {
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed() == QLatin1String("---")) {
                head = keyValueTable(lines.mid(1, i - 1), QStringLiteral("frontmatter"));
                lines = lines.mid(i + 1);
                break;
            }
        }
    }
    QString tail;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (lines.at(i).trimmed() == QLatin1String("metadata:") && !lines.at(i).startsWith(QLatin1Char(' '))) {
            tail = QStringLiteral("<h2>metadata</h2>") + keyValueTable(lines.mid(i + 1), QStringLiteral("metadata"));
            lines = lines.mid(0, i);
            break;
        }
    }
    return head + renderMarkdown(lines.join(QLatin1Char('\n'))) + tail;
}
