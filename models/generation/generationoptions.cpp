#include "generationoptions.h"

#include <QJsonArray>

GenerationOptions GenerationOptions::fromProject(const Project &project)
{
    GenerationOptions o;
    o.baseUrl = project.generation.baseUrl;
    o.model = project.generation.model;
    o.apiKeyEnv = project.generation.apiKeyEnv.isEmpty() ? o.apiKeyEnv : project.generation.apiKeyEnv;
    o.concurrency = project.generation.concurrency;
    o.batchSize = project.generation.batchSize;
    o.temperature = project.generation.temperature;
    return o;
}

QJsonObject GenerationOptions::toJson() const
{
    return QJsonObject{
        {QStringLiteral("api_key_env"), apiKeyEnv},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("batch_size"), batchSize},
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("timeout_ms"), timeoutMs},
        {QStringLiteral("max_attempts"), maxAttempts},
        {QStringLiteral("personas"), QJsonArray::fromStringList(personas)},
        {QStringLiteral("max_cost_usd"), maxCostUsd},
    };
}

QString GenerationOptions::apiKey() const
{
    return apiKeyEnv.isEmpty() ? QString() : qEnvironmentVariable(apiKeyEnv.toLocal8Bit().constData());
}
