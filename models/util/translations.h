#pragma once
// Loading the studio's translations at start-up, for the window and the command-line tool alike.
// The compiled .qm files are embedded under :/i18n/ (translations/CMakeLists.txt); Qt's own
// translations (standard buttons, dialogs) come from Qt's installed translations folder.

#include <QString>
#include <QtGlobal>

#include <climits>
#include <QStringList>

class QCoreApplication;

namespace Translations {

// The languages the studio ships, as language codes ("en", "es", "fr"): English, the source
// language, and one per embedded persona-studio_<lang>.qm.
QStringList availableLanguages();

// The shipped language that `language` stands for: the language itself ("es", "es_MX" → "es"),
// or for an empty string the first of the system's UI languages (QLocale::system().uiLanguages(),
// which follow LANGUAGE, LC_ALL, LC_MESSAGES and LANG) that is shipped; "en" when none is.
QString resolveLanguage(const QString &language);

} // namespace Translations

// Installs the studio's translator and Qt's own for `language` (see resolveLanguage(); empty
// follows the system). The translators are children of `app`. Call once, before any window or
// command-line help is built.
void installTranslations(QCoreApplication &app, const QString &language);

// The count a translation's plural form (%n, %Ln) is given: an int, so beyond INT_MAX, INT_MAX.
// Outside any namespace, and a plain function rather than std::min<qint64>(…): lupdate drops a
// QCoreApplication::translate() call with a qualified name among its arguments without a word,
// and stops reading the file at a template argument list there.
inline int pluralCount(qint64 n)
{
    return n > qint64(INT_MAX) ? INT_MAX : int(n);
}
