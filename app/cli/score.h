// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace cli
{

/// `portolan score`: scorecard results per entity, completeness per owner and kind, and a CI gate (--min).
int runScore(const QStringList &args);

} // namespace cli
