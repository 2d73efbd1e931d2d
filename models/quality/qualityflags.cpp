#include "qualityflags.h"

namespace QualityFlags {

const QStringList &names()
{
    static const QStringList list{QStringLiteral("refusal"),   QStringLiteral("fourth_wall"),    QStringLiteral("third_person"),
                                  QStringLiteral("empty"),     QStringLiteral("truncated"),      QStringLiteral("near_duplicate"),
                                  QStringLiteral("overused_phrase")};
    return list;
}

QString name(Flag flag)
{
    for (int i = 0; i < Count; ++i) {
        if (flag == (1 << i))
            return names().at(i);
    }
    return {};
}

QStringList toNames(quint8 bits)
{
    QStringList result;
    for (int i = 0; i < Count; ++i) {
        if (bits & (1 << i))
            result << names().at(i);
    }
    return result;
}

QString merge(const QString &stored, quint8 bits)
{
    QStringList kept;
    for (const QString &token : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = token.trimmed();
        if (!t.isEmpty() && !names().contains(t) && !kept.contains(t))
            kept << t;
    }
    kept << toNames(bits);
    return kept.join(QLatin1Char(','));
}

}
