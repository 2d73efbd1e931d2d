#include "qualityreport.h"

#include <QJsonArray>
#include <cmath>

namespace {

QJsonObject flagsJson(const QualityReport::FlagCounts &counts)
{
    QJsonObject o;
    for (int i = 0; i < QualityFlags::Count; ++i)
        o.insert(QualityFlags::names().at(i), counts[size_t(i)]);
    return o;
}

double rounded(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

} // namespace

int QualityReport::personaIndex(const QString &name) const
{
    for (int i = 0; i < personas.size(); ++i) {
        if (personas.at(i).name == name)
            return i;
    }
    return -1;
}

QJsonObject QualityReport::toJson() const
{
    QJsonObject ps;
    for (const Persona &p : personas) {
        QJsonArray phrases;
        for (const PhraseStats::Phrase &ph : p.overusedPhrases)
            phrases.append(QJsonObject{{QStringLiteral("phrase"), ph.text}, {QStringLiteral("share"), rounded(ph.share)}});
        ps.insert(p.name, QJsonObject{
                              {QStringLiteral("records"), p.records},
                              {QStringLiteral("distinctness"), p.distinctness < 0 ? QJsonValue() : QJsonValue(rounded(p.distinctness))},
                              {QStringLiteral("overused_phrases"), phrases},
                              {QStringLiteral("canon_coverage"), rounded(p.canonCoverage)},
                              {QStringLiteral("flags"), flagsJson(p.flags)},
                          });
    }
    QJsonArray pairs;
    for (const Pair &pair : confusablePairs)
        pairs.append(QJsonObject{{QStringLiteral("a"), pair.a}, {QStringLiteral("b"), pair.b}, {QStringLiteral("similarity"), rounded(pair.similarity)}});
    QJsonArray groups;
    for (const DuplicateGroup &g : duplicateGroups) {
        QJsonArray ids;
        for (qint64 id : g.ids)
            ids.append(id);
        groups.append(QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("cross_character"), g.crossCharacter}});
    }
    QJsonArray names;
    for (const auto &n : unknownNames)
        names.append(QJsonObject{{QStringLiteral("name"), n.first}, {QStringLiteral("count"), n.second}});
    return QJsonObject{
        {QStringLiteral("personas"), ps},
        {QStringLiteral("confusable_pairs"), pairs},
        {QStringLiteral("flags"), flagsJson(flags)},
        {QStringLiteral("duplicate_groups"), groups},
        {QStringLiteral("unknown_names"), names},
    };
}
