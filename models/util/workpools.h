#pragma once
// WorkPools: the thread pools the studio's own work runs on, apart from Qt's global pool.
//
// Two kinds of work wait for other work. A background job (a search, a sample, the quality
// checks, an import, an export) may split its work into parallel slices and wait for them; and
// Qt itself, painting on the GUI thread, hands segments of large image operations to the global
// pool and waits for them. Sharing one pool, jobs waiting for their slices could take every
// thread (one, on a one-CPU machine) and nothing would run again, the window included. So:
// - background(): jobs started from the window or a command; they may wait for parallel() work
//   but never for another background job. Never fewer than four threads: on few cores a search
//   does not wait behind the quality checks.
// - parallel(): the slices of one job (parsing chunks, validating lines, the quality checks'
//   passes); a slice never waits for other work, so these threads always move on. As many as
//   the machine has cores.
// Qt's global pool is left to Qt.

class QThreadPool;

namespace WorkPools {

QThreadPool *background();
QThreadPool *parallel();
// Waits until both pools have finished their work (the window's closing: workers hold
// database connections of their own).
void waitForDone();

} // namespace WorkPools
