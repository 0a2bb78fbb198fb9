// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

namespace docsources {

/// Where docs that are not in a local folder are kept on this machine (never fetched from here).
struct Places {
    /// The TechDocs storage URL downloaded sites came from; asked only when neither a local folder nor the Git cache
    /// has the docs (it may read app-config files). Empty function or URL: no downloaded sites.
    std::function<QUrl()> storageUrl;
    /// Downloaded pre-built sites; MkDocs projects copied out of Git go to `<cacheRoot>/.git-docs`.
    QString cacheRoot;
    /// The sync's bare clones.
    QString gitCacheDir;
};

enum class Origin { None, Local, Git, Prebuilt };
/// "none", "local", "git", "prebuilt" (the CLI's JSON).
[[nodiscard]] QString originName(Origin origin);

struct Located {
    QString dir;           ///< empty: no docs on this machine (not synced, never downloaded) or `error`
    Origin origin = Origin::None;
    bool prebuilt = false; ///< `dir` holds built HTML (a downloaded site, or a local folder with techdocs_metadata.json)
    QString error;         ///< the docs are here but cannot be read (named in the message)
};

/// Where `entity`'s own docs (its backstage.io/techdocs-ref) are on this machine: a local folder, the MkDocs project
/// read out of the sync's Git clone, or a pre-built site an earlier download left in `places.cacheRoot`. Blocking
/// file I/O: call it on a worker thread.
[[nodiscard]] Located locateDocs(const QJsonObject &entity, const QString &file, const Places &places);

struct SiteRows {
    QString hash;                     ///< the content hash the index stores (pre-built: its build)
    QList<store::DocSection> sections;
    bool unchanged = false;           ///< `hash` equals the known one: nothing rendered, `sections` empty
    QString error;
};

/// The search rows of a located site (rendered MkDocs or extracted HTML, at most `maxPages` pages), or only its hash
/// when that equals `knownHash` (empty: always render).
[[nodiscard]] SiteRows siteRows(const Located &located, const QString &knownHash, int maxPages = 2000,
                                const std::atomic<bool> *cancel = nullptr);

} // namespace docsources
