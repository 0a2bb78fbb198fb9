// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace catalog {

/// Why a document is not a valid entity: the field (as path segments, so keys containing dots such as
/// `example.com/flag` survive) and a message worded for the person who wrote the file.
struct ValidationError {
    QStringList path; ///< e.g. {"spec","owner"}; empty = the document as a whole
    QString message;

    [[nodiscard]] QString field() const { return path.join(u'.'); }
};

using ValidationOutcome = std::optional<ValidationError>; ///< nullopt = fine

/// The stages below mirror Backstage's catalog, in the order it runs them. Each stops at the first
/// problem, as Backstage does, so the field named is the one Backstage would name.

/// Envelope check done when a location emits an entity (EntityEnvelope schema: apiVersion, kind,
/// metadata.name, metadata.namespace), then "metadata.annotations must be a valid object".
[[nodiscard]] ValidationOutcome checkEnvelope(const QJsonObject &entity);

/// Entity policies: SchemaValid → DefaultNamespace (sets metadata.namespace) → NoForeignRootFields →
/// FieldFormat.
[[nodiscard]] ValidationOutcome applyPolicies(QJsonObject &entity);

/// Kind validators for Component, API, Resource, System, Domain, Group, User, Location and Template
/// (scaffolder.backstage.io/v1beta3). An unknown kind or apiVersion gives Backstage's
/// "No processor recognized the entity ..." error.
[[nodiscard]] ValidationOutcome checkKind(const QJsonObject &entity);

/// BuiltinKindsEntityProcessor's pre-processing: sorts the relation string arrays (JS default sort).
void sortRelationArrays(QJsonObject &entity);

/// All of the above, in order (without placeholders, Location reading or relations). For editors and
/// other code that has one parsed document and wants Backstage's verdict on it.
[[nodiscard]] ValidationOutcome validateEntity(QJsonObject &entity);

/// `kind:namespace/name` lowercased when kind, name (and namespace, if set) are strings, as Backstage's
/// stringifyEntityRef would manage; empty otherwise.
[[nodiscard]] QString refOf(const QJsonObject &entity);

namespace validators {
[[nodiscard]] bool isValidObjectName(QStringView value);
[[nodiscard]] bool isValidDnsLabel(QStringView value);
[[nodiscard]] bool isValidDnsSubdomain(QStringView value);
[[nodiscard]] bool isValidKind(QStringView value);
[[nodiscard]] bool isValidApiVersion(QStringView value);
[[nodiscard]] bool isValidPrefixAndOrSuffix(QStringView value); ///< label and annotation keys
[[nodiscard]] bool isValidLabelValue(QStringView value);
[[nodiscard]] bool isValidTag(QStringView value);
[[nodiscard]] bool isValidUrl(QStringView value); ///< an absolute URL, as WHATWG `new URL()` accepts it
} // namespace validators

} // namespace catalog
