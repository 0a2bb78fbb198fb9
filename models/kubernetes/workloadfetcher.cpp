// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/workloadfetcher.h"
#include "kubernetes/clusterjob.h"

namespace k8s
{

WorkloadFetcher::WorkloadFetcher(QObject *parent) : QObject(parent)
{
}

WorkloadFetcher::~WorkloadFetcher()
{
    ++m_generation;
    for (const auto &job : std::as_const(m_jobs))
        delete job.data();
}

std::optional<QList<Cluster>> WorkloadFetcher::clustersFor(
    const ClusterSet &set, const ComponentTarget &target, QString *error)
{
    if (target.cluster.isEmpty())
        return set.clusters();
    if (auto pinned = set.find(target.cluster))
        return QList<Cluster> { *pinned };
    if (error)
        *error = u"the component is pinned to cluster '" + target.cluster
            + u"' (backstage.io/kubernetes-cluster), which neither app-config nor the kubeconfig defines";
    return std::nullopt;
}

void WorkloadFetcher::fetch(const QList<Cluster> &clusters, const ComponentTarget &target)
{
    dropJobs();
    const int generation = ++m_generation;
    m_state = ComponentState { target, {} };
    m_pending = int(clusters.size());
    for (const Cluster &cluster : clusters) {
        ClusterState placeholder;
        placeholder.name = cluster.name;
        placeholder.title = cluster.title.isEmpty() ? cluster.name : cluster.title;
        m_state.clusters.append(placeholder);
    }
    if (clusters.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < clusters.size(); ++i) {
        auto *job = new ClusterJob(clusters[i], target, m_options, m_credentials,
            [this, generation, i](const ClusterState &result) { onClusterDone(generation, i, result); });
        job->setParent(this);
        m_jobs.append(job);
    }
    // Start only after every job exists: a job may finish synchronously (bad config) and end the run.
    const auto jobs = m_jobs;
    for (const auto &job : jobs)
        if (job && generation == m_generation)
            job->start();
}

void WorkloadFetcher::cancel()
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs)
        if (job)
            job->cancel();
}

void WorkloadFetcher::dropJobs()
{
    ++m_generation;
    // deleteLater: fetch() may be called from a finished() handler while a job is still on the stack.
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->deleteLater();
    m_jobs.clear();
    m_pending = 0;
}

void WorkloadFetcher::onClusterDone(int generation, int index, const ClusterState &result)
{
    if (generation != m_generation || index >= m_state.clusters.size())
        return;
    m_state.clusters[index] = result;
    --m_pending;
    Q_EMIT clusterFinished(result.name);
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace k8s
