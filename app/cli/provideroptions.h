#pragma once
// The options generate and probe share: the project, and the endpoint, model and key variable to
// use instead of the project's own.

#include "generation/generationoptions.h"

#include <QCommandLineParser>

namespace Cli {
// -p/--project DIR, --base-url URL, --model NAME, --api-key-env VAR.
void addProviderOptions(QCommandLineParser &parser);
// Overrides what the command line names; the rest stays as the project set it.
void applyProviderOptions(const QCommandLineParser &parser, GenerationOptions &options);
}
