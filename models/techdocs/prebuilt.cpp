// SPDX-License-Identifier: Apache-2.0
#include "techdocs/prebuilt.h"
#include "techdocs/pathguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace techdocs {

std::variant<SiteMetadata, Problem> parseMetadata(const QByteArray &json, const QString &file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return Problem{Problem::Kind::Error, file, line, 0, error.errorString()};
    }
    if (!doc.isObject())
        return Problem{Problem::Kind::Error, file, 1, 1, QStringLiteral("expected a JSON object")};
    const QJsonObject o = doc.object();
    SiteMetadata meta;
    if (!o.value(QLatin1String("site_name")).isString())
        return Problem{Problem::Kind::Error, file, 0, 0, QStringLiteral("site_name: required string")};
    meta.siteName = o.value(QLatin1String("site_name")).toString();
    meta.siteDescription = o.value(QLatin1String("site_description")).toString();
    meta.etag = o.value(QLatin1String("etag")).toString();
    meta.engine = o.value(QLatin1String("engine")).toString();
    if (o.contains(QLatin1String("build_timestamp")))
        meta.buildTimestamp = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("build_timestamp")).toDouble()), Qt::UTC);
    for (const auto &f : o.value(QLatin1String("files")).toArray())
        meta.files.append(f.toString());
    return meta;
}

std::variant<PrebuiltSite, Problem> PrebuiltSite::open(const QString &siteDir)
{
    QFile file(QDir(siteDir).filePath(QStringLiteral("techdocs_metadata.json")));
    if (!file.open(QIODevice::ReadOnly))
        return Problem{Problem::Kind::Error, file.fileName(), 0, 0, QStringLiteral("not a pre-built TechDocs site: %1").arg(file.errorString())};
    auto meta = parseMetadata(file.readAll(), QStringLiteral("techdocs_metadata.json"));
    if (auto *problem = std::get_if<Problem>(&meta))
        return *problem;
    PrebuiltSite site;
    site.m_root = QFileInfo(siteDir).canonicalFilePath();
    site.m_metadata = std::get<SiteMetadata>(std::move(meta));
    return site;
}

std::optional<QString> PrebuiltSite::filePath(const QString &url) const
{
    QString path = QUrl::fromPercentEncoding(url.toUtf8());
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty() || path.endsWith(u'/'))
        path += QStringLiteral("index.html");
    auto resolved = resolveInside(m_root, path);
    if (resolved && QFileInfo(*resolved).isDir())
        resolved = resolveInside(m_root, path + QStringLiteral("/index.html"));
    if (!resolved || !QFileInfo(*resolved).isFile())
        return std::nullopt;
    return resolved;
}

std::optional<QString> PrebuiltSite::page(const QString &url, const SanitizerOptions &options) const
{
    const auto path = filePath(url);
    if (!path || !path->endsWith(QLatin1String(".html")))
        return std::nullopt;
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return sanitizeDocument(QString::fromUtf8(file.readAll()), options);
}

} // namespace techdocs
