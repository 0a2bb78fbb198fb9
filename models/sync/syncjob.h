// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"
#include "store/storetypes.h"
#include "sync/git.h"
#include "sync/syncconfig.h"

#include <QHash>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace portolan::sync {

/// One progress report about one source; what the CLI prints and the UI shows.
struct SyncEvent {
    enum class Phase { Queued, Connecting, Fetching, Reading, Writing, Done, Unchanged, Failed, Cancelled };
    QString source;
    Phase phase = Phase::Queued;
    qint64 objects = 0;
    qint64 totalObjects = 0;
    qint64 bytes = 0;
    int entities = 0;
    int problems = 0;
    QString message;

    [[nodiscard]] static QString phaseName(Phase phase);
};

using EventSink = std::function<void(const SyncEvent &)>;

/// Serialises work on one cache folder: two sources may follow Locations into the same repository.
class CacheLocks
{
public:
    [[nodiscard]] std::shared_ptr<QMutex> lockFor(const QString &dir);

private:
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<QMutex>> m_locks;
};

/// What a job needs besides its spec. Shared read-only between jobs except `locks`.
struct JobContext {
    QString cacheDir;
    const std::atomic_bool *cancelAll = nullptr;
    const std::atomic_bool *cancelThis = nullptr;
    EventSink sink;
    QList<HostCredential> credentials;
    SshSettings ssh;
    CatalogRules rules;
    CacheLocks *locks = nullptr;
    QString previousState;
    QHash<QString, std::pair<QString, QString>> previousCache;

    [[nodiscard]] bool cancelled() const
    {
        return (cancelAll && cancelAll->load()) || (cancelThis && cancelThis->load());
    }
};

/// What a job produced, for the writer: a new snapshot, "unchanged", or an error (old snapshot kept).
struct SourceOutcome {
    store::SourceInfo info;
    enum class Status { Updated, Unchanged, Failed, Cancelled } status = Status::Failed;
    QString error;
    GitError::Kind errorKind = GitError::None;
    catalog::ReadResult result;
    QString state;
    QHash<QString, std::pair<QString, QString>> cache;
};

[[nodiscard]] SourceOutcome syncRepository(const RepoSpec &spec, const JobContext &context);
[[nodiscard]] SourceOutcome syncBackstage(const BackstageSpec &spec, const JobContext &context);
[[nodiscard]] SourceOutcome syncFileLocation(const FileLocationSpec &spec, const JobContext &context);

/// The folder of a repository's bare clone in the cache.
[[nodiscard]] QString cacheFolder(const QString &cacheDir, const QString &url);

} // namespace portolan::sync
