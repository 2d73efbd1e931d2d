#pragma once
// Importer: reads JSONL files of existing datasets (the studio's own records, OpenAI chat
// fine-tuning lines, ShareGPT, Alpaca — see ImportFormat) into a project's studio.db as
// imported records. Bad lines are skipped and reported with file and line; every usable line is
// kept. Used by `persona-studio-cli import` and by the window's import action, so it reports
// with values (ImportSummary) and never shows anything.
//
// Speed: the calling thread reads the file in blocks of whole lines (chunks) and stores each
// chunk in one transaction, in file order, while worker threads parse the next chunks (UTF-8
// check, JSON, record shape, dedup key, the UTF-8 the database stores). Memory stays at a few
// chunks whatever the file size.

#include "importformat.h"
#include "record.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

class DatasetStore;
class Project;

struct ImportProblem
{
    // PartlyKept: not a problem that skipped the line — the line's record is stored, but a part
    // of it (messages a record cannot hold) was left out; reason says which.
    enum class Kind { InvalidUtf8, InvalidJson, NotAnObject, NotARecord, TooLong, PartlyKept };

    QString file;
    qint64 line = 0;   // 1-based
    Kind kind = Kind::NotARecord;
    QString reason;    // translated, without file and line
    qint64 record = 0; // in a file that is one JSON array: the element's number, from 1 (else 0)

    // The reason, and in a JSON array which record: "… (record 3 in the file)".
    QString text() const;
    // "FILE:LINE: reason (record N in the file)", the form compilers use.
    QString toString() const;
    static QString kindLabel(Kind kind);
    static QString kindKey(Kind kind);
};

struct ImportFileResult
{
    QString path;
    QString error;          // set when the file could not be read (or stored) at all
    qint64 lines = 0;       // lines read, blank ones included
    qint64 blank = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 alreadyImported = 0;     // lines stored by an earlier import of the same file, not stored again
    // Lines an earlier import stored with another record (the file was edited, a chat went on):
    // their new records are stored beside the earlier ones, which stay.
    qint64 changedSinceImport = 0;
    qint64 partlyKept = 0;   // records stored with a part of their line left out (ImportSummary::partlyKept)
    qint64 withoutPersona = 0;   // lines skipped as naming no persona (ImportFormat::noPersonaReason())
    QMap<QString, qint64> formats;   // ImportFormat::kindName → lines
    bool jsonArray = false;          // the file held one JSON array: its elements were read as lines
    bool jsonObjects = false;        // the file held pretty-printed objects one after another: likewise

    // An error after some of the file's records were stored (a cut-off gzip file, a full disk):
    // those stay.
    bool partlyImported() const { return !error.isEmpty() && (imported > 0 || alreadyImported > 0); }
};

struct ImportSummary
{
    QList<ImportFileResult> files;
    QMap<QString, qint64> importedByPersona;
    QList<ImportProblem> problems;       // every skipped line, in file and line order
    // Every stored record whose line held more than a record keeps (Kind::PartlyKept), in file
    // and line order.
    QList<ImportProblem> partlyKept;
    QStringList personasWithoutSheet;    // found in the files, not characters of the project
    // Names in the files that are part of one character's name, stored as that character's:
    // the part → the character ("Bryce" → "Bryce Markwell").
    QMap<QString, QString> matchedByPartOfName;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 withoutPersona = 0;   // of the skipped lines, those that name no persona: see Options::fallbackPersona
    bool cancelled = false;
    QString indexError;   // the indexes dropped for a large import could not be built again

    bool hasUnreadableFile() const;
    // personasWithoutSheet, those with the most imported records first (then by name).
    QStringList personasWithoutSheetByRecords() const;
    // Every skipped item was an element of a JSON array: a record, not a line, to the reader.
    bool skippedOnlyArrayElements() const;
    // The summary for people: imported per persona, skipped by reason with line numbers,
    // personas without a sheet.
    QString toText() const;
    // "Bryce → Bryce Markwell, Elio → Elio Solis"
    QString matchedByPartOfNameText() const;
    QJsonObject toJson() const;
};

class Importer
{
public:
    struct Options
    {
        QString persona;     // for lines that name no persona
        QString category;    // for lines that name no category
        // For lines that name no persona in any way, not even a system message (which wins
        // over it, unlike `persona`): the character for the lines an earlier import skipped.
        QString fallbackPersona;
        qsizetype chunkBytes = 4 * 1024 * 1024;         // whole lines of about this size per transaction
        qsizetype maxLineBytes = 64 * 1024 * 1024;      // longer lines are skipped, not held in memory
        // From this many bytes of files (and at least half as many records as the table has),
        // the records table's indexes are dropped during the import and built at its end.
        qint64 rebuildIndexesFrom = 16 * 1024 * 1024;
    };

    // Called between chunks with the bytes read so far of all files; return false to stop.
    using Progress = std::function<bool(qint64 bytesDone, qint64 bytesTotal)>;

    Importer();
    explicit Importer(Options options);

    // The project's characters: names are matched case-insensitively (and by slug) and the
    // summary lists personas that are not among them.
    void setKnownPersonas(const QStringList &names);
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    // Imports into an open store (used from the store's thread).
    ImportSummary importFiles(DatasetStore &store, const QStringList &paths);

    // Opens the project's studio.db itself (so it can run on any thread) and imports.
    // Returns false with *error when the database cannot be opened.
    static bool importIntoProject(const Project &project, const QStringList &paths, const Options &options,
                                  ImportSummary *summary, QString *error, Progress progress = {});

private:
    void importFile(DatasetStore &store, const QString &path, ImportSummary &summary, qint64 &bytesBefore, qint64 bytesTotal);

    Options m_options;
    ImportFormat::Defaults m_defaults;
    QStringList m_known;
    Progress m_progress;
};
