#pragma once
// TierPlan: what a generation run should produce, character by character and category by
// category. Each character's target is split over its categories by weight with the largest
// remainder method, so the split always sums exactly to the target.

#include "project.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

struct PersonaPlan
{
    QString name;
    QString tier;
    int target = 0;
    bool overridden = false;                 // the count differs from the tier's
    QStringList traits;
    QList<QPair<QString, int>> categories;   // in the project's category order
    IssueList warnings;

    int categoryTarget(const QString &category) const;
};

class TierPlan
{
public:
    static TierPlan compute(const Project &project);
    // Splits `total` over `weights` proportionally; the parts sum to total exactly. Ties in the
    // remainders go to the earlier entries; all-zero weights split evenly.
    static QList<int> split(int total, const QList<double> &weights);

    QList<PersonaPlan> personas;
    int total = 0;

    const PersonaPlan *persona(const QString &name) const;
    QJsonObject toJson() const;
};
