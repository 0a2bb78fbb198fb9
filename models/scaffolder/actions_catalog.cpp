// SPDX-License-Identifier: Apache-2.0
// catalog:write writes an entity file; catalog:register hands a registration to the app (which owns the store).
#include "scaffolder/actions.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/safepath.h"
#include "scaffolder/yamljson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace scaffolder {

namespace {

std::optional<Error> catalogWrite(ActionContext &ctx)
{
    const QString filePath = ctx.input.value(QStringLiteral("filePath")).toString(QStringLiteral("catalog-info.yaml"));
    auto target = resolveSafeChildPath(ctx.workspace, filePath);
    if (isError(target))
        return std::get<Error>(target);
    QJSValue entity = ctx.inputJs.property(QStringLiteral("entity"));
    if (!entity.isObject())
        return inputError(QStringLiteral("Invalid input passed to action %1, instance requires property \"entity\"")
                              .arg(ctx.stepId));
    if (!ctx.templateRef.isEmpty()) {
        QJSValue metadata = entity.property(QStringLiteral("metadata"));
        if (!metadata.isObject()) {
            metadata = ctx.engine.newObject();
            entity.setProperty(QStringLiteral("metadata"), metadata);
        }
        QJSValue annotations = metadata.property(QStringLiteral("annotations"));
        if (!annotations.isObject()) {
            annotations = ctx.engine.newObject();
            metadata.setProperty(QStringLiteral("annotations"), annotations);
        }
        annotations.setProperty(QStringLiteral("backstage.io/source-template"), ctx.templateRef);
    }
    ctx.log(QStringLiteral("Writing catalog-info.yaml"));
    QDir().mkpath(QFileInfo(std::get<QString>(target)).absolutePath());
    QFile out(std::get<QString>(target));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(jsValueToYaml(entity)) < 0)
        return Error{QStringLiteral("Error"), out.errorString(), filePath, 0, {}};
    return std::nullopt;
}

// Backstage prefers a Component whose name does not start with "generated-", else the first entity.
QString entityRefFromFile(const QString &path)
{
    QString first;
    try {
        for (const YAML::Node &doc : YAML::LoadAllFromFile(path.toStdString())) {
            if (!doc.IsMap() || !doc["kind"] || !doc["metadata"] || !doc["metadata"]["name"])
                continue;
            const QString kind = QString::fromStdString(doc["kind"].as<std::string>());
            const QString name = QString::fromStdString(doc["metadata"]["name"].as<std::string>());
            const QString ns = doc["metadata"]["namespace"]
                ? QString::fromStdString(doc["metadata"]["namespace"].as<std::string>())
                : QStringLiteral("default");
            const QString ref = QStringLiteral("%1:%2/%3").arg(kind, ns, name).toLower();
            if (kind.compare(QLatin1String("Component"), Qt::CaseInsensitive) == 0
                && !name.startsWith(QLatin1String("generated-")))
                return ref;
            if (first.isEmpty())
                first = ref;
        }
    } catch (const YAML::Exception &) {
    }
    return first;
}

std::optional<Error> catalogRegister(ActionContext &ctx)
{
    QString url = ctx.input.value(QStringLiteral("catalogInfoUrl")).toString();
    if (url.isEmpty()) {
        const QString repo = ctx.input.value(QStringLiteral("repoContentsUrl")).toString();
        if (repo.isEmpty())
            return inputError(QStringLiteral("Invalid input passed to action %1, instance requires catalogInfoUrl or "
                                             "repoContentsUrl")
                                  .arg(ctx.stepId));
        QString path = ctx.input.value(QStringLiteral("catalogInfoPath")).toString(QStringLiteral("/catalog-info.yaml"));
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        url = repo.endsWith(QLatin1Char('/')) ? repo.chopped(1) + path : repo + path;
    }
    Registration reg;
    reg.catalogInfoUrl = url;
    reg.optional = ctx.input.value(QStringLiteral("optional")).toBool();
    const QUrl parsed(url);
    if (parsed.isLocalFile()) {
        const QString local = parsed.toLocalFile();
        if (!QFileInfo::exists(local) && !reg.optional)
            return Error{QStringLiteral("InputError"), QStringLiteral("catalog file not found: %1").arg(local), {}, 0,
                         {}};
        reg.entityRef = entityRefFromFile(local);
    }
    ctx.log(QStringLiteral("Registering %1 in the catalog").arg(url));
    if (ctx.registrations)
        ctx.registrations->append(reg);
    ctx.output(QStringLiteral("catalogInfoUrl"), url);
    if (!reg.entityRef.isEmpty())
        ctx.output(QStringLiteral("entityRef"), reg.entityRef);
    return std::nullopt;
}

} // namespace

void addCatalogActions(QList<ActionInfo> &list)
{
    list << ActionInfo{QStringLiteral("catalog:write"), true, {}, catalogWrite}
         << ActionInfo{QStringLiteral("catalog:register"), false,
                       QJsonObject{{QStringLiteral("entityRef"), QStringLiteral("<example>")},
                                   {QStringLiteral("catalogInfoUrl"), QStringLiteral("<example>")}},
                       catalogRegister};
}

} // namespace scaffolder
