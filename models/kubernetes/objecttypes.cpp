// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/objecttypes.h"

namespace k8s
{

QString ObjectType::path(const QString &nameSpace) const
{
    QString p = group.isEmpty() ? QString(u"/api/" + apiVersion) : QString(u"/apis/" + group + u'/' + apiVersion);
    if (!nameSpace.isEmpty())
        p += u"/namespaces/" + nameSpace;
    return p + u'/' + plural;
}

const QList<ObjectType> &defaultObjectTypes()
{
    // Same set and API versions as Backstage's default objectTypes.
    static const QList<ObjectType> types = {
        { QStringLiteral("pods"), {}, QStringLiteral("v1") },
        { QStringLiteral("services"), {}, QStringLiteral("v1") },
        { QStringLiteral("configmaps"), {}, QStringLiteral("v1") },
        { QStringLiteral("limitranges"), {}, QStringLiteral("v1") },
        { QStringLiteral("resourcequotas"), {}, QStringLiteral("v1") },
        { QStringLiteral("deployments"), QStringLiteral("apps"), QStringLiteral("v1") },
        { QStringLiteral("replicasets"), QStringLiteral("apps"), QStringLiteral("v1") },
        { QStringLiteral("horizontalpodautoscalers"), QStringLiteral("autoscaling"), QStringLiteral("v2") },
        { QStringLiteral("jobs"), QStringLiteral("batch"), QStringLiteral("v1") },
        { QStringLiteral("cronjobs"), QStringLiteral("batch"), QStringLiteral("v1") },
        { QStringLiteral("ingresses"), QStringLiteral("networking.k8s.io"), QStringLiteral("v1") },
        { QStringLiteral("statefulsets"), QStringLiteral("apps"), QStringLiteral("v1") },
        { QStringLiteral("daemonsets"), QStringLiteral("apps"), QStringLiteral("v1") },
    };
    return types;
}

ComponentTarget ComponentTarget::fromMetadata(const QJsonObject &metadata)
{
    const QJsonObject annotations = metadata.value(u"annotations").toObject();
    ComponentTarget target;
    target.name = metadata.value(u"name").toString();
    const QString id = annotations.value(u"backstage.io/kubernetes-id").toString(target.name);
    target.labelSelector = annotations.value(u"backstage.io/kubernetes-label-selector").toString();
    if (target.labelSelector.isEmpty())
        target.labelSelector = u"backstage.io/kubernetes-id=" + id;
    target.nameSpace = annotations.value(u"backstage.io/kubernetes-namespace").toString();
    target.cluster = annotations.value(u"backstage.io/kubernetes-cluster").toString();
    return target;
}

} // namespace k8s
