// persona-studio-cli import: reads JSONL datasets into a project as imported records (and, with
// --remove, takes the records of an import out again).
// Exit status: 0 when every file was read (its usable lines imported, bad lines reported on
// stderr as FILE:LINE: reason); 1 when the project cannot be opened or a file cannot be read or
// stored at all (the other files are still imported); 2 for a usage error.

#include "clicommand.h"

#include "dataset/datasetstore.h"
#include "dataset/importer.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

namespace {

// import --remove: the records imported from each file deleted, as it was named when imported
// (its absolute path). Exit 1 when a file gave no records or the database refused.
int removeImports(const Project &project, const QStringList &files, bool json)
{
    DatasetStore store;
    QString error;
    if (!store.open(project.databasePath(), &error))
        return Cli::fail(error);
    QHash<QString, qint64> reviewedOf;
    const QList<DatasetStore::ImportedFile> imported = store.importedFiles(&error);
    if (!error.isEmpty())
        return Cli::fail(error);
    for (const DatasetStore::ImportedFile &f : imported)
        reviewedOf.insert(f.path, f.reviewed);
    int status = 0;
    QJsonArray results;
    for (const QString &file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        const qint64 reviewed = reviewedOf.value(path);
        QList<qint64> removed;
        if (!store.removeImported(path, &removed, &error)) {
            Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "%1: not removed: %2").arg(file, error) << '\n';
            status = 1;
            continue;
        }
        if (removed.isEmpty()) {
            Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "%1: no records were imported from it").arg(file) << '\n';
            status = 1;
        } else if (!json) {
            Cli::out() << QCoreApplication::translate("cli", "%1: %Ln record(s) removed", nullptr, int(removed.size())).arg(file);
            if (reviewed > 0)
                Cli::out() << QCoreApplication::translate("cli", " (%Ln with a review decision)", nullptr, int(reviewed));
            Cli::out() << '\n';
        }
        results << QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("removed"), qint64(removed.size())}, {QStringLiteral("reviewed"), reviewed}};
    }
    if (json)
        Cli::out() << QJsonDocument(QJsonObject{{QStringLiteral("files"), results}}).toJson(QJsonDocument::Indented);
    Cli::err().flush();
    Cli::out().flush();
    return status;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Imports JSONL datasets into a project: the studio's own records, OpenAI chat "
                                                                        "fine-tuning lines, ShareGPT (and PIPPA's role-play chats), Alpaca, instruction / response lines (Dolly, "
                                                                        "question / answer), prompt/completion pairs, preference pairs (chosen / rejected) "
                                                                        "and conversations written out as one text (\"text\": ChatML, Llama 3, Gemma, Mistral, "
                                                                        "Alpaca's template, Human / Assistant transcripts). Bad lines are reported on stderr as "
                                                                        "FILE:LINE: reason and skipped; every usable line is imported. A file holding one "
                                                                        "JSON array of records (as Alpaca and ShareGPT datasets are published) is read "
                                                                        "the same way, element by element; a SillyTavern chat file as one conversation (a "
                                                                        "group chat: one per character); gzip-compressed files (.jsonl.gz) as they are. "
                                                                        "A persona that is part of one character's name only (\"Bryce\") is that character's.\n"
                                                                        "Exit status: 0 when every file was read, 1 when a file could not be read at all "
                                                                        "or the project cannot be opened, 2 for a usage error."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("persona"), QCoreApplication::translate("cli", "Persona for lines that name none."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("category"), QCoreApplication::translate("cli", "Category for lines that name none."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the summary as JSON.")});
    parser.addOption({QStringLiteral("remove"), QCoreApplication::translate("cli", "Remove the records imported from each FILE instead (importing it again brings them back, unreviewed).")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "JSONL files (or JSON arrays) to import."), QStringLiteral("FILE..."));
    if (const auto status = Cli::parse(parser, arguments, QStringLiteral("import")))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return Cli::fail(QCoreApplication::translate("cli", "import needs at least one FILE"), 2);
    if (parser.isSet(QStringLiteral("remove")) && (parser.isSet(QStringLiteral("persona")) || parser.isSet(QStringLiteral("category"))))
        return Cli::fail(QCoreApplication::translate("cli", "--remove takes no --persona or --category"), 2);

    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    if (parser.isSet(QStringLiteral("remove")))
        return removeImports(*opened.project, files, parser.isSet(QStringLiteral("json")));

    Importer::Options options;
    options.persona = parser.value(QStringLiteral("persona"));
    options.category = parser.value(QStringLiteral("category"));
    ImportSummary summary;
    QString error;
    // On a terminal, the share of bytes read so far on one line of stderr (Ctrl+C keeps the
    // chunks stored; importing the files again completes the import).
    const bool tty = ::isatty(STDERR_FILENO);
    Importer::Progress progress;
    if (tty) {
        progress = [last = -1](qint64 done, qint64 total) mutable {
            const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
            if (percent != last) {
                last = percent;
                Cli::err() << '\r' << QCoreApplication::translate("cli", "importing… %1 %").arg(percent);
                Cli::err().flush();
            }
            return true;
        };
    }
    const bool ran = Importer::importIntoProject(*opened.project, files, options, &summary, &error, progress);
    if (tty) {
        Cli::err() << "\r\033[K";
        Cli::err().flush();
    }
    if (!ran)
        return Cli::fail(error);

    for (const ImportProblem &problem : std::as_const(summary.problems))
        Cli::err() << problem.toString() << '\n';
    // Stored, but not whole: said the way compilers add a note.
    for (const ImportProblem &kept : std::as_const(summary.partlyKept))
        Cli::err() << QCoreApplication::translate("cli", "%1:%2: note: stored, %3").arg(kept.file).arg(kept.line).arg(kept.text()) << '\n';
    for (const ImportFileResult &file : std::as_const(summary.files)) {
        if (file.partlyImported())
            Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "%1: partly imported: %2").arg(file.path, file.error) << '\n';
        else if (!file.error.isEmpty())
            Cli::err() << "persona-studio-cli: " << QCoreApplication::translate("cli", "%1: not imported: %2").arg(file.path, file.error) << '\n';
    }
    Cli::err().flush();

    if (parser.isSet(QStringLiteral("json"))) {
        Cli::out() << QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented);
    } else {
        Cli::out() << summary.toText();
        if (summary.withoutPersona > 0)
            Cli::out() << QCoreApplication::translate("cli", "%n line(s) name no persona: --persona NAME imports them as NAME's.", nullptr,
                                                      int(summary.withoutPersona))
                       << '\n';
    }
    Cli::out().flush();
    return summary.hasUnreadableFile() ? 1 : 0;
}

const CliCommandRegistrar importCommand({QStringLiteral("import"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "import JSONL datasets into a project (--project DIR FILE... [--persona NAME] [--category NAME] [--json])")),
                                     runImport});

} // namespace
