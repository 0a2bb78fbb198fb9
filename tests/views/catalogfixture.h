// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/reader.h"
#include "store/catalogstore.h"

#include <QTest>

/// A real store holding the bundled demo catalog (45 entities, Acme Payments), read by the real reader.
/// In memory unless `path` names a file (which other threads can open too).
inline QString loadDemoCatalog(store::CatalogStore &store, const QString &path = QStringLiteral(":memory:"))
{
    const QString error = store.open(path);
    if (!error.isEmpty())
        return error;
    catalog::Reader reader;
    const catalog::ReadResult result =
        reader.readPaths({QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")});
    return store.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("all.yaml")}, result);
}
