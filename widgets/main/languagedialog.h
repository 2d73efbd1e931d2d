#pragma once
// LanguageDialog: chooses the language of the studio's window — the system's, or one of the
// shipped translations — and keeps the choice in AppSettings::uiLanguage. Translators are
// installed once at start-up (installTranslations()), so the choice applies at the next start;
// the dialog says so. Opened from the main window's menu.

#include <QDialog>

class QComboBox;

class LanguageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LanguageDialog(QWidget *parent = nullptr);

    // The text of the menu item that opens the dialog ("&Language…"), translated here so that
    // the menu needs no string of its own.
    static QString menuText();

    // The selected language code ("es", "fr"…), empty for the system's language.
    QString language() const;

    void accept() override;

private:
    QComboBox *m_languages = nullptr;
};
