// persona-studio-cli validate: checks a JSONL training file as fine-tuning services do (see
// FineTuneValidator) and prints the report.
// Exit status: 0 the file would be accepted (warnings allowed); 1 it would be rejected (or
// cannot be read); 2 usage error.

#include "clicommand.h"

#include "exporting/finetunevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace {

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Checks a JSONL training file the way fine-tuning services do: JSON objects, the format's "
                                                                        "keys and roles, token counts (o200k_base) against the model's limit, at least 10 examples, "
                                                                        "duplicates, and the billed tokens and cost. A gzip-compressed file is checked as the text inside it.\n"
                                                                        "Exit status: 0 accepted, 1 would be rejected, 2 usage error."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("cli", "studio, openai-chat, sharegpt, alpaca, hf-messages or dpo (default: detected from the first line)."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Fine-tuning model (default gpt-4o-mini)."), QStringLiteral("NAME")});
    Cli::addCutoffOption(parser);
    parser.addOption({QStringLiteral("epochs"), QCoreApplication::translate("cli", "Epochs for the cost estimate (default: the provider's default for the file's size)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print the report as JSON.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The JSONL file."), QStringLiteral("FILE.jsonl"));
    if (const auto status = Cli::parse(parser, arguments))
        return *status;
    if (parser.positionalArguments().size() != 1)
        return Cli::fail(QCoreApplication::translate("cli", "validate needs exactly one FILE"), 2);

    FineTuneValidator::Options options;
    if (parser.isSet(QStringLiteral("format"))) {
        options.format = ExportFormats::fromName(parser.value(QStringLiteral("format")));
        if (!options.format)
            return Cli::fail(QCoreApplication::translate("cli", "unknown format \"%1\"; one of %2").arg(parser.value(QStringLiteral("format")), ExportFormats::names().join(QStringLiteral(", "))), 2);
    }
    if (parser.isSet(QStringLiteral("model")))
        options.model = parser.value(QStringLiteral("model"));
    if (const auto status = Cli::readCutoff(parser, options.cutoff))
        return *status;
    if (parser.isSet(QStringLiteral("epochs"))) {
        bool ok = false;
        options.epochs = parser.value(QStringLiteral("epochs")).toInt(&ok);
        if (!ok || options.epochs < 1)
            return Cli::fail(QCoreApplication::translate("cli", "--epochs is a whole number of at least 1"), 2);
    }
    const ValidationReport report = FineTuneValidator::validateFile(parser.positionalArguments().constFirst(), options);
    if (parser.isSet(QStringLiteral("json")))
        Cli::out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        Cli::out() << report.toText();
    Cli::out().flush();
    return report.rejected() ? 1 : 0;
}

const CliCommandRegistrar validateCommand({QStringLiteral("validate"),
                                     QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "check a JSONL training file (FILE.jsonl [--format F] [--model NAME] [--cutoff TOKENS] [--epochs N] [--json])")),
                                     runValidate});

} // namespace
