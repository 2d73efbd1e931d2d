#pragma once
// RunEstimate: what a run started now would ask for — requests, records, tokens and cost — from
// the engine's own plan (GenerationRun::plannedRequests, which builds and counts every prompt).
// Counting tokens for a whole plan takes tens of milliseconds, so the window computes it on a
// worker thread (compute() reads only its arguments and the database) and shows it when ready.

#include "generation/generationoptions.h"
#include "project/project.h"

#include <QFuture>
#include <QString>

struct RunEstimate
{
    int requests = 0;
    int records = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double costUsd = 0;
    bool priceKnown = true;   // the model has a price in the project
    QString error;            // the plan could not be made (then the figures are zero)

    qint64 tokens() const { return promptTokens + completionTokens; }

    static RunEstimate compute(const Project &project, const GenerationOptions &options);
    // compute() on the global thread pool, on copies of its arguments.
    static QFuture<RunEstimate> start(const Project &project, const GenerationOptions &options);
};
