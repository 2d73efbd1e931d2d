#pragma once
// GenerationStats: the figures `persona-studio-cli stats` prints and the GUI's status bar and
// Insights mode show — per character target, records, review states and categories; drops by
// reason; tokens and cost over all runs. Read from studio.db and the plan, never written.

#include <QJsonObject>

class DatasetStore;
class Project;

namespace GenerationStats {
// {"personas":{NAME:{"target","records","generated","imported","unreviewed","accepted","edited","rejected",
//  "categories":{…}}}, "total", "generated", "imported", "dropped":{reason:n}, "tokens":{"prompt","completion"},
//  "cost_usd"}. "records" (and its split into generated and imported, and the categories) leave
// the rejected records out, as a target does; the review states count them.
QJsonObject compute(const Project &project, const DatasetStore &store);
}
