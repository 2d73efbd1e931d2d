#include "tierplan.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <numeric>

int PersonaPlan::categoryTarget(const QString &category) const
{
    for (const auto &[name, count] : categories) {
        if (name == category)
            return count;
    }
    return 0;
}

QList<int> TierPlan::split(int total, const QList<double> &weights)
{
    QList<int> parts(weights.size(), 0);
    if (weights.isEmpty() || total <= 0)
        return parts;
    QList<double> w = weights;
    double sum = std::accumulate(w.cbegin(), w.cend(), 0.0);
    if (sum <= 0) {
        std::fill(w.begin(), w.end(), 1.0);
        sum = double(w.size());
    }
    QList<QPair<double, qsizetype>> remainders;
    int assigned = 0;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const double exact = total * w.at(i) / sum;
        parts[i] = int(std::floor(exact));
        assigned += parts.at(i);
        remainders.append({exact - parts.at(i), i});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first + 1e-12; });
    for (qsizetype k = 0; assigned < total; k = (k + 1) % remainders.size()) {
        ++parts[remainders.at(k).second];
        ++assigned;
    }
    return parts;
}

TierPlan TierPlan::compute(const Project &project)
{
    TierPlan plan;
    for (const CharacterEntry &c : project.characters) {
        PersonaPlan p;
        p.name = c.name;
        p.tier = project.tierOf(c.name);
        p.target = project.targetFor(c.name);
        p.overridden = project.overrides.contains(c.name) && project.overrides.value(c.name) != project.tierTarget(p.tier);
        p.traits = c.sheet.traits();
        for (const Issue &issue : c.sheet.issues)
            p.warnings << issue;
        const QList<Category> categories = project.categoriesFor(c.name);
        QList<double> weights;
        for (const Category &cat : categories)
            weights << cat.weight;
        const QList<int> parts = split(p.target, weights);
        for (qsizetype i = 0; i < categories.size(); ++i)
            p.categories.append({categories.at(i).name, parts.at(i)});
        plan.total += p.target;
        plan.personas << p;
    }
    return plan;
}

const PersonaPlan *TierPlan::persona(const QString &name) const
{
    for (const PersonaPlan &p : personas) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QJsonObject TierPlan::toJson() const
{
    QJsonArray array;
    for (const PersonaPlan &p : personas) {
        QJsonObject categories;
        for (const auto &[name, count] : p.categories)
            categories.insert(name, count);
        QJsonArray warnings;
        for (const Issue &w : p.warnings)
            warnings << w.toString();
        array << QJsonObject{{QStringLiteral("name"), p.name},
                             {QStringLiteral("tier"), p.tier},
                             {QStringLiteral("target"), p.target},
                             {QStringLiteral("traits"), QJsonArray::fromStringList(p.traits)},
                             {QStringLiteral("categories"), categories},
                             {QStringLiteral("warnings"), warnings}};
    }
    return QJsonObject{{QStringLiteral("personas"), array}, {QStringLiteral("total"), total}};
}
