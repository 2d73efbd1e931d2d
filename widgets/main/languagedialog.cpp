#include "languagedialog.h"

#include "appsettings.h"
#include "util/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// A language's name as its readers write it ("Español", "Français"), with a capital letter:
// the list must be readable by someone who does not read the current language.
QString nativeName(const QString &code)
{
    // Qt names some plain languages after their main territory ("American English", "español
    // de España"); a translation is the language's, whatever the territory. The shipped ones
    // by name, others as Qt names them (add a language here with its file).
    static const QHash<QString, QString> shipped{{QStringLiteral("en"), QStringLiteral("English")},
                                                 {QStringLiteral("es"), QStringLiteral("Español")},
                                                 {QStringLiteral("fr"), QStringLiteral("Français")}};
    if (shipped.contains(code))
        return shipped.value(code);
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace

LanguageDialog::LanguageDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Language"));

    m_languages = new QComboBox(this);
    const QString system = Translations::resolveLanguage({});
    m_languages->addItem(tr("System language (%1)").arg(nativeName(system)), QString());
    for (const QString &code : Translations::availableLanguages())
        m_languages->addItem(nativeName(code), code);
    const int current = m_languages->findData(AppSettings::uiLanguage.get());
    m_languages->setCurrentIndex(current < 0 ? 0 : current);

    auto *note = new QLabel(tr("The new language applies the next time Persona Studio starts."), this);
    note->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_languages);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LanguageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LanguageDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString LanguageDialog::menuText()
{
    return tr("L&anguage…");
}

QString LanguageDialog::language() const
{
    return m_languages->currentData().toString();
}

void LanguageDialog::accept()
{
    AppSettings::uiLanguage.set(language());
    QDialog::accept();
}
