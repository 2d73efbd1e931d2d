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

    SheetFileCommand(ProjectDocument *document, const QString &text, QList<FileChange> files, PlanState before,
                     PlanState after, QStringList reload, std::function<void(bool undo)> extra = {});

    void undo() override;
    void redo() override;
    QString error() const { return m_error; }

private:
    bool apply(bool undo);

    ProjectDocument *m_document;
    QList<FileChange> m_files;
    PlanState m_before;
    PlanState m_after;
    QStringList m_reload;
    std::function<void(bool)> m_extra;
    QString m_error;
};
