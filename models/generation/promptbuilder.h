#pragma once
// PromptBuilder: the system and user messages of one generation request. It reads the parts of
// a character sheet that carry the voice (personality, speech, background, role, relationships,
// appearance, the signature quote, traits, canon names), trims each to a token budget so one
// long sheet cannot crowd out the rules, and fills the project's templates — <project>/prompts/
// *.txt when a writer has put them there, the defaults compiled in from resources/prompts/
// otherwise. GenerationRun builds one prompt per request; `generate --dry-run` prints them.

#include "project/project.h"

#include <QHash>
#include <QString>
#include <QStringList>

struct PromptBudget
{
    int perSection = 200;   // tokens per sheet section
    int quote = 60;
    int canonNames = 80;
    int sheetTotal = 1100;  // the whole sheet digest
    int avoidItems = 6;     // earlier user messages listed as "already written"
};

class PromptBuilder
{
public:
    struct Prompt
    {
        QString system;
        QString user;
        qsizetype tokens = 0;   // of both messages, by TokenCount::count
    };

    explicit PromptBuilder(const Project &project, const PromptBudget &budget = {});

    Prompt build(const QString &persona, const Category &category, int count, bool structured,
                 const QStringList &alreadyWritten = {}) const;
    // The voice-relevant digest of a character's sheet, within the budget (cached).
    QString sheetDigest(const QString &persona) const;
    // Where each template came from (":/prompts/user.txt" or a project file), for --dry-run.
    QStringList templateSources() const;

    // Cuts `text` at a word boundary so that it counts at most `budget` tokens.
    static QString trimToTokens(const QString &text, int budget);
    // Replaces {name} placeholders; unknown ones are left as written.
    static QString fill(QString text, const QHash<QString, QString> &values);

private:
    QString loadTemplate(const QString &name);

    const Project &m_project;
    PromptBudget m_budget;
    QHash<QString, QString> m_templates;
    QStringList m_sources;
    mutable QHash<QString, QString> m_digests;
};
