#include "markdownhighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    // Colours that read on light and dark palettes alike.
    const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
    const QColor heading = dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    for (int i = 0; i < 3; ++i) {
        m_heading[i].setForeground(heading);
        m_heading[i].setFontWeight(QFont::Bold);
    }
    m_heading[0].setFontPointSize(QGuiApplication::font().pointSizeF() * 1.3);
    m_heading[1].setFontPointSize(QGuiApplication::font().pointSizeF() * 1.15);
    m_emphasis.setFontItalic(true);
    m_emphasis.setForeground(dark ? QColor(0xf2, 0xb8, 0x6b) : QColor(0x9a, 0x4d, 0x00));
    m_strong.setFontWeight(QFont::Bold);
    m_quote.setForeground(dark ? QColor(0x9c, 0xd6, 0x9c) : QColor(0x2e, 0x7d, 0x32));
    m_quote.setFontItalic(true);
    m_meta.setForeground(dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6a, 0x1b, 0x9a));
    m_metaKey = m_meta;
    m_metaKey.setFontWeight(QFont::Bold);
    m_rule.setForeground(QColor(0x90, 0x90, 0x90));
    m_code.setFontFamilies({QStringLiteral("monospace")});
    m_code.setForeground(QColor(0x80, 0x80, 0x80));
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = std::max(0, previousBlockState());
    const QString trimmed = text.trimmed();
    const bool firstBlock = currentBlock().blockNumber() == 0;
    static const QRegularExpression keyValue(QStringLiteral("^(\\s*[A-Za-z_][A-Za-z0-9_ -]*:)(.*)$"));

    auto keyed = [&](const QTextCharFormat &keyFormat, const QTextCharFormat &valueFormat) {
        const QRegularExpressionMatch m = keyValue.match(text);
        if (m.hasMatch()) {
            setFormat(0, int(m.capturedLength(1)), keyFormat);
            setFormat(int(m.capturedStart(2)), int(m.capturedLength(2)), valueFormat);
        } else {
            setFormat(0, int(text.size()), valueFormat);
        }
    };

    if (previous == FrontMatter || (firstBlock && trimmed == QLatin1String("---"))) {
        keyed(m_metaKey, m_meta);
        setCurrentBlockState(firstBlock || trimmed != QLatin1String("---") ? FrontMatter : Body);
        return;
    }
    if (previous == Fence || trimmed.startsWith(QLatin1String("```"))) {
        setFormat(0, int(text.size()), m_code);
        const bool opens = previous != Fence && trimmed.startsWith(QLatin1String("```"));
        const bool closes = previous == Fence && trimmed.startsWith(QLatin1String("```"));
        setCurrentBlockState(opens ? Fence : (closes ? Body : Fence));
        if (previous != Fence || closes)
            return;
    }
    if (previous == Metadata || (trimmed == QLatin1String("metadata:") && !text.startsWith(QLatin1Char(' ')))) {
        keyed(m_metaKey, m_meta);
        setCurrentBlockState(Metadata);
        return;
    }
    setCurrentBlockState(Body);

    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s"));
    if (const QRegularExpressionMatch m = heading.match(text); m.hasMatch()) {
        setFormat(0, int(text.size()), m_heading[std::min<qsizetype>(m.capturedLength(1), 3) - 1]);
        return;
    }
    if (trimmed == QLatin1String("---") || trimmed == QLatin1String("***")) {
        setFormat(0, int(text.size()), m_rule);
        return;
    }
    if (trimmed.startsWith(QLatin1Char('>'))) {
        setFormat(0, int(text.size()), m_quote);
        return;
    }
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    for (auto it = strong.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_strong);
    }
    static const QRegularExpression emphasis(QStringLiteral("(?<![*\\w])([*_])(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*\\w])"));
    for (auto it = emphasis.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_emphasis);
    }
}
