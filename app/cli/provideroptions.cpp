#include "provideroptions.h"

#include "clicommand.h"

#include <QCoreApplication>

namespace Cli {

void addProviderOptions(QCommandLineParser &parser)
{
    Cli::addProjectOption(parser);
    parser.addOption({QStringLiteral("base-url"), QCoreApplication::translate("cli", "OpenAI-compatible API base URL (default: the project's)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("model"), QCoreApplication::translate("cli", "Model name (default: the project's)."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("api-key-env"),
                      QCoreApplication::translate("cli", "Environment variable holding the API key (default: the project's, usually OPENAI_API_KEY)."),
                      QStringLiteral("VAR")});
}

void applyProviderOptions(const QCommandLineParser &parser, GenerationOptions &options)
{
    if (parser.isSet(QStringLiteral("base-url")))
        options.baseUrl = parser.value(QStringLiteral("base-url"));
    if (parser.isSet(QStringLiteral("model")))
        options.model = parser.value(QStringLiteral("model"));
    if (parser.isSet(QStringLiteral("api-key-env")))
        options.apiKeyEnv = parser.value(QStringLiteral("api-key-env"));
}

} // namespace Cli
