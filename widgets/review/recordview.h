#pragma once
// RecordView: the Review mode's focus view of one record — persona, category, status, the
// instruction, the user message and the reply (a multi-turn dialogue as a conversation), and for
// edited records a word diff between the generated and the edited reply. E opens an editor on the
// reply: Ctrl+Enter saves it, Esc leaves it unchanged.

#include "dataset/record.h"

#include <QUrl>
#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;

class RecordView : public QWidget
{
    Q_OBJECT

public:
    explicit RecordView(QWidget *parent = nullptr);

    void setRecord(const Record &record);
    // Shown instead of a record: the empty state or "no record matches".
    void setMessage(const QString &html);
    const Record &record() const { return m_record; }

    void startEditing();
    void cancelEditing();
    bool isEditing() const;
    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *browser() const { return m_browser; }

    static QString toHtml(const Record &record);

signals:
    void editSaved(qint64 id, const QString &text);
    void editingChanged(bool editing);
    // A link in a message (setMessage) was clicked.
    void linkActivated(const QUrl &url);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Record m_record;
    QStackedWidget *m_stack;
    QTextBrowser *m_browser;
    QPlainTextEdit *m_editor;
};
