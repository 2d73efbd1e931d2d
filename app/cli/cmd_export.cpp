// persona-studio-cli export: writes the project's records as training files (see Exporter) and
// prints the validation report of what it wrote.
// Exit status: 0 written and valid; 1 the export failed (no file was changed); 2 usage error;
// 3 written, but the validator says a trainer would reject the training file.

#include "clicommand.h"

#include "exporting/exporter.h"
#include "project/project.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Writes the project's records as JSONL training files: <slug>_synthetic.jsonl per character, "
                                                                        "all_characters_synthetic.jsonl, complete_training_set.jsonl, train.jsonl / validation.jsonl "
                                                                        "with --val-split, manifest.json and README.md. Files are replaced only when all were written.\n"
                                                                        "Exit status: 0 written and valid, 1 failed (nothing changed), 2 usage error, 3 written but "
                                                                        "the training file would be rejected."));
    parser.addHelpOption();
    Cli::addProjectOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("out")}, QCoreApplication::translate("cli", "The output folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "studio, openai-chat (default), sharegpt, alpaca, hf-messages or dpo."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("include"), QCoreApplication::translate("cli", "accepted (accepted and edited, default), reviewed (everything not rejected) or all."), QStringLiteral("WHICH")});
    parser.addOption({QStringLiteral("imported"), QCoreApplication::translate("cli", "yes (default) or no: include imported records."), QStringLiteral("YES|NO")});
    parser.addOption({QStringLiteral("val-split"), QCoreApplication::translate("cli", "Share of each character's records in validation.jsonl (0 < F < 1)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("seed"), QCoreApplication::translate("cli", "Seed of the validation split (default 42)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model for the validation's token limit and cost (default gpt-4o-mini)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("split-long"), QCoreApplication::translate("cli", "With --cutoff: write a longer conversation as several examples of whole exchanges that fit, rather than leave it to be cut off.")});
    Cli::addCutoffOption(parser);
    if (const auto status = Cli::parse(parser, arguments))
        return *status;
    if (!parser.isSet(QStringLiteral("project")) || !parser.isSet(QStringLiteral("out")))
        return Cli::fail(QCoreApplication::translate("cli", "export needs --project DIR and --out DIR"), 2);

    ExportSettings settings;
    settings.outputDir = parser.value(QStringLiteral("out"));
    if (parser.isSet(QStringLiteral("format"))) {
        const auto format = ExportFormats::fromName(parser.value(QStringLiteral("format")));
        if (!format)
            return Cli::fail(QCoreApplication::translate("cli", "unknown format \"%1\"; one of %2").arg(parser.value(QStringLiteral("format")), ExportFormats::names().join(QStringLiteral(", "))), 2);
        settings.format = *format;
    }
    if (parser.isSet(QStringLiteral("include"))) {
        const auto selection = ExportSettings::selectionFromName(parser.value(QStringLiteral("include")));
        if (!selection)
            return Cli::fail(QCoreApplication::translate("cli", "--include is accepted, reviewed or all"), 2);
        settings.selection = *selection;
    }
    if (parser.isSet(QStringLiteral("imported"))) {
        const QString v = parser.value(QStringLiteral("imported")).toLower();
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            return Cli::fail(QCoreApplication::translate("cli", "--imported is yes or no"), 2);
        settings.includeImported = v == QLatin1String("yes");
    }
    if (parser.isSet(QStringLiteral("val-split"))) {
        bool ok = false;
        settings.validationSplit = parser.value(QStringLiteral("val-split")).toDouble(&ok);
        if (!ok || settings.validationSplit <= 0 || settings.validationSplit >= 1)
            return Cli::fail(QCoreApplication::translate("cli", "--val-split is a number between 0 and 1, such as 0.1"), 2);
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        settings.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Cli::fail(QCoreApplication::translate("cli", "--seed is a whole number"), 2);
    }
    if (parser.isSet(QStringLiteral("model")))
        settings.model = parser.value(QStringLiteral("model"));
    if (const auto status = Cli::readCutoff(parser, settings.cutoff))
        return *status;
    settings.splitLong = parser.isSet(QStringLiteral("split-long"));
    if (settings.splitLong && settings.cutoff <= 0)
        return Cli::fail(QCoreApplication::translate("cli", "--split-long needs --cutoff"), 2);

    const Project::OpenResult opened = Project::open(parser.value(QStringLiteral("project")));
    if (!opened.project)
        return Cli::fail(opened.error);
    const ExportResult result = Exporter::run(*opened.project, settings);
    if (!result.ok)
        return Cli::fail(result.toText().trimmed());
    Cli::out() << result.toText();
    Cli::out().flush();
    return result.validationRejected() ? 3 : 0;
}

const CliCommandRegistrar exportCommand({QStringLiteral("export"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "write training files (--project DIR --out DIR [--format F] [--include accepted|reviewed|all] [--imported yes|no] [--val-split F] [--seed N])")),
                                     runExport});

} // namespace
