#include "worddiff.h"

#include "main/tone.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace {

// Words with the spaces after them, so that joining the pieces gives the text back.
QStringList tokens(const QString &text)
{
    QStringList result;
    static const QRegularExpression word(QStringLiteral("\\S+\\s*|\\s+"));
    auto it = word.globalMatch(text);
    while (it.hasNext())
        result << it.next().captured();
    return result;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString WordDiff::toHtml(const QString &before, const QString &after, int maxWords)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    if (a.size() > maxWords || b.size() > maxWords)
        return escaped(after);
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: common words of a[i..] and b[j..]; compared without trailing spaces so that a
    // word moved to the end of a line still matches.
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    auto same = [&](qsizetype i, qsizetype j) { return a.at(i).trimmed() == b.at(j).trimmed(); };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[i][j] = same(i, j) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    QString html;
    auto removed = [&](const QString &t) {
        html += QStringLiteral("<span style=\"color:%1;text-decoration:line-through\">%2</span>").arg(Tone::css(Tone::Bad), escaped(t));
    };
    auto added = [&](const QString &t) {
        html += QStringLiteral("<span style=\"color:%1;text-decoration:underline\">%2</span>").arg(Tone::css(Tone::Good), escaped(t));
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (same(i, j)) {
            html += escaped(b.at(j));
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            removed(a.at(i++));
        } else {
            added(b.at(j++));
        }
    }
    while (i < n)
        removed(a.at(i++));
    while (j < m)
        added(b.at(j++));
    return html;
}
