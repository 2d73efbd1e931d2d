#include "exporter.h"

#include "dataset/datasetstore.h"
#include "project/project.h"
#include "sheet/charactersheet.h"
#include "tokenizer/chattokencounter.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <memory>
#include <random>
#include <tuple>
#include <vector>

namespace {

// One output file being written: a QSaveFile (the old file stays until commit) and what the
// manifest says about it.
struct PendingFile
{
    explicit PendingFile(const QString &dir, const QString &fileName)
        : file(std::make_unique<QSaveFile>(QDir(dir).filePath(fileName))), hash(QCryptographicHash::Sha256)
    {
        info.name = fileName;
    }

    bool write(const QByteArray &bytes)
    {
        hash.addData(bytes);
        info.bytes += bytes.size();
        errno = 0;
        if (file->write(bytes) == bytes.size())
            return true;
        keepSystemError();
        return false;
    }
    bool commit()
    {
        errno = 0;
        if (file->commit())
            return true;
        keepSystemError();
        return false;
    }
    // QSaveFile reports a failed flush of its buffer as "Unknown error"; the system's reason
    // (No space left on device, Read-only file system, …) is still in errno.
    void keepSystemError()
    {
        if (errno != 0 && error.isEmpty())
            error = qt_error_string(errno);
    }
    QString errorString() const { return error.isEmpty() ? file->errorString() : error; }

    std::unique_ptr<QSaveFile> file;
    QString error;
    QCryptographicHash hash;
    ExportedFile info;
};

// The records the settings export, as an SQL condition (empty: all of them). The export reads
// them with it and the dialog counts them with it, so the two cannot disagree.
QString selectedWhere(const ExportSettings &s)
{
    QStringList terms;
    switch (s.selection) {
    case ExportSettings::Selection::Accepted:
        terms << QStringLiteral("status IN ('accepted', 'edited')");
        break;
    case ExportSettings::Selection::Reviewed:
        terms << QStringLiteral("status <> 'rejected'");
        break;
    case ExportSettings::Selection::All:
        break;
    }
    if (!s.includeImported)
        terms << QStringLiteral("source_kind <> 'imported'");
    // A preference pair is a reply and the reviewer's edit of it.
    if (ExportFormats::needsEdit(s.format))
        terms << QStringLiteral("status = 'edited' AND edited_output <> ''");
    return terms.join(QStringLiteral(" AND "));
}

// FNV-1a: a hash that is the same on every platform and run (qHash is seeded per process).
quint64 stableHash(const QString &text)
{
    quint64 h = 1469598103934665603ULL;
    for (const char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ULL;
    }
    return h;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QByteArray datasetCard(const Project &project, const ExportSettings &settings, const QHash<QString, qint64> &statusAll, const QList<Record> &chosen,
                       const QList<ExportedFile> &files, const QStringList &order)
{
    QString md;
    const QString title = project.name.isEmpty() ? QFileInfo(project.dir).fileName() : project.name;
    md += QStringLiteral("# %1\n\n").arg(title);
    md += QCoreApplication::translate("Exporter", "Character-voice fine-tuning data for %1, exported by Persona Studio %2 on %3 in the `%4` format.")
              .arg(project.work.isEmpty() ? title : project.work, QStringLiteral(PERSONA_STUDIO_VERSION),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate), ExportFormats::name(settings.format))
          + QStringLiteral("\n\n");

    md += QStringLiteral("## ") + QCoreApplication::translate("Exporter", "Files") + QStringLiteral("\n\n| ") + QCoreApplication::translate("Exporter", "file") + QStringLiteral(" | ") + QCoreApplication::translate("Exporter", "records")
          + QStringLiteral(" |\n| --- | ---: |\n");
    for (const ExportedFile &f : files)
        md += QStringLiteral("| `%1` | %2 |\n").arg(f.name).arg(f.records);

    QMap<QString, qint64> perCharacter, importedPerCharacter;
    QMap<QString, qint64> perCategory;
    for (const Record &r : chosen) {
        perCharacter[r.persona] += 1;
        if (r.sourceKind == Record::SourceKind::Imported)
            importedPerCharacter[r.persona] += 1;
        perCategory[r.category.isEmpty() ? QCoreApplication::translate("Exporter", "(none)") : r.category] += 1;
    }
    md += QStringLiteral("\n## ") + QCoreApplication::translate("Exporter", "Records per character") + QStringLiteral("\n\n| ") + QCoreApplication::translate("Exporter", "character") + QStringLiteral(" | ")
          + QCoreApplication::translate("Exporter", "records") + QStringLiteral(" | ") + QCoreApplication::translate("Exporter", "imported") + QStringLiteral(" |\n| --- | ---: | ---: |\n");
    for (const QString &persona : order) {
        if (perCharacter.contains(persona))
            md += QStringLiteral("| %1 | %2 | %3 |\n").arg(markdownCell(persona)).arg(perCharacter.value(persona)).arg(importedPerCharacter.value(persona));
    }
    md += QStringLiteral("\n## ") + QCoreApplication::translate("Exporter", "Records per category") + QStringLiteral("\n\n| ") + QCoreApplication::translate("Exporter", "category") + QStringLiteral(" | ")
          + QCoreApplication::translate("Exporter", "records") + QStringLiteral(" |\n| --- | ---: |\n");
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        md += QStringLiteral("| %1 | %2 |\n").arg(markdownCell(it.key())).arg(it.value());

    QMap<QString, qint64> statusChosen;
    for (const Record &r : chosen)
        statusChosen[Record::statusName(r.status)] += 1;
    md += QStringLiteral("\n## ") + QCoreApplication::translate("Exporter", "Review") + QStringLiteral("\n\n");
    md += QCoreApplication::translate("Exporter", "Selection: %1; imported records %2.")
              .arg(settings.selection == ExportSettings::Selection::Accepted   ? QCoreApplication::translate("Exporter", "accepted and edited records")
                   : settings.selection == ExportSettings::Selection::Reviewed ? QCoreApplication::translate("Exporter", "every record not rejected")
                                                                               : QCoreApplication::translate("Exporter", "all records"),
                   settings.includeImported ? QCoreApplication::translate("Exporter", "included") : QCoreApplication::translate("Exporter", "left out"))
          + QStringLiteral("\n\n| ") + QCoreApplication::translate("Exporter", "status") + QStringLiteral(" | ") + QCoreApplication::translate("Exporter", "in the project") + QStringLiteral(" | ") + QCoreApplication::translate("Exporter", "exported")
          + QStringLiteral(" |\n| --- | ---: | ---: |\n");
    for (const char *status : {"accepted", "edited", "unreviewed", "rejected"}) {
        const QString s = QString::fromLatin1(status);
        md += QStringLiteral("| %1 | %2 | %3 |\n").arg(s).arg(statusAll.value(s)).arg(statusChosen.value(s));
    }

    QMap<QString, qint64> models;
    qint64 imported = 0;
    for (const Record &r : chosen) {
        if (r.sourceKind == Record::SourceKind::Imported)
            ++imported;
        else
            models[r.model.isEmpty() ? QCoreApplication::translate("Exporter", "(unknown model)") : r.model] += 1;
    }
    QStringList modelList;
    for (auto it = models.cbegin(); it != models.cend(); ++it)
        modelList << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    md += QStringLiteral("\n## ") + QCoreApplication::translate("Exporter", "How it was generated") + QStringLiteral("\n\n");
    md += QCoreApplication::translate("Exporter", "Generated records were written by a language model through an OpenAI-compatible Chat Completions API, "
                                                  "prompted with a Markdown character sheet per character and one scenario category per request, then "
                                                  "reviewed in Persona Studio. Models: %1. Imported records (%2) come from existing datasets.")
              .arg(modelList.isEmpty() ? QCoreApplication::translate("Exporter", "none") : modelList.join(QStringLiteral(", ")))
              .arg(imported)
          + QStringLiteral("\n\n");
    md += QCoreApplication::translate("Exporter", "Instruction template: `%1`. System message template: `%2`.")
              .arg(project.instructionTemplate, ExportSettings::systemTemplate(project))
          + QStringLiteral("\n");
    if (settings.validationSplit > 0)
        md += QCoreApplication::translate("Exporter", "Validation split: %1 per character, seed %2.").arg(settings.validationSplit).arg(settings.seed) + QStringLiteral("\n");

    const QString license = ExportSettings::license(project);
    md += QStringLiteral("\n## ") + QCoreApplication::translate("Exporter", "Licence") + QStringLiteral("\n\n")
          + (license.isEmpty() ? QCoreApplication::translate("Exporter", "Not set (add \"license\" to the \"export\" object of studio.json).") : license) + QStringLiteral("\n");
    return md.toUtf8();
}

} // namespace

bool ExportResult::validationRejected() const
{
    return std::any_of(validation.cbegin(), validation.cend(), [](const ValidationReport &r) { return r.rejected(); });
}

QString ExportResult::toText() const
{
    QString t;
    if (!ok) {
        t += cancelled ? QCoreApplication::translate("ExportResult", "Export stopped; no file was changed.") : QCoreApplication::translate("ExportResult", "Export failed: %1").arg(error);
        return t + QLatin1Char('\n');
    }
    t += QCoreApplication::translate("ExportResult", "Exported to %1:").arg(QDir::toNativeSeparators(outputDir)) + QLatin1Char('\n');
    // The record files with their number of records; the manifest and the dataset card, which
    // hold none, with their size. From a project of many personas (an imported role-play
    // dataset's thousands) the first 40 character files, the others counted; manifest.json
    // lists every one.
    constexpr int CharacterFilesListed = 40;
    int characterFiles = 0;
    qint64 unlistedFiles = 0, unlistedRecords = 0;
    for (const ExportedFile &f : files) {
        const bool holdsRecords = f.name.endsWith(QLatin1String(".jsonl"));
        const bool characterFile = f.name.endsWith(QLatin1String("_synthetic.jsonl")) && f.name != QLatin1String(Exporter::AllCharactersFile);
        if (characterFile && ++characterFiles > CharacterFilesListed) {
            ++unlistedFiles;
            unlistedRecords += f.records;
            continue;
        }
        if (!characterFile && unlistedFiles > 0) {
            t += QStringLiteral("  ")
                 + QCoreApplication::translate("ExportResult", "… %Ln more character file(s), %1", nullptr, int(unlistedFiles))
                       .arg(QCoreApplication::translate("ExportResult", "%Ln record(s)", nullptr, pluralCount(unlistedRecords)))
                 + QLatin1Char('\n');
            unlistedFiles = -1;   // said once
        }
        t += QStringLiteral("  %1 %2\n").arg(f.name.leftJustified(40)).arg(holdsRecords ? QLocale().toString(f.records) : QLocale().formattedDataSize(f.bytes), 8);
    }
    if (splitRecords > 0)
        t += QCoreApplication::translate("ExportResult", "%Ln long conversation(s) written as %1 examples that fit the trainer's cutoff.", nullptr, int(splitRecords))
                 .arg(QLocale().toString(splitExamples))
             + QLatin1Char('\n');
    for (const ValidationReport &r : validation)
        t += QLatin1Char('\n') + r.toText();
    return t;
}

qint64 Exporter::countSelected(const QString &databasePath, const ExportSettings &settings, QString *error)
{
    if (!QFileInfo::exists(databasePath))
        return 0;   // a project without records yet
    DatasetStore store;
    if (!store.openReadOnly(databasePath, error))
        return -1;
    return store.countWhere(selectedWhere(settings), error);
}

QString Exporter::characterFileName(const QString &persona)
{
    QString slug = CharacterSheet::slugForName(persona);
    if (slug.isEmpty())
        slug = QStringLiteral("unnamed");
    return slug + QStringLiteral("_synthetic.jsonl");
}

QList<qsizetype> Exporter::validationIndexes(const QList<Record> &records, double share, quint64 seed)
{
    QList<qsizetype> chosen;
    if (share <= 0)
        return chosen;
    QMap<QString, QList<qsizetype>> byPersona;
    for (qsizetype i = 0; i < records.size(); ++i)
        byPersona[records[i].persona] << i;
    for (auto it = byPersona.begin(); it != byPersona.end(); ++it) {
        QList<qsizetype> &indexes = it.value();
        const qsizetype n = indexes.size();
        if (n < 2)
            continue;
        // Ids, not positions, decide the order, so the split does not depend on which other
        // records were selected; Fisher-Yates with mt19937_64 (its output is fixed by the
        // standard, unlike std::shuffle's).
        std::sort(indexes.begin(), indexes.end(), [&](qsizetype a, qsizetype b) { return records[a].id < records[b].id; });
        std::mt19937_64 rng(seed ^ stableHash(it.key()));
        for (qsizetype i = n - 1; i > 0; --i)
            std::swap(indexes[i], indexes[qsizetype(rng() % quint64(i + 1))]);
        const qsizetype take = std::clamp<qsizetype>(qsizetype(std::llround(double(n) * share)), 1, n - 1);
        chosen += indexes.mid(0, take);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

QList<Record> Exporter::fitToCutoff(const Record &record, const QString &systemMessage, qint64 cutoff)
{
    const QList<ExportFormats::Turn> turns = ExportFormats::turnsOf(record);
    if (cutoff <= 0 || turns.size() <= 2)
        return {record};
    const ChatTokenCounter counter;
    auto tokens = [&counter](const ExportFormats::Turn &t) { return qint64(counter.countMessage(ChatMessage{t.role, t.content, {}})); };
    const qint64 base = qint64(counter.countMessage(ChatMessage{QStringLiteral("system"), systemMessage, {}})) + ChatTokenCounter::ReplyPriming;
    // Exchanges: the user's message(s), then the character's until the next user message. What
    // comes before the first user message (a greeting) opens the first exchange.
    QList<QList<ExportFormats::Turn>> exchanges;
    QList<qint64> sizes;
    qint64 total = base;
    bool replied = false;   // the exchange being read has a reply to a user message
    bool asked = false;
    for (const ExportFormats::Turn &t : turns) {
        const bool fromUser = t.role == QLatin1String("user");
        if (exchanges.isEmpty() || (fromUser && replied && asked)) {
            exchanges.append(QList<ExportFormats::Turn>());
            sizes.append(0);
            replied = asked = false;
        }
        if (fromUser)
            asked = true;
        else if (asked)
            replied = true;
        const qint64 n = tokens(t);
        exchanges.last() << t;
        sizes.last() += n;
        total += n;
    }
    if (total <= cutoff || exchanges.size() < 2)
        return {record};
    QList<Record> windows;
    auto flush = [&](QList<ExportFormats::Turn> window) {
        qsizetype last = window.size() - 1;
        while (last > 0 && window[last].role != QLatin1String("assistant"))
            --last;
        window.resize(last + 1);   // nothing after the reply it ends on
        Record r = record;
        r.editedOutput.clear();   // the edit is in the turns already (turnsOf)
        QJsonArray dialogue;
        for (const ExportFormats::Turn &t : window) {
            QJsonObject m{{QStringLiteral("role"), t.role}, {QStringLiteral("content"), t.content}};
            if (t.weight >= 0)
                m.insert(QStringLiteral("weight"), t.weight);
            dialogue << m;
        }
        r.dialogue = QString::fromUtf8(QJsonDocument(dialogue).toJson(QJsonDocument::Compact));
        r.output = window[last].content;
        r.input.clear();
        for (qsizetype i = last - 1; i >= 0; --i) {
            if (window[i].role == QLatin1String("user")) {
                r.input = window[i].content;
                break;
            }
        }
        windows << r;
    };
    QList<ExportFormats::Turn> window;
    qint64 size = base;
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        if (!window.isEmpty() && size + sizes[i] > cutoff) {
            flush(window);
            window.clear();
            size = base;
        }
        window << exchanges[i];
        size += sizes[i];
    }
    flush(window);
    return windows;
}

ExportResult Exporter::run(const Project &project, const ExportSettings &settings, const Progress &progress)
{
    ExportResult result;
    result.outputDir = settings.outputDir;
    if (settings.outputDir.isEmpty()) {
        result.error = QCoreApplication::translate("Exporter", "no output folder");
        return result;
    }
    if (!QDir().mkpath(settings.outputDir)) {
        result.error = QCoreApplication::translate("Exporter", "%1 cannot be created").arg(QDir::toNativeSeparators(settings.outputDir));
        return result;
    }
    DatasetStore store;
    // Exporting only reads: a project on read-only media can still be exported elsewhere.
    const bool writable = QFileInfo(QFileInfo(project.databasePath()).absolutePath()).isWritable();
    if (!(writable ? store.open(project.databasePath(), &result.error) : store.openReadOnly(project.databasePath(), &result.error)))
        return result;
    QList<Record> chosen = store.recordsWhere(selectedWhere(settings), &result.error);
    const QHash<QString, qint64> statusAll = result.error.isEmpty() ? store.countsByStatus(&result.error) : QHash<QString, qint64>();
    store.close();
    if (!result.error.isEmpty()) {
        result.error = QCoreApplication::translate("Exporter", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(project.databasePath()), result.error);
        return result;
    }

    // The project's character order first, then personas it has no sheet for, by name.
    QHash<QString, int> rank;
    QStringList order;
    for (const CharacterEntry &c : project.characters) {
        rank.insert(c.name, int(order.size()));
        order << c.name;
    }
    QStringList others;
    for (const Record &r : std::as_const(chosen)) {
        if (!rank.contains(r.persona) && !others.contains(r.persona))
            others << r.persona;
    }
    std::sort(others.begin(), others.end());
    for (const QString &p : std::as_const(others)) {
        rank.insert(p, int(order.size()));
        order << p;
    }
    {
        // By (rank, id), each record's rank looked up once: a comparison that hashes two
        // personas took seconds at 200,000 records.
        std::vector<std::tuple<int, qint64, qsizetype>> keys;
        keys.reserve(size_t(chosen.size()));
        for (qsizetype i = 0; i < chosen.size(); ++i)
            keys.emplace_back(rank.value(chosen[i].persona), chosen[i].id, i);
        std::sort(keys.begin(), keys.end());
        QList<Record> sorted;
        sorted.reserve(chosen.size());
        for (const auto &key : keys)
            sorted << std::move(chosen[std::get<2>(key)]);
        chosen = std::move(sorted);
    }

    const QList<qsizetype> validationList = validationIndexes(chosen, settings.validationSplit, settings.seed);
    const QSet<qsizetype> inValidation(validationList.cbegin(), validationList.cend());

    // Files in the order the manifest lists them.
    std::vector<std::unique_ptr<PendingFile>> pending;
    QHash<QString, PendingFile *> byName;
    auto fileFor = [&](const QString &name) {
        PendingFile *&f = byName[name];
        if (!f) {
            pending.push_back(std::make_unique<PendingFile>(settings.outputDir, name));
            f = pending.back().get();
        }
        return f;
    };
    for (const QString &persona : std::as_const(order)) {
        for (const Record &r : std::as_const(chosen)) {
            if (r.persona == persona) {
                fileFor(characterFileName(persona));
                break;
            }
        }
    }
    PendingFile *allCharacters = fileFor(QString::fromLatin1(AllCharactersFile));
    PendingFile *complete = fileFor(QString::fromLatin1(CompleteFile));
    PendingFile *train = settings.validationSplit > 0 ? fileFor(QString::fromLatin1(TrainFile)) : nullptr;
    PendingFile *validation = settings.validationSplit > 0 ? fileFor(QString::fromLatin1(ValidationFile)) : nullptr;
    for (const auto &f : pending) {
        if (!f->file->open(QIODevice::WriteOnly)) {
            result.error = QCoreApplication::translate("Exporter", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(f->file->fileName()), f->errorString());
            return result;   // the QSaveFiles are discarded: nothing changed
        }
    }

    const QString systemTemplate = ExportSettings::systemTemplate(project);
    QHash<QString, QString> systemMessages;
    // Which record each line of the validated files holds, so that the report can name it.
    QHash<const PendingFile *, QList<qsizetype>> linesOf;
    const qint64 total = chosen.size();
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const Record &r = chosen[i];
        auto system = systemMessages.find(r.persona);
        if (system == systemMessages.end())
            system = systemMessages.insert(r.persona, ExportSettings::systemMessage(systemTemplate, r.persona, project.work));
        // A pair needs its prompt whole: preference pairs are not cut.
        const bool split = settings.splitLong && settings.cutoff > 0 && settings.format != ExportFormat::Preference && !r.dialogue.isEmpty();
        const QList<Record> parts = split ? fitToCutoff(r, system.value(), settings.cutoff) : QList<Record>{r};
        if (parts.size() > 1) {
            result.splitRecords += 1;
            result.splitExamples += parts.size();
        }
        QByteArray line;
        for (const Record &part : parts)
            line += ExportFormats::line(settings.format, part, system.value());
        QList<PendingFile *> targets{byName.value(characterFileName(r.persona)), complete};
        if (r.sourceKind == Record::SourceKind::Generated)
            targets << allCharacters;
        if (train)
            targets << (inValidation.contains(i) ? validation : train);
        for (PendingFile *f : std::as_const(targets)) {
            if (!f->write(line)) {
                result.error = QCoreApplication::translate("Exporter", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(f->file->fileName()), f->errorString());
                return result;
            }
            f->info.records += parts.size();
            f->info.perCharacter[r.persona] += parts.size();
            if (f == complete || f == train || f == validation) {
                for (qsizetype k = 0; k < parts.size(); ++k)
                    linesOf[f] << i;
            }
        }
        if (progress && (i % 256 == 0 || i + 1 == total) && !progress(i + 1, total)) {
            result.cancelled = true;
            result.error = QCoreApplication::translate("Exporter", "stopped");
            return result;
        }
    }
    for (const auto &f : pending) {
        f->info.sha256 = f->hash.result().toHex();
        result.files << f->info;
    }

    // manifest.json and README.md describe the data files; they are committed with them.
    QJsonArray fileArray;
    for (const ExportedFile &f : std::as_const(result.files)) {
        QJsonObject characters;
        for (auto it = f.perCharacter.cbegin(); it != f.perCharacter.cend(); ++it)
            characters.insert(it.key(), it.value());
        fileArray << QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("records"), f.records},
                                 {QStringLiteral("bytes"), f.bytes},
                                 {QStringLiteral("sha256"), QString::fromLatin1(f.sha256)},
                                 {QStringLiteral("characters"), characters}};
    }
    QJsonObject settingsJson = settings.toJson();
    settingsJson.remove(QStringLiteral("out"));
    const QJsonObject manifest{
        {QStringLiteral("studio_version"), QStringLiteral(PERSONA_STUDIO_VERSION)},
        {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("format"), ExportFormats::name(settings.format)},
        {QStringLiteral("settings"), settingsJson},
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), project.name},
                                                {QStringLiteral("work"), project.work},
                                                {QStringLiteral("instruction_template"), project.instructionTemplate},
                                                {QStringLiteral("system_template"), systemTemplate},
                                                {QStringLiteral("generation_model"), project.generation.model},
                                                {QStringLiteral("characters"), QJsonArray::fromStringList(order)}}},
        {QStringLiteral("records"), total},
        {QStringLiteral("files"), fileArray}};
    const QByteArray card = datasetCard(project, settings, statusAll, chosen, result.files, order);
    PendingFile *manifestFile = fileFor(QStringLiteral("manifest.json"));
    PendingFile *readme = fileFor(QStringLiteral("README.md"));
    for (PendingFile *f : {manifestFile, readme}) {
        if (!f->file->open(QIODevice::WriteOnly)) {
            result.error = QCoreApplication::translate("Exporter", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(f->file->fileName()), f->errorString());
            return result;
        }
    }
    if (!manifestFile->write(QJsonDocument(manifest).toJson(QJsonDocument::Indented)) || !readme->write(card)) {
        const PendingFile *failed = manifestFile->error.isEmpty() && readme->error.isEmpty() ? nullptr : manifestFile->error.isEmpty() ? readme : manifestFile;
        result.error = failed ? QCoreApplication::translate("Exporter", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(failed->file->fileName()), failed->errorString())
                              : QCoreApplication::translate("Exporter", "manifest.json or README.md cannot be written");
        return result;
    }

    // A rename onto a folder or a file we may not replace would fail after other files were
    // already committed: find such a target before committing any. And a file of the same
    // name that no export wrote — a README.md of the user's, in a folder without an earlier
    // export's manifest — is kept: the export stops instead of writing over it.
    const bool earlierExport = [&] {
        QFile manifest(QDir(settings.outputDir).filePath(QStringLiteral("manifest.json")));
        return manifest.open(QIODevice::ReadOnly) && QJsonDocument::fromJson(manifest.read(1 << 20)).object().contains(QLatin1String("studio_version"));
    }();
    for (const auto &f : pending) {
        const QFileInfo target(f->file->fileName());
        if (target.exists() && (target.isDir() || !target.isWritable())) {
            result.error = QCoreApplication::translate("Exporter", "%1 cannot be replaced").arg(QDir::toNativeSeparators(target.filePath()));
            return result;
        }
        if (target.exists() && !earlierExport) {
            result.error = QCoreApplication::translate("Exporter", "%1 is not from an earlier export and is left as it is: choose an empty folder, or one an export wrote")
                               .arg(QDir::toNativeSeparators(target.filePath()));
            return result;
        }
    }
    // manifest.json first: once it is there the folder is an export's, so an export killed while
    // it commits leaves a folder the next export writes over — not data files without a
    // manifest, which the next export would take for the user's and refuse to replace.
    std::stable_partition(pending.begin(), pending.end(), [manifestFile](const auto &f) { return f.get() == manifestFile; });
    for (const auto &f : pending) {
        if (!f->commit()) {
            result.error = QCoreApplication::translate("Exporter", "%1 cannot be written: %2").arg(QDir::toNativeSeparators(f->file->fileName()), f->errorString());
            return result;
        }
    }
    for (PendingFile *f : {manifestFile, readme}) {
        f->info.sha256 = f->hash.result().toHex();
        result.files << f->info;
    }
    result.ok = true;

    FineTuneValidator::Options options;
    options.format = settings.format;
    options.model = settings.model;
    options.cutoff = settings.cutoff;
    QList<std::pair<QString, const PendingFile *>> toValidate{{QString::fromLatin1(CompleteFile), complete}};
    if (train)
        toValidate << std::pair<QString, const PendingFile *>{QString::fromLatin1(TrainFile), train}
                   << std::pair<QString, const PendingFile *>{QString::fromLatin1(ValidationFile), validation};
    for (const auto &[name, file] : std::as_const(toValidate)) {
        ValidationReport report = FineTuneValidator::validateFile(QDir(settings.outputDir).filePath(name), options);
        // A line of an exported file is a record of the project: the report names it, so that
        // a reviewer finds it in the Review mode (the # column) and rejects or edits it.
        const QList<qsizetype> &lines = linesOf[file];
        for (Issue &issue : report.issues) {
            if (issue.line >= 1 && issue.line <= lines.size()) {
                const Record &r = chosen[lines[issue.line - 1]];
                issue.message += QCoreApplication::translate("Exporter", " (record #%1, %2)").arg(r.id).arg(r.persona);
            }
        }
        result.validation << report;
    }
    return result;
}
