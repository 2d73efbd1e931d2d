#include "workpools.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace {

struct NamedPool : QThreadPool
{
    NamedPool(const char *name, int threads)
    {
        setObjectName(QLatin1String(name));
        setMaxThreadCount(threads);
    }
};

Q_GLOBAL_STATIC(NamedPool, backgroundPool, "background work", std::max(4, QThread::idealThreadCount()))
Q_GLOBAL_STATIC(NamedPool, parallelPool, "parallel work", std::max(1, QThread::idealThreadCount()))

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
