// SPDX-License-Identifier: Apache-2.0
#include "sync/syncservice.h"

#include "store/catalogstore.h"
#include "sync/credentials.h"

#include <QDir>
#include <QMutex>
#include <QtConcurrent>

namespace portolan::sync {

SyncService::SyncService(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_engine(std::make_shared<SyncEngine *>(nullptr))
    , m_engineMutex(std::make_shared<QMutex>())
{
    m_timer.setInterval(m_interval * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
    m_timer.start();
}

SyncService::~SyncService()
{
    cancel();
    m_future.waitForFinished();
}

void SyncService::setIntervalMinutes(int minutes)
{
    if (minutes == m_interval || minutes <= 0)
        return;
    m_interval = minutes;
    m_timer.start(m_interval * 60 * 1000);
    Q_EMIT intervalChanged();
}

void SyncService::setIntervalForTesting(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

SyncPlan SyncService::plan() const
{
    SyncPlan plan = loadPlan(m_configFiles);
    for (const QString &folder : m_folders)
        plan.files.append({QDir(folder).absolutePath() + QStringLiteral("/**/catalog-info.yaml"), {}});
    return plan;
}

QList<store::SourceInfo> SyncService::plannedSources(QStringList *errors) const
{
    const SyncPlan planned = plan();
    if (errors)
        *errors = planned.errors;
    QList<store::SourceInfo> out;
    for (const auto &r : planned.repositories)
        out.append({u"git:" + r.name, QStringLiteral("git"), r.url + (r.branch.isEmpty() ? QString() : u'#' + r.branch)});
    for (const auto &b : planned.backstages)
        out.append({u"backstage:" + b.name, QStringLiteral("backstage"), b.baseUrl});
    for (const auto &f : planned.files)
        out.append({u"file:" + f.target, QStringLiteral("app-config-file"), f.target});
    return out;
}

QVariantList SyncService::sources() const
{
    store::CatalogStore catalog;
    QVariantList out;
    if (!catalog.open(m_databasePath).isEmpty())
        return out;
    for (const auto &s : catalog.sources()) {
        QVariantMap map = m_live.value(s.id);
        map.insert(QStringLiteral("id"), s.id);
        map.insert(QStringLiteral("kind"), s.kind);
        map.insert(QStringLiteral("target"), s.target);
        map.insert(QStringLiteral("lastSync"), s.lastSync);
        map.insert(QStringLiteral("lastError"), s.lastError);
        map.insert(QStringLiteral("lastErrorAt"), s.lastErrorAt);
        map.insert(QStringLiteral("entities"), s.entityCount);
        map.insert(QStringLiteral("problems"), s.diagnosticCount);
        out << map;
    }
    return out;
}

void SyncService::syncNow(const QStringList &sources)
{
    if (m_running)
        return;
    m_running = true;
    m_live.clear();
    Q_EMIT syncingChanged();
    SyncOptions options = m_options;
    options.sources = sources;
    const QString dbPath = m_databasePath;
    SyncPlan plan = this->plan();
    auto engineSlot = m_engine;
    auto mutex = m_engineMutex;
    m_future = QtConcurrent::run([this, options, dbPath, plan, engineSlot, mutex]() mutable {
        store::CatalogStore catalog;
        SyncReport report;
        if (const QString error = catalog.open(dbPath); !error.isEmpty()) {
            report.failed = 1;
            report.items.append({QStringLiteral("catalog"), SourceOutcome::Status::Failed, error});
        } else {
            TokenStore().fillPlan(plan);
            SyncEngine engine(catalog, plan, options);
            {
                QMutexLocker locker(mutex.get());
                *engineSlot = &engine;
            }
            // Queued onto the service's thread; the destructor waits for this job, so `this` outlives it.
            report = engine.run([this](const SyncEvent &event) {
                QMetaObject::invokeMethod(this, [this, event] { onEvent(event); }, Qt::QueuedConnection);
            });
            QMutexLocker locker(mutex.get());
            *engineSlot = nullptr;
        }
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
}

void SyncService::cancel()
{
    QMutexLocker locker(m_engineMutex.get());
    if (*m_engine)
        (*m_engine)->cancel();
}

void SyncService::cancelSource(const QString &sourceId)
{
    QMutexLocker locker(m_engineMutex.get());
    if (*m_engine)
        (*m_engine)->cancel(sourceId);
}

void SyncService::onEvent(const SyncEvent &event)
{
    const QString phase = SyncEvent::phaseName(event.phase);
    QVariantMap &live = m_live[event.source];
    live.insert(QStringLiteral("phase"), phase);
    live.insert(QStringLiteral("objects"), event.objects);
    live.insert(QStringLiteral("totalObjects"), event.totalObjects);
    live.insert(QStringLiteral("bytes"), event.bytes);
    Q_EMIT progress(event.source, phase, event.objects, event.totalObjects, event.bytes, event.message);
    if (event.phase == SyncEvent::Phase::Done || event.phase == SyncEvent::Phase::Unchanged
        || event.phase == SyncEvent::Phase::Failed || event.phase == SyncEvent::Phase::Cancelled) {
        Q_EMIT sourceFinished(event.source, event.phase == SyncEvent::Phase::Done || event.phase == SyncEvent::Phase::Unchanged,
                              event.message);
        Q_EMIT sourcesChanged();
    }
}

void SyncService::onFinished(const SyncReport &report)
{
    m_running = false;
    if (report.updated + report.unchanged > 0)
        m_lastSync = QDateTime::currentDateTimeUtc();
    if (m_offline != report.offline) {
        m_offline = report.offline;
        Q_EMIT offlineChanged();
    }
    Q_EMIT syncingChanged();
    Q_EMIT sourcesChanged();
    Q_EMIT finished(report.exitCode());
}

} // namespace portolan::sync
