// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/appconfig.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace docsources {

/// The storage URL Backstage's reader uses (plugins/techdocs client.ts): `techdocs.storageUrl`, else the TechDocs
/// backend's `<backend.baseUrl>/api/techdocs/static/docs`. Empty when neither is set.
[[nodiscard]] QUrl techdocsStorageUrl(const QJsonObject &appConfig);

/// `$PORTOLAN_TECHDOCS_URL` when set, else techdocsStorageUrl() of `appConfigFiles` merged as Backstage does.
[[nodiscard]] QUrl configuredTechdocsStorageUrl(const QStringList &appConfigFiles,
                                                const portolan::sync::EnvLookup &env = portolan::sync::systemEnv);

} // namespace docsources
