// SPDX-License-Identifier: Apache-2.0
#include "storageurl.h"

namespace docsources {
namespace {

QUrl httpUrl(const QString &text)
{
    const QUrl url(text.trimmed());
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") ? url : QUrl();
}

} // namespace

QUrl techdocsStorageUrl(const QJsonObject &appConfig)
{
    const QString storage = appConfig.value(QLatin1String("techdocs")).toObject().value(QLatin1String("storageUrl")).toString();
    if (!storage.isEmpty())
        return httpUrl(storage);
    // Backstage's discovery puts every backend plugin at <backend.baseUrl>/api/<plugin id>.
    QString backend = appConfig.value(QLatin1String("backend")).toObject().value(QLatin1String("baseUrl")).toString();
    if (backend.isEmpty())
        return {};
    while (backend.endsWith(u'/'))
        backend.chop(1);
    return httpUrl(backend + QStringLiteral("/api/techdocs/static/docs"));
}

QUrl configuredTechdocsStorageUrl(const QStringList &appConfigFiles, const portolan::sync::EnvLookup &env)
{
    if (const auto explicitUrl = env(QStringLiteral("PORTOLAN_TECHDOCS_URL")); explicitUrl && !explicitUrl->isEmpty())
        return httpUrl(*explicitUrl);
    if (appConfigFiles.isEmpty())
        return {};
    return techdocsStorageUrl(portolan::sync::loadAppConfig(appConfigFiles, env).data);
}

} // namespace docsources
