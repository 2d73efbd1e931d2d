#pragma once
// CanonCoverage: whether replies use their character's canon — the people and places of the
// character's sheet (CharacterSheet::canonNames(): metadata and relationship titles, plus the
// capitalised names its sections use mid-sentence) — and which capitalised names replies use
// that appear in no sheet at all, the usual sign of invented lore. The speaker's own name does
// not count as canon use. Built once; the queries are const and thread-safe.

#include "textscan.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

class Project;

class CanonCoverage
{
public:
    CanonCoverage() = default;
    // personas[i] is looked up in the project; personas without a sheet have no canon.
    CanonCoverage(const Project &project, const QStringList &personas);
    // For tests and projects without sheets: canon words per persona and every known word.
    CanonCoverage(const QList<QSet<QString>> &canon, const QSet<QString> &known);

    bool covers(int persona, QStringView text, const std::vector<TextScan::Word> &words) const;
    // Adds the capitalised mid-sentence words of `text` that no sheet mentions.
    void countUnknown(QStringView text, const std::vector<TextScan::Word> &words, QHash<QString, int> &counts) const;

    QSet<QString> canonOf(int persona) const { return m_canon.value(persona); }

private:
    QList<QSet<QString>> m_canon;  // per persona: words of its canon names
    QSet<QString> m_known;         // every capitalised word of every sheet, and the names
};
