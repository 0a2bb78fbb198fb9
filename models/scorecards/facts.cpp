// SPDX-License-Identifier: Apache-2.0
#include "scorecards/facts.h"

#include <QJsonArray>

namespace scorecards
{

const QList<FactInfo> &builtinFacts()
{
    static const QList<FactInfo> facts = {
        { QStringLiteral("hasOwner"), QStringLiteral("spec.owner is set (an ownedBy relation exists)") },
        { QStringLiteral("ownerExists"), QStringLiteral("the owner is an entity in the catalog") },
        { QStringLiteral("hasTechDocs"),
            QStringLiteral("the backstage.io/techdocs-ref (or techdocs-entity) annotation is set") },
        { QStringLiteral("hasPagerDuty"),
            QStringLiteral("the pagerduty.com/service-id or pagerduty.com/integration-key annotation is set") },
        { QStringLiteral("hasSystem"), QStringLiteral("the entity is part of a system (spec.system)") },
        { QStringLiteral("lifecycleSet"), QStringLiteral("spec.lifecycle is set") },
        { QStringLiteral("hasApiDefinition"), QStringLiteral("an API with a non-empty spec.definition") },
        { QStringLiteral("hasDescription"), QStringLiteral("metadata.description is set") },
        { QStringLiteral("hasSourceLocation"),
            QStringLiteral("a source location is known (backstage.io/source-location or github.com/project-slug)") },
        { QStringLiteral("tagCount"), QStringLiteral("number of metadata.tags") },
        { QStringLiteral("linkCount"), QStringLiteral("number of metadata.links") },
        { QStringLiteral("lifecycle"), QStringLiteral("spec.lifecycle as written (empty when unset)") },
    };
    return facts;
}

bool isBuiltinFact(const QString &name)
{
    for (const FactInfo &fact : builtinFacts()) {
        if (fact.name == name)
            return true;
    }
    return false;
}

namespace
{

bool hasText(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? !value.toString().trimmed().isEmpty() : !(value.isNull() || value.isUndefined());
}

} // namespace

QJsonObject factsFor(const store::EntityRow &row, const QSet<QString> &knownRefs)
{
    const QJsonObject metadata = row.data.value(u"metadata").toObject();
    const QJsonObject spec = row.data.value(u"spec").toObject();
    const QJsonObject annotations = metadata.value(u"annotations").toObject();
    const bool isApi = row.kind.compare(u"API", Qt::CaseInsensitive) == 0;
    return {
        { QStringLiteral("hasOwner"), !row.owner.isEmpty() },
        { QStringLiteral("ownerExists"), !row.owner.isEmpty() && knownRefs.contains(row.owner) },
        { QStringLiteral("hasTechDocs"),
            hasText(annotations, u"backstage.io/techdocs-ref")
                || hasText(annotations, u"backstage.io/techdocs-entity") },
        { QStringLiteral("hasPagerDuty"),
            hasText(annotations, u"pagerduty.com/service-id")
                || hasText(annotations, u"pagerduty.com/integration-key") },
        { QStringLiteral("hasSystem"), !row.system.isEmpty() },
        { QStringLiteral("lifecycleSet"), hasText(spec, u"lifecycle") },
        { QStringLiteral("hasApiDefinition"), isApi && hasText(spec, u"definition") },
        { QStringLiteral("hasDescription"), hasText(metadata, u"description") },
        { QStringLiteral("hasSourceLocation"),
            hasText(annotations, u"backstage.io/source-location") || hasText(annotations, u"github.com/project-slug") },
        { QStringLiteral("tagCount"), int(metadata.value(u"tags").toArray().size()) },
        { QStringLiteral("linkCount"), int(metadata.value(u"links").toArray().size()) },
        { QStringLiteral("lifecycle"), spec.value(u"lifecycle").toString() },
    };
}

} // namespace scorecards
