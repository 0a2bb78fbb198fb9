// SPDX-License-Identifier: Apache-2.0
// scaffolder-common's Template.v1beta3 schema, as the catalog checks it (ScaffolderEntitiesProcessor).
// The scaffolder library validates parameter forms and step inputs in depth; this is the catalog's view.
#include "catalog/schema.h"

namespace catalog::detail {

namespace {

ValidationOutcome stringOrBool(const QJsonObject &o, const QStringList &path, QLatin1String key)
{
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isString() || it->isBool())
        return std::nullopt;
    return makeError(childPath(path, key), QStringLiteral("must be a string or a boolean, found %1").arg(jsonTypeName(*it)));
}

ValidationOutcome permissions(const QJsonObject &o, const QStringList &path)
{
    const QLatin1String key("backstage:permissions");
    if (auto e = optionalObject(o, path, key))
        return e;
    const QJsonObject p = o.value(key).toObject();
    const QStringList pp = childPath(path, key);
    if (auto e = optionalArray(p, pp, QLatin1String("tags")))
        return e;
    const QJsonArray tags = p.value(QLatin1String("tags")).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (!tags.at(i).isString())
            return makeError(childPath(childPath(pp, QStringLiteral("tags")), QString::number(i)),
                             QStringLiteral("must be a string, found %1").arg(jsonTypeName(tags.at(i))));
    }
    return std::nullopt;
}

// Calls `check(item, itemPath)` for every item of an optional list of maps.
template<typename Check>
ValidationOutcome listOfMaps(const QJsonObject &o, const QStringList &path, QLatin1String key, Check check)
{
    if (auto e = optionalArray(o, path, key))
        return e;
    const QJsonArray items = o.value(key).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QStringList itemPath = childPath(childPath(path, key), QString::number(i));
        if (!items.at(i).isObject())
            return makeError(itemPath, QStringLiteral("must be a map, found %1").arg(jsonTypeName(items.at(i))));
        if (auto e = check(items.at(i).toObject(), itemPath))
            return e;
    }
    return std::nullopt;
}

ValidationOutcome parameters(const QJsonObject &s, const QStringList &p)
{
    const auto it = s.constFind(QLatin1String("parameters"));
    if (it == s.constEnd())
        return std::nullopt;
    if (it->isObject())
        return permissions(it->toObject(), childPath(p, QStringLiteral("parameters")));
    if (!it->isArray())
        return makeError(childPath(p, QStringLiteral("parameters")),
                         QStringLiteral("must be a map (one form page) or a list of maps (several pages), found %1")
                             .arg(jsonTypeName(*it)));
    return listOfMaps(s, p, QLatin1String("parameters"), [](const QJsonObject &page, const QStringList &path) {
        return firstOf({stringOrBool(page, path, QLatin1String("when")), permissions(page, path)});
    });
}

ValidationOutcome output(const QJsonObject &s, const QStringList &p)
{
    if (auto e = optionalObject(s, p, QLatin1String("output")))
        return e;
    const QJsonObject out = s.value(QLatin1String("output")).toObject();
    const QStringList op = childPath(p, QStringLiteral("output"));
    for (auto it = out.constBegin(); it != out.constEnd(); ++it) {
        if (it.key() != QLatin1String("links") && it.key() != QLatin1String("text") && !it->isString())
            return makeError(childPath(op, it.key()), QStringLiteral("must be a string, found %1").arg(jsonTypeName(*it)));
    }
    return firstOf({listOfMaps(out, op, QLatin1String("links"),
                               [](const QJsonObject &link, const QStringList &path) {
                                   return firstOf({stringOrBool(link, path, QLatin1String("if")),
                                                   optionalString(link, path, QLatin1String("url")),
                                                   optionalString(link, path, QLatin1String("entityRef")),
                                                   optionalString(link, path, QLatin1String("icon"))});
                               }),
                    listOfMaps(out, op, QLatin1String("text"), [](const QJsonObject &text, const QStringList &path) {
                        return firstOf({stringOrBool(text, path, QLatin1String("if")),
                                        optionalString(text, path, QLatin1String("icon")),
                                        optionalString(text, path, QLatin1String("content"), false)});
                    })});
}

ValidationOutcome step(const QJsonObject &step, const QStringList &path)
{
    return firstOf({requireKeys(step, path, {QLatin1String("action")}),
                    optionalString(step, path, QLatin1String("id"), false),
                    optionalString(step, path, QLatin1String("name"), false),
                    optionalString(step, path, QLatin1String("action"), false),
                    optionalObject(step, path, QLatin1String("input")), stringOrBool(step, path, QLatin1String("if")),
                    permissions(step, path)});
}

ValidationOutcome decorator(const QJsonObject &d, const QStringList &path)
{
    return firstOf({optionalString(d, path, QLatin1String("id"), false), optionalObject(d, path, QLatin1String("input"))});
}

} // namespace

ValidationOutcome templateV1beta3Spec(const QJsonObject &s, const QStringList &p)
{
    const QJsonObject secrets = s.value(QLatin1String("secrets")).toObject();
    const QJsonObject presentation = s.value(QLatin1String("presentation")).toObject();
    const QJsonObject labels = presentation.value(QLatin1String("buttonLabels")).toObject();
    const QStringList pp = childPath(p, QStringLiteral("presentation"));
    const QStringList lp = childPath(pp, QStringLiteral("buttonLabels"));
    return firstOf({requireKeys(s, p, {QLatin1String("type"), QLatin1String("steps")}),
                    optionalString(s, p, QLatin1String("type")), optionalString(s, p, QLatin1String("owner")),
                    optionalString(s, p, QLatin1String("lifecycle")), parameters(s, p),
                    optionalObject(s, p, QLatin1String("secrets")),
                    optionalObject(secrets, childPath(p, QStringLiteral("secrets")), QLatin1String("schema")),
                    optionalObject(s, p, QLatin1String("presentation")),
                    optionalObject(presentation, pp, QLatin1String("buttonLabels")),
                    optionalString(labels, lp, QLatin1String("backButtonText"), false),
                    optionalString(labels, lp, QLatin1String("createButtonText"), false),
                    optionalString(labels, lp, QLatin1String("reviewButtonText"), false),
                    optionalObject(s, p, QLatin1String("EXPERIMENTAL_recovery")),
                    optionalString(s.value(QLatin1String("EXPERIMENTAL_recovery")).toObject(),
                                   childPath(p, QStringLiteral("EXPERIMENTAL_recovery")),
                                   QLatin1String("EXPERIMENTAL_strategy"), false),
                    listOfMaps(s, p, QLatin1String("formDecorators"), decorator),
                    listOfMaps(s, p, QLatin1String("EXPERIMENTAL_formDecorators"), decorator),
                    listOfMaps(s, p, QLatin1String("steps"), step), output(s, p)});
}

} // namespace catalog::detail
