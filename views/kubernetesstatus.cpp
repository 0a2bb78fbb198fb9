// SPDX-License-Identifier: Apache-2.0
#include "kubernetesstatus.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

KubernetesStatus::Environment &environment()
{
    static KubernetesStatus::Environment s_environment;
    return s_environment;
}

QString str(const QJsonObject &o, QLatin1String key) { return o.value(key).toString(); }
QJsonObject obj(const QJsonObject &o, QLatin1String key) { return o.value(key).toObject(); }

QString objectAge(const QJsonObject &object, const QDateTime &now)
{
    const QDateTime created =
        QDateTime::fromString(str(obj(object, QLatin1String("metadata")), QLatin1String("creationTimestamp")), Qt::ISODate);
    return created.isValid() ? k8s::ageText(created, now) : QString();
}

QString firstImage(const QJsonObject &podSpec)
{
    QStringList images;
    for (const auto &c : podSpec.value(u"containers").toArray())
        images << c.toObject().value(u"image").toString();
    return images.join(QLatin1String(", "));
}

QJsonObject podSpecOf(const QString &kind, const QJsonObject &object)
{
    const QJsonObject spec = obj(object, QLatin1String("spec"));
    if (kind == u"CronJob")
        return spec.value(u"jobTemplate").toObject().value(u"spec").toObject().value(u"template").toObject().value(u"spec").toObject();
    return spec.value(u"template").toObject().value(u"spec").toObject();
}

QString conditionReason(const QJsonObject &status, const QString &type, bool *isFalse)
{
    for (const auto &c : status.value(u"conditions").toArray()) {
        const QJsonObject condition = c.toObject();
        if (condition.value(u"type").toString() == type) {
            *isFalse = condition.value(u"status").toString() == u"False";
            return condition.value(u"reason").toString();
        }
    }
    *isFalse = false;
    return {};
}

/// Rollout in words, the way `kubectl rollout status` would summarize it.
QString workloadStatus(const QString &kind, const QJsonObject &object)
{
    const QJsonObject spec = obj(object, QLatin1String("spec"));
    const QJsonObject status = obj(object, QLatin1String("status"));
    if (kind == u"CronJob") {
        if (spec.value(u"suspend").toBool())
            return QStringLiteral("suspended");
        return QStringLiteral("schedule %1").arg(spec.value(u"schedule").toString());
    }
    if (kind == u"Job") {
        if (status.value(u"failed").toInt() > 0 && status.value(u"succeeded").toInt() == 0)
            return QStringLiteral("failed");
        return status.value(u"succeeded").toInt() > 0 ? QStringLiteral("complete") : QStringLiteral("running");
    }
    bool progressingFalse = false;
    const QString progressing = conditionReason(status, QStringLiteral("Progressing"), &progressingFalse);
    if (progressingFalse)
        return progressing.isEmpty() ? QStringLiteral("rollout stalled") : progressing;
    const int desired = spec.value(u"replicas").toInt(1);
    if (kind == u"Deployment" && status.value(u"updatedReplicas").toInt() < desired)
        return QStringLiteral("rolling out");
    bool unavailable = false;
    conditionReason(status, QStringLiteral("Available"), &unavailable);
    if (unavailable)
        return QStringLiteral("unavailable");
    return QStringLiteral("available");
}

void readyOf(const QString &kind, const QJsonObject &object, int *ready, int *desired)
{
    const QJsonObject spec = obj(object, QLatin1String("spec"));
    const QJsonObject status = obj(object, QLatin1String("status"));
    if (kind == u"DaemonSet") {
        *ready = status.value(u"numberReady").toInt();
        *desired = status.value(u"desiredNumberScheduled").toInt();
    } else if (kind == u"Job") {
        *ready = status.value(u"succeeded").toInt();
        *desired = spec.value(u"completions").toInt(1);
    } else if (kind == u"CronJob") {
        *ready = status.value(u"active").toArray().size();
        *desired = 0;
    } else {
        *ready = status.value(u"readyReplicas").toInt();
        *desired = spec.value(u"replicas").toInt(1);
    }
}

QString hpaText(const QJsonObject &hpa)
{
    if (hpa.isEmpty())
        return {};
    const QJsonObject spec = obj(hpa, QLatin1String("spec"));
    const QJsonObject status = obj(hpa, QLatin1String("status"));
    const int min = spec.value(u"minReplicas").toInt(1);
    const int max = spec.value(u"maxReplicas").toInt();
    const int current = status.value(u"currentReplicas").toInt();
    QString text = QStringLiteral("autoscaled %1–%2, now %3").arg(min).arg(max).arg(current);
    for (const auto &m : status.value(u"currentMetrics").toArray()) {
        const QJsonObject resource = m.toObject().value(u"resource").toObject();
        const int utilization = resource.value(u"current").toObject().value(u"averageUtilization").toInt(-1);
        if (utilization >= 0)
            text += QStringLiteral(" · %1 %2%").arg(resource.value(u"name").toString()).arg(utilization);
    }
    if (max > 0 && current >= max)
        text += QStringLiteral(" · at maximum");
    return text;
}

/// "api: waiting CrashLoopBackOff, last OOMKilled" per container, the words `kubectl describe` uses.
QString containerStates(const QJsonObject &podStatus, int *restarts, QString *waitingReason, bool *allReady)
{
    QStringList parts;
    *restarts = 0;
    *allReady = true;
    const QJsonArray statuses = podStatus.value(u"containerStatuses").toArray();
    for (const auto &s : statuses) {
        const QJsonObject cs = s.toObject();
        *restarts += cs.value(u"restartCount").toInt();
        *allReady = *allReady && cs.value(u"ready").toBool();
        const QJsonObject state = cs.value(u"state").toObject();
        QString text;
        if (state.contains(u"running"))
            text = cs.value(u"ready").toBool() ? QStringLiteral("running") : QStringLiteral("running, not ready");
        else if (state.contains(u"waiting")) {
            const QString reason = state.value(u"waiting").toObject().value(u"reason").toString();
            text = QStringLiteral("waiting %1").arg(reason).trimmed();
            if (waitingReason->isEmpty())
                *waitingReason = reason;
        } else if (state.contains(u"terminated")) {
            const QJsonObject t = state.value(u"terminated").toObject();
            text = QStringLiteral("terminated %1 (exit %2)").arg(t.value(u"reason").toString()).arg(t.value(u"exitCode").toInt());
        }
        const QString last = cs.value(u"lastState").toObject().value(u"terminated").toObject().value(u"reason").toString();
        if (!last.isEmpty())
            text += QStringLiteral(", last %1").arg(last);
        parts << cs.value(u"name").toString() + QStringLiteral(": ") + text;
    }
    if (statuses.isEmpty())
        *allReady = false;
    return parts.join(QLatin1String(" · "));
}

QString clusterErrorText(const k8s::ClusterState &cluster)
{
    QStringList texts;
    for (const auto &e : cluster.errors) {
        if (e.fatal)
            texts.prepend(e.message);
        else
            texts << QStringLiteral("%1: %2").arg(e.resourcePath, e.message);
    }
    texts.removeDuplicates();
    return texts.join(u'\n');
}

} // namespace

// ---- KubernetesClusterModel ----

int KubernetesClusterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clusters.size());
}

QVariant KubernetesClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const k8s::ClusterState &c = m_clusters.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return c.title.isEmpty() ? c.name : c.title;
    case NameRole: return c.name;
    case SourceRole: return c.source;
    case ReachableRole: return c.reachable();
    case ErrorTextRole: return clusterErrorText(c);
    case FromCacheRole: return c.fromCache;
    case AgeTextRole: return c.fetchedAt.isValid() ? k8s::ageText(c.fetchedAt, m_now) : QString();
    case DashboardUrlRole: return c.dashboardUrl;
    case ErrorCountRole: return int(c.detectedErrors.size());
    case IngressHostsRole: {
        QStringList hosts;
        for (const auto &i : c.objects(QStringLiteral("ingresses")))
            for (const auto &rule : i.toObject().value(u"spec").toObject().value(u"rules").toArray())
                hosts << rule.toObject().value(u"host").toString();
        hosts.removeAll(QString());
        hosts.removeDuplicates();
        return hosts;
    }
    case WorkloadCountRole: return m_workloadCounts.value(index.row());
    }
    return {};
}

QHash<int, QByteArray> KubernetesClusterModel::roleNames() const
{
    return {{NameRole, "name"}, {TitleRole, "title"}, {SourceRole, "source"}, {ReachableRole, "reachable"},
            {ErrorTextRole, "errorText"}, {FromCacheRole, "fromCache"}, {AgeTextRole, "ageText"},
            {DashboardUrlRole, "dashboardUrl"}, {ErrorCountRole, "errorCount"}, {IngressHostsRole, "ingressHosts"},
            {WorkloadCountRole, "workloadCount"}};
}

void KubernetesClusterModel::reset(const QList<k8s::ClusterState> &clusters, const QDateTime &now)
{
    beginResetModel();
    m_clusters = clusters;
    m_now = now;
    m_workloadCounts.clear();
    for (const auto &c : clusters)
        m_workloadCounts << int(k8s::ComponentState::workloads(c).size());
    endResetModel();
}

// ---- KubernetesWorkloadModel ----

int KubernetesWorkloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KubernetesWorkloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case ClusterRole: return r.cluster;
    case KindRole: return r.kind;
    case NamespaceRole: return r.nameSpace;
    case IsPodRole: return r.isPod;
    case ReadyRole: return r.ready;
    case DesiredRole: return r.desired;
    case ReadyTextRole:
        if (r.isPod || r.kind == u"CronJob")
            return QString();
        return QStringLiteral("%1/%2").arg(r.ready).arg(r.desired);
    case ImageRole: return r.image;
    case AgeRole: return r.age;
    case StatusRole: return r.status;
    case RestartsRole: return r.restarts;
    case NodeRole: return r.node;
    case ErrorCountRole: return r.errorCount;
    case ContainersRole: return r.containers;
    case HpaRole: return r.hpa;
    case HealthyRole: return r.healthy;
    }
    return {};
}

QHash<int, QByteArray> KubernetesWorkloadModel::roleNames() const
{
    return {{ClusterRole, "cluster"}, {KindRole, "kind"}, {NameRole, "name"}, {NamespaceRole, "namespace"},
            {IsPodRole, "isPod"}, {ReadyRole, "ready"}, {DesiredRole, "desired"}, {ReadyTextRole, "readyText"},
            {ImageRole, "image"}, {AgeRole, "age"}, {StatusRole, "status"}, {RestartsRole, "restarts"},
            {NodeRole, "node"}, {ErrorCountRole, "errorCount"}, {ContainersRole, "containers"}, {HpaRole, "hpa"},
            {HealthyRole, "healthy"}};
}

void KubernetesWorkloadModel::reset(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QList<KubernetesWorkloadModel::Row> KubernetesWorkloadModel::rowsFor(
    const QList<k8s::ClusterState> &clusters, const QDateTime &now)
{
    QList<Row> rows;
    for (const auto &cluster : clusters) {
        for (const auto &group : k8s::ComponentState::workloads(cluster)) {
            if (!group.kind.isEmpty()) {
                Row w;
                w.cluster = cluster.name;
                w.kind = group.kind;
                const QJsonObject meta = obj(group.object, QLatin1String("metadata"));
                w.name = str(meta, QLatin1String("name"));
                w.nameSpace = str(meta, QLatin1String("namespace"));
                w.image = firstImage(podSpecOf(group.kind, group.object));
                w.age = objectAge(group.object, now);
                w.status = workloadStatus(group.kind, group.object);
                readyOf(group.kind, group.object, &w.ready, &w.desired);
                w.hpa = hpaText(group.hpa);
                w.errorCount = int(group.errors.size());
                w.healthy = w.errorCount == 0;
                for (const auto &p : group.pods) {
                    int restarts = 0;
                    QString waiting;
                    bool ready = false;
                    containerStates(obj(p.toObject(), QLatin1String("status")), &restarts, &waiting, &ready);
                    w.restarts += restarts;
                }
                rows << w;
            }
            for (const auto &p : group.pods) {
                const QJsonObject pod = p.toObject();
                const QJsonObject meta = obj(pod, QLatin1String("metadata"));
                const QJsonObject status = obj(pod, QLatin1String("status"));
                Row r;
                r.cluster = cluster.name;
                r.kind = QStringLiteral("Pod");
                r.isPod = true;
                r.name = str(meta, QLatin1String("name"));
                r.nameSpace = str(meta, QLatin1String("namespace"));
                r.image = firstImage(obj(pod, QLatin1String("spec")));
                r.node = obj(pod, QLatin1String("spec")).value(u"nodeName").toString();
                r.age = objectAge(pod, now);
                QString waiting;
                bool allReady = false;
                r.containers = containerStates(status, &r.restarts, &waiting, &allReady);
                const QString phase = str(status, QLatin1String("phase"));
                if (meta.contains(u"deletionTimestamp"))
                    r.status = QStringLiteral("Terminating");
                else if (!waiting.isEmpty())
                    r.status = waiting;
                else if (phase == u"Running" && !allReady)
                    r.status = QStringLiteral("Running, not ready");
                else
                    r.status = phase;
                for (const auto &e : cluster.detectedErrors)
                    if (e.sourceRef.kind == u"Pod" && e.sourceRef.name == r.name)
                        ++r.errorCount;
                r.healthy = r.errorCount == 0;
                rows << r;
            }
        }
    }
    return rows;
}

// ---- KubernetesStatus ----

void KubernetesStatus::setEnvironment(const Environment &e)
{
    environment() = e;
}

KubernetesStatus::KubernetesStatus(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &KubernetesStatus::refresh);
    connect(&m_fetcher, &k8s::WorkloadFetcher::finished, this, &KubernetesStatus::onFetched);
}

KubernetesStatus::~KubernetesStatus() = default;

store::CatalogStore *KubernetesStatus::catalogStore() const
{
    if (m_store)
        return m_store;
    CatalogBackend *catalog = CatalogBackend::instance();
    return catalog ? catalog->store() : nullptr;
}

void KubernetesStatus::setRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    m_fetcher.cancel();
    Q_EMIT refChanged();
    showCached();
    if (m_active)
        refresh();
}

void KubernetesStatus::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
    Q_EMIT activeChanged();
}

void KubernetesStatus::setRefreshInterval(int ms)
{
    if (ms == m_timer.interval() || ms <= 0)
        return;
    m_timer.setInterval(ms);
    Q_EMIT refreshIntervalChanged();
}

k8s::ClusterSet KubernetesStatus::clusterSet()
{
    if (m_clusterSet)
        return *m_clusterSet;
    const Environment &e = environment();
    const QStringList files = e.appConfigFiles ? e.appConfigFiles() : QStringList();
    k8s::ClusterSet set;
    for (const auto &c : e.extraClusters)
        set.addCluster(c);
    set.merge(k8s::ClusterSet::load(files, e.env, e.homeDir.isEmpty() ? QDir::homePath() : e.homeDir));
    return set;
}

std::optional<k8s::ComponentState> KubernetesStatus::loadCache() const
{
    store::CatalogStore *s = catalogStore();
    if (m_ref.isEmpty() || !s)
        return std::nullopt;
    const auto cached = s->cached(QStringLiteral("k8s"), m_ref.toLower());
    if (!cached)
        return std::nullopt;
    return k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object());
}

void KubernetesStatus::showCached()
{
    k8s::ComponentState state;
    if (auto cached = loadCache()) {
        // Until the clusters answer, what is shown is the stored copy: say so.
        state = *cached;
        for (auto &c : state.clusters)
            c.fromCache = true;
    }
    m_message.clear();
    publish(state);
}

void KubernetesStatus::refresh()
{
    const k8s::ClusterSet set = clusterSet();
    m_configProblems.clear();
    for (const auto &d : set.diagnostics())
        m_configProblems << d.toString();
    if (m_ref.isEmpty())
        loadComponents();

    k8s::ComponentTarget target;
    k8s::WorkloadFetcher::Options options = m_fetcher.options();
    if (m_ref.isEmpty()) {
        // Reachability only: one list request per cluster that cannot match anything.
        target.name = QStringLiteral("portolan-probe");
        target.nameSpace = QStringLiteral("default");
        target.labelSelector = QStringLiteral("portolan.dev/probe=reachability");
        options.objectTypes.clear();
        for (const auto &t : k8s::defaultObjectTypes())
            if (t.plural == u"pods")
                options.objectTypes << t;
    } else {
        store::CatalogStore *s = catalogStore();
        const auto row = s ? s->entity(m_ref) : std::nullopt;
        if (!row) {
            m_message = tr("%1 is not in the catalog.").arg(m_ref);
            Q_EMIT stateChanged();
            Q_EMIT refreshed();
            return;
        }
        target = k8s::ComponentTarget::fromMetadata(row->data.value(u"metadata").toObject());
        options.objectTypes = k8s::defaultObjectTypes();
    }
    QString error;
    const auto clusters = k8s::WorkloadFetcher::clustersFor(set, target, &error);
    if (!clusters || clusters->isEmpty()) {
        m_message = clusters ? tr("No Kubernetes cluster is configured: add one to your kubeconfig or to an "
                                  "app-config file in Settings.")
                             : error;
        Q_EMIT stateChanged();
        Q_EMIT refreshed();
        return;
    }
    m_fetcher.setOptions(options);
    m_fetcher.fetch(*clusters, target);
    Q_EMIT busyChanged();
}

void KubernetesStatus::onFetched()
{
    const k8s::ComponentState fresh = m_fetcher.state();
    k8s::ComponentState shown = fresh;
    if (const auto cached = loadCache()) {
        shown = k8s::ComponentState::withCacheFallback(fresh, *cached);
        const k8s::ComponentState keep = k8s::ComponentState::updatedCache(*cached, fresh);
        if (store::CatalogStore *s = catalogStore(); s && !keep.clusters.isEmpty() && !(keep == *cached))
            (void)s->putCached(QStringLiteral("k8s"), m_ref.toLower(),
                               QJsonDocument(keep.toJson()).toJson(QJsonDocument::Compact));
    } else if (!m_ref.isEmpty()) {
        const k8s::ComponentState keep = fresh.cacheable();
        if (store::CatalogStore *s = catalogStore(); s && !keep.clusters.isEmpty())
            (void)s->putCached(QStringLiteral("k8s"), m_ref.toLower(),
                               QJsonDocument(keep.toJson()).toJson(QJsonDocument::Compact));
    }
    m_message.clear();
    publish(shown);
    Q_EMIT busyChanged();
    Q_EMIT refreshed();
}

void KubernetesStatus::publish(const k8s::ComponentState &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_state = state;
    m_clusterModel.reset(state.clusters, now);
    m_workloadModel.reset(KubernetesWorkloadModel::rowsFor(state.clusters, now));

    m_errors.clear();
    QDateTime oldestCached;
    m_fetchedAt = {};
    for (const auto &c : state.clusters) {
        if (c.fromCache && c.fetchedAt.isValid() && (!oldestCached.isValid() || c.fetchedAt < oldestCached))
            oldestCached = c.fetchedAt;
        if (c.fetchedAt.isValid() && (!m_fetchedAt.isValid() || c.fetchedAt > m_fetchedAt))
            m_fetchedAt = c.fetchedAt;
        for (const auto &e : c.detectedErrors) {
            QVariantMap m;
            m[QStringLiteral("cluster")] = c.title.isEmpty() ? c.name : c.title;
            m[QStringLiteral("type")] = e.type;
            m[QStringLiteral("severity")] = e.severity;
            m[QStringLiteral("message")] = e.message;
            m[QStringLiteral("kind")] = e.sourceRef.kind;
            m[QStringLiteral("name")] = e.sourceRef.name;
            m[QStringLiteral("object")] = QString(e.sourceRef.kind + u'/' + e.sourceRef.name);
            m[QStringLiteral("occurrences")] = e.occurrenceCount;
            m[QStringLiteral("explanation")] = e.proposedFix ? e.proposedFix->rootCauseExplanation : QString();
            m[QStringLiteral("actions")] = e.proposedFix ? e.proposedFix->actions : QStringList();
            m_errors << m;
        }
    }
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("severity")).toInt() > b.toMap().value(QStringLiteral("severity")).toInt();
    });
    m_cachedAge = oldestCached.isValid() ? k8s::ageText(oldestCached, now) : QString();
    Q_EMIT stateChanged();
}

void KubernetesStatus::loadComponents()
{
    m_components.clear();
    store::CatalogStore *s = catalogStore();
    if (!s)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &listed : s->listRows()) {
        if (listed.kind.compare(QLatin1String("Component"), Qt::CaseInsensitive) != 0)
            continue;
        // Listing rows carry no document; read the annotated candidates in full.
        const auto full = s->entity(listed.ref);
        if (!full)
            continue;
        const store::EntityRow &row = *full;
        const QJsonObject metadata = row.data.value(u"metadata").toObject();
        const QJsonObject annotations = metadata.value(u"annotations").toObject();
        if (!annotations.contains(u"backstage.io/kubernetes-id")
            && !annotations.contains(u"backstage.io/kubernetes-label-selector"))
            continue;
        const k8s::ComponentTarget target = k8s::ComponentTarget::fromMetadata(metadata);
        QVariantMap m;
        m[QStringLiteral("ref")] = row.ref;
        m[QStringLiteral("kind")] = row.kind;
        m[QStringLiteral("name")] = row.name;
        m[QStringLiteral("title")] = row.displayName();
        m[QStringLiteral("namespace")] = target.nameSpace;
        m[QStringLiteral("selector")] = target.labelSelector;
        m[QStringLiteral("cluster")] = target.cluster;
        // The last stored reading, so the page tells where to look without contacting every cluster.
        if (const auto cached = s->cached(QStringLiteral("k8s"), row.ref.toLower())) {
            if (const auto state = k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object())) {
                m[QStringLiteral("errorCount")] = state->errorCount();
                m[QStringLiteral("checkedAge")] = k8s::ageText(cached->updatedAt, now);
            }
        }
        m_components << m;
    }
}
