// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace cli {

/// `portolan sync [--config app-config.yaml ...] [--source NAME] [--json]`: exit 0 all synced, 1 some failed,
/// 2 nothing synced (or usage).
int runSync(const QStringList &args);
/// `portolan repo add URL [--branch B] [--path GLOB]... [--name N]`, `repo list`, `repo token HOST` (stdin).
int runRepo(const QStringList &args);

} // namespace cli
