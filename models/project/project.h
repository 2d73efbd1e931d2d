#pragma once
// Project: a folder with studio.json, a sheets folder of character_<slug>.md files and studio.db.
// It is a plain value: the loader fills it, the plan and the generator read it, and save()
// writes studio.json back atomically. Opening a folder of sheets without studio.json creates a
// project around them, every character in the "unassigned" tier, without touching the sheets.

#include "sheet/charactersheet.h"
#include "util/issue.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

struct Category
{
    QString name;
    QString prompt;   // one line telling the generator what kind of user message to write
    double weight = 1.0;

    bool operator==(const Category &) const = default;
};

struct Tier
{
    QString name;
    int target = 0;   // records per member
    QStringList members;

    bool operator==(const Tier &) const = default;
};

struct CharacterEntry
{
    QString name;
    QString sheetFile; // file name inside the sheets folder
    CharacterSheet sheet;
};

struct GenerationSettings
{
    QString baseUrl = QStringLiteral("https://api.openai.com/v1");
    QString model = QStringLiteral("gpt-4o-mini");
    QString apiKeyEnv = QStringLiteral("OPENAI_API_KEY");
    int concurrency = 8;
    int batchSize = 5;
    double temperature = 0.9;
};

struct ModelPrice
{
    double inputPerMillion = 0;
    double outputPerMillion = 0;
};

class Project
{
public:
    static constexpr int FormatVersion = 1;
    static inline const QString UnassignedTier = QStringLiteral("unassigned");
    static inline const QString DefaultInstructionTemplate =
        QStringLiteral("Respond as {persona} from {work} to the following message.");

    struct OpenResult;
    // Loads DIR. Problems that still leave a usable project (a missing sheet, a broken sheet, a
    // tier naming nobody) are in Project::issues; a folder that cannot be a project is an error.
    static OpenResult open(const QString &dir);
    // Starts a project in DIR (made if missing; it must not hold a studio.json yet): studio.json
    // with the four tiers of the seed guide (main 150, major 100, supporting 60, minor 30), the
    // common categories and the known prices, and an empty sheets folder. `work` names the film,
    // book or game the characters come from (the folder's name when empty). Open it afterwards.
    static bool createNew(const QString &dir, const QString &work, QString *error);

    QString dir;
    int formatVersion = FormatVersion;
    QString name;
    QString work;
    QString instructionTemplate = DefaultInstructionTemplate;
    QString sheetsDir = QStringLiteral("rag-resources");
    GenerationSettings generation;
    QMap<QString, ModelPrice> prices;
    QList<CharacterEntry> characters;   // in the project's order
    QList<Tier> tiers;                  // in order, most important first
    QMap<QString, int> overrides;       // character → count, differing from its tier
    QList<Category> commonCategories;
    QMap<QString, QList<Category>> characterCategories;
    QJsonObject extra;                  // keys of studio.json this version does not know, kept on save
    IssueList issues;
    bool createdFromSheets = false;     // true when no studio.json existed

    QString studioJsonPath() const;
    QString sheetsPath() const;
    QString databasePath() const;

    const CharacterEntry *character(const QString &name) const;
    QString tierOf(const QString &character) const;
    int tierTarget(const QString &tier) const;
    int targetFor(const QString &character) const;
    // The common categories followed by the character's own.
    QList<Category> categoriesFor(const QString &character) const;
    QString instructionFor(const QString &character) const;
    std::optional<ModelPrice> priceFor(const QString &model) const;

    QJsonObject toJson() const;
    // Writes studio.json atomically (QSaveFile). Returns false and sets *error on failure.
    bool save(QString *error) const;

    static QList<Category> defaultCommonCategories();
    // Training prices per million tokens of the models a new project knows.
    static QMap<QString, ModelPrice> defaultPrices();
};

struct Project::OpenResult
{
    std::optional<Project> project;
    QString error; // set when project is empty
};
