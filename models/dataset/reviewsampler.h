#pragma once
// ReviewSampler: spot-check samples — N random records per character, or a percentage of each
// character's records — stratified by persona and reproducible: the same seed over the same
// records draws the same sample, so a reviewer can note the seed and another can redo the check.
// Also the per-character figures the Review mode shows: progress through a sample and the
// acceptance rate with a Wilson 95% confidence interval.

#include "reviewfilter.h"

#include <QList>
#include <QMap>
#include <QString>

class DatasetStore;

struct SpotCheck
{
    quint64 seed = 0;
    int perPersona = 0;      // N per character, or 0 when percent is used
    double percent = 0;
    QMap<QString, QList<qint64>> idsByPersona;

    bool isEmpty() const { return idsByPersona.isEmpty(); }
    QList<qint64> allIds() const;   // persona by persona, each in drawing order
};

struct ReviewProgress
{
    QString persona;
    int total = 0;       // records in the sample (or of the character)
    int checked = 0;     // no longer unreviewed
    int accepted = 0;    // accepted or edited
    int rejected = 0;

    // Accepted among the checked ones; the interval is where the true rate lies with 95% confidence.
    double acceptanceRate() const { return checked ? double(accepted) / checked : 0; }
    QString toText() const; // "Glordon 12 / 20 checked, 2 rejected"
};

struct WilsonInterval
{
    double low = 0;
    double high = 1;
};

class ReviewSampler
{
public:
    // A seed to show to the user: short enough to read out and type back.
    static quint64 newSeed();
    // Draws `perPersona` records (or `percent` % rounded up, when perPersona is 0) of each
    // persona among the records `pool` matches.
    static SpotCheck draw(const DatasetStore &store, const ReviewFilter &pool, quint64 seed, int perPersona, double percent = 0);
    // Progress per persona through the sample, in persona order.
    static QList<ReviewProgress> progress(const DatasetStore &store, const SpotCheck &sample);
    // The same figures over every record of each persona (matching `pool`).
    static QList<ReviewProgress> overall(const DatasetStore &store, const ReviewFilter &pool = {});
    // Wilson score interval for `successes` out of `n` at confidence z (1.96: 95%).
    static WilsonInterval wilson(int successes, int n, double z = 1.96);
};
