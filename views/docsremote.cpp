// SPDX-License-Identifier: Apache-2.0
#include "docsremote.h"

#include "sync/syncconfig.h"

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
