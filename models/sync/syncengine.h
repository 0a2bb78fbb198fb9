// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncjob.h"

#include <QMutex>
#include <QSet>

#include <atomic>
#include <map>

namespace store {
class CatalogStore;
}

namespace portolan::sync {

struct SyncOptions {
    QString cacheDir;      ///< bare clones live here (default: <XDG cache>/portolan/git)
    int parallel = 4;      ///< sources synced at once
    QStringList sources;   ///< only these source ids or names (empty: all)
    /// Forget git/backstage/app-config sources that are no longer configured (only when syncing all).
    bool pruneRemoved = true;
};

/// How a sync run went, per source and overall.
struct SyncReport {
    struct Item {
        QString source;
        SourceOutcome::Status status;
        QString error;
        int entities = 0;
        int problems = 0;
        GitError::Kind errorKind = GitError::None;
    };
    QList<Item> items;
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    int cancelled = 0;
    bool offline = false; ///< nothing could be reached (every failure was a network one)

    /// 0 all fine, 1 some failed, 2 nothing synced.
    [[nodiscard]] int exitCode() const;
};

/// Runs a plan: sources in parallel (bounded) on a thread pool, results written into the store by the calling
/// thread as they arrive, each source in one transaction. A failed or cancelled source keeps its last good
/// snapshot and gets the error recorded with the time.
class SyncEngine
{
public:
    SyncEngine(store::CatalogStore &store, SyncPlan plan, SyncOptions options);

    /// Blocks until every source is done. `sink` is called from worker threads (serialised).
    SyncReport run(const EventSink &sink);

    /// Thread-safe: stop everything, or one source.
    void cancel();
    void cancel(const QString &sourceId);

    [[nodiscard]] static QString defaultCacheDir();

private:
    void write(SourceOutcome &outcome, SyncReport &report, const EventSink &sink);

    store::CatalogStore &m_store;
    SyncPlan m_plan;
    SyncOptions m_options;
    std::atomic_bool m_cancelAll{false};
    std::map<QString, std::atomic_bool> m_cancel;
    CacheLocks m_locks;
};

} // namespace portolan::sync
