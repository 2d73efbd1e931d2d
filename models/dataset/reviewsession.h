#pragma once
// ReviewSession: the reviewer's decisions on records — accept, reject with a reason, edit, reset —
// for one record or many at once. Each decision is written to studio.db at once, in one
// transaction, with its time and the reviewer's name, and logged in review_log, so a crash loses
// nothing. The session keeps the previous state of what it changed so the last decisions can be
// undone (the widgets bind Backspace / Ctrl+Z to undo()). Used by the Review mode; the core
// keeps the undo list so that the CLI and tests need no QtGui.

#include "record.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

class DatasetStore;
class Project;

class ReviewSession : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxUndo = 200;

    struct Decision
    {
        Record::Status status = Record::Status::Accepted;
        QString reason;      // for Rejected
        QString editedText;  // for Edited
    };

    // `store` must be open and outlive the session.
    explicit ReviewSession(DatasetStore &store, QObject *parent = nullptr);
    ~ReviewSession() override;

    void setReviewer(const QString &name) { m_reviewer = name; }
    QString reviewer() const { return m_reviewer; }

    bool accept(qint64 id) { return decide({id}, {Record::Status::Accepted, {}, {}}, tr("Accept")); }
    bool reject(qint64 id, const QString &reason) { return decide({id}, {Record::Status::Rejected, reason, {}}, tr("Reject")); }
    // Editing to the generated text itself is an accept: there is nothing to keep.
    bool edit(qint64 id, const QString &text) { return decide({id}, {Record::Status::Edited, {}, text}, tr("Edit")); }
    bool reset(qint64 id) { return decide({id}, {Record::Status::Unreviewed, {}, {}}, tr("Reset")); }
    // Applies one decision to many records as one transaction and one undo step.
    bool decide(const QList<qint64> &ids, const Decision &decision, const QString &undoText);

    bool canUndo() const { return !m_undo.isEmpty(); }
    QString undoText() const { return m_undo.isEmpty() ? QString() : m_undo.constLast().text; }
    int undoCount() const { return int(m_undo.size()); }
    // How many records the next undo() restores.
    qsizetype lastStepSize() const { return m_undo.isEmpty() ? 0 : m_undo.constLast().previous.size(); }
    // Restores the records of the last decision as they were before it. Returns their ids.
    QList<qint64> undo();
    QString lastError() const { return m_lastError; }

    // The name recorded with decisions: the "review/reviewer" setting, else the OS user name.
    static QString defaultReviewer();
    // The project's reject reasons (studio.json review.reject_reasons), in order: 1–9 pick them.
    static QStringList rejectReasons(const Project &project);
    static void setRejectReasons(Project &project, const QStringList &reasons);
    static QStringList defaultRejectReasons();

signals:
    // Records changed by a decision or an undo: views re-read them, counts refresh.
    void recordsDecided(const QList<qint64> &ids);
    void undoChanged();

private:
    struct Previous
    {
        qint64 id = 0;
        QString status;
        QVariant reason, reviewer, reviewedAt, editedOutput;
    };
    struct UndoStep
    {
        QString text;
        QList<Previous> previous;
    };
    bool restore(const UndoStep &step);

    DatasetStore &m_store;
    QString m_reviewer;
    QList<UndoStep> m_undo;
    QString m_lastError;
};
