#pragma once
// The order of undo steps kept in different histories (the project's edits, the Review mode's
// decisions and imports): each step is stamped with the next tick when it is made, undone or
// redone, so that Edit ▸ Undo takes whichever history's last step is the latest, and Edit ▸ Redo
// the step undone last.

#include <QtGlobal>

#include <atomic>

namespace HistoryClock {

inline quint64 tick()
{
    static std::atomic<quint64> clock{0};
    return ++clock;
}

} // namespace HistoryClock
