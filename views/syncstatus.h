// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "syncsourcemodel.h"

#include "store/storetypes.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>

class CatalogBackend;
namespace portolan::sync {
class SyncService;
}

/// The catalog sync as QML sees it (the `Sync` singleton): one status line with live progress for the status bar,
/// the per-source list for Settings, Sync now / Cancel and the schedule. Wraps the SyncService built in main();
/// without one (an in-memory catalog) or without configured sources it says why and does nothing.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    /// Why Sync now is not possible (no sources configured, in-memory catalog); empty when available.
    Q_PROPERTY(QString unavailableReason READ unavailableReason NOTIFY availableChanged)
    Q_PROPERTY(QStringList configErrors READ configErrors NOTIFY availableChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)
    /// The newest successful sync of any source (from the store, so it survives restarts).
    Q_PROPERTY(QDateTime lastSync READ lastSync NOTIFY sourcesUpdated)
    /// "Syncing payments: fetching 120/340 objects…" while syncing, else a summary.
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    /// 0..1 over the sources of the running sync.
    Q_PROPERTY(double progress READ progress NOTIFY statusTextChanged)
    Q_PROPERTY(int intervalMinutes READ intervalMinutes WRITE setIntervalMinutes NOTIFY intervalChanged)
    Q_PROPERTY(SyncSourceModel *sources READ sources CONSTANT)

public:
    // Both arguments required: Qt 6.4 would otherwise construct its own instance instead of calling create().
    SyncStatus(portolan::sync::SyncService *service, CatalogBackend *catalog);

    [[nodiscard]] bool available() const { return m_reason.isEmpty(); }
    [[nodiscard]] QString unavailableReason() const { return m_reason; }
    [[nodiscard]] QStringList configErrors() const { return m_configErrors; }
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] bool offline() const;
    [[nodiscard]] QDateTime lastSync() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] int intervalMinutes() const;
    void setIntervalMinutes(int minutes);
    [[nodiscard]] SyncSourceModel *sources() { return &m_model; }

    /// The user's app-config files and repository folders (AppState's configured sources) changed.
    void setConfiguredSources(const QVariantList &configured);

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void syncSource(const QString &sourceId);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void cancelSource(const QString &sourceId);
    /// Re-reads the configuration and the stored per-source state.
    Q_INVOKABLE void reload();
    /// Re-reads the stored per-source state only (after a source was written).
    void refreshState();

    static SyncStatus *create(QQmlEngine *, QJSEngine *);
    static void setInstance(SyncStatus *instance);

Q_SIGNALS:
    void availableChanged();
    void syncingChanged();
    void offlineChanged();
    void statusTextChanged();
    void intervalChanged();
    void sourcesUpdated();
    /// A sync ended and the catalog was told to reload.
    void syncFinished(int exitCode);

private:
    void onProgress(const QString &source, const QString &phase, qint64 objects, qint64 totalObjects);
    void onFinished(int exitCode);

    portolan::sync::SyncService *m_service;
    CatalogBackend *m_catalog;
    SyncSourceModel m_model;
    QString m_reason;
    QStringList m_configErrors;
    QList<store::SourceInfo> m_planned; ///< what the configuration names, read by reload()
    QString m_current; ///< the source the status line talks about
};
