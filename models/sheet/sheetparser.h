#pragma once
// SheetParser reads the Markdown character sheets writers already keep (YAML front matter,
// "# Name", an optional leading blockquote, "## " sections with "### " subsections, "---" breaks,
// and a trailing plain-text `metadata:` block) into a CharacterSheet, with md4c doing the
// Markdown. Hostile input (empty, binary, not UTF-8, huge, unclosed front matter) yields issues
// naming the file, never a crash or a hang.

#include "charactersheet.h"

#include <QByteArray>

class SheetParser
{
public:
    // Sheets larger than this are refused without parsing: nobody writes a 2 MB bio, and a
    // prompt could not hold it.
    static constexpr qsizetype MaxSheetBytes = 2 * 1024 * 1024;
    // A section longer than this many tokens is far beyond what a prompt can carry.
    static constexpr qsizetype DefaultSectionBudgetTokens = 200; // PromptBudget::perSection uses the same figure

    static CharacterSheet parseFile(const QString &path);
    static CharacterSheet parse(const QByteArray &content, const QString &filePath);

private:
    static void parseMarkdown(CharacterSheet &sheet, const QString &body, int bodyFirstLine);
};
