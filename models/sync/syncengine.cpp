// SPDX-License-Identifier: Apache-2.0
#include "sync/syncengine.h"

#include "store/catalogstore.h"

#include <QFuture>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

namespace portolan::sync {

QString SyncEvent::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Queued: return QStringLiteral("queued");
    case Phase::Connecting: return QStringLiteral("connecting");
    case Phase::Fetching: return QStringLiteral("fetching");
    case Phase::Reading: return QStringLiteral("reading");
    case Phase::Writing: return QStringLiteral("writing");
    case Phase::Done: return QStringLiteral("done");
    case Phase::Unchanged: return QStringLiteral("unchanged");
    case Phase::Failed: return QStringLiteral("failed");
    case Phase::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::shared_ptr<QMutex> CacheLocks::lockFor(const QString &dir)
{
    QMutexLocker locker(&m_mutex);
    auto &lock = m_locks[dir];
    if (!lock)
        lock = std::make_shared<QMutex>();
    return lock;
}

int SyncReport::exitCode() const
{
    if (updated + unchanged == 0)
        return 2;
    return failed + cancelled > 0 ? 1 : 0;
}

SyncEngine::SyncEngine(store::CatalogStore &store, SyncPlan plan, SyncOptions options)
    : m_store(store), m_plan(std::move(plan)), m_options(std::move(options))
{
    if (m_options.cacheDir.isEmpty())
        m_options.cacheDir = defaultCacheDir();
    for (const QString &id : m_plan.sourceIds())
        m_cancel[id] = false;
}

QString SyncEngine::defaultCacheDir()
{
    const QString fromEnv = qEnvironmentVariable("PORTOLAN_CACHE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/portolan/git");
}

void SyncEngine::cancel()
{
    m_cancelAll = true;
}

void SyncEngine::cancel(const QString &sourceId)
{
    if (auto it = m_cancel.find(sourceId); it != m_cancel.end())
        it->second = true;
}

void SyncEngine::write(SourceOutcome &outcome, SyncReport &report, const EventSink &sink)
{
    SyncReport::Item item{outcome.info.id, outcome.status, outcome.error, int(outcome.result.entities.size()),
                          int(outcome.result.diagnostics.size()), outcome.errorKind};
    SyncEvent event{outcome.info.id, SyncEvent::Phase::Done, 0, 0, 0, item.entities, item.problems, {}};
    switch (outcome.status) {
    case SourceOutcome::Status::Updated: {
        sink({outcome.info.id, SyncEvent::Phase::Writing, 0, 0, 0, item.entities, item.problems, {}});
        QString error = m_store.replaceSnapshot(outcome.info, outcome.result);
        if (error.isEmpty()) {
            // After the snapshot: a crash in between only costs a re-read next time.
            if (!outcome.state.isEmpty())
                error = m_store.setSyncState(outcome.info.id, outcome.state);
            if (error.isEmpty() && outcome.info.kind == u"git")
                error = m_store.replaceParseCache(outcome.info.id, outcome.cache);
            ++report.updated;
            if (!error.isEmpty())
                event.message = QStringLiteral("snapshot written; sync bookkeeping failed: %1").arg(error);
        } else {
            item.status = SourceOutcome::Status::Failed;
            item.error = QStringLiteral("could not write the catalog: %1").arg(error);
            (void)m_store.recordSourceError(outcome.info, item.error);
            event.phase = SyncEvent::Phase::Failed;
            event.message = item.error;
            ++report.failed;
        }
        break;
    }
    case SourceOutcome::Status::Unchanged:
        (void)m_store.markSourceSynced(outcome.info);
        event.phase = SyncEvent::Phase::Unchanged;
        ++report.unchanged;
        break;
    case SourceOutcome::Status::Failed:
    case SourceOutcome::Status::Cancelled: {
        const bool cancelled = outcome.status == SourceOutcome::Status::Cancelled;
        (void)m_store.recordSourceError(outcome.info, cancelled ? QStringLiteral("sync cancelled") : outcome.error);
        event.phase = cancelled ? SyncEvent::Phase::Cancelled : SyncEvent::Phase::Failed;
        event.message = outcome.error;
        ++(cancelled ? report.cancelled : report.failed);
        break;
    }
    }
    report.items.append(item);
    sink(event);
}

SyncReport SyncEngine::run(const EventSink &sink)
{
    QMutex sinkMutex;
    const EventSink serialised = [&](const SyncEvent &event) {
        QMutexLocker locker(&sinkMutex);
        if (sink)
            sink(event);
    };
    const auto wanted = [this](const QString &id) {
        if (m_options.sources.isEmpty())
            return true;
        const QString name = id.section(u':', 1);
        return m_options.sources.contains(id) || m_options.sources.contains(name);
    };
    JobContext base;
    base.cacheDir = m_options.cacheDir;
    base.cancelAll = &m_cancelAll;
    base.sink = serialised;
    base.credentials = m_plan.credentials;
    base.ssh = m_plan.ssh;
    base.rules = m_plan.rules;
    base.locks = &m_locks;

    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, m_options.parallel));
    QList<QFuture<SourceOutcome>> futures;
    QList<std::shared_ptr<JobContext>> contexts; // alive until every job is done
    auto start = [&](const QString &id, auto job) {
        auto context = std::make_shared<JobContext>(base);
        context->cancelThis = &m_cancel[id];
        context->previousState = m_store.syncState(id);
        if (id.startsWith(QLatin1String("git:")))
            context->previousCache = m_store.parseCache(id);
        contexts << context;
        serialised({id, SyncEvent::Phase::Queued, 0, 0, 0, 0, 0, {}});
        futures << QtConcurrent::run(&pool, [context, job] { return job(*context); });
    };
    for (const auto &repo : std::as_const(m_plan.repositories)) {
        if (wanted(u"git:" + repo.name))
            start(u"git:" + repo.name, [repo](const JobContext &c) { return syncRepository(repo, c); });
    }
    for (const auto &instance : std::as_const(m_plan.backstages)) {
        if (wanted(u"backstage:" + instance.name))
            start(u"backstage:" + instance.name, [instance](const JobContext &c) { return syncBackstage(instance, c); });
    }
    for (const auto &file : std::as_const(m_plan.files)) {
        if (wanted(u"file:" + file.target))
            start(u"file:" + file.target, [file](const JobContext &c) { return syncFileLocation(file, c); });
    }

    SyncReport report;
    QList<bool> written(futures.size(), false);
    for (qsizetype remaining = futures.size(); remaining > 0;) {
        for (qsizetype i = 0; i < futures.size(); ++i) {
            if (written.at(i) || !futures.at(i).isFinished())
                continue;
            SourceOutcome outcome = futures[i].result();
            write(outcome, report, serialised);
            written[i] = true;
            --remaining;
        }
        if (remaining > 0)
            QThread::msleep(5);
    }

    if (m_options.pruneRemoved && m_options.sources.isEmpty() && m_plan.errors.isEmpty()) {
        const QStringList configured = m_plan.sourceIds();
        for (const auto &source : m_store.sources()) {
            const bool ours = source.kind == u"git" || source.kind == u"backstage" || source.kind == u"app-config-file";
            if (ours && !configured.contains(source.id))
                (void)m_store.removeSource(source.id);
        }
    }
    // Offline: something was tried, nothing answered, and every failure was about reaching the server.
    report.offline = report.failed > 0 && report.updated + report.unchanged == 0;
    for (const auto &item : std::as_const(report.items)) {
        if (item.status == SourceOutcome::Status::Failed && item.errorKind != GitError::Network
            && item.errorKind != GitError::UnknownHost)
            report.offline = false;
    }
    return report;
}

} // namespace portolan::sync
