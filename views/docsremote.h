// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/appconfig.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

/// Where pre-built TechDocs sites are downloaded from (Backstage's TechDocs storage URL) and where the downloaded
/// copies are kept, for entities whose docs are not on this machine.
struct DocsRemoteSource {
    std::function<QUrl()> storageUrl; ///< looked up on every resolve (Settings may change); empty URL: none
    QString cacheRoot;
};

/// The storage URL Backstage's reader uses (plugins/techdocs client.ts): `techdocs.storageUrl`, else the TechDocs
/// backend's `<backend.baseUrl>/api/techdocs/static/docs`. Empty when neither is set.
[[nodiscard]] QUrl techdocsStorageUrl(const QJsonObject &appConfig);

/// `$PORTOLAN_TECHDOCS_URL` when set, else techdocsStorageUrl() of `appConfigFiles` merged as Backstage does.
[[nodiscard]] QUrl configuredTechdocsStorageUrl(const QStringList &appConfigFiles,
                                                const portolan::sync::EnvLookup &env = portolan::sync::systemEnv);
