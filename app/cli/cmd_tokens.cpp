// persona-studio-cli tokens: counts (or lists) the tiktoken tokens of a file or of stdin.

#include "clicommand.h"

#include "tokenizer/bpeencoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <charconv>

namespace {

int runTokens(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Prints the number of tokens of FILE (or of standard input) for an OpenAI encoding, exactly "
        "as tiktoken counts them. The bytes are read as UTF-8; ill-formed sequences count as U+FFFD. "
        "Special tokens such as <|endoftext|> are counted as ordinary text."));
    parser.addHelpOption();
    parser.addOption({{QStringLiteral("e"), QStringLiteral("encoding")},
                      QCoreApplication::translate("cli", "o200k_base (default; GPT-4o and later) or cl100k_base (GPT-4, GPT-3.5)."),
                      QStringLiteral("NAME"), QStringLiteral("o200k_base")});
    parser.addOption({QStringLiteral("ids"), QCoreApplication::translate("cli", "Print the token ids, space-separated, instead of their count.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("cli", "The file to read; standard input if omitted or '-'."), QStringLiteral("[FILE]"));
    if (const auto status = Cli::parse(parser, arguments))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        return Cli::fail(QCoreApplication::translate("cli", "tokens takes at most one FILE"), 2);

    const QString encodingName = parser.value(QStringLiteral("encoding"));
    const BpeEncoder *encoder = BpeEncoder::byName(encodingName);
    if (!encoder)
        return Cli::fail(QCoreApplication::translate("cli", "unknown encoding '%1' (known: %2)")
                             .arg(encodingName, BpeEncoder::encodingNames().join(QStringLiteral(", "))), 2);
    if (!encoder->isValid())
        return Cli::fail(QCoreApplication::translate("cli", "the %1 rank table is missing from this build").arg(encodingName));

    QFile input;
    const QString path = files.isEmpty() ? QStringLiteral("-") : files.first();
    const bool opened = path == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened)
        return Cli::fail(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, input.errorString()));
    const QByteArray data = input.readAll();
    if (input.error() != QFileDevice::NoError)
        return Cli::fail(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, input.errorString()));

    if (!parser.isSet(QStringLiteral("ids"))) {
        Cli::out() << encoder->count(QByteArrayView(data)) << Qt::endl;
        return 0;
    }
    const std::vector<uint32_t> ids = encoder->encode(QByteArrayView(data));
    QFile output;
    if (!output.open(stdout, QIODevice::WriteOnly))
        return Cli::fail(QCoreApplication::translate("cli", "cannot write to standard output"));
    QByteArray buffer;
    buffer.reserve(1 << 16);
    char number[16];
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i)
            buffer.append(' ');
        const auto result = std::to_chars(number, number + sizeof number, ids[i]);
        buffer.append(number, result.ptr - number);
        if (buffer.size() > (1 << 16) - 32) {
            output.write(buffer);
            buffer.clear();
        }
    }
    buffer.append('\n');
    if (output.write(buffer) != buffer.size() || !output.flush())
        return Cli::fail(QCoreApplication::translate("cli", "cannot write to standard output"));
    return 0;
}

}

const CliCommandRegistrar tokensCommand({QStringLiteral("tokens"),
                                      QString::fromUtf8(QT_TRANSLATE_NOOP("cli", "count (or list) the o200k_base / cl100k_base tokens of a file")),
                                      [](const QStringList &args) -> int { return runTokens(args); }});
