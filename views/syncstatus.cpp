// SPDX-License-Identifier: Apache-2.0
#include "syncstatus.h"

#include "catalogbackend.h"
#include "sync/syncservice.h"

#include <QLocale>

#include <algorithm>

namespace {
SyncStatus *s_instance = nullptr;
const QString kIntervalKey = QStringLiteral("sync.intervalMinutes");

bool isSyncKind(const QString &kind)
{
    return kind == u"git" || kind == u"backstage" || kind == u"app-config-file";
}
} // namespace

SyncStatus::SyncStatus(portolan::sync::SyncService *service, CatalogBackend *catalog)
    : m_service(service), m_catalog(catalog)
{
    if (m_service) {
        connect(m_service, &portolan::sync::SyncService::progress, this,
                [this](const QString &source, const QString &phase, qint64 objects, qint64 total, qint64, const QString &) {
                    onProgress(source, phase, objects, total);
                });
        connect(m_service, &portolan::sync::SyncService::finished, this, &SyncStatus::onFinished);
        connect(m_service, &portolan::sync::SyncService::syncingChanged, this, [this] {
            if (m_service->isSyncing()) { // also the scheduled syncs: the previous run's phases are history
                m_model.clearProgress();
                m_current.clear();
            }
            Q_EMIT syncingChanged();
            Q_EMIT statusTextChanged();
        });
        connect(m_service, &portolan::sync::SyncService::offlineChanged, this, &SyncStatus::offlineChanged);
        connect(m_service, &portolan::sync::SyncService::offlineChanged, this, &SyncStatus::statusTextChanged);
        connect(m_service, &portolan::sync::SyncService::intervalChanged, this, &SyncStatus::intervalChanged);
        // A source that finished is written: show its new state at once, not only when the whole sync ends.
        connect(m_service, &portolan::sync::SyncService::sourceFinished, this, &SyncStatus::refreshState);
        if (const int stored = m_catalog->store()->setting(kIntervalKey).toInt(); stored > 0)
            m_service->setIntervalMinutes(stored);
    }
    reload();
}

SyncStatus *SyncStatus::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncStatus::setInstance(SyncStatus *instance)
{
    s_instance = instance;
}

bool SyncStatus::syncing() const
{
    return m_service && m_service->isSyncing();
}

bool SyncStatus::offline() const
{
    return m_service && m_service->isOffline();
}

int SyncStatus::intervalMinutes() const
{
    return m_service ? m_service->intervalMinutes() : 30;
}

void SyncStatus::setIntervalMinutes(int minutes)
{
    if (!m_service || minutes <= 0 || minutes == m_service->intervalMinutes())
        return;
    m_service->setIntervalMinutes(minutes);
    (void)m_catalog->store()->setSetting(kIntervalKey, QString::number(minutes));
}

QDateTime SyncStatus::lastSync() const
{
    QDateTime newest;
    for (const auto &row : m_model.rows()) {
        if (row.lastSync.isValid() && (!newest.isValid() || row.lastSync > newest))
            newest = row.lastSync;
    }
    return newest;
}

void SyncStatus::setConfiguredSources(const QVariantList &configured)
{
    if (!m_service)
        return;
    QStringList files;
    QStringList folders;
    for (const QVariant &source : configured) {
        const QVariantMap map = source.toMap();
        (map.value(QStringLiteral("kind")).toString() == u"app-config" ? files : folders) << map.value(QStringLiteral("path")).toString();
    }
    m_service->setConfigFiles(files);
    m_service->setFolders(folders);
    reload();
}

void SyncStatus::reload()
{
    m_planned.clear();
    m_configErrors.clear();
    if (m_service)
        m_planned = m_service->plannedSources(&m_configErrors);
    refreshState();
}

void SyncStatus::refreshState()
{
    QString reason;
    QList<SyncSourceModel::Row> rows;
    if (!m_service) {
        reason = tr("Sync needs a catalog file; this catalog is in memory only.", "@info:status");
    } else {
        const QList<store::SourceInfo> stored = m_catalog->store()->sources();
        auto storedFor = [&stored](const QString &id) {
            for (const auto &s : stored) {
                if (s.id == id)
                    return s;
            }
            return store::SourceInfo{};
        };
        for (const auto &p : std::as_const(m_planned)) {
            const store::SourceInfo s = storedFor(p.id);
            rows.append({p.id, p.kind, p.target, s.lastSync, s.entityCount, s.lastError, s.lastErrorAt, {}, 0, 0, true});
        }
        for (const auto &s : stored) {
            const bool listed = std::any_of(m_planned.cbegin(), m_planned.cend(), [&s](const auto &p) { return p.id == s.id; });
            if (isSyncKind(s.kind) && !listed)
                rows.append({s.id, s.kind, s.target, s.lastSync, s.entityCount, s.lastError, s.lastErrorAt, {}, 0, 0, false});
        }
        if (m_planned.isEmpty())
            reason = tr("No sync sources configured: add an app-config.yaml or a repository folder in Settings.", "@info:status");
    }
    m_model.setRows(rows);
    // Also tells QML that configErrors may have changed.
    m_reason = reason;
    Q_EMIT availableChanged();
    Q_EMIT sourcesUpdated();
    Q_EMIT statusTextChanged();
}

void SyncStatus::syncNow()
{
    if (!available() || syncing())
        return;
    m_service->syncNow();
}

void SyncStatus::syncSource(const QString &sourceId)
{
    if (!available() || syncing())
        return;
    m_service->syncNow({sourceId});
}

void SyncStatus::cancel()
{
    if (m_service)
        m_service->cancel();
}

void SyncStatus::cancelSource(const QString &sourceId)
{
    if (m_service)
        m_service->cancelSource(sourceId);
}

void SyncStatus::onProgress(const QString &source, const QString &phase, qint64 objects, qint64 totalObjects)
{
    m_model.setProgress(source, phase, objects, totalObjects);
    // The line follows the source that reported last while it is still running.
    if (SyncSourceModel::isActive(phase) && phase != u"queued")
        m_current = source;
    Q_EMIT statusTextChanged();
}

void SyncStatus::onFinished(int exitCode)
{
    m_current.clear();
    reload();
    // The service wrote the catalog file through its own connection: every view re-reads it.
    if (m_catalog)
        Q_EMIT m_catalog->catalogChanged();
    Q_EMIT syncFinished(exitCode);
}

QString SyncStatus::statusText() const
{
    if (!available())
        return m_reason;
    if (!syncing()) {
        if (offline())
            return tr("Offline: no source could be reached; the catalog shows the last synced state.", "@info:status");
        const QDateTime last = lastSync();
        return last.isValid() ? tr("Synced %1", "@info:status").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
                              : tr("Not synced yet", "@info:status");
    }
    int running = 0;
    int done = 0;
    int total = 0;
    const SyncSourceModel::Row *current = nullptr;
    for (const auto &row : m_model.rows()) {
        if (row.phase.isEmpty())
            continue;
        ++total;
        if (SyncSourceModel::isActive(row.phase)) {
            if (row.phase != u"queued")
                ++running;
        } else {
            ++done;
        }
        if (row.id == m_current)
            current = &row;
    }
    if (!current || !SyncSourceModel::isActive(current->phase)) {
        for (const auto &row : m_model.rows()) {
            if (SyncSourceModel::isActive(row.phase) && row.phase != u"queued") {
                current = &row;
                break;
            }
        }
    }
    if (!current)
        return tr("Syncing…", "@info:status");
    const QString name = current->id.section(u':', 1);
    QString text;
    if (current->phase == u"fetching" && current->totalObjects > 0)
        text = tr("Syncing %1: fetching %2/%3 objects…", "@info:status").arg(name).arg(current->objects).arg(current->totalObjects);
    else if (current->phase == u"fetching" || current->phase == u"connecting")
        text = tr("Syncing %1: connecting…", "@info:status").arg(name);
    else if (current->phase == u"reading")
        text = tr("Syncing %1: reading catalog files…", "@info:status").arg(name);
    else
        text = tr("Syncing %1: saving…", "@info:status").arg(name);
    if (total > 1)
        text += u' ' + tr("(%1 of %2 sources done)", "@info:status").arg(done).arg(total);
    return text;
}

double SyncStatus::progress() const
{
    double sum = 0;
    int total = 0;
    for (const auto &row : m_model.rows()) {
        if (row.phase.isEmpty())
            continue;
        ++total;
        if (!SyncSourceModel::isActive(row.phase))
            sum += 1.0;
        else if (row.phase == u"fetching" && row.totalObjects > 0)
            sum += 0.8 * double(row.objects) / double(row.totalObjects);
        else if (row.phase == u"reading" || row.phase == u"writing")
            sum += 0.9;
    }
    return total == 0 ? 0.0 : sum / total;
}
