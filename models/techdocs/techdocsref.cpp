// SPDX-License-Identifier: Apache-2.0
#include "techdocs/techdocsref.h"
#include "techdocs/pathguard.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace techdocs {

TechDocsRef resolveTechDocsRef(const QString &annotation, const QString &sourceLocation, const QString &entityName)
{
    const QString field = QStringLiteral("metadata.annotations.backstage.io/techdocs-ref");
    if (annotation.trimmed().isEmpty())
        return Problem{Problem::Kind::Error, field, 0, 0,
                       QStringLiteral("No backstage.io/techdocs-ref annotation provided in entity: %1").arg(entityName)};
    const qsizetype colon = annotation.indexOf(u':');
    const QString type = colon < 0 ? QString() : annotation.left(colon);
    const QString target = annotation.mid(colon + 1).trimmed();
    if (type == u"url") {
        if (!QUrl(target, QUrl::StrictMode).isValid() || !target.contains(QLatin1String("://")))
            return Problem{Problem::Kind::Error, field, 0, 0, QStringLiteral("url: target \"%1\" is not an absolute URL").arg(target)};
        return RemoteDocs{target};
    }
    if (type != u"dir")
        return Problem{Problem::Kind::Error, field, 0, 0, QStringLiteral("Invalid reference annotation %1").arg(type)};

    const qsizetype sourceColon = sourceLocation.indexOf(u':');
    const QString sourceType = sourceLocation.left(qMax<qsizetype>(sourceColon, 0));
    const QString sourceTarget = sourceLocation.mid(sourceColon + 1);
    if (sourceType == u"url") {
        // integrations.resolveUrl: relative to the folder URL of the source
        const QUrl base(sourceTarget);
        return RemoteDocs{base.resolved(QUrl(target.endsWith(u'/') || target == u"." ? target : target + u'/')).toString()};
    }
    if (sourceType != u"file" && sourceType != u"dir")
        return Problem{Problem::Kind::Error, field, 0, 0,
                       QStringLiteral("dir: needs a file or url source location, got \"%1\"").arg(sourceLocation)};
    const QString baseDir = sourceType == u"file" ? QFileInfo(sourceTarget).absolutePath() : sourceTarget;
    const auto resolved = resolveInside(baseDir, target);
    if (!resolved)
        return Problem{Problem::Kind::Error, field, 0, 0,
                       QStringLiteral("dir:%1 resolves outside %2, refused").arg(target, QDir::cleanPath(baseDir))};
    if (!QFileInfo(*resolved).isDir())
        return Problem{Problem::Kind::Error, field, 0, 0, QStringLiteral("dir:%1: no such folder %2").arg(target, *resolved)};
    return LocalDocs{*resolved};
}

QString storagePath(const QString &ns, const QString &kind, const QString &name, bool caseSensitive)
{
    const QString path = (ns.isEmpty() ? QStringLiteral("default") : ns) + u'/' + kind + u'/' + name;
    return caseSensitive ? path : path.toLower();
}

QString storagePath(const QJsonObject &entity, bool caseSensitive)
{
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    return storagePath(metadata.value(QLatin1String("namespace")).toString(), entity.value(QLatin1String("kind")).toString(),
                       metadata.value(QLatin1String("name")).toString(), caseSensitive);
}

TechDocsRef resolveEntityDocs(const QJsonObject &entity, const QString &file)
{
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    const QString name = metadata.value(QLatin1String("name")).toString();
    const QString ref = annotations.value(QLatin1String("backstage.io/techdocs-ref")).toString();
    if (ref.isEmpty())
        return Problem{Problem::Kind::Error, file, 0, 0,
                       QStringLiteral("No backstage.io/techdocs-ref annotation provided in entity: %1").arg(name)};
    QString location = annotations.value(QLatin1String("backstage.io/source-location")).toString();
    if (location.isEmpty())
        location = annotations.value(QLatin1String("backstage.io/managed-by-location")).toString();
    if (location.isEmpty() && !file.isEmpty())
        location = QStringLiteral("file:") + file;
    return resolveTechDocsRef(ref, location, name);
}

} // namespace techdocs
