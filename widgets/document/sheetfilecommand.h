#pragma once
// SheetFileCommand: an undoable change to sheet files together with the plan — new, duplicate,
// rename and delete of a character. Each file is written (or removed) with its whole content
// kept in the command, so undo restores exactly what was on disk.

#include "projectdocument.h"

#include <QUndoCommand>
#include <optional>

class SheetFileCommand final : public QUndoCommand
{
public:
    struct FileChange
    {
        QString path;
        std::optional<QByteArray> before; // nullopt: the file did not exist
        std::optional<QByteArray> after;  // nullopt: the file is removed
    };

    // `extra` is done before the files are written, and done the other way (extra(!undo)) when
    // writing them fails; an error it returns stops the step with nothing changed.
    using Extra = std::function<QString(bool undo)>;
    SheetFileCommand(ProjectDocument *document, const QString &text, QList<FileChange> files, PlanState before,
                     PlanState after, QStringList reload, Extra extra = {});

    void undo() override;
    void redo() override;
    QString error() const { return m_error; }

private:
    bool apply(bool undo);
    bool applyFiles(bool undo);   // sets m_error when it fails

    ProjectDocument *m_document;
    QList<FileChange> m_files;
    PlanState m_before;
    PlanState m_after;
    QStringList m_reload;
    Extra m_extra;
    QString m_error;
};
