// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace scaffolder {

/// The input schema of a built-in action (JSON Schema: type, required, properties, items, enum, anyOf, oneOf), written
/// after the schemas Backstage's actions declare. Empty for an unknown id.
[[nodiscard]] QJsonObject actionInputSchema(const QString &actionId);

/// One problem of `input` against `schema`, worded like the `jsonschema` library Backstage uses, e.g.
/// `instance requires property "url"` or `instance.targetPath is not of a type(s) string`.
struct SchemaProblem {
    QString path;    ///< "url", "files[0].from"; empty for the input itself
    QString message; ///< the whole text, starting with "instance"
};

[[nodiscard]] QList<SchemaProblem> checkAgainstSchema(const QJsonValue &input, const QJsonObject &schema);

} // namespace scaffolder
