// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <optional>

namespace techdocs {

/// `relative` resolved against the folder `base`, following symlinks, or nullopt when the result leaves
/// `base` (like techdocs-node's resolveSafeChildPath). A path that does not exist yet is judged by its
/// nearest existing ancestor, so a symlinked parent cannot smuggle it out.
[[nodiscard]] std::optional<QString> resolveInside(const QString &base, const QString &relative);

/// True when `path` (canonical) is `base` (canonical) or below it.
[[nodiscard]] bool isInside(const QString &base, const QString &path);

} // namespace techdocs
