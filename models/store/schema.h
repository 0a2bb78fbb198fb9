// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace store {

/// Brings a database up to the current schema version (PRAGMA user_version), one transaction per step.
/// Returns an empty string on success, else what went wrong.
[[nodiscard]] QString migrate(QSqlDatabase &db);
[[nodiscard]] int schemaVersion();

} // namespace store
