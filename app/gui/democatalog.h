// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace app {

/// Copies the embedded demo catalog (qrc :/demo-catalog) to `targetDir` unless it is already there, so that
/// docs, templates and live preview work on real files the user can open. Returns the root Location file,
/// or an empty string with `error` set.
QString extractDemoCatalog(const QString &targetDir, QString *error);

} // namespace app
