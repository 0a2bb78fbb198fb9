// SPDX-License-Identifier: Apache-2.0
#pragma once

// Internal: the handful of JSON Schema checks Backstage's schemas use (type, minLength 1, required, enum),
// evaluated in schema order and stopping at the first problem like ajv does.

#include "catalog/validator.h"

#include <QJsonArray>
#include <QJsonValue>

#include <initializer_list>

namespace catalog::detail {

[[nodiscard]] QString jsonTypeName(const QJsonValue &value);
[[nodiscard]] QStringList childPath(const QStringList &parent, const QString &key);
[[nodiscard]] ValidationError makeError(const QStringList &path, const QString &message);

/// First missing key of `keys` in `object`, reported at parent.key.
[[nodiscard]] ValidationOutcome requireKeys(const QJsonObject &object, const QStringList &path,
                                            std::initializer_list<QLatin1String> keys);
/// When present: a string, and (nonEmpty) at least one character.
[[nodiscard]] ValidationOutcome optionalString(const QJsonObject &object, const QStringList &path, QLatin1String key,
                                               bool nonEmpty = true);
/// When present: a list of non-empty strings.
[[nodiscard]] ValidationOutcome optionalStringArray(const QJsonObject &object, const QStringList &path,
                                                    QLatin1String key);
/// When present: an object (map).
[[nodiscard]] ValidationOutcome optionalObject(const QJsonObject &object, const QStringList &path, QLatin1String key);
/// When present: a list.
[[nodiscard]] ValidationOutcome optionalArray(const QJsonObject &object, const QStringList &path, QLatin1String key);
/// When present: one of `allowed`.
[[nodiscard]] ValidationOutcome optionalEnum(const QJsonObject &object, const QStringList &path, QLatin1String key,
                                             std::initializer_list<QLatin1String> allowed);

/// The first problem in schema order, or nullopt.
[[nodiscard]] inline ValidationOutcome firstOf(std::initializer_list<ValidationOutcome> outcomes)
{
    for (const auto &outcome : outcomes) {
        if (outcome)
            return outcome;
    }
    return std::nullopt;
}

/// FieldFormatEntityPolicy (runs after the schema check, so types are already right).
[[nodiscard]] ValidationOutcome fieldFormatPolicy(const QJsonObject &entity);

/// scaffolder-common Template.v1beta3 `spec` (templatekind.cpp).
[[nodiscard]] ValidationOutcome templateV1beta3Spec(const QJsonObject &spec, const QStringList &path);

} // namespace catalog::detail
