// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncengine.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>
#include <QVariantList>

#include <chrono>
#include <memory>

namespace portolan::sync {

/// The sync as the desktop app sees it: runs off the UI thread (its own store connection), reports per-source
/// progress, can be cancelled as a whole or per source, and repeats on a schedule (default 30 min).
class SyncService : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool syncing READ isSyncing NOTIFY syncingChanged)
    Q_PROPERTY(bool offline READ isOffline NOTIFY offlineChanged)
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY finished)
    Q_PROPERTY(int intervalMinutes READ intervalMinutes WRITE setIntervalMinutes NOTIFY intervalChanged)
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)

public:
    explicit SyncService(QString databasePath, QObject *parent = nullptr);
    ~SyncService() override;

    /// app-config files (Backstage order); the Portolan config file is always read first.
    void setConfigFiles(const QStringList &files) { m_configFiles = files; }
    void setOptions(const SyncOptions &options) { m_options = options; }
    /// Folders on this disk read as file locations (`<folder>/**/catalog-info.yaml`): the app's "repository folder"
    /// sources.
    void setFolders(const QStringList &folders) { m_folders = folders; }
    [[nodiscard]] QStringList configFiles() const { return m_configFiles; }

    /// The sources the configuration names now (id, kind, target), synced or not; and its problems.
    [[nodiscard]] QList<store::SourceInfo> plannedSources(QStringList *errors = nullptr) const;

    [[nodiscard]] bool isSyncing() const { return m_running; }
    [[nodiscard]] bool isOffline() const { return m_offline; }
    [[nodiscard]] QDateTime lastSync() const { return m_lastSync; }
    [[nodiscard]] int intervalMinutes() const { return m_interval; }
    void setIntervalMinutes(int minutes);
    /// Test-only: a schedule in milliseconds, so a test need not wait half an hour for the timer.
    void setIntervalForTesting(std::chrono::milliseconds interval);
    /// One map per source: id, kind, target, lastSync, lastError, lastErrorAt, entities, problems, and while
    /// syncing phase, objects, totalObjects, bytes.
    [[nodiscard]] QVariantList sources() const;

public Q_SLOTS:
    void syncNow(const QStringList &sources = {});
    void cancel();
    void cancelSource(const QString &sourceId);

Q_SIGNALS:
    void progress(const QString &source, const QString &phase, qint64 objects, qint64 totalObjects, qint64 bytes,
                  const QString &message);
    void sourceFinished(const QString &source, bool ok, const QString &error);
    void finished(int exitCode);
    void syncingChanged();
    void offlineChanged();
    void intervalChanged();
    void sourcesChanged();

private:
    void onEvent(const SyncEvent &event);
    void onFinished(const SyncReport &report);
    [[nodiscard]] SyncPlan plan() const;

    QString m_databasePath;
    QStringList m_configFiles;
    QStringList m_folders;
    SyncOptions m_options;
    QTimer m_timer;
    int m_interval = 30;
    bool m_running = false;
    bool m_offline = false;
    QDateTime m_lastSync;
    QHash<QString, QVariantMap> m_live;
    std::shared_ptr<SyncEngine *> m_engine; ///< the running engine (for cancel), guarded by m_engineMutex
    std::shared_ptr<QMutex> m_engineMutex;
    QFuture<void> m_future;
};

} // namespace portolan::sync
