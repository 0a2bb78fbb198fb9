// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace catalog {

/// The compound form of an entity reference. Parts keep the case they were written in; toString()
/// gives the canonical lowercased `kind:namespace/name` that Backstage compares and stores.
struct EntityRef {
    QString kind;
    QString nameSpace;
    QString name;

    [[nodiscard]] QString toString() const;
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

/// Either a reference or Backstage's error wording for why the text is not one.
struct EntityRefResult {
    std::optional<EntityRef> ref;
    QString error;
    [[nodiscard]] bool ok() const { return ref.has_value(); }
};

/// Parses `[<kind>:][<namespace>/]<name>` exactly like catalog-model's parseEntityRef: a `/` before the
/// first `:` means there is no kind; empty parts are errors; missing parts come from the defaults
/// (an empty defaultNamespace means "default"; there is no default kind).
[[nodiscard]] EntityRefResult parseEntityRef(const QString &text, const QString &defaultKind = {},
                                             const QString &defaultNamespace = {});

/// Lowercased `kind:namespace/name`.
[[nodiscard]] QString stringifyEntityRef(const QString &kind, const QString &nameSpace, const QString &name);

} // namespace catalog
