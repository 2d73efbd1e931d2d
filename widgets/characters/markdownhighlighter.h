#pragma once
// MarkdownHighlighter: colours what matters in a character sheet — headings, emphasis and
// action beats, blockquotes, the front matter and the trailing metadata block.

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit MarkdownHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Body = 0, FrontMatter = 1, Metadata = 2, Fence = 3 };
    QTextCharFormat m_heading[3];
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_quote;
    QTextCharFormat m_meta;
    QTextCharFormat m_metaKey;
    QTextCharFormat m_rule;
    QTextCharFormat m_code;
};
