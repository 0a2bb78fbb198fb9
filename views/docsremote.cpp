// SPDX-License-Identifier: Apache-2.0
#include "docsremote.h"

#include "sync/syncconfig.h"

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

QString backstageTokenFor(const QUrl &storageUrl, const QStringList &appConfigFiles)
{
    if (!storageUrl.isValid() || storageUrl.host().isEmpty())
        return {};
    const portolan::sync::SyncPlan plan = portolan::sync::loadPlan(appConfigFiles);
    for (const auto &instance : plan.backstages) {
        const QUrl base(instance.baseUrl);
        QString basePath = base.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
        if (base.scheme() == storageUrl.scheme() && base.host().compare(storageUrl.host(), Qt::CaseInsensitive) == 0
            && base.port(base.scheme() == u"https" ? 443 : 80) == storageUrl.port(storageUrl.scheme() == u"https" ? 443 : 80)
            && (basePath.isEmpty() || storageUrl.path() == basePath || storageUrl.path().startsWith(basePath + u'/'))
            && !instance.token.isEmpty())
            return instance.token;
    }
    return {};
}
