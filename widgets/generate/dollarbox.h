#pragma once
// Prices and budgets are in US dollars; the locale decides where the sign goes ("$0.15" in
// English, "0,15 $" in Spanish and French), as Money::usd() does for the figures.

#include <QDoubleSpinBox>
#include "util/money.h"

inline void setDollarSign(QDoubleSpinBox *box)
{
    const QString sample = Money::usd(1.0, 2);
    if (sample.startsWith(QLatin1Char('$'))) {
        box->setPrefix(QStringLiteral("$"));
        box->setSuffix(QString());
    } else {
        box->setPrefix(QString());
        // Keep the locale's own spacing before the sign (often a no-break space).
        const qsizetype sign = sample.lastIndexOf(QLatin1Char('$'));
        qsizetype start = sign;
        while (start > 0 && sample.at(start - 1).isSpace())
            --start;
        box->setSuffix(sample.mid(start));
    }
}
