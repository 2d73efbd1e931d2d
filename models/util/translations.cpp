#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

const QLatin1String kResourceDir(":/i18n");
const QLatin1String kFilePrefix("persona-studio_");
const QLatin1String kSourceLanguage("en");

} // namespace

QStringList Translations::availableLanguages()
{
    QStringList languages{kSourceLanguage};
    const QStringList files = QDir(kResourceDir).entryList({kFilePrefix + QLatin1String("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString language = file.mid(kFilePrefix.size(), file.size() - kFilePrefix.size() - 3);
        if (!languages.contains(language))
            languages.append(language);
    }
    return languages;
}

QString Translations::resolveLanguage(const QString &language)
{
    const QStringList available = availableLanguages();
    const QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    for (QString tag : wanted) {
        tag.replace(QLatin1Char('-'), QLatin1Char('_'));
        if (available.contains(tag))
            return tag;
        // "es_MX" and "fr_CA" read the language's one file.
        const QString base = tag.section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(base))
            return base;
    }
    return kSourceLanguage;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QString resolved = Translations::resolveLanguage(language);

    // English needs its file too: it holds the plural forms of the "%n record(s)" sources.
    auto *studio = new QTranslator(&app);
    if (studio->load(kResourceDir + QLatin1Char('/') + kFilePrefix + resolved))
        QCoreApplication::installTranslator(studio);
    else
        delete studio;

    if (resolved == kSourceLanguage)
        return;
    // Qt's own strings (Cancel, Save, the file dialog); present when Debian's
    // qt6-translations-l10n is installed, otherwise those few stay in English.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + resolved, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}
