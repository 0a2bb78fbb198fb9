// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace bench {

/// Peak resident set size of this process so far, in MiB.
double peakRssMiB();

/// CPU time this thread has used so far, in ms (excludes time other processes held the core).
double threadCpuMs();

/// The q-quantile (0..1) of `samples` (sorted in place), in the samples' unit.
double quantile(QList<double> &samples, double q);

} // namespace bench
