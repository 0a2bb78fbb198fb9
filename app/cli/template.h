// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace cli {

/// `portolan template run TEMPLATE --values values.yaml [--dry-run] [--out DIR] [--json] [--secret NAME=VALUE]`
/// `portolan template validate TEMPLATE [--values values.yaml] [--json]`
/// Exit codes: 0 ok, 1 problems found (invalid values, a failing step), 2 usage or fatal error.
int runTemplate(const QStringList &args);

} // namespace cli
