// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"
#include "catalog/validator.h"

#include <QJsonObject>

namespace catalog {

/// Relation type names (catalog-model kinds/relations.ts).
namespace relation {
inline constexpr QLatin1String OwnedBy("ownedBy"), OwnerOf("ownerOf"), PartOf("partOf"), HasPart("hasPart"),
    ProvidesApi("providesApi"), ApiProvidedBy("apiProvidedBy"), ConsumesApi("consumesApi"),
    ApiConsumedBy("apiConsumedBy"), DependsOn("dependsOn"), DependencyOf("dependencyOf"), MemberOf("memberOf"),
    HasMember("hasMember"), ChildOf("childOf"), ParentOf("parentOf");
}

struct RelationsResult {
    QList<Relation> relations; ///< both directions, refs lowercased
    ValidationOutcome error;   ///< a spec ref that cannot be parsed fails the whole entity, as in Backstage
};

/// The relations BuiltinKindsEntityProcessor (and ScaffolderEntitiesProcessor for Template) emit for a
/// validated entity. Target namespaces default to the entity's own namespace; dependsOn/dependencyOf
/// need an explicit kind.
[[nodiscard]] RelationsResult relationsFor(const QJsonObject &entity);

/// The stitched `relations` array of one entity: every relation whose source is `ref`, distinct, sorted by
/// type then target (what the catalog API returns).
[[nodiscard]] QList<Relation> stitchRelations(const QList<Relation> &all, const QString &ref);

} // namespace catalog
