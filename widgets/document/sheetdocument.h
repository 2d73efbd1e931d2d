#pragma once
// SheetDocument: one character sheet open for editing. It holds the text (a QTextDocument with
// its own undo history), re-parses it shortly after each change, saves it automatically a moment
// after typing stops (QSaveFile: never a half-written file), and watches the file so that a
// change made by another program is reloaded — or, when both sides changed, reported as a
// conflict instead of being overwritten.

#include "sheet/charactersheet.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTextDocument>
#include <QTimer>

class SheetDocument : public QObject
{
    Q_OBJECT

public:
    static constexpr int ReparseDelayMs = 150;
    static constexpr int AutosaveDelayMs = 1500;

    explicit SheetDocument(QObject *parent = nullptr);

    // Loads `path`; false (with the reason in errorString()) when it cannot be read.
    bool load(const QString &path, const QString &character);
    QString path() const { return m_path; }
    QString character() const { return m_character; }
    QTextDocument *document() { return &m_document; }
    const CharacterSheet &sheet() const { return m_sheet; }
    bool isModified() const { return m_document.isModified(); }
    bool hasConflict() const { return m_conflict; }
    QString errorString() const { return m_error; }
    void setAutosave(bool on) { m_autosave = on; }
    // The project folder the sheet belongs to: loading and saving refuse a path that leads
    // outside it through a symbolic link (see ProjectFolder). Set before load().
    void setProjectDir(const QString &dir) { m_projectDir = dir; }

    // Writes the text now. Refuses (returns false) while a conflict is unresolved unless forced.
    bool save(bool force = false);
    // Resolves a conflict: keep the text in the editor (overwrite the file) or take the file's.
    void keepMine();
    void takeTheirs();

signals:
    void parsed(const CharacterSheet &sheet);
    void modifiedChanged(bool modified);
    void saved();
    void saveFailed(const QString &message);
    void reloadedFromDisk();
    void conflictChanged(bool conflict);

private:
    void reparse();
    void onFileChanged();
    QByteArray readDisk(bool *ok) const;
    void setConflict(bool conflict);

    QTextDocument m_document;
    QString m_path;
    QString m_character;
    QString m_projectDir;
    QByteArray m_diskContent;  // what this document last read or wrote
    CharacterSheet m_sheet;
    QTimer m_reparseTimer;
    QTimer m_autosaveTimer;
    QFileSystemWatcher m_watcher;
    bool m_conflict = false;
    bool m_autosave = true;
    bool m_loading = false;
    QString m_error;
};
