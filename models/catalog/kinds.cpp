// SPDX-License-Identifier: Apache-2.0
// Kind validators: the spec schemas of catalog-model's built-in kinds and scaffolder-common's Template,
// checked in schema order. Kind names are case-sensitive, as in Backstage.
#include "catalog/schema.h"

namespace catalog {

using namespace detail;

namespace {

const QString kSpec = QStringLiteral("spec");

using SpecCheck = ValidationOutcome (*)(const QJsonObject &spec, const QStringList &path);

ValidationOutcome profile(const QJsonObject &spec, const QStringList &path)
{
    if (auto e = optionalObject(spec, path, QLatin1String("profile")))
        return e;
    const QJsonObject p = spec.value(QLatin1String("profile")).toObject();
    const QStringList pp = childPath(path, QStringLiteral("profile"));
    return firstOf({optionalString(p, pp, QLatin1String("displayName")), optionalString(p, pp, QLatin1String("email")),
                    optionalString(p, pp, QLatin1String("picture"))});
}

ValidationOutcome component(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("type"), QLatin1String("lifecycle"), QLatin1String("owner")}),
                    optionalString(s, p, QLatin1String("type")), optionalString(s, p, QLatin1String("lifecycle")),
                    optionalString(s, p, QLatin1String("owner")), optionalString(s, p, QLatin1String("system")),
                    optionalString(s, p, QLatin1String("subcomponentOf")),
                    optionalStringArray(s, p, QLatin1String("providesApis")),
                    optionalStringArray(s, p, QLatin1String("consumesApis")),
                    optionalStringArray(s, p, QLatin1String("dependsOn"))});
}

ValidationOutcome api(const QJsonObject &s, const QStringList &p)
{
    // catalog-model 1.10.3's processor still uses the classic API schema for every spec.type (the
    // mcp-server variant exists in the model layer only), so `definition` is always required here.
    return firstOf({requireKeys(s, p, {QLatin1String("type"), QLatin1String("lifecycle"), QLatin1String("owner"),
                                       QLatin1String("definition")}),
                    optionalString(s, p, QLatin1String("type")), optionalString(s, p, QLatin1String("lifecycle")),
                    optionalString(s, p, QLatin1String("owner")), optionalString(s, p, QLatin1String("definition")),
                    optionalString(s, p, QLatin1String("system"))});
}

ValidationOutcome resource(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("type"), QLatin1String("owner")}),
                    optionalString(s, p, QLatin1String("type")), optionalString(s, p, QLatin1String("owner")),
                    optionalStringArray(s, p, QLatin1String("dependsOn")), optionalString(s, p, QLatin1String("system"))});
}

ValidationOutcome system(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("owner")}), optionalString(s, p, QLatin1String("owner")),
                    optionalString(s, p, QLatin1String("domain")), optionalString(s, p, QLatin1String("type"))});
}

ValidationOutcome domain(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("owner")}), optionalString(s, p, QLatin1String("owner")),
                    optionalString(s, p, QLatin1String("subdomainOf")), optionalString(s, p, QLatin1String("type"))});
}

ValidationOutcome group(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("type"), QLatin1String("children")}),
                    optionalString(s, p, QLatin1String("type")), profile(s, p),
                    optionalString(s, p, QLatin1String("parent")), optionalStringArray(s, p, QLatin1String("children")),
                    optionalStringArray(s, p, QLatin1String("members"))});
}

ValidationOutcome user(const QJsonObject &s, const QStringList &p)
{
    return firstOf({requireKeys(s, p, {QLatin1String("memberOf")}), profile(s, p),
                    optionalStringArray(s, p, QLatin1String("memberOf"))});
}

ValidationOutcome location(const QJsonObject &s, const QStringList &p)
{
    return firstOf({optionalString(s, p, QLatin1String("type")), optionalString(s, p, QLatin1String("target")),
                    optionalStringArray(s, p, QLatin1String("targets")),
                    optionalEnum(s, p, QLatin1String("presence"), {QLatin1String("required"), QLatin1String("optional")})});
}

struct KindRule {
    QLatin1String kind;
    bool scaffolder;
    SpecCheck check;
};

const KindRule kKinds[] = {
    {QLatin1String("Component"), false, component}, {QLatin1String("API"), false, api},
    {QLatin1String("Resource"), false, resource},   {QLatin1String("System"), false, system},
    {QLatin1String("Domain"), false, domain},       {QLatin1String("Group"), false, group},
    {QLatin1String("User"), false, user},           {QLatin1String("Location"), false, location},
    {QLatin1String("Template"), true, templateV1beta3Spec},
};

} // namespace

ValidationOutcome checkKind(const QJsonObject &entity)
{
    const QString kind = entity.value(QLatin1String("kind")).toString();
    const QString apiVersion = entity.value(QLatin1String("apiVersion")).toString();
    const KindRule *rule = nullptr;
    for (const KindRule &candidate : kKinds) {
        if (candidate.kind == kind)
            rule = &candidate;
    }
    const bool versionOk = rule && (rule->scaffolder ? apiVersion == QLatin1String("scaffolder.backstage.io/v1beta3")
                                                     : (apiVersion == QLatin1String("backstage.io/v1alpha1") ||
                                                        apiVersion == QLatin1String("backstage.io/v1beta1")));
    if (!versionOk) {
        QString hint = rule ? QStringLiteral("; %1 needs apiVersion %2").arg(kind, rule->scaffolder
                                                                                   ? QStringLiteral("scaffolder.backstage.io/v1beta3")
                                                                                   : QStringLiteral("backstage.io/v1alpha1 or backstage.io/v1beta1"))
                            : QStringLiteral("; known kinds are Component, API, Resource, System, Domain, Group, User, "
                                             "Location and Template (case-sensitive)");
        return makeError({rule ? QStringLiteral("apiVersion") : QStringLiteral("kind")},
                         u"No processor recognized the entity " + refOf(entity) +
                             u" as valid, possibly caused by a foreign kind or apiVersion" + hint);
    }
    const QJsonValue spec = entity.value(kSpec);
    if (spec.isUndefined())
        return makeError({kSpec}, QStringLiteral("required field \"spec\" is missing"));
    return rule->check(spec.toObject(), {kSpec});
}

} // namespace catalog
