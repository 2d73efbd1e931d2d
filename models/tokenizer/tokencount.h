#pragma once
// The one place the studio asks "how many tokens is this text?" for prompt budgets and cost
// estimates. Backed by the o200k_base encoder when it is compiled in.

#include <QStringView>

namespace TokenCount {
// Token count of `text` for the project's model family (o200k_base).
qsizetype count(QStringView text);
}
