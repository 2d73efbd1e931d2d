#pragma once
// QualityAnalyzer: runs every quality check over a project's records and writes the flags back.
// The GUI's Insights page calls run() through QtConcurrent and the CLI's `quality` command calls
// it directly: the API is synchronous, opens its own DatasetStore connection and keeps no
// state, so it is safe on any thread. Rejected records are left out: they will not be trained on.

#include "canoncoverage.h"
#include "phrasestats.h"
#include "qualityreport.h"

#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

class Project;

struct QualityItem
{
    qint64 id = 0;
    int persona = 0;        // index into the persona list
    QString text;           // the reply training will use (the edit when there is one)
};

class QualityAnalyzer
{
public:
    struct Options
    {
        PhraseStats::Options phrases;
        double nearDuplicateThreshold = 0.6;   // Jaccard of word 3-gram shingles, as the generator uses
        int distinctnessSample = 2000;         // replies per character
        // Voice distinctness compares every measured persona with every other, each a centroid
        // of 2^17 dimensions: at most this many, the ones with the most records (a role-play
        // dataset brings thousands of personas).
        int distinctnessPersonas = 60;
        int unknownNames = 15;                 // how many to report
        int confusablePairs = 5;
    };
    // percent 0–100 and the stage's name; called from the analysing thread.
    using Progress = std::function<void(int percent, const QString &stage)>;

    // Loads the project's records, analyses them and (if `writeFlags`) stores the flags.
    static std::optional<QualityReport> run(const Project &project, const Options &options, const Progress &progress,
                                            QString *error, bool writeFlags = true);

    // Reads the non-rejected records of studio.db; personas starts with the project's characters
    // and gains any persona the records name that the project does not.
    static bool load(const QString &databasePath, QStringList &personas, std::vector<QualityItem> &items, QString *error);
    static QualityReport analyze(const QStringList &personas, const std::vector<QualityItem> &items, const CanonCoverage &canon,
                                 const Options &options, const Progress &progress = {});
    // In one transaction: each analysed record's flags become its other flags plus the report's.
    static bool writeFlags(const QString &databasePath, const QualityReport &report, QString *error);
};
