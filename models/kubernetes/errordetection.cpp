// SPDX-License-Identifier: Apache-2.0
// Detectors follow plugins/kubernetes-common/src/error-detection (pods.ts, deployments.ts, hpas.ts) condition
// for condition, so Portolan flags what Backstage's Kubernetes tab flags; additions are marked as such.
#include "kubernetes/errordetection.h"

#include <QJsonObject>

namespace k8s
{

namespace
{

QJsonObject obj(const QJsonValue &v)
{
    return v.toObject();
}

QString duration(qint64 secs)
{
    if (secs < 3600)
        return QString::number(secs / 60) + u" min";
    if (secs < 2 * 86400)
        return QString::number(secs / 3600) + u" h";
    return QString::number(secs / 86400) + u" days";
}

SourceRef refOf(const QJsonObject &object, const QString &kind, const QString &apiGroup, const QString &fallback)
{
    const QJsonObject meta = obj(object.value(u"metadata"));
    return { meta.value(u"name").toString(fallback),
        meta.value(u"namespace").toString(QStringLiteral("unknown namespace")), kind, apiGroup };
}

SourceRef podRef(const QJsonObject &pod)
{
    return refOf(pod, QStringLiteral("Pod"), QStringLiteral("v1"), QStringLiteral("unknown pod"));
}

QJsonArray containerStatuses(const QJsonObject &pod)
{
    return obj(pod.value(u"status")).value(u"containerStatuses").toArray();
}

ProposedFix oomFix(const QString &container)
{
    return { QStringLiteral("OOMKilled"),
        u"The container \"" + container + u"\" was killed because it used more memory than it was allocated",
        { QStringLiteral("Increase the memory limit of the container"),
            QStringLiteral("Make sure the application bounds its memory use") },
        QStringLiteral("docs"),
        QStringLiteral("https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/"
                       "#exceed-a-container-s-memory-limit"),
        {}, {} };
}

// The readiness detector: a not-ready, running container whose probe had time to succeed and did not.
// Like Backstage, missing periodSeconds/failureThreshold count as 0 rather than the Kubernetes defaults.
bool readinessOverdue(const QJsonObject &spec, const QJsonObject &status, const QDateTime &now)
{
    const QJsonObject running = obj(obj(status.value(u"state")).value(u"running"));
    const QJsonObject probe = obj(spec.value(u"readinessProbe"));
    if (status.value(u"ready").toBool() || !running.contains(u"startedAt") || !spec.contains(u"readinessProbe"))
        return false;
    const QDateTime started = QDateTime::fromString(running.value(u"startedAt").toString(), Qt::ISODate);
    const qint64 grace = probe.value(u"initialDelaySeconds").toInteger()
        + probe.value(u"periodSeconds").toInteger() * probe.value(u"failureThreshold").toInteger();
    return started.isValid() && started.addSecs(grace) < now;
}

std::optional<ProposedFix> waitingFix(const QJsonObject &pod)
{
    QString waitingContainer;
    QString reason;
    for (const auto &cs : containerStatuses(pod)) {
        const QJsonObject state = obj(cs.toObject().value(u"state"));
        if (waitingContainer.isEmpty() && state.contains(u"waiting"))
            waitingContainer = cs.toObject().value(u"name").toString();
        if (reason.isEmpty())
            reason = obj(state.value(u"waiting")).value(u"reason").toString();
    }
    const QString docs = QStringLiteral("docs");
    if (reason == u"InvalidImageName")
        return ProposedFix { reason, QStringLiteral("The image name in the pod is not valid"),
            { QStringLiteral("Check that the image name is correct and well-formed") }, docs,
            QStringLiteral("https://docs.docker.com/engine/reference/commandline/tag/#extended-description"), {}, {} };
    if (reason == u"ImagePullBackOff")
        return ProposedFix { reason, QStringLiteral("The image was not found, or Kubernetes is not allowed to pull it"),
            { QStringLiteral("Check that the image name is correct"),
                QStringLiteral("Check that Kubernetes has permission to pull this image") },
            docs, QStringLiteral("https://kubernetes.io/docs/concepts/containers/images/#imagepullbackoff"), {}, {} };
    if (reason == u"CrashLoopBackOff")
        return ProposedFix { reason,
            u"The container " + waitingContainer
                + u" keeps crashing; Kubernetes restarts it with a growing delay until it stops crashing",
            { QStringLiteral("Look for a stack trace in the crash logs") }, QStringLiteral("logs"), {},
            waitingContainer.isEmpty() ? QStringLiteral("unknown") : waitingContainer, {} };
    if (reason == u"CreateContainerConfigError")
        return ProposedFix { reason,
            QStringLiteral("Configuration the container needs to start is missing or does not match"),
            { QStringLiteral("Check the ConfigMaps the manifest references exist and have the keys used"),
                QStringLiteral("Check the Secrets the manifest references exist and have the keys used") },
            docs, QStringLiteral("https://kubernetes.io/docs/tasks/configure-pod-container/configure-pod-configmap/"),
            {}, {} };
    return std::nullopt;
}

std::optional<ProposedFix> restartFix(const QJsonObject &pod)
{
    for (const auto &value : containerStatuses(pod)) {
        const QJsonObject cs = value.toObject();
        const QJsonObject terminated = obj(obj(cs.value(u"lastState")).value(u"terminated"));
        if (!obj(cs.value(u"lastState")).contains(u"terminated"))
            continue;
        const QString reason = terminated.value(u"reason").toString();
        const QString name = cs.value(u"name").toString();
        if (reason == u"Error" || reason == u"Unknown")
            return ProposedFix { reason,
                u"The container exited with a non-zero exit code ("
                    + QString::number(terminated.value(u"exitCode").toInt()) + u')',
                { QStringLiteral("Look for a stack trace in the crash logs") }, QStringLiteral("logs"), {}, name, {} };
        if (reason == u"OOMKilled")
            return oomFix(name);
        return std::nullopt; // Backstage looks only at the first container that terminated before
    }
    return std::nullopt;
}

void detectInPod(
    const QJsonObject &pod, const DetectionOptions &options, const QDateTime &now, QList<DetectedError> *out)
{
    const QJsonArray specs = obj(pod.value(u"spec")).value(u"containers").toArray();
    auto specFor = [&specs](const QString &name) {
        for (const auto &s : specs)
            if (s.toObject().value(u"name").toString() == name)
                return std::optional<QJsonObject>(s.toObject());
        return std::optional<QJsonObject>();
    };
    const QJsonArray statuses = containerStatuses(pod);
    for (const auto &value : statuses) {
        const QJsonObject cs = value.toObject();
        const auto spec = specFor(cs.value(u"name").toString());
        if (spec && readinessOverdue(*spec, cs, now)) {
            QString firstUnready;
            for (const auto &other : statuses)
                if (firstUnready.isEmpty() && other.toObject().contains(u"ready")
                    && !other.toObject().value(u"ready").toBool())
                    firstUnready = other.toObject().value(u"name").toString();
            out->append({ QStringLiteral("readiness-probe-taking-too-long"),
                u"The container " + spec->value(u"name").toString() + u" failed to start properly, but is not crashing",
                4, podRef(pod), 1,
                ProposedFix { QStringLiteral("ReadinessProbeFailed"),
                    u"The container " + firstUnready + u" failed to start properly, but is not crashing",
                    { QStringLiteral("Check that the container starts correctly locally"),
                        QStringLiteral("Look for startup errors in the container's logs") },
                    QStringLiteral("events"), {}, {}, podRef(pod).name },
                false });
        }
    }
    for (const auto &value : statuses) {
        const QJsonObject waiting = obj(obj(value.toObject().value(u"state")).value(u"waiting"));
        if (waiting.contains(u"message"))
            out->append({ QStringLiteral("container-waiting"), waiting.value(u"message").toString(), 4, podRef(pod), 1,
                waitingFix(pod), false });
    }
    for (const auto &value : statuses) {
        const QJsonObject cs = value.toObject();
        const int restarts = cs.value(u"restartCount").toInt();
        if (restarts > 0)
            out->append({ QStringLiteral("containers-restarting"),
                u"container=" + cs.value(u"name").toString() + u" restarted " + QString::number(restarts) + u" times",
                4, podRef(pod), restarts, restartFix(pod), false });
    }
    // Portolan: a container that is terminated OOMKilled right now (restartPolicy Never/OnFailure jobs never
    // restart, so Backstage's restart detector does not see it).
    for (const auto &value : statuses) {
        const QJsonObject cs = value.toObject();
        const QJsonObject terminated = obj(obj(cs.value(u"state")).value(u"terminated"));
        if (terminated.value(u"reason").toString() == u"OOMKilled")
            out->append({ QStringLiteral("container-oom-killed"),
                u"container=" + cs.value(u"name").toString() + u" was killed for using too much memory (OOMKilled)", 4,
                podRef(pod), 1, oomFix(cs.value(u"name").toString()), true });
    }
    // Portolan: stuck Pending (unschedulable, volume not bound, quota...) longer than the threshold.
    const QJsonObject status = obj(pod.value(u"status"));
    const QDateTime created
        = QDateTime::fromString(obj(pod.value(u"metadata")).value(u"creationTimestamp").toString(), Qt::ISODate);
    if (status.value(u"phase").toString() == u"Pending" && created.isValid()
        && created.secsTo(now) > options.pendingTooLongSecs) {
        QString why;
        for (const auto &c : status.value(u"conditions").toArray())
            if (c.toObject().value(u"status").toString() == u"False" && why.isEmpty())
                why = c.toObject().value(u"message").toString();
        out->append({ QStringLiteral("pod-pending-too-long"),
            u"Pod has been Pending for " + duration(created.secsTo(now)) + (why.isEmpty() ? QString() : u": " + why), 4,
            podRef(pod), 1, std::nullopt, true });
    }
}

} // namespace

QList<DetectedError> detectErrors(const ClusterState &cluster, const DetectionOptions &options)
{
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    QList<DetectedError> out;
    for (const auto &pod : cluster.objects(QStringLiteral("pods")))
        detectInPod(pod.toObject(), options, now, &out);
    for (const auto &value : cluster.objects(QStringLiteral("deployments"))) {
        const QJsonObject deployment = value.toObject();
        const SourceRef ref = refOf(
            deployment, QStringLiteral("Deployment"), QStringLiteral("apps/v1"), QStringLiteral("unknown deployment"));
        const QJsonObject status = obj(deployment.value(u"status"));
        for (const auto &c : status.value(u"conditions").toArray()) {
            const QJsonObject condition = c.toObject();
            if (condition.value(u"status").toString() == u"False" && condition.contains(u"message"))
                out.append({ QStringLiteral("condition-message-present"), condition.value(u"message").toString(), 6,
                    ref, 1, std::nullopt, false });
        }
        // Portolan: replicas the deployment wants but does not have.
        const int unavailable = status.value(u"unavailableReplicas").toInt();
        if (unavailable > 0)
            out.append({ QStringLiteral("deployment-replicas-unavailable"),
                QString::number(unavailable) + u" of " + QString::number(status.value(u"replicas").toInt(unavailable))
                    + u" replicas are unavailable",
                6, ref, 1, std::nullopt, true });
    }
    for (const auto &value : cluster.objects(QStringLiteral("horizontalpodautoscalers"))) {
        const QJsonObject hpa = value.toObject();
        const int max = obj(hpa.value(u"spec")).value(u"maxReplicas").toInt(-1);
        const QJsonValue current = obj(hpa.value(u"status")).value(u"currentReplicas");
        if (current.isDouble() && current.toInt() == max)
            out.append({ QStringLiteral("hpa-max-current-replicas"),
                u"Current number of replicas (" + QString::number(current.toInt())
                    + u") is equal to the configured max number of replicas (" + QString::number(max) + u')',
                8,
                refOf(hpa, QStringLiteral("HorizontalPodAutoscaler"), QStringLiteral("autoscaling/v1"),
                    QStringLiteral("unknown hpa")),
                1, std::nullopt, false });
    }
    // Portolan: a Job that gave up (backoffLimit or activeDeadlineSeconds reached).
    for (const auto &value : cluster.objects(QStringLiteral("jobs"))) {
        const QJsonObject job = value.toObject();
        for (const auto &c : obj(job.value(u"status")).value(u"conditions").toArray()) {
            const QJsonObject condition = c.toObject();
            if (condition.value(u"type").toString() == u"Failed" && condition.value(u"status").toString() == u"True")
                out.append({ QStringLiteral("job-failed"),
                    u"Job failed: " + condition.value(u"message").toString(condition.value(u"reason").toString()), 6,
                    refOf(job, QStringLiteral("Job"), QStringLiteral("batch/v1"), QStringLiteral("unknown job")), 1,
                    std::nullopt, true });
        }
    }
    return out;
}

} // namespace k8s
