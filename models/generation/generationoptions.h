#pragma once
// GenerationOptions: how one generation run talks to the provider and how hard it pushes.
// Starts from the project's "generation" settings; the CLI's options and the GUI's run panel
// override single values. It never holds the API key itself, only the name of the variable.

#include "project/project.h"

#include <QJsonObject>
#include <QStringList>

struct GenerationOptions
{
    QString baseUrl;
    QString model;
    QString apiKeyEnv = QStringLiteral("OPENAI_API_KEY");
    int concurrency = 8;
    int batchSize = 5;
    double temperature = 0.9;
    int timeoutMs = 120000;         // per request
    int maxAttempts = 5;            // per job
    QStringList personas;           // empty: every character of the plan
    double maxCostUsd = -1;         // < 0: no budget
    qint64 backoffBaseMs = 500;     // first retry waits about this long, doubling after
    int maxTokensPerRecord = 220;   // max_tokens = 80 + count × this
    int completionTokensPerRecord = 110; // first estimate, before answers tell the real figure

    static GenerationOptions fromProject(const Project &project);
    // What the runs table keeps about a run's settings: never the key.
    QJsonObject toJson() const;
    // The key from the environment (may be empty for local servers).
    QString apiKey() const;
};
