// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/cluster.h"

#include <QProcessEnvironment>

namespace k8s
{

/// Every cluster Portolan knows: `config` clusters from app-config, then one per kubeconfig context.
/// Names are unique; on a clash the app-config cluster wins and the other is reported.
class ClusterSet
{
public:
    /// Clusters from app-config files (later files replace `kubernetes.clusterLocatorMethods`, as Backstage
    /// merges arrays), with `${VAR}` substituted from @p env.
    [[nodiscard]] static ClusterSet fromAppConfig(const QStringList &files, const QProcessEnvironment &env);
    /// Clusters from kubeconfig files merged the way kubectl merges them (first definition of a name wins).
    [[nodiscard]] static ClusterSet fromKubeconfig(const QStringList &files);
    /// The kubeconfig files kubectl would read: KUBECONFIG split on ':' (empty entries skipped), else ~/.kube/config.
    [[nodiscard]] static QStringList kubeconfigFiles(const QProcessEnvironment &env, const QString &homeDir);
    /// app-config clusters plus the user's kubeconfig contexts.
    [[nodiscard]] static ClusterSet load(
        const QStringList &appConfigFiles, const QProcessEnvironment &env, const QString &homeDir);

    /// Appends @p other's clusters whose names are free; clashes become diagnostics.
    void merge(const ClusterSet &other);
    void addCluster(const Cluster &cluster) { m_clusters.append(cluster); }

    [[nodiscard]] const QList<Cluster> &clusters() const { return m_clusters; }
    [[nodiscard]] const QList<ConfigDiagnostic> &diagnostics() const { return m_diagnostics; }
    [[nodiscard]] std::optional<Cluster> find(const QString &name) const;
    [[nodiscard]] QString currentContext() const { return m_currentContext; }

private:
    QList<Cluster> m_clusters;
    QList<ConfigDiagnostic> m_diagnostics;
    QString m_currentContext;
};

/// `${VAR}` substitution as Backstage's config loader does it: `$${` escapes a literal `${`; if a referenced
/// variable is unset the whole value is undefined (nullopt) and @p missing names it.
[[nodiscard]] std::optional<QString> substituteEnv(
    const QString &value, const QProcessEnvironment &env, QString *missing = nullptr);

} // namespace k8s
