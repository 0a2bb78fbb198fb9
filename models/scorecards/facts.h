// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace scorecards
{

/// A built-in fact a rule can name with `factRef`.
struct FactInfo {
    QString name;
    QString description;
};

/// The built-in facts, in the order they are documented.
[[nodiscard]] const QList<FactInfo> &builtinFacts();
[[nodiscard]] bool isBuiltinFact(const QString &name);

/// Computes the built-in facts of one entity from its stored row (metadata, spec and the owner and system
/// relations the store resolved). `knownRefs` is every entity ref in the catalog, for "owner exists".
[[nodiscard]] QJsonObject factsFor(const store::EntityRow &row, const QSet<QString> &knownRefs);

} // namespace scorecards
