#include "insightsdata.h"

#include "dataset/datasetstore.h"
#include "tokenizer/tokencount.h"

#include <QSqlQuery>
#include <QVariant>

InsightsData InsightsData::load(const QString &databasePath, const QString &character)
{
    InsightsData d;
    d.character = character;
    DatasetStore store;
    if (!store.open(databasePath, &d.error))
        return d;
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT persona, status, COUNT(*) FROM records GROUP BY persona, status"));
    while (q.next()) {
        const QString persona = q.value(0).toString();
        const QString status = q.value(1).toString();
        d.stored[persona] += q.value(2).toInt();
        if (status == QLatin1String("accepted") || status == QLatin1String("edited"))
            d.accepted[persona] += q.value(2).toInt();
        else if (status == QLatin1String("rejected"))
            d.rejected[persona] += q.value(2).toInt();
    }
    // Minutes as ISO text prefixes of created_at, which is UTC: "2025-06-01T12:34". Generated
    // records only: an import stores its whole file in a minute or two and would flatten the
    // generation's curve. The imported records are counted in the same pass (their minute is
    // NULL), for the summary.
    q.exec(QStringLiteral("SELECT CASE WHEN source_kind = 'generated' THEN substr(created_at, 1, 16) END, COUNT(*) FROM records GROUP BY 1 ORDER BY 1"));
    while (q.next()) {
        if (q.value(0).isNull())
            d.imported += q.value(1).toInt();
        else
            d.perMinute.append({QDateTime::fromString(q.value(0).toString() + QStringLiteral(":00Z"), Qt::ISODate), q.value(1).toInt()});
    }
    q.exec(QStringLiteral("SELECT updated_at, cost_usd FROM jobs WHERE cost_usd > 0 ORDER BY updated_at"));
    double total = 0;
    while (q.next()) {
        total += q.value(1).toDouble();
        d.cumulativeCost.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), total});
    }
    if (d.cumulativeCost.isEmpty()) {
        // Runs without per-job costs still have their totals.
        q.exec(QStringLiteral("SELECT COALESCE(finished_at, started_at), cost_usd FROM runs WHERE cost_usd > 0 ORDER BY 1"));
        while (q.next()) {
            total += q.value(1).toDouble();
            d.cumulativeCost.append({QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), total});
        }
    }
    // A run of a million records has some 200,000 jobs: a line of that many points took the GUI
    // thread over half a second to draw. A rising curve keeps its shape with a few thousand
    // (every k-th point, and the last, which holds the total).
    if (const qsizetype most = 2000; d.cumulativeCost.size() > most) {
        const qsizetype stride = (d.cumulativeCost.size() + most - 1) / most;
        QList<QPair<QDateTime, double>> thinned;
        for (qsizetype i = 0; i < d.cumulativeCost.size(); i += stride)
            thinned << d.cumulativeCost.at(i);
        if (thinned.last() != d.cumulativeCost.last())
            thinned << d.cumulativeCost.last();
        d.cumulativeCost = thinned;
    }
    if (character.isEmpty())
        return d;
    q.prepare(QStringLiteral("SELECT category, status, input, CASE WHEN edited_output IS NULL OR edited_output = '' THEN output"
                             " ELSE edited_output END FROM records WHERE persona = ?"));
    q.addBindValue(character);
    q.exec();
    while (q.next()) {
        ++d.byCategory[q.value(0).toString()];
        ++d.byStatus[q.value(1).toString()];
        d.inputTokens << int(TokenCount::count(q.value(2).toString()));
        d.replyTokens << int(TokenCount::count(q.value(3).toString()));
    }
    q.prepare(QStringLiteral("SELECT SUM(prompt_tokens), SUM(completion_tokens), SUM(cost_usd) FROM jobs WHERE persona = ?"));
    q.addBindValue(character);
    if (q.exec() && q.next()) {
        d.promptTokens = q.value(0).toLongLong();
        d.completionTokens = q.value(1).toLongLong();
        d.cost = q.value(2).toDouble();
    }
    return d;
}
