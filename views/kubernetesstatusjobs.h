// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetesstatus.h"

#include <QProcessEnvironment>
#include <optional>

namespace store {
class CatalogStore;
}

/// The parts of KubernetesStatus that parse, read the store or touch files. They take everything by value and
/// touch no QObject, so they run on a worker thread (with the worker's own store connection).
namespace k8sjobs {

/// What a KubernetesStatus shows for one state: everything derived from the state's JSON.
struct Shown {
    k8s::ComponentState state;
    QList<int> workloadCounts;
    QList<KubernetesWorkloadModel::Row> rows;
    QVariantList errors;
    QString cachedAge;
    QDateTime fetchedAt;
    QDateTime now;
};
[[nodiscard]] Shown shownFor(const k8s::ComponentState &state, const QDateTime &now);

/// The stored copy for `ref`, marked as cached (until the clusters answer); an empty state without one.
[[nodiscard]] Shown cached(store::CatalogStore *store, const QString &ref, const QDateTime &now);

/// Merges a fetch with the stored copy, keeps what is worth keeping in the store, and returns what to show.
[[nodiscard]] Shown afterFetch(store::CatalogStore *store, const QString &ref, const k8s::ComponentState &fresh,
                               const QDateTime &now);

/// What a refresh needs, gathered on the UI thread.
struct Inputs {
    QString ref;
    std::optional<k8s::ClusterSet> clusterSet; ///< fixed clusters (tests), else read from the files below
    QStringList appConfigFiles;
    QProcessEnvironment env;
    QString homeDir;
    QList<k8s::Cluster> extraClusters;
    k8s::WorkloadFetcher::Options options;
};

/// The clusters to ask and for what, or why not (`message`); for the page also the annotated components.
struct Prepared {
    QStringList configProblems;
    bool hasComponents = false;
    QVariantList components;
    QString message;
    QList<k8s::Cluster> clusters;
    k8s::ComponentTarget target;
    k8s::WorkloadFetcher::Options options;
};
[[nodiscard]] Prepared prepare(store::CatalogStore *store, const Inputs &inputs, const QDateTime &now);

} // namespace k8sjobs
