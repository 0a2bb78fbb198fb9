// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace cli {

/// `portolan k8s ...` with the catalog behind it: components are looked up in the store (--db) and each
/// result is kept there, so `--offline` and the app show the last good state.
int runK8sWithCatalog(const QStringList &args);

} // namespace cli
