// bench_export: one-click export at scale. Copies the sample project (data/elio) into a
// temporary folder, stores N accepted records for its characters, then times Exporter::run —
// read, order, write and hash every file, commit, validate complete_training_set.jsonl — and,
// on its own, the validation of that file. Prints both with records per second and peak memory.
// Then adds 1,000 role-play chats of 200 messages (about 10,000 tokens each) and exports again
// for a local trainer's 4,096-token cutoff with the long conversations split to fit.
//   BUILD/bench/bench_export [records]   (default 200000)

#include "dataset/datasetstore.h"
#include "exporting/exporter.h"
#include "exporting/finetunevalidator.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

long peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

bool copyProject(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).fileName().startsWith(QLatin1String("studio.db")))
            continue;
        const QString target = to + file.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200000;
    QTemporaryDir dir;
    QTemporaryDir out;
    if (!copyProject(QStringLiteral(PS_SOURCE_DIR "/data/elio"), dir.path())) {
        std::fprintf(stderr, "cannot copy the sample project\n");
        return 1;
    }
    Project::OpenResult opened = Project::open(dir.path());
    if (!opened.project) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    const Project &project = *opened.project;
    {
        DatasetStore store;
        QString error;
        if (!store.open(project.databasePath(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        DatasetBulkInserter inserter(store);
        const QStringList categories = {QStringLiteral("greeting"), QStringLiteral("lore"), QStringLiteral("conflict"), QStringLiteral("advice")};
        QList<Record> chunk;
        for (int i = 0; i < total; ++i) {
            Record r;
            r.persona = project.characters.at(i % project.characters.size()).name;
            r.category = categories.at(i % categories.size());
            r.instruction = QStringLiteral("Respond as %1 from Pixar's Elio to the following message.").arg(r.persona);
            r.input = QStringLiteral("Message %1: what do you make of the Communiverse and the ambassadors who run it?").arg(i);
            r.output = QStringLiteral("Reply %1, in character: the stars look different from the lab tonight, and the radio hums "
                                      "like it knows something the rest of us do not.").arg(i);
            r.status = Record::Status::Accepted;
            chunk << r;
            if (chunk.size() == 50000 || i == total - 1) {
                if (!inserter.insert(chunk, {}, &error)) {
                    std::fprintf(stderr, "%s\n", qPrintable(error));
                    return 1;
                }
                chunk.clear();
            }
        }
    }

    ExportSettings settings;
    settings.format = ExportFormat::OpenAiChat;
    settings.outputDir = out.path();
    const long rssBefore = peakRssMb();
    QElapsedTimer timer;
    timer.start();
    const ExportResult result = Exporter::run(project, settings);
    const qint64 exportMs = timer.elapsed();
    if (!result.ok) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(result.error));
        return 1;
    }
    qint64 bytes = 0;
    for (const ExportedFile &f : result.files)
        bytes += f.bytes;
    std::printf("export of %d records (openai-chat, %lld files, %lld MB written), validation included: %lld ms, %lld records/s, "
                "peak RSS %ld MB (%ld MB before)\n",
                total, static_cast<long long>(result.files.size()), static_cast<long long>(bytes / (1024 * 1024)),
                static_cast<long long>(exportMs), static_cast<long long>(total * 1000LL / std::max<qint64>(1, exportMs)), peakRssMb(), rssBefore);

    FineTuneValidator::Options options;
    options.format = settings.format;
    timer.restart();
    const ValidationReport report = FineTuneValidator::validateFile(QDir(out.path()).filePath(QString::fromLatin1(Exporter::CompleteFile)), options);
    const qint64 validateMs = timer.elapsed();
    std::printf("validation of complete_training_set.jsonl alone: %lld ms, %lld examples/s (%lld examples, %lld errors)\n",
                static_cast<long long>(validateMs), static_cast<long long>(report.examples * 1000 / std::max<qint64>(1, validateMs)),
                static_cast<long long>(report.examples), static_cast<long long>(report.errorCount()));
    if (report.examples != total)
        return 1;

    // Long conversations, split to fit a local trainer's cutoff.
    constexpr int Chats = 1000;
    constexpr int Messages = 200;
    {
        DatasetStore store;
        QString error;
        if (!store.open(project.databasePath(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QList<Record> chats;
        for (int c = 0; c < Chats; ++c) {
            QJsonArray turns;
            for (int m = 0; m < Messages; ++m)
                turns << QJsonObject{{QStringLiteral("role"), m % 2 ? QStringLiteral("assistant") : QStringLiteral("user")},
                                     {QStringLiteral("content"), QStringLiteral("Chat %1, message %2: the radio hums over the lava tunnels while the "
                                                                                "ambassadors argue about who gets to speak for Earth next.").arg(c).arg(m)}};
            Record r;
            r.persona = project.characters.at(c % project.characters.size()).name;
            r.category = QStringLiteral("roleplay");
            r.input = turns[Messages - 2].toObject().value(QStringLiteral("content")).toString();
            r.output = turns[Messages - 1].toObject().value(QStringLiteral("content")).toString();
            r.dialogue = QString::fromUtf8(QJsonDocument(turns).toJson(QJsonDocument::Compact));
            r.status = Record::Status::Accepted;
            chats << r;
        }
        if (!DatasetBulkInserter(store).insert(chats, {}, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    settings.format = ExportFormat::HfMessages;
    settings.cutoff = 4096;
    settings.splitLong = true;
    timer.restart();
    const ExportResult split = Exporter::run(project, settings);
    const qint64 splitMs = timer.elapsed();
    if (!split.ok) {
        std::fprintf(stderr, "export failed: %s\n", qPrintable(split.error));
        return 1;
    }
    std::printf("export of %d records plus %d chats of %d messages (hf-messages, --cutoff 4096 --split-long), validation included: "
                "%lld ms; %lld conversations split into %lld examples, %lld over the cutoff; peak RSS %ld MB\n",
                total, Chats, Messages, static_cast<long long>(splitMs), static_cast<long long>(split.splitRecords),
                static_cast<long long>(split.splitExamples), static_cast<long long>(split.validation.value(0).overCutoff), peakRssMb());
    return split.splitRecords == Chats && split.validation.value(0).overCutoff == 0 ? 0 : 1;
}
