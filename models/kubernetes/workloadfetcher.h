// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/clusterset.h"
#include "kubernetes/componentstate.h"
#include "kubernetes/errordetection.h"
#include "kubernetes/execcredential.h"

#include <QObject>

#include <QPointer>

namespace k8s
{

class ClusterJob;

/// Reads one component's objects from every cluster at once, without blocking the caller's thread.
/// Read-only: only GET list requests. One cluster failing (TLS, 401, timeout...) is recorded on that
/// cluster; the others still report. Starting a new fetch cancels the running one.
class WorkloadFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options {
        int timeoutMs = 15000; ///< per cluster, from the first request to the last page
        int execTimeoutMs = 60000; ///< for an exec credential plugin (it may wait for a browser login)
        int pageLimit = 500; ///< `limit` of each list request; `continue` fetches the rest
        QList<ObjectType> objectTypes = defaultObjectTypes();
        DetectionOptions detection;
    };

    explicit WorkloadFetcher(QObject *parent = nullptr);
    ~WorkloadFetcher() override;

    void setOptions(const Options &options) { m_options = options; }
    [[nodiscard]] const Options &options() const { return m_options; }
    /// Share one cache for the app's lifetime; without it each fetcher keeps its own.
    void setCredentialCache(ExecCredentialCache *cache) { m_credentials = cache; }
    [[nodiscard]] ExecCredentialCache *credentialCache() const { return m_credentials; }

    /// The clusters a component should be read from: all of them, or the one its
    /// backstage.io/kubernetes-cluster annotation names (nullopt + @p error if that one is unknown).
    [[nodiscard]] static std::optional<QList<Cluster>> clustersFor(
        const ClusterSet &set, const ComponentTarget &target, QString *error);

    void fetch(const QList<Cluster> &clusters, const ComponentTarget &target);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_pending > 0; }
    /// Clusters in the order given to fetch(); complete once finished() was emitted.
    [[nodiscard]] const ComponentState &state() const { return m_state; }

Q_SIGNALS:
    void clusterFinished(const QString &clusterName);
    void finished();

private:
    void onClusterDone(int generation, int index, const ClusterState &result);
    void dropJobs();

    Options m_options;
    ExecCredentialCache m_ownCredentials;
    ExecCredentialCache *m_credentials = &m_ownCredentials;
    ComponentState m_state;
    QList<QPointer<ClusterJob>> m_jobs;
    int m_pending = 0;
    int m_generation = 0; ///< results of a cancelled run arrive late and are ignored
};

} // namespace k8s
