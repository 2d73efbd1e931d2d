#pragma once
// ExportSettings: what an export writes (format, which records, the validation split) and
// where. The window keeps the last-used settings in studio.json under "export" so that
// File ▸ Export Again repeats them; the same object holds the system-message template
// ("system_template") and the dataset card's licence ("license").

#include "exportformat.h"

#include <QJsonObject>
#include <QString>

#include <optional>

class Project;

struct ExportSettings
{
    enum class Selection {
        Accepted,   // accepted and edited records (the default)
        Reviewed,   // everything not rejected
        All,
    };

    ExportFormat format = ExportFormat::OpenAiChat;
    Selection selection = Selection::Accepted;
    bool includeImported = true;
    double validationSplit = 0;   // 0: no train/validation files; else the share in validation.jsonl
    quint64 seed = 42;
    QString outputDir;
    QString model = QStringLiteral("gpt-4o-mini");   // for the validation report
    qint64 cutoff = 0;   // a local trainer's sequence length, for the validation report; 0: none
    // With a cutoff: a longer conversation is written as several examples of whole exchanges
    // that fit (Exporter::fitToCutoff), not left for the trainer to cut off or drop.
    bool splitLong = false;

    static QString selectionName(Selection selection);
    static std::optional<Selection> selectionFromName(const QString &name);

    QJsonObject toJson() const;
    static ExportSettings fromJson(const QJsonObject &object);

    // The "export" object of the project's studio.json (Project::extra), as settings.
    static ExportSettings lastUsed(const Project &project);
    // Stores these settings as the project's "export" object, keeping the keys this struct does
    // not own (system_template, license). Writes studio.json atomically.
    bool saveAsLastUsed(const QString &projectDir, QString *error) const;

    static inline const QString DefaultSystemTemplate = QStringLiteral("You are {persona} from {work}.");
    // export.system_template, else the default.
    static QString systemTemplate(const Project &project);
    static QString systemMessage(const QString &systemTemplate, const QString &persona, const QString &work);
    static QString license(const Project &project);
};
