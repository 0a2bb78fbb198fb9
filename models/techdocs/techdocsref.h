// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/problem.h"

#include <QJsonObject>
#include <QString>
#include <variant>

namespace techdocs {

/// `backstage.io/techdocs-ref: dir:<path>` resolved to a local folder.
struct LocalDocs {
    QString projectDir; ///< canonical
};
/// `url:<tree URL>` or a dir: against a URL source location: the sync layer fetches it.
struct RemoteDocs {
    QString url;
};

using TechDocsRef = std::variant<LocalDocs, RemoteDocs, Problem>;

/// Resolves the annotation as techdocs-node's getLocationForEntity does. `sourceLocation` is the entity's
/// `backstage.io/source-location` (else `managed-by-location`) value, e.g. "file:/repo/catalog-info.yaml",
/// "url:https://host/o/r/tree/main/" or "dir:/repo/". A dir: against a file location must stay inside the
/// entity file's folder (resolveSafeChildPath), symlinks included.
[[nodiscard]] TechDocsRef resolveTechDocsRef(const QString &annotation, const QString &sourceLocation,
                                             const QString &entityName = {});

/// Resolves an entity's docs: its `backstage.io/techdocs-ref` against `backstage.io/source-location`, else
/// `managed-by-location`, else `file:<file the entity was read from>`. A Problem when the annotation is missing.
[[nodiscard]] TechDocsRef resolveEntityDocs(const QJsonObject &entity, const QString &file);

/// Storage path of a pre-built site for an entity: "<namespace>/<kind>/<name>", lowercased unless
/// `caseSensitive` (techdocs.legacyUseCaseSensitiveTripletPaths).
[[nodiscard]] QString storagePath(const QString &ns, const QString &kind, const QString &name, bool caseSensitive = false);
/// The same for an entity's JSON (its kind, metadata.namespace or "default", metadata.name).
[[nodiscard]] QString storagePath(const QJsonObject &entity, bool caseSensitive = false);

} // namespace techdocs
