#pragma once
// WordDiff: a word-level diff between the generated reply and the reviewer's edit, as HTML
// (removed words struck through in red, added words underlined in green). The focus view shows
// it for edited records so the original is never out of sight.

#include <QString>

namespace WordDiff {

// Longest common subsequence over words; texts longer than `maxWords` words fall back to
// showing the edit alone (the table would be too large to be worth it).
QString toHtml(const QString &before, const QString &after, int maxWords = 3000);

}
