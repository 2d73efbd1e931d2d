#include "generationstats.h"

#include "dataset/datasetstore.h"
#include "generationjournal.h"
#include "project/tierplan.h"

QJsonObject GenerationStats::compute(const Project &project, const DatasetStore &store)
{
    const TierPlan plan = TierPlan::compute(project);
    const GenerationJournal journal(store.database());
    const auto byCategory = store.countsByPersonaCategory();
    const auto byStatus = journal.statusCounts();
    const QHash<QString, int> importedByPersona = store.importedCountsByPersona();

    QStringList names;
    for (const PersonaPlan &p : plan.personas)
        names << p.name;
    // Records of characters no longer in the plan still count and are shown.
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        if (!names.contains(it.key()))
            names << it.key();
    }
    QJsonObject personas;
    qint64 total = 0;
    qint64 imported = 0;
    for (const QString &name : names) {
        const PersonaPlan *p = plan.persona(name);
        QJsonObject categories;
        int records = 0;
        if (p) {
            for (const auto &[category, target] : p->categories) {
                Q_UNUSED(target);
                categories.insert(category, byCategory.value(name).value(category));
            }
        }
        const QHash<QString, int> cats = byCategory.value(name);
        for (auto it = cats.cbegin(); it != cats.cend(); ++it) {
            categories.insert(it.key(), it.value());
            records += it.value();
        }
        total += records;
        imported += importedByPersona.value(name);
        const QHash<QString, int> status = byStatus.value(name);
        personas.insert(name, QJsonObject{
                                  {QStringLiteral("target"), p ? p->target : 0},
                                  {QStringLiteral("records"), records},
                                  {QStringLiteral("generated"), records - importedByPersona.value(name)},
                                  {QStringLiteral("imported"), importedByPersona.value(name)},
                                  {QStringLiteral("unreviewed"), status.value(QStringLiteral("unreviewed"))},
                                  {QStringLiteral("accepted"), status.value(QStringLiteral("accepted"))},
                                  {QStringLiteral("edited"), status.value(QStringLiteral("edited"))},
                                  {QStringLiteral("rejected"), status.value(QStringLiteral("rejected"))},
                                  {QStringLiteral("categories"), categories},
                              });
    }
    QJsonObject dropped;
    const QHash<QString, int> drops = journal.dropsByReason();
    for (auto it = drops.cbegin(); it != drops.cend(); ++it)
        dropped.insert(it.key(), it.value());
    const GenerationJournal::Totals totals = journal.totals();
    return QJsonObject{
        {QStringLiteral("personas"), personas},
        {QStringLiteral("total"), total},
        {QStringLiteral("generated"), total - imported},
        {QStringLiteral("imported"), imported},
        {QStringLiteral("dropped"), dropped},
        {QStringLiteral("tokens"), QJsonObject{{QStringLiteral("prompt"), totals.promptTokens}, {QStringLiteral("completion"), totals.completionTokens}}},
        {QStringLiteral("cost_usd"), totals.costUsd},
    };
}
