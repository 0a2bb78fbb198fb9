// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/objecttypes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>

#include <optional>

namespace k8s
{

/// Which object a finding is about (Backstage's DetectedError.sourceRef).
struct SourceRef {
    QString name;
    QString nameSpace;
    QString kind;
    QString apiGroup;
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

/// Backstage's ProposedFix: why it happens and what to try.
struct ProposedFix {
    QString errorType;
    QString rootCauseExplanation;
    QStringList actions;
    QString type; ///< "logs", "events" or "docs"
    QString docsLink;
    QString container;
    QString podName;
    friend bool operator==(const ProposedFix &, const ProposedFix &) = default;
};

/// One health problem found in a cluster's objects.
struct DetectedError {
    QString type; ///< e.g. "container-waiting", "hpa-max-current-replicas", "job-failed"
    QString message;
    int severity = 0; ///< Backstage's scale: 4 pods, 6 deployments, 8 HPAs
    SourceRef sourceRef;
    int occurrenceCount = 1;
    std::optional<ProposedFix> proposedFix;
    bool portolanAddition = false; ///< true for checks Backstage does not make (pending, failed jobs, ...)
    friend bool operator==(const DetectedError &, const DetectedError &) = default;
};

/// Why (part of) a cluster could not be read. errorType follows Backstage: BAD_REQUEST,
/// UNAUTHORIZED_ERROR, NOT_FOUND, SYSTEM_ERROR, UNKNOWN_ERROR, FETCH_ERROR.
struct FetchError {
    QString errorType;
    int statusCode = 0; ///< HTTP status, 0 for network/TLS/timeout
    QString resourcePath;
    QString message; ///< for people: the API's Status message, the TLS error, "timed out after 5 s"
    bool fatal = false; ///< the whole cluster is unusable (TLS, 401, timeout, unreachable), not one resource
    friend bool operator==(const FetchError &, const FetchError &) = default;
};

/// One cluster's answer for a component.
struct ClusterState {
    QString name;
    QString title;
    QString source; ///< "app-config", "kubeconfig", "fixture"
    QString dashboardUrl;
    QString dashboardApp;
    QDateTime fetchedAt; ///< when these resources were read from the cluster
    bool fromCache = false; ///< the cluster failed now; resources are the last good ones, as of fetchedAt
    QMap<QString, QJsonArray> resources; ///< plural ("pods") -> items as the API returned them
    QList<FetchError> errors;
    QList<DetectedError> detectedErrors;

    [[nodiscard]] bool reachable() const;
    [[nodiscard]] QJsonArray objects(const QString &plural) const { return resources.value(plural); }
    friend bool operator==(const ClusterState &, const ClusterState &) = default;
};

/// A workload and its pods, the way Backstage's owner.ts groups them.
struct WorkloadGroup {
    QString kind; ///< Deployment, StatefulSet, DaemonSet, CronJob, Job, or empty for pods without a known owner
    QJsonObject object;
    QJsonArray pods;
    QJsonObject hpa; ///< empty when no HPA targets it
    QList<DetectedError> errors; ///< findings about the workload itself or its pods
};

/// Everything Portolan knows about one component's Kubernetes objects, serializable for the offline cache.
struct ComponentState {
    ComponentTarget target;
    QList<ClusterState> clusters;

    [[nodiscard]] int errorCount() const; ///< detected errors in all clusters
    [[nodiscard]] bool hasProblems() const; ///< detected errors or unreachable clusters
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<ComponentState> fromJson(const QJsonObject &json, QString *error = nullptr);

    /// For clusters that failed in @p fresh but have a good result in @p cached: keep the fresh errors,
    /// show the cached resources marked fromCache with their original fetchedAt.
    [[nodiscard]] static ComponentState withCacheFallback(const ComponentState &fresh, const ComponentState &cached);
    /// Only the clusters worth caching: read fine in this run.
    [[nodiscard]] ComponentState cacheable() const;
    /// The new stored copy after a run: this run's good clusters, plus the older good ones of clusters
    /// that failed now (so "as of 2 h ago" survives several failed refreshes).
    [[nodiscard]] static ComponentState updatedCache(const ComponentState &cached, const ComponentState &fresh);

    /// Deployments (with pods via ReplicaSets), StatefulSets, DaemonSets, CronJobs/Jobs, then loose pods.
    [[nodiscard]] static QList<WorkloadGroup> workloads(const ClusterState &cluster);
    friend bool operator==(const ComponentState &, const ComponentState &) = default;
};

/// "just now", "5 min ago", "2 h ago", "3 days ago".
[[nodiscard]] QString ageText(const QDateTime &then, const QDateTime &now);

} // namespace k8s
