// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/clusterset.h"
#include "kubernetes/componentstate.h"
#include "kubernetes/workloadfetcher.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <functional>

namespace store {
class CatalogStore;
}
namespace k8sjobs {
struct Shown;
}

/// The clusters of one component's (or, for the Kubernetes page, the app's) state: reachability, errors,
/// whether the data is a cached copy and how old it is.
class KubernetesClusterModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by KubernetesStatus")
public:
    enum Role {
        NameRole = Qt::UserRole + 1, TitleRole, SourceRole, ReachableRole, ErrorTextRole, FromCacheRole, AgeTextRole,
        DashboardUrlRole, ErrorCountRole, IngressHostsRole, WorkloadCountRole
    };
    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    void reset(const QList<k8s::ClusterState> &clusters, const QList<int> &workloadCounts, const QDateTime &now);

private:
    QList<k8s::ClusterState> m_clusters;
    QList<int> m_workloadCounts;
    QDateTime m_now;
};

/// One row per workload (Deployment, StatefulSet, ...) followed by one row per pod it owns (isPod), in cluster
/// order, so a list shows pods grouped under their deployment.
class KubernetesWorkloadModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by KubernetesStatus")
public:
    enum Role {
        ClusterRole = Qt::UserRole + 1, KindRole, NameRole, NamespaceRole, IsPodRole, ReadyRole, DesiredRole,
        ReadyTextRole, ImageRole, AgeRole, StatusRole, RestartsRole, NodeRole, ErrorCountRole, ContainersRole,
        HpaRole, HealthyRole
    };
    struct Row {
        QString cluster, kind, name, nameSpace, image, age, status, node, containers, hpa;
        bool isPod = false;
        int ready = 0, desired = 0, restarts = 0, errorCount = 0;
        bool healthy = true;
    };
    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    void reset(const QList<Row> &rows);
    [[nodiscard]] static QList<Row> rowsFor(const QList<k8s::ClusterState> &clusters, const QDateTime &now);

private:
    QList<Row> m_rows;
};

/// The Kubernetes state of one entity (set `ref`) for the entity tab, or with an empty ref the configured
/// clusters' reachability and the components that have kubernetes annotations, for the Kubernetes page.
/// Reads the clusters with WorkloadFetcher (asynchronous network I/O, the UI thread never waits), shows the
/// store's last good copy while loading and for clusters that cannot be reached, and keeps fresh results there.
/// Config files, the store and the JSON are read and parsed on worker threads (k8sjobs) with their own store
/// connection; only an in-memory catalog, which has one connection, is read on the UI thread.
class KubernetesStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString ref READ ref WRITE setRef NOTIFY refChanged)
    /// Refreshes every `refreshInterval` ms while true (bind it to the tab's visibility).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int refreshInterval READ refreshInterval WRITE setRefreshInterval NOTIFY refreshIntervalChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(KubernetesClusterModel *clusters READ clusters CONSTANT)
    Q_PROPERTY(KubernetesWorkloadModel *workloads READ workloads CONSTANT)
    /// [{cluster, type, severity, message, object, kind, name, explanation, actions}], most severe first.
    Q_PROPERTY(QVariantList detectedErrors READ detectedErrors NOTIFY stateChanged)
    /// Why nothing can be shown (no clusters configured, unknown cluster annotation...), else empty.
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    /// "2 h ago" when some cluster's data is a cached copy (the oldest one), else empty.
    Q_PROPERTY(QString cachedAge READ cachedAge NOTIFY stateChanged)
    Q_PROPERTY(QDateTime fetchedAt READ fetchedAt NOTIFY stateChanged)
    /// Problems in the cluster configuration (app-config, kubeconfig), as "file: field: message".
    Q_PROPERTY(QStringList configProblems READ configProblems NOTIFY stateChanged)
    /// For the page: [{ref, name, title, namespace, selector, errorCount, checkedAge}] of annotated components.
    Q_PROPERTY(QVariantList components READ components NOTIFY stateChanged)

public:
    /// What the app configures once (main.cpp): where clusters come from beyond the user's kubeconfig.
    struct Environment {
        std::function<QStringList()> appConfigFiles; ///< the app-config files the user configured
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QString homeDir;
        QList<k8s::Cluster> extraClusters; ///< e.g. the demo fixture cluster
    };
    static void setEnvironment(const Environment &environment);

    explicit KubernetesStatus(QObject *parent = nullptr);
    ~KubernetesStatus() override;

    /// The store for entities and the offline cache; default: the app's catalog.
    void setStore(store::CatalogStore *store) { m_store = store; }
    /// Use exactly these clusters instead of the environment's (tests).
    void setClusterSet(const k8s::ClusterSet &clusters) { m_clusterSet = clusters; }
    void setFetchOptions(const k8s::WorkloadFetcher::Options &options) { m_fetcher.setOptions(options); }

    [[nodiscard]] QString ref() const { return m_ref; }
    void setRef(const QString &ref);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] int refreshInterval() const { return m_timer.interval(); }
    void setRefreshInterval(int ms);
    [[nodiscard]] bool busy() const { return m_fetcher.isRunning() || m_pending > 0; }
    [[nodiscard]] KubernetesClusterModel *clusters() { return &m_clusterModel; }
    [[nodiscard]] KubernetesWorkloadModel *workloads() { return &m_workloadModel; }
    [[nodiscard]] QVariantList detectedErrors() const { return m_errors; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString cachedAge() const { return m_cachedAge; }
    [[nodiscard]] QDateTime fetchedAt() const { return m_fetchedAt; }
    [[nodiscard]] QStringList configProblems() const { return m_configProblems; }
    [[nodiscard]] QVariantList components() const { return m_components; }
    [[nodiscard]] const k8s::ComponentState &state() const { return m_state; }

    /// Reads the clusters again now (the cached copy stays on screen meanwhile).
    Q_INVOKABLE void refresh();

    /// "just now", "5 min ago", "2 h ago", "3 days ago" in the UI language (thread-safe).
    [[nodiscard]] static QString ageText(const QDateTime &then, const QDateTime &now);

Q_SIGNALS:
    void refChanged();
    void activeChanged();
    void refreshIntervalChanged();
    void busyChanged();
    void stateChanged();
    /// After every fetch, successful or not.
    void refreshed();

private:
    [[nodiscard]] store::CatalogStore *catalogStore() const;
    /// Runs `work` on a worker with its own connection to the catalog, then `apply` here, unless the ref
    /// changed meanwhile. An in-memory catalog is worked on at once, on this thread.
    template <typename Result>
    void runWithStore(std::function<Result(store::CatalogStore *)> work, std::function<void(Result)> apply);
    void showCached();
    void onFetched();
    void publish(const k8sjobs::Shown &shown, quint64 sequence);

    store::CatalogStore *m_store = nullptr;
    quint64 m_refGeneration = 0; ///< bumped by setRef
    quint64 m_sequence = 0;      ///< order in which publishing jobs started
    quint64 m_published = 0;     ///< the newest job whose result is shown
    quint64 m_messageSequence = 0; ///< the job that set m_message; only a newer one clears it
    int m_pending = 0;           ///< worker jobs running
    std::optional<k8s::ClusterSet> m_clusterSet;
    k8s::WorkloadFetcher m_fetcher;
    k8s::ComponentState m_state;
    KubernetesClusterModel m_clusterModel;
    KubernetesWorkloadModel m_workloadModel;
    QTimer m_timer;
    QString m_ref;
    bool m_active = false;
    QVariantList m_errors;
    QString m_message;
    QString m_cachedAge;
    QDateTime m_fetchedAt;
    QStringList m_configProblems;
    QVariantList m_components;
};
