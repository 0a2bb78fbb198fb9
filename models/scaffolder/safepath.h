// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

namespace scaffolder {

/// Follows every symlink on the way (also dangling ones) and keeps the non-existent tail as written.
[[nodiscard]] QString realPathLenient(const QString &absolutePath);

/// Backstage's isChildPath: true when `path` is `base` or lies below it once both are resolved through
/// symlinks, so a link inside the workspace that points elsewhere does not count as inside.
[[nodiscard]] bool isChildPath(const QString &base, const QString &path);

/// Backstage's resolveSafeChildPath: `base` joined with `path` (absolute paths, `..` and symlinks leading
/// outside are refused with NotAllowedError). Returns the joined path, not the symlink-resolved one.
[[nodiscard]] Result<QString> resolveSafeChildPath(const QString &base, const QString &path);

} // namespace scaffolder
