#include "reviewsampler.h"

#include "datasetstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>
#include <random>

namespace {

// The seed of one persona's draw: the session seed mixed with a hash of the name that does not
// change between runs (qHash is salted per process, so it would not do).
quint64 personaSeed(quint64 seed, const QString &persona)
{
    quint64 h = 1469598103934665603ULL; // FNV-1a
    const QByteArray utf8 = persona.toUtf8();
    for (char c : utf8) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return seed ^ h;
}

void addCounts(ReviewProgress &p, const QString &status, int count)
{
    p.total += count;
    if (status == QLatin1String("unreviewed"))
        return;
    p.checked += count;
    if (status == QLatin1String("rejected"))
        p.rejected += count;
    else
        p.accepted += count;
}

} // namespace

QList<qint64> SpotCheck::allIds() const
{
    QList<qint64> ids;
    for (const QList<qint64> &list : idsByPersona)
        ids += list;
    return ids;
}

QString ReviewProgress::toText() const
{
    return QCoreApplication::translate("ReviewProgress", "%1 %2 / %3 checked, %4 rejected")
        .arg(persona)
        .arg(checked)
        .arg(total)
        .arg(rejected);
}

quint64 ReviewSampler::newSeed()
{
    return QRandomGenerator::global()->bounded(1, 1000000);
}

SpotCheck ReviewSampler::draw(const DatasetStore &store, const ReviewFilter &pool, quint64 seed, int perPersona, double percent)
{
    SpotCheck sample;
    sample.seed = seed;
    sample.perPersona = perPersona;
    sample.percent = perPersona > 0 ? 0 : percent;
    QVariantList bindings;
    // Ordered by persona then id: the draw depends on the records only, not on how SQLite
    // happens to return them.
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT persona, id FROM records") + pool.whereClause(&bindings)
              + QStringLiteral(" ORDER BY persona, id"));
    for (const QVariant &v : std::as_const(bindings))
        q.addBindValue(v);
    if (!q.exec())
        return sample;
    QMap<QString, QList<qint64>> byPersona;
    while (q.next())
        byPersona[q.value(0).toString()].append(q.value(1).toLongLong());
    for (auto it = byPersona.begin(); it != byPersona.end(); ++it) {
        QList<qint64> &ids = it.value();
        const qsizetype n = perPersona > 0 ? std::min<qsizetype>(perPersona, ids.size())
                                           : std::min<qsizetype>(ids.size(), qsizetype(std::ceil(ids.size() * percent / 100.0)));
        if (n <= 0)
            continue;
        // A partial Fisher–Yates shuffle with a generator whose sequence the standard fixes
        // (mt19937_64), so a seed draws the same records on every platform.
        std::mt19937_64 random(personaSeed(seed, it.key()));
        for (qsizetype i = 0; i < n; ++i) {
            // Not uniform_int_distribution: its algorithm differs between standard libraries. The
            // modulo's bias over 2^64 is far below anything a spot-check could notice.
            const qsizetype j = i + qsizetype(random() % quint64(ids.size() - i));
            std::swap(ids[i], ids[j]);
        }
        sample.idsByPersona.insert(it.key(), ids.mid(0, n));
    }
    return sample;
}

QList<ReviewProgress> ReviewSampler::progress(const DatasetStore &store, const SpotCheck &sample)
{
    QList<ReviewProgress> result;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    for (auto it = sample.idsByPersona.cbegin(); it != sample.idsByPersona.cend(); ++it) {
        ReviewProgress p;
        p.persona = it.key();
        // Slices keep each statement short whatever the sample's size.
        for (qsizetype from = 0; from < it->size(); from += 1000) {
            QStringList ids;
            for (qsizetype i = from; i < std::min<qsizetype>(from + 1000, it->size()); ++i)
                ids << QString::number(it->at(i));
            if (!q.exec(QStringLiteral("SELECT status, COUNT(*) FROM records WHERE id IN (%1) GROUP BY status")
                            .arg(ids.join(QLatin1Char(',')))))
                continue;
            while (q.next())
                addCounts(p, q.value(0).toString(), q.value(1).toInt());
        }
        result << p;
    }
    return result;
}

QList<ReviewProgress> ReviewSampler::overall(const DatasetStore &store, const ReviewFilter &pool)
{
    QMap<QString, ReviewProgress> byPersona;
    QVariantList bindings;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT persona, status, COUNT(*) FROM records") + pool.whereClause(&bindings)
              + QStringLiteral(" GROUP BY persona, status"));
    for (const QVariant &v : std::as_const(bindings))
        q.addBindValue(v);
    if (q.exec()) {
        while (q.next()) {
            ReviewProgress &p = byPersona[q.value(0).toString()];
            p.persona = q.value(0).toString();
            addCounts(p, q.value(1).toString(), q.value(2).toInt());
        }
    }
    return byPersona.values();
}

WilsonInterval ReviewSampler::wilson(int successes, int n, double z)
{
    if (n <= 0)
        return {0, 1};
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denominator = 1 + z2 / n;
    const double centre = (p + z2 / (2.0 * n)) / denominator;
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}
