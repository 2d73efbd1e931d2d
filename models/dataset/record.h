#pragma once
// Record: one training example — the one shape every import reads into and every export
// format is a view of.

#include <QDateTime>
#include <QString>
#include <QStringList>

struct Record
{
    enum class Status { Unreviewed, Accepted, Edited, Rejected };
    enum class SourceKind { Generated, Imported };

    qint64 id = 0;
    QString persona;
    QString category;
    QString instruction;
    QString input;          // the user message
    QString output;         // the reply as generated or imported
    QString dialogue;       // JSON array of {role, content} for whole multi-turn conversations
    QString editedOutput;   // the reviewer's edit, if any
    Status status = Status::Unreviewed;
    QString rejectReason;
    QString reviewer;
    QDateTime reviewedAt;
    SourceKind sourceKind = SourceKind::Generated;
    QString source;         // "run:<id>" or the imported file's path
    qint64 sourceLine = 0;  // imported: the line of that file (1-based); 0 otherwise
    QString model;
    qint64 jobId = 0;
    int promptTokens = 0;
    int completionTokens = 0;
    QStringList flags;
    QDateTime createdAt;

    // The text training uses: the edit when there is one.
    QString finalOutput() const { return editedOutput.isEmpty() ? output : editedOutput; }

    static QString statusName(Status status);
    static Status statusFromName(const QString &name, bool *ok = nullptr);
    static QString sourceKindName(SourceKind kind);
    // A key equal for records that say the same thing: persona plus input and output with case,
    // punctuation and spacing folded. Exact duplicates are found by it.
    static QString dedupKey(const QString &persona, const QString &input, const QString &output);
};
