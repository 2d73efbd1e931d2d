#include "runestimate.h"

#include "generation/generationrun.h"
#include "util/workpools.h"

#include <QtConcurrent/QtConcurrentRun>

RunEstimate RunEstimate::compute(const Project &project, const GenerationOptions &options)
{
    RunEstimate e;
    GenerationRun planner(project, options);
    const QList<GenerationRun::PlannedRequest> planned = planner.plannedRequests(&e.error);
    for (const GenerationRun::PlannedRequest &r : planned) {
        ++e.requests;
        e.records += r.count;
        e.promptTokens += r.promptTokens;
        e.completionTokens += r.completionTokens;
        e.costUsd += r.costUsd;
    }
    e.priceKnown = project.priceFor(options.model).has_value();
    return e;
}

QFuture<RunEstimate> RunEstimate::start(const Project &project, const GenerationOptions &options)
{
    return QtConcurrent::run(WorkPools::background(), [project, options] { return compute(project, options); });
}
