// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "docsources/storageurl.h"
#include "sync/appconfig.h"

#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

/// Where pre-built TechDocs sites are downloaded from (Backstage's TechDocs storage URL) and where the downloaded
/// copies are kept, for entities whose docs are not on this machine.
struct DocsRemoteSource {
    /// Looked up on every resolve (Settings may change), on the worker thread that downloads: it may read
    /// app-config files. Empty URL: none.
    std::function<QUrl()> storageUrl;
    QString cacheRoot;
    /// The Backstage token for requests to `storageUrl` (worker thread; empty: none). Held in memory only.
    std::function<QString(const QUrl &storageUrl)> token;
    /// Where the sync keeps its bare clones: docs that live only in Git are read from there.
    QString gitCacheDir;
};

/// A list of app-config files any thread may read: the UI thread sets it from Settings (the catalog's settings
/// table, which only the UI thread's connection may query); the docs workers read it before reading the files.
class SharedFileList
{
public:
    void set(const QStringList &files)
    {
        QMutexLocker locker(&m_mutex);
        m_files = files;
    }
    [[nodiscard]] QStringList get() const
    {
        QMutexLocker locker(&m_mutex);
        return m_files;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_files;
};

/// The token of the `portolan.backstage` sync source (config, `${ENV}` substituted as the sync reads it) whose
/// baseUrl holds `storageUrl` (same scheme, host and port, path below it); empty when none matches.
[[nodiscard]] QString backstageTokenFor(const QUrl &storageUrl, const QStringList &appConfigFiles);

// The storage URL is worked out in models/docsources (shared with `portolan docs index`).
using docsources::configuredTechdocsStorageUrl;
using docsources::techdocsStorageUrl;
