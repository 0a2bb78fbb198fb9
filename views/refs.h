// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace views {

/// "group:default/team-a" -> "team-a"; other namespaces stay ("group:ops/team-a" -> "ops/team-a").
[[nodiscard]] QString shortRef(const QString &ref);
/// The kind part of a ref ("component:default/x" -> "component"); empty when there is none.
[[nodiscard]] QString refKind(const QString &ref);

} // namespace views
