#include "issue.h"

#include <QCoreApplication>

QString Issue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    const QString kind = isError() ? QCoreApplication::translate("Issue", "error")
                                   : QCoreApplication::translate("Issue", "warning");
    return where.isEmpty() ? kind + QLatin1String(": ") + message
                           : where + QLatin1String(": ") + kind + QLatin1String(": ") + message;
}
