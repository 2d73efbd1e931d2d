#pragma once
// Exporter: writes a project's records as training files in one format, in the layout the
// seed guide's users script against (<slug>_synthetic.jsonl per character,
// all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl),
// with manifest.json and a README.md dataset card beside them, then validates what it wrote.
//
// Every file goes through a QSaveFile and all of them are committed only after every one was
// written in full: an export that fails or is stopped midway leaves the previous files as
// they were. It opens its own DatasetStore, so the window can run it on a worker thread.

#include "exportsettings.h"
#include "finetunevalidator.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class Project;

struct ExportedFile
{
    QString name;                        // file name inside the output folder
    qint64 records = 0;
    qint64 bytes = 0;
    QMap<QString, qint64> perCharacter;
    QByteArray sha256;                   // hex
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString outputDir;
    QList<ExportedFile> files;           // the data files, then manifest.json and README.md
    QList<ValidationReport> validation;  // of complete_training_set.jsonl (and train/validation)
    // ExportSettings::splitLong: the conversations cut to fit the cutoff, and what they became.
    qint64 splitRecords = 0;
    qint64 splitExamples = 0;

    bool validationRejected() const;
    QString toText() const;
};

class Exporter
{
public:
    static constexpr auto AllCharactersFile = "all_characters_synthetic.jsonl";
    static constexpr auto CompleteFile = "complete_training_set.jsonl";
    static constexpr auto TrainFile = "train.jsonl";
    static constexpr auto ValidationFile = "validation.jsonl";

    // Called as records are written (done of total); return false to stop without changing
    // any file.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static ExportResult run(const Project &project, const ExportSettings &settings, const Progress &progress = {});

    // How many records run() would write with these settings (before the validation split):
    // the export dialog shows it before anything is written. -1 with *error when the database
    // cannot be read.
    static qint64 countSelected(const QString &databasePath, const ExportSettings &settings, QString *error = nullptr);

    // "<slug>_synthetic.jsonl"
    static QString characterFileName(const QString &persona);
    // Which records of `records` go into validation.jsonl: per character, a reproducible
    // shuffle from `seed` and max(1, round(n × share)) records, never all of them; characters
    // with one record stay in train. Returns their indexes in `records`.
    static QList<qsizetype> validationIndexes(const QList<Record> &records, double share, quint64 seed);
    // A conversation longer than `cutoff` tokens (with the system message, counted as the
    // validator counts them) cut into consecutive windows of whole exchanges that fit: records
    // that each end on a reply of the character, in order, every message in exactly one (the
    // greeting before the first user message stays with the first). An exchange longer than the
    // cutoff by itself is a window of its own. A record that fits, or is one exchange, is itself.
    static QList<Record> fitToCutoff(const Record &record, const QString &systemMessage, qint64 cutoff);
};
