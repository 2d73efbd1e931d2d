#include "sheetfilecommand.h"

#include "project/projectfolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

SheetFileCommand::SheetFileCommand(ProjectDocument *document, const QString &text, QList<FileChange> files, PlanState before,
                                   PlanState after, QStringList reload, Extra extra)
    : QUndoCommand(text)
    , m_document(document)
    , m_files(std::move(files))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_reload(std::move(reload))
    , m_extra(std::move(extra))
{
}

bool SheetFileCommand::apply(bool undo)
{
    m_error.clear();
    // Never write or remove through a link to outside the project (a sheets folder or a sheet
    // file that is a symbolic link): check every file before touching any.
    for (const FileChange &change : std::as_const(m_files)) {
        if (const QString outside = ProjectFolder::checkInside(m_document->project().dir, change.path); !outside.isEmpty()) {
            m_error = outside;
            return false;
        }
    }
    if (m_extra) {
        m_error = m_extra(undo);
        if (!m_error.isEmpty())
            return false;
    }
    if (!applyFiles(undo)) {
        if (m_extra)
            m_extra(!undo);
        return false;
    }
    m_document->applyState(undo ? m_before : m_after);
    for (const QString &name : std::as_const(m_reload))
        m_document->reloadSheet(name);
    return true;
}

bool SheetFileCommand::applyFiles(bool undo)
{
    for (const FileChange &change : std::as_const(m_files)) {
        const std::optional<QByteArray> &content = undo ? change.before : change.after;
        if (content) {
            QDir().mkpath(QFileInfo(change.path).absolutePath());
            QSaveFile file(change.path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*content) != content->size() || !file.commit()) {
                m_error = QCoreApplication::translate("SheetFileCommand", "%1 cannot be written: %2")
                              .arg(QDir::toNativeSeparators(change.path), file.errorString());
                return false;
            }
        } else if (QFile::exists(change.path)) {
            // The content is kept in this command for undo; a copy also goes to the project's
            // .trash folder, so a deleted sheet survives closing the window.
            const QFileInfo info(change.path);
            const QString trashDir = QDir(info.absolutePath()).filePath(QStringLiteral(".trash"));
            QDir().mkpath(trashDir);
            const QString trashed = QDir(trashDir).filePath(
                QStringLiteral("%1.%2").arg(info.fileName(), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddThhmmsszzz"))));
            QFile file(change.path);
            if (!file.rename(trashed) && !file.remove()) {
                m_error = QCoreApplication::translate("SheetFileCommand", "%1 cannot be removed: %2")
                              .arg(QDir::toNativeSeparators(change.path), file.errorString());
                return false;
            }
        }
    }
    return true;
}

void SheetFileCommand::undo()
{
    if (!apply(true)) {
        m_document->reportFileError(m_error);
        setObsolete(true);
    }
}

void SheetFileCommand::redo()
{
    if (!apply(false)) {
        m_document->reportFileError(m_error);
        setObsolete(true);
    }
}
