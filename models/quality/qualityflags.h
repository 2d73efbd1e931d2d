#pragma once
// QualityFlags: the flags the quality checks attach to records (records.flags in studio.db), as
// bits for the analysis and as the words the reviewer filters on. Flags set by other code are
// other words and are left alone.

#include <QString>
#include <QStringList>

namespace QualityFlags {

enum Flag : quint8 {
    Refusal = 1 << 0,
    FourthWall = 1 << 1,
    ThirdPerson = 1 << 2,
    Empty = 1 << 3,
    Truncated = 1 << 4,
    NearDuplicate = 1 << 5,
    OverusedPhrase = 1 << 6,
};
constexpr int Count = 7;

// "refusal", "fourth_wall", … in bit order.
const QStringList &names();
QString name(Flag flag);
// The words of `bits`, in bit order.
QStringList toNames(quint8 bits);
// The stored flag text with every quality flag replaced by `bits`; other flags keep their order.
QString merge(const QString &stored, quint8 bits);

}
