// SPDX-License-Identifier: Apache-2.0
// Grouping a cluster's objects by owner, as Backstage's Kubernetes tab shows them (kubernetes-react utils/owner.ts).
#include "kubernetes/componentstate.h"

#include <QJsonObject>
#include <QSet>

namespace k8s
{

namespace
{

QString ownerUid(const QJsonObject &object, const QString &kind)
{
    for (const auto &ref : object.value(u"metadata").toObject().value(u"ownerReferences").toArray())
        if (ref.toObject().value(u"kind").toString() == kind)
            return ref.toObject().value(u"uid").toString();
    return {};
}

QString uidOf(const QJsonObject &object)
{
    return object.value(u"metadata").toObject().value(u"uid").toString();
}

QString nameOf(const QJsonObject &object)
{
    return object.value(u"metadata").toObject().value(u"name").toString();
}

QString namespaceOf(const QJsonObject &object)
{
    return object.value(u"metadata").toObject().value(u"namespace").toString();
}

} // namespace

QList<WorkloadGroup> ComponentState::workloads(const ClusterState &cluster)
{
    QList<WorkloadGroup> groups;
    QSet<QString> claimedPods;
    auto podsOwnedBy = [&](const QSet<QString> &ownerUids, const QString &ownerKind) {
        QJsonArray pods;
        for (const auto &p : cluster.objects(QStringLiteral("pods"))) {
            if (ownerUids.contains(ownerUid(p.toObject(), ownerKind))) {
                pods.append(p);
                claimedPods.insert(uidOf(p.toObject()));
            }
        }
        return pods;
    };
    auto hpaFor = [&](const QJsonObject &object, const QString &kind) {
        for (const auto &h : cluster.objects(QStringLiteral("horizontalpodautoscalers"))) {
            const QJsonObject target = h.toObject().value(u"spec").toObject().value(u"scaleTargetRef").toObject();
            if (target.value(u"kind").toString().compare(kind, Qt::CaseInsensitive) == 0
                && target.value(u"name").toString() == nameOf(object)
                && namespaceOf(h.toObject()) == namespaceOf(object))
                return h.toObject();
        }
        return QJsonObject();
    };
    auto childUids
        = [&](const QString &plural, const QString &ownerKind, const QString &ownerUidValue, bool activeOnly) {
              QSet<QString> uids;
              for (const auto &child : cluster.objects(plural)) {
                  // owner.ts only follows ReplicaSets that still run pods (status.replicas > 0).
                  if (activeOnly && child.toObject().value(u"status").toObject().value(u"replicas").toInt() <= 0)
                      continue;
                  if (ownerUid(child.toObject(), ownerKind) == ownerUidValue)
                      uids.insert(uidOf(child.toObject()));
              }
              return uids;
          };
    // childJobs: names of a CronJob's Jobs, whose own findings (a failed Job) belong to the CronJob's row.
    auto add = [&](const QString &kind, const QJsonObject &object, const QJsonArray &pods,
                   const QSet<QString> &childJobs = {}) {
        WorkloadGroup group { kind, object, pods, hpaFor(object, kind), {} };
        QSet<QString> podNames;
        for (const auto &p : pods)
            podNames.insert(nameOf(p.toObject()));
        for (const auto &e : cluster.detectedErrors)
            if ((e.sourceRef.kind == kind && e.sourceRef.name == nameOf(object))
                || (e.sourceRef.kind == u"Pod" && podNames.contains(e.sourceRef.name))
                || (e.sourceRef.kind == u"Job" && childJobs.contains(e.sourceRef.name))
                || (e.sourceRef.kind == u"HorizontalPodAutoscaler" && e.sourceRef.name == nameOf(group.hpa)))
                group.errors.append(e);
        groups.append(group);
    };
    for (const auto &d : cluster.objects(QStringLiteral("deployments")))
        add(QStringLiteral("Deployment"), d.toObject(),
            podsOwnedBy(
                childUids(QStringLiteral("replicasets"), QStringLiteral("Deployment"), uidOf(d.toObject()), true),
                QStringLiteral("ReplicaSet")));
    for (const QString &kind : { QStringLiteral("StatefulSet"), QStringLiteral("DaemonSet") }) {
        const QString plural = kind.toLower() + u's';
        for (const auto &s : cluster.objects(plural))
            add(kind, s.toObject(), podsOwnedBy({ uidOf(s.toObject()) }, kind));
    }
    QSet<QString> jobsOfCronJobs;
    for (const auto &c : cluster.objects(QStringLiteral("cronjobs"))) {
        const QSet<QString> jobs
            = childUids(QStringLiteral("jobs"), QStringLiteral("CronJob"), uidOf(c.toObject()), false);
        jobsOfCronJobs.unite(jobs);
        QSet<QString> jobNames;
        for (const auto &j : cluster.objects(QStringLiteral("jobs")))
            if (jobs.contains(uidOf(j.toObject())))
                jobNames.insert(nameOf(j.toObject()));
        add(QStringLiteral("CronJob"), c.toObject(), podsOwnedBy(jobs, QStringLiteral("Job")), jobNames);
    }
    for (const auto &j : cluster.objects(QStringLiteral("jobs")))
        if (!jobsOfCronJobs.contains(uidOf(j.toObject())))
            add(QStringLiteral("Job"), j.toObject(), podsOwnedBy({ uidOf(j.toObject()) }, QStringLiteral("Job")));
    QJsonArray loose;
    for (const auto &p : cluster.objects(QStringLiteral("pods")))
        if (!claimedPods.contains(uidOf(p.toObject())))
            loose.append(p);
    if (!loose.isEmpty())
        add(QString(), QJsonObject(), loose);
    return groups;
}

} // namespace k8s
