// SPDX-License-Identifier: Apache-2.0
#include "catalog/validator.h"

#include "catalog/entityref.h"
#include "catalog/schema.h"

#include <algorithm>

namespace catalog {

using namespace detail;

namespace {

const QString kMetadata = QStringLiteral("metadata");

// The root's required keys, shared by the envelope and the entity schema.
ValidationOutcome rootBasics(const QJsonObject &entity)
{
    return firstOf({requireKeys(entity, {}, {QLatin1String("apiVersion"), QLatin1String("kind"), QLatin1String("metadata")})});
}

ValidationOutcome mapOfStrings(const QJsonObject &metadata, QLatin1String key)
{
    const auto it = metadata.constFind(key);
    if (it == metadata.constEnd())
        return std::nullopt;
    if (!it->isObject())
        return makeError({kMetadata, key}, QStringLiteral("must be a map of strings, found %1").arg(jsonTypeName(*it)));
    const QJsonObject map = it->toObject();
    for (auto entry = map.constBegin(); entry != map.constEnd(); ++entry) {
        if (!entry.key().isEmpty() && !entry.value().isString())
            return makeError({kMetadata, key, entry.key()},
                             QStringLiteral("values must be strings, found %1 (quote it in the YAML)")
                                 .arg(jsonTypeName(entry.value())));
    }
    return std::nullopt;
}

ValidationOutcome links(const QJsonObject &metadata)
{
    const auto it = metadata.constFind(QLatin1String("links"));
    if (it == metadata.constEnd())
        return std::nullopt;
    if (!it->isArray())
        return makeError({kMetadata, QStringLiteral("links")}, QStringLiteral("must be a list, found %1").arg(jsonTypeName(*it)));
    const QJsonArray array = it->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QStringList path{kMetadata, QStringLiteral("links"), QString::number(i)};
        if (!array.at(i).isObject())
            return makeError(path, QStringLiteral("must be a map, found %1").arg(jsonTypeName(array.at(i))));
        const QJsonObject link = array.at(i).toObject();
        if (auto e = firstOf({requireKeys(link, path, {QLatin1String("url")}),
                              optionalString(link, path, QLatin1String("url")),
                              optionalString(link, path, QLatin1String("title")),
                              optionalString(link, path, QLatin1String("icon")),
                              optionalString(link, path, QLatin1String("type"))}))
            return e;
    }
    return std::nullopt;
}

// Entity.schema.json + EntityMeta.schema.json, the SchemaValidEntityPolicy.
ValidationOutcome entitySchema(const QJsonObject &entity)
{
    if (auto e = rootBasics(entity))
        return e;
    static const QStringList allowedRoot = {QStringLiteral("apiVersion"), QStringLiteral("kind"), kMetadata,
                                            QStringLiteral("spec"), QStringLiteral("relations"), QStringLiteral("status")};
    for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
        if (!allowedRoot.contains(it.key()))
            return makeError({it.key()}, QStringLiteral("unknown top-level field; an entity has only apiVersion, kind, "
                                                        "metadata and spec"));
    }
    const QJsonObject metadata = entity.value(kMetadata).toObject();
    const QStringList meta{kMetadata};
    return firstOf({optionalString(entity, {}, QLatin1String("apiVersion")),
                    optionalString(entity, {}, QLatin1String("kind")),
                    entity.value(kMetadata).isObject()
                        ? std::nullopt
                        : ValidationOutcome(makeError(meta, QStringLiteral("must be a map"))),
                    requireKeys(metadata, meta, {QLatin1String("name")}),
                    optionalString(metadata, meta, QLatin1String("uid")),
                    optionalString(metadata, meta, QLatin1String("etag")),
                    optionalString(metadata, meta, QLatin1String("name")),
                    optionalString(metadata, meta, QLatin1String("namespace")),
                    optionalString(metadata, meta, QLatin1String("title")),
                    optionalString(metadata, meta, QLatin1String("description"), false),
                    mapOfStrings(metadata, QLatin1String("labels")),
                    mapOfStrings(metadata, QLatin1String("annotations")),
                    optionalStringArray(metadata, meta, QLatin1String("tags")),
                    links(metadata),
                    optionalObject(entity, {}, QLatin1String("spec")),
                    optionalArray(entity, {}, QLatin1String("relations")),
                    optionalObject(entity, {}, QLatin1String("status"))});
}

// JavaScript's default Array.prototype.sort compares String(value) by UTF-16 code units.
QString jsString(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Object:
        return QStringLiteral("[object Object]");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts.append(item.isNull() ? QString() : jsString(item));
        return parts.join(u',');
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

ValidationOutcome checkEnvelope(const QJsonObject &entity)
{
    const QStringList meta{kMetadata};
    if (auto e = firstOf({rootBasics(entity), optionalString(entity, {}, QLatin1String("apiVersion")),
                          optionalString(entity, {}, QLatin1String("kind"))}))
        return e;
    const QJsonValue metadataValue = entity.value(kMetadata);
    if (!metadataValue.isObject())
        return makeError(meta, QStringLiteral("must be a map, found %1").arg(jsonTypeName(metadataValue)));
    const QJsonObject metadata = metadataValue.toObject();
    if (auto e = firstOf({requireKeys(metadata, meta, {QLatin1String("name")}),
                          optionalString(metadata, meta, QLatin1String("name")),
                          optionalString(metadata, meta, QLatin1String("namespace"))}))
        return e;
    // The location output collector treats a falsy value as "no annotations" and rejects other non-maps.
    const QJsonValue annotations = metadata.value(QLatin1String("annotations"));
    const bool falsy = annotations.isUndefined() || annotations.isNull() || (annotations.isBool() && !annotations.toBool()) ||
                       (annotations.isDouble() && annotations.toDouble() == 0) ||
                       (annotations.isString() && annotations.toString().isEmpty());
    if (!falsy && !annotations.isObject())
        return makeError({kMetadata, QStringLiteral("annotations")},
                         QStringLiteral("metadata.annotations must be a valid object (a map of strings)"));
    return std::nullopt;
}

ValidationOutcome applyPolicies(QJsonObject &entity)
{
    if (auto e = entitySchema(entity))
        return e;
    QJsonObject metadata = entity.value(kMetadata).toObject();
    if (!metadata.contains(QLatin1String("namespace"))) {
        metadata.insert(QLatin1String("namespace"), QStringLiteral("default"));
        entity.insert(kMetadata, metadata);
    }
    for (auto it = entity.constBegin(); it != entity.constEnd(); ++it) {
        const QString &key = it.key();
        if (key != QLatin1String("apiVersion") && key != QLatin1String("kind") && key != kMetadata &&
            key != QLatin1String("spec"))
            return makeError({key}, u"Unknown field " + key +
                                        u"; catalog files may only have apiVersion, kind, metadata and spec at the top");
    }
    return fieldFormatPolicy(entity);
}

void sortRelationArrays(QJsonObject &entity)
{
    auto specIt = entity.find(QLatin1String("spec"));
    if (specIt == entity.end() || !specIt->isObject())
        return;
    QJsonObject spec = specIt->toObject();
    bool changed = false;
    for (QLatin1String field : {QLatin1String("providesApis"), QLatin1String("consumesApis"), QLatin1String("dependsOn"),
                                QLatin1String("dependencyOf"), QLatin1String("memberOf"), QLatin1String("children"),
                                QLatin1String("members")}) {
        const auto it = spec.constFind(field);
        if (it == spec.constEnd() || !it->isArray() || it->toArray().size() < 2)
            continue;
        QJsonArray array = it->toArray();
        QList<std::pair<QString, QJsonValue>> keyed;
        keyed.reserve(array.size());
        for (const QJsonValue &v : std::as_const(array))
            keyed.append({jsString(v), v});
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QJsonArray sorted;
        for (const auto &kv : std::as_const(keyed))
            sorted.append(kv.second);
        if (sorted != array) {
            spec.insert(field, sorted);
            changed = true;
        }
    }
    if (changed)
        entity.insert(QLatin1String("spec"), spec);
}

ValidationOutcome validateEntity(QJsonObject &entity)
{
    if (auto e = checkEnvelope(entity))
        return e;
    sortRelationArrays(entity);
    if (auto e = applyPolicies(entity))
        return e;
    return checkKind(entity);
}

QString refOf(const QJsonObject &entity)
{
    const QJsonValue kind = entity.value(QLatin1String("kind"));
    const QJsonValue metadataValue = entity.value(kMetadata);
    if (!kind.isString() || !metadataValue.isObject())
        return {};
    const QJsonObject metadata = metadataValue.toObject();
    const QJsonValue name = metadata.value(QLatin1String("name"));
    const QJsonValue ns = metadata.value(QLatin1String("namespace"));
    if (!name.isString() || !(ns.isString() || ns.isNull() || ns.isUndefined()))
        return {};
    return stringifyEntityRef(kind.toString(), ns.isString() ? ns.toString() : QStringLiteral("default"), name.toString());
}

} // namespace catalog
