#pragma once
// A price in US dollars for people to read, in the locale's format ("$0.0051" in English,
// "0,0051 $" in Spanish and French), for the window, the reports and the command-line tool
// alike. The bare C locale (scripts, containers) keeps "$0.0051" rather than Qt's "0.0051$".

#include <QLocale>
#include <QString>

namespace Money {

inline QString usd(double amount, int decimals)
{
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QStringLiteral("$%1").arg(locale.toString(amount, 'f', decimals));
    return locale.toCurrencyString(amount, QStringLiteral("$"), decimals);
}

} // namespace Money
