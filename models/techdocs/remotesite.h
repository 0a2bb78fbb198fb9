// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/prebuilt.h"
#include "techdocs/problem.h"

#include <QString>
#include <QUrl>
#include <optional>
#include <variant>

namespace techdocs {

/// Where a pre-built site fetched over HTTP(S) is kept, and how it got there.
struct RemoteSiteCopy {
    QString siteDir;         ///< the cached copy: open it with PrebuiltSite::open
    bool offline = false;    ///< the server could not be reached: this is the copy of an earlier download
    QString warning;         ///< why the copy may be stale (the network error), empty when it is current
    int filesDownloaded = 0; ///< 0 when the published site had not changed
    SiteMetadata metadata;
};

struct RemoteFetchOptions {
    int timeoutMs = 15000;  ///< per request
    int parallel = 4;       ///< requests in flight
    qint64 maxBytes = 512LL * 1024 * 1024; ///< refuse sites larger than this
    /// Sent as `Authorization: Bearer` with every request (a Backstage instance's token); never logged or stored.
    QString bearerToken;
};

/// Where fetchPrebuiltSite keeps the copy of `storagePath` downloaded from `baseUrl`.
[[nodiscard]] QString prebuiltCacheDir(const QUrl &baseUrl, const QString &storagePath, const QString &cacheRoot);

/// The copy an earlier fetchPrebuiltSite left in the cache, without asking the server; nullopt when there is none.
[[nodiscard]] std::optional<RemoteSiteCopy> cachedPrebuiltSite(const QUrl &baseUrl, const QString &storagePath,
                                                               const QString &cacheRoot);

/// Brings the pre-built site of `storagePath` ("<namespace>/<kind>/<name>", see storagePath()) published under the
/// HTTP(S) `baseUrl` (TechDocs' publisher layout: `<base>/<storagePath>/techdocs_metadata.json` plus every file its
/// `files` list names) into `<cacheRoot>/<host>/<storagePath>` for offline reading. Revalidates with the stored
/// ETag (If-None-Match) and skips the download when build_timestamp and etag are unchanged; a new build is
/// downloaded beside the copy and swapped in whole. When the server is unreachable an earlier copy is returned
/// with `offline` set. Blocking (runs its own event loop): call it on a worker thread.
[[nodiscard]] std::variant<RemoteSiteCopy, Problem> fetchPrebuiltSite(const QUrl &baseUrl, const QString &storagePath,
                                                                      const QString &cacheRoot,
                                                                      const RemoteFetchOptions &options = {});

} // namespace techdocs
