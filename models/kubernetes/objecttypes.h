// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace k8s
{

/// One kind of object Backstage lists for a component (KubernetesFanOutHandler DEFAULT_OBJECTS).
struct ObjectType {
    QString plural; ///< "pods", also the key in ComponentState
    QString group; ///< "" for the core group
    QString apiVersion; ///< "v1", "v2"

    /// "/api/v1[/namespaces/<ns>]/pods" or "/apis/<group>/<version>[/namespaces/<ns>]/<plural>"
    [[nodiscard]] QString path(const QString &nameSpace) const;
};

/// pods, services, configmaps, limitranges, resourcequotas, deployments, replicasets,
/// horizontalpodautoscalers, jobs, cronjobs, ingresses, statefulsets, daemonsets.
[[nodiscard]] const QList<ObjectType> &defaultObjectTypes();

/// What to ask the clusters about one component, from its catalog annotations.
struct ComponentTarget {
    QString name; ///< metadata.name
    QString labelSelector; ///< backstage.io/kubernetes-label-selector, else backstage.io/kubernetes-id=<id>
    QString nameSpace; ///< backstage.io/kubernetes-namespace; empty = cluster-wide
    QString cluster; ///< backstage.io/kubernetes-cluster; empty = every cluster

    /// @p metadata is the entity's `metadata` object (name + annotations at least).
    [[nodiscard]] static ComponentTarget fromMetadata(const QJsonObject &metadata);
    friend bool operator==(const ComponentTarget &, const ComponentTarget &) = default;
};

} // namespace k8s
