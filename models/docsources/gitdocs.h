// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace store {
class CatalogStore;
struct EntityRow;
}

namespace docsources {

/// TechDocs that live only in Git: a `url:` techdocs-ref (or a `dir:` one against a url source location) names a
/// folder in a repository the sync keeps a bare clone of. The MkDocs project is read from that clone's tree (no
/// network, no checkout) and written to `outRoot` so the renderer and the search index can open it like a local
/// project; the copy is rewritten only when the synced commit changes. Only what MkDocs reads is copied: the
/// config, the files next to it and its docs_dir. Blocking file I/O: call it on a worker thread.
struct GitDocsCopy {
    QString projectDir;
    QString commit;
};

/// nullopt with `error` empty: the repository is not in the Git cache (never synced); with `error` set: it is, but
/// the folder could not be read (named in the message).
[[nodiscard]] std::optional<GitDocsCopy> materializeGitDocs(const QString &docsUrl, const QString &gitCacheDir,
                                                            const QString &outRoot, QString *error);

/// `backstage.io/techdocs-entity`: the entity whose docs this one shows, as Backstage's buildTechDocsURL reads it
/// (parseEntityRef: the kind is required, the namespace defaults to "default"). Empty when absent or unparsable
/// (then, as in Backstage, the entity's own docs apply).
[[nodiscard]] QString techdocsEntityRef(const QJsonObject &entity);
/// `backstage.io/techdocs-entity-path`: the page of the referenced docs to open, site-relative ("guide/"); empty
/// when absent.
[[nodiscard]] QString techdocsEntityPath(const QJsonObject &entity);

/// The entity whose docs `ref` shows: itself, or where its techdocs-entity chain leads (at most 4 hops; a cycle or
/// a target missing from the catalog is an error naming the annotation). nullopt when `ref` is not in the catalog.
[[nodiscard]] std::optional<store::EntityRow> docsOwner(const store::CatalogStore &store, const QString &ref, QString *error);

} // namespace docsources
