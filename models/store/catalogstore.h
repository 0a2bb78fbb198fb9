// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"
#include "store/storetypes.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace store {

/// The local catalog: one SQLite file (WAL) holding a snapshot per source, relations, diagnostics and an FTS5
/// index. The only code that talks SQL. An instance owns one connection and belongs to the thread that opened
/// it; open another instance on the same file for another thread (one writer, many readers).
class CatalogStore
{
public:
    CatalogStore();
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    /// Where the catalog lives by default: <XDG data>/portolan/catalog.sqlite (or $PORTOLAN_DB).
    [[nodiscard]] static QString defaultPath();

    /// Opens (creating and migrating as needed). Returns an empty string, or what went wrong.
    [[nodiscard]] QString open(const QString &path);
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString path() const { return m_path; }

    /// Replaces everything `source` contributed by `result`, in one transaction: readers see the old snapshot
    /// or the new one, never half; a crash leaves the old one. Entity refs already provided by another source
    /// stay with that source (first claimant wins) and are reported as diagnostics of this source.
    /// Returns an empty string on success.
    [[nodiscard]] QString replaceSnapshot(const SourceInfo &source, const catalog::ReadResult &result);
    /// Records a failed sync without touching the source's last good snapshot.
    [[nodiscard]] QString recordSourceError(const SourceInfo &source, const QString &error);
    [[nodiscard]] QString removeSource(const QString &sourceId);
    /// Marks a source synced now (clearing its error) without touching its snapshot: nothing changed upstream.
    [[nodiscard]] QString markSourceSynced(const SourceInfo &source);

    /// Sync bookkeeping (see models/sync): an opaque state per source, written after its snapshot.
    [[nodiscard]] QString syncState(const QString &sourceId) const;
    [[nodiscard]] QString setSyncState(const QString &sourceId, const QString &state);
    /// Parsed catalog roots of a source: root -> (dependencies, serialized result).
    [[nodiscard]] QHash<QString, std::pair<QString, QString>> parseCache(const QString &sourceId) const;
    /// Replaces the source's parse cache with `entries`, in one transaction.
    [[nodiscard]] QString replaceParseCache(const QString &sourceId,
                                            const QHash<QString, std::pair<QString, QString>> &entries);

    [[nodiscard]] std::optional<EntityRow> entity(const QString &ref) const;
    [[nodiscard]] QList<EntityRow> search(const Query &query) const;
    /// Entities carrying the annotation `key` (e.g. backstage.io/techdocs-ref), with data, ordered by name.
    [[nodiscard]] QList<EntityRow> withAnnotation(const QString &key) const;
    [[nodiscard]] int count(const Query &query) const;
    /// Counts per facet value; each facet is counted under all filters but its own.
    [[nodiscard]] Facets facets(const Query &query, const QStringList &names = facetNames()) const;
    [[nodiscard]] int entityCount() const;
    /// Refs of the entities called `name` (any kind, any namespace when `nameSpace` is empty), case-insensitively.
    [[nodiscard]] QStringList refsNamed(const QString &name, const QString &nameSpace = {}) const;

    /// Relations whose source is `ref`, distinct, ordered by type then target (as Backstage stitches them).
    [[nodiscard]] QList<catalog::Relation> relationsFrom(const QString &ref) const;
    /// Relations pointing at `ref`.
    [[nodiscard]] QList<catalog::Relation> relationsTo(const QString &ref) const;

    [[nodiscard]] QList<SourceInfo> sources() const;

    /// A cached value of a live lookup (e.g. kind "k8s", key the entity ref), with when it was stored.
    struct CachedValue {
        QByteArray value;
        QDateTime updatedAt;
    };
    [[nodiscard]] std::optional<CachedValue> cached(const QString &kind, const QString &key) const;
    [[nodiscard]] QString putCached(const QString &kind, const QString &key, const QByteArray &value);
    [[nodiscard]] QList<catalog::Diagnostic> diagnostics(const QString &sourceId = {}) const;

    /// Keeps a scorecard snapshot for trends. One per rule set and catalog sync: scoring again before the next
    /// sync replaces that sync's snapshot. `ruleSet` names the rules (name and digest) so trends compare like
    /// with like. Returns an empty string on success.
    [[nodiscard]] QString recordScoreSnapshot(const QString &ruleSet, const QList<ScoreTally> &tallies,
                                              const QDateTime &takenAt = QDateTime::currentDateTimeUtc());
    /// The trend of one scope/key under a rule set, oldest first, at most `limit` newest points.
    [[nodiscard]] QList<ScorePoint> scoreHistory(const QString &ruleSet, const QString &scope, const QString &key,
                                                 int limit = 30) const;
    /// Every entity's listing columns (no JSON, `data` stays empty; tags filled), for views that sort and
    /// filter in memory. Ordered by id.
    [[nodiscard]] QList<EntityRow> listRows() const;
    /// Ids of the entities whose indexed text matches `text` (prefix terms, all must match).
    [[nodiscard]] QSet<qint64> matchingIds(const QString &text) const;

    /// Starred entity refs (kept across snapshots: a ref that comes back is starred again).
    [[nodiscard]] QStringList starredRefs() const;
    [[nodiscard]] QString setStarred(const QString &ref, bool starred);
    /// Small per-user settings (identity, theme, configured sources); empty when unset.
    [[nodiscard]] QString setting(const QString &key) const;
    [[nodiscard]] QString setSetting(const QString &key, const QString &value);

    /// TechDocs search (docsindex.cpp). Replaces everything indexed for `entityRef` by `sections` in one
    /// transaction (searches see the old rows or the new ones) and records `contentHash`.
    [[nodiscard]] QString replaceDocsIndex(const QString &entityRef, const QString &contentHash,
                                           const QList<DocSection> &sections);
    [[nodiscard]] QString removeDocsIndex(const QString &entityRef);
    /// What `entityRef`'s index was built from; nullopt when it has none.
    [[nodiscard]] std::optional<DocsIndexInfo> docsIndexInfo(const QString &entityRef) const;
    /// Sections matching `text` (every word a prefix term, all must match), best first (bm25: headings weigh
    /// most, then page titles, then text); `entityRef` restricts the search to one entity's docs.
    [[nodiscard]] QList<DocsHit> searchDocs(const QString &text, int limit = 20, const QString &entityRef = {}) const;

    [[nodiscard]] QString lastError() const { return m_lastError; }

private:
    [[nodiscard]] QSqlDatabase db() const;
    QString upsertSource(const SourceInfo &source, bool success, const QString &error);
    /// A prepared statement for `sql`, kept for this connection: search and facets run the same few shapes
    /// on every keystroke, and preparing them cost as much as running them on small catalogs.
    /// Callers finish() it after reading, so no read transaction outlives the call.
    [[nodiscard]] QSqlQuery &statement(const QString &sql) const;
    /// Binds `values` in order and executes; records the error.
    bool run(QSqlQuery &q, const QVariantList &values) const;

    QString m_connection;
    QString m_path;
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable QString m_lastError;
};

} // namespace store
