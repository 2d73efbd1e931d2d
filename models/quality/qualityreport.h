#pragma once
// QualityReport: what QualityAnalyzer found in a project's records — per character the record
// count, voice distinctness, overused phrases, canon coverage and flag counts; the similarity
// matrix and the most confusable pairs; near-duplicate groups; names no sheet mentions; and the
// flags of every analysed record. The CLI prints it, the Insights page draws it.

#include "phrasestats.h"
#include "qualityflags.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <array>
#include <vector>

struct QualityReport
{
    using FlagCounts = std::array<int, QualityFlags::Count>;

    struct Persona
    {
        QString name;
        int records = 0;
        double distinctness = -1;   // < 0: fewer than two replies, only one character, or not measured
        int distinctnessSample = 0;
        QList<PhraseStats::Phrase> overusedPhrases;
        double canonCoverage = 0;
        bool hasCanon = false;      // the sheet names anyone or anything to cover
        FlagCounts flags{};
    };
    struct Pair
    {
        QString a;
        QString b;
        double similarity = 0;
        int confusions = 0;   // replies of either classified as the other
    };
    struct DuplicateGroup
    {
        QList<qint64> ids;
        bool crossCharacter = false;
    };

    QList<Persona> personas;
    std::vector<int> measured;                     // the personas voice distinctness compared (indices), in order
    std::vector<std::vector<double>> similarity;   // measured × measured
    QList<Pair> confusablePairs;                   // most similar first
    FlagCounts flags{};
    QList<DuplicateGroup> duplicateGroups;         // largest first
    QList<QPair<QString, int>> unknownNames;       // most used first
    std::vector<qint64> ids;                       // every analysed record, ascending
    std::vector<quint8> recordFlags;               // QualityFlags bits, parallel to ids
    qint64 records = 0;
    double seconds = 0;

    int personaIndex(const QString &name) const;
    // The documented --json shape, plus "duplicate_groups" and "unknown_names".
    QJsonObject toJson() const;
};
