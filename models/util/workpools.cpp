#include "workpools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

struct BackgroundPool : QThreadPool
{
    BackgroundPool()
    {
        setObjectName(QStringLiteral("background work"));
        setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
    }
};

struct ParallelPool : QThreadPool
{
    ParallelPool()
    {
        setObjectName(QStringLiteral("parallel work"));
        setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(BackgroundPool, backgroundPool)
Q_GLOBAL_STATIC(ParallelPool, parallelPool)

} // namespace

namespace WorkPools {

QThreadPool *background()
{
    return backgroundPool();
}

QThreadPool *parallel()
{
    return parallelPool();
}

void waitForDone()
{
    // Background jobs first: they are the ones that hand work to the parallel pool.
    background()->waitForDone();
    parallel()->waitForDone();
}

} // namespace WorkPools
