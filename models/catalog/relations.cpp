// SPDX-License-Identifier: Apache-2.0
#include "catalog/relations.h"

#include "catalog/entityref.h"
#include "catalog/schema.h"

#include <QJsonArray>

#include <algorithm>

namespace catalog {

namespace {

struct RelationField {
    QLatin1String kind;
    QLatin1String field;
    QLatin1String forward;
    QLatin1String reverse;
    QLatin1String defaultKind; ///< empty: the ref must name its kind
};

// BuiltinKindsEntityProcessor.postProcessEntity, in its order (the first bad ref is the one reported).
const RelationField kFields[] = {
    {QLatin1String("Component"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
    {QLatin1String("Component"), QLatin1String("subcomponentOf"), relation::PartOf, relation::HasPart, QLatin1String("Component")},
    {QLatin1String("Component"), QLatin1String("providesApis"), relation::ProvidesApi, relation::ApiProvidedBy, QLatin1String("API")},
    {QLatin1String("Component"), QLatin1String("consumesApis"), relation::ConsumesApi, relation::ApiConsumedBy, QLatin1String("API")},
    {QLatin1String("Component"), QLatin1String("dependsOn"), relation::DependsOn, relation::DependencyOf, QLatin1String()},
    {QLatin1String("Component"), QLatin1String("dependencyOf"), relation::DependencyOf, relation::DependsOn, QLatin1String()},
    {QLatin1String("Component"), QLatin1String("system"), relation::PartOf, relation::HasPart, QLatin1String("System")},
    {QLatin1String("API"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
    {QLatin1String("API"), QLatin1String("system"), relation::PartOf, relation::HasPart, QLatin1String("System")},
    {QLatin1String("Resource"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
    {QLatin1String("Resource"), QLatin1String("dependsOn"), relation::DependsOn, relation::DependencyOf, QLatin1String()},
    {QLatin1String("Resource"), QLatin1String("dependencyOf"), relation::DependencyOf, relation::DependsOn, QLatin1String()},
    {QLatin1String("Resource"), QLatin1String("system"), relation::PartOf, relation::HasPart, QLatin1String("System")},
    {QLatin1String("System"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
    {QLatin1String("System"), QLatin1String("domain"), relation::PartOf, relation::HasPart, QLatin1String("Domain")},
    {QLatin1String("Domain"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
    {QLatin1String("Domain"), QLatin1String("subdomainOf"), relation::PartOf, relation::HasPart, QLatin1String("Domain")},
    {QLatin1String("User"), QLatin1String("memberOf"), relation::MemberOf, relation::HasMember, QLatin1String("Group")},
    {QLatin1String("Group"), QLatin1String("parent"), relation::ChildOf, relation::ParentOf, QLatin1String("Group")},
    {QLatin1String("Group"), QLatin1String("children"), relation::ParentOf, relation::ChildOf, QLatin1String("Group")},
    {QLatin1String("Group"), QLatin1String("members"), relation::HasMember, relation::MemberOf, QLatin1String("User")},
    {QLatin1String("Template"), QLatin1String("owner"), relation::OwnedBy, relation::OwnerOf, QLatin1String("Group")},
};

} // namespace

RelationsResult relationsFor(const QJsonObject &entity)
{
    RelationsResult result;
    const QString kind = entity.value(QLatin1String("kind")).toString();
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    const QString ownNamespace = metadata.value(QLatin1String("namespace")).toString(QStringLiteral("default"));
    const QString self = stringifyEntityRef(kind, ownNamespace, metadata.value(QLatin1String("name")).toString());
    const QJsonObject spec = entity.value(QLatin1String("spec")).toObject();

    for (const RelationField &rf : kFields) {
        if (rf.kind != kind)
            continue;
        const auto it = spec.constFind(rf.field);
        if (it == spec.constEnd() || it->isNull())
            continue;
        // A single string and a list are both accepted, as the processor flattens [targets].
        const QJsonArray targets = it->isArray() ? it->toArray() : QJsonArray{*it};
        for (qsizetype i = 0; i < targets.size(); ++i) {
            QStringList path{QStringLiteral("spec"), rf.field};
            if (it->isArray())
                path.append(QString::number(i));
            const QJsonValue target = targets.at(i);
            if (!target.isString()) {
                result.error = detail::makeError(path, QStringLiteral("an entity reference must be a string, found %1")
                                                           .arg(detail::jsonTypeName(target)));
                return result;
            }
            const EntityRefResult parsed = parseEntityRef(target.toString(), rf.defaultKind, ownNamespace);
            if (!parsed.ok()) {
                result.error = detail::makeError(path, parsed.error);
                return result;
            }
            const QString targetRef = parsed.ref->toString();
            result.relations.append(Relation{self, rf.forward, targetRef});
            result.relations.append(Relation{targetRef, rf.reverse, self});
        }
    }
    return result;
}

QList<Relation> stitchRelations(const QList<Relation> &all, const QString &ref)
{
    QList<Relation> mine;
    for (const Relation &r : all) {
        if (r.source == ref)
            mine.append(r);
    }
    std::sort(mine.begin(), mine.end(), [](const Relation &a, const Relation &b) {
        return a.type != b.type ? a.type < b.type : a.target < b.target;
    });
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
    return mine;
}

} // namespace catalog
