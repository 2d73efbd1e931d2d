#pragma once
// ImportSummaryDialog: what an import did — a headline ("8 records imported, 4 lines skipped."),
// the characters found without a sheet with the offer to create them, and the whole report
// (counts per file, format and character, every skipped line with its reason) in a fixed-pitch
// text the reviewer can read at length, select and copy. Resizable; its size is remembered.
// The Review mode composes the texts; this class only lays them out.

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Tone { Information, Warning };

    explicit ImportSummaryDialog(QWidget *parent = nullptr);
    ~ImportSummaryDialog() override;

    void setTone(Tone tone);
    void setText(const QString &text);
    QString text() const;
    void setInformativeText(const QString &text);
    QString informativeText() const;
    void setDetailedText(const QString &text);
    QString detailedText() const;
    // An action besides Close (Create N Characters): accepts the dialog when clicked.
    QPushButton *addActionButton(const QString &text);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_informative;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};
