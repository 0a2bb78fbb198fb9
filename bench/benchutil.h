// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace bench {

/// Peak resident set size of this process so far, in MiB.
double peakRssMiB();

/// The q-quantile (0..1) of `samples` (sorted in place), in the samples' unit.
double quantile(QList<double> &samples, double q);

} // namespace bench
