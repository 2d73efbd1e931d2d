#include "sheetdocument.h"

#include "project/projectfolder.h"
#include "sheet/sheetparser.h"

#include <QDir>
#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QSaveFile>

SheetDocument::SheetDocument(QObject *parent)
    : QObject(parent)
{
    m_document.setDocumentLayout(new QPlainTextDocumentLayout(&m_document));
    m_reparseTimer.setSingleShot(true);
    m_reparseTimer.setInterval(ReparseDelayMs);
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(AutosaveDelayMs);
    connect(&m_reparseTimer, &QTimer::timeout, this, &SheetDocument::reparse);
    connect(&m_autosaveTimer, &QTimer::timeout, this, [this] {
        if (m_autosave && isModified())
            save();
    });
    connect(&m_document, &QTextDocument::contentsChanged, this, [this] {
        if (m_loading)
            return;
        m_reparseTimer.start();
        m_autosaveTimer.start();
    });
    connect(&m_document, &QTextDocument::modificationChanged, this, &SheetDocument::modifiedChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SheetDocument::onFileChanged);
}

QByteArray SheetDocument::readDisk(bool *ok) const
{
    QFile file(m_path);
    *ok = file.open(QIODevice::ReadOnly);
    return *ok ? file.readAll() : QByteArray();
}

bool SheetDocument::load(const QString &path, const QString &character)
{
    if (!m_path.isEmpty())
        m_watcher.removePath(m_path);
    m_path = path;
    m_character = character;
    if (!m_projectDir.isEmpty()) {
        if (const QString outside = ProjectFolder::checkInside(m_projectDir, path); !outside.isEmpty()) {
            m_error = outside;
            m_path.clear();
            return false;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > SheetParser::MaxSheetBytes) {
        m_error = tr("%1 is too large to edit here (more than %2 MB)").arg(QDir::toNativeSeparators(path)).arg(SheetParser::MaxSheetBytes / (1024 * 1024));
        return false;
    }
    m_diskContent = file.readAll();
    m_loading = true;
    m_document.setPlainText(QString::fromUtf8(m_diskContent));
    m_document.clearUndoRedoStacks();
    m_document.setModified(false);
    m_loading = false;
    m_watcher.addPath(path);
    setConflict(false);
    reparse();
    return true;
}

void SheetDocument::reparse()
{
    m_sheet = SheetParser::parse(m_document.toPlainText().toUtf8(), m_path);
    emit parsed(m_sheet);
}

bool SheetDocument::save(bool force)
{
    m_autosaveTimer.stop();
    if (m_path.isEmpty())
        return false;
    if (m_conflict && !force)
        return false;
    bool ok = false;
    const QByteArray onDisk = readDisk(&ok);
    if (!force && ok && onDisk != m_diskContent) {
        // Someone else wrote the file since we read it: never overwrite that silently.
        setConflict(true);
        return false;
    }
    // QSaveFile follows a symbolic link and replaces its target: the sheet (or its folder) may
    // have become a link to outside the project since it was opened.
    if (!m_projectDir.isEmpty()) {
        if (const QString outside = ProjectFolder::checkInside(m_projectDir, m_path); !outside.isEmpty()) {
            m_error = tr("%1 cannot be saved: %2").arg(QDir::toNativeSeparators(m_path), outside);
            emit saveFailed(m_error);
            return false;
        }
    }
    const QByteArray content = m_document.toPlainText().toUtf8();
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        m_error = tr("%1 cannot be saved: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
        emit saveFailed(m_error);
        return false;
    }
    m_diskContent = content;
    m_document.setModified(false);
    setConflict(false);
    // QSaveFile replaces the file, so the watcher must follow the new one.
    m_watcher.removePath(m_path);
    m_watcher.addPath(m_path);
    emit saved();
    return true;
}

void SheetDocument::onFileChanged()
{
    if (!m_watcher.files().contains(m_path) && QFile::exists(m_path))
        m_watcher.addPath(m_path);
    bool ok = false;
    const QByteArray onDisk = readDisk(&ok);
    if (!ok || onDisk == m_diskContent)
        return; // removed (a rename in progress) or our own write
    if (!isModified()) {
        takeTheirs();
        emit reloadedFromDisk();
    } else {
        setConflict(true);
    }
}

void SheetDocument::keepMine()
{
    save(true);
}

void SheetDocument::takeTheirs()
{
    bool ok = false;
    const QByteArray onDisk = readDisk(&ok);
    if (!ok)
        return;
    m_diskContent = onDisk;
    m_loading = true;
    // Replace the text as one undoable edit, so "take theirs" can itself be undone.
    QTextCursor cursor(&m_document);
    cursor.select(QTextCursor::Document);
    cursor.insertText(QString::fromUtf8(onDisk));
    m_loading = false;
    m_document.setModified(false);
    setConflict(false);
    reparse();
}

void SheetDocument::setConflict(bool conflict)
{
    if (m_conflict == conflict)
        return;
    m_conflict = conflict;
    emit conflictChanged(conflict);
}
