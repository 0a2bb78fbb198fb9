// SPDX-License-Identifier: Apache-2.0
#include "kubernetesstatus.h"

#include "catalogbackend.h"
#include "kubernetesstatusjobs.h"
#include "store/catalogstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>
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
    return created.isValid() ? KubernetesStatus::ageText(created, now) : QString();
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
    case AgeTextRole: return c.fetchedAt.isValid() ? KubernetesStatus::ageText(c.fetchedAt, m_now) : QString();
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

void KubernetesClusterModel::reset(const QList<k8s::ClusterState> &clusters, const QList<int> &workloadCounts,
                                   const QDateTime &now)
{
    beginResetModel();
    m_clusters = clusters;
    m_workloadCounts = workloadCounts;
    m_now = now;
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

QString KubernetesStatus::ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return tr("just now", "@info:age");
    if (secs < 3600)
        return tr("%n min ago", "@info:age", int(secs / 60));
    if (secs < 2 * 86400)
        return tr("%n h ago", "@info:age", int(secs / 3600));
    return tr("%n days ago", "@info:age", int(secs / 86400));
}

template <typename Result>
void KubernetesStatus::runWithStore(std::function<Result(store::CatalogStore *)> work, std::function<void(Result)> apply)
{
    store::CatalogStore *s = catalogStore();
    const QString path = s ? s->path() : QString();
    if (!s || path.isEmpty() || path == u":memory:") {
        // An in-memory catalog has only the UI thread's connection.
        apply(work(s));
        return;
    }
    const quint64 ref = m_refGeneration;
    ++m_pending;
    if (m_pending == 1)
        Q_EMIT busyChanged();
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ref, apply]() {
        watcher->deleteLater();
        --m_pending;
        // Results for a ref the view has left behind are dropped.
        if (ref == m_refGeneration)
            apply(watcher->result());
        if (m_pending == 0)
            Q_EMIT busyChanged();
    });
    watcher->setFuture(QtConcurrent::run([path, work]() {
        store::CatalogStore own;
        const QString error = own.open(path);
        if (!error.isEmpty())
            qWarning("kubernetes: %s", qPrintable(error));
        return work(error.isEmpty() ? &own : nullptr);
    }));
}

void KubernetesStatus::setRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    ++m_refGeneration;
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

void KubernetesStatus::showCached()
{
    const QString ref = m_ref;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 sequence = ++m_sequence;
    runWithStore<k8sjobs::Shown>([ref, now](store::CatalogStore *s) { return k8sjobs::cached(s, ref, now); },
                                 [this, sequence](const k8sjobs::Shown &shown) { publish(shown, sequence); });
}

void KubernetesStatus::refresh()
{
    // Files, YAML and the store are read on a worker; only what needs the UI thread's objects is read here.
    const Environment &e = environment();
    k8sjobs::Inputs inputs;
    inputs.ref = m_ref;
    inputs.clusterSet = m_clusterSet;
    if (!m_clusterSet) {
        inputs.appConfigFiles = e.appConfigFiles ? e.appConfigFiles() : QStringList();
        inputs.env = e.env;
        inputs.homeDir = e.homeDir;
        inputs.extraClusters = e.extraClusters;
    }
    inputs.options = m_fetcher.options();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 sequence = ++m_sequence;
    runWithStore<k8sjobs::Prepared>(
        [inputs, now](store::CatalogStore *s) { return k8sjobs::prepare(s, inputs, now); },
        [this, sequence](const k8sjobs::Prepared &prepared) {
            m_configProblems = prepared.configProblems;
            if (prepared.hasComponents)
                m_components = prepared.components;
            if (!prepared.message.isEmpty()) {
                // A cached copy read before this refresh may still arrive; it must not clear the message.
                m_message = prepared.message;
                m_messageSequence = sequence;
                Q_EMIT stateChanged();
                Q_EMIT refreshed();
                return;
            }
            m_fetcher.setOptions(prepared.options);
            m_fetcher.fetch(prepared.clusters, prepared.target);
            Q_EMIT busyChanged();
        });
}

void KubernetesStatus::onFetched()
{
    const k8s::ComponentState fresh = m_fetcher.state();
    const QString ref = m_ref;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const quint64 sequence = ++m_sequence;
    runWithStore<k8sjobs::Shown>(
        [ref, fresh, now](store::CatalogStore *s) { return k8sjobs::afterFetch(s, ref, fresh, now); },
        [this, sequence](const k8sjobs::Shown &shown) {
            publish(shown, sequence);
            Q_EMIT busyChanged();
            Q_EMIT refreshed();
        });
}

void KubernetesStatus::publish(const k8sjobs::Shown &shown, quint64 sequence)
{
    // A cached copy read before a fetch must not replace the fetch's result when it arrives late.
    if (sequence < m_published)
        return;
    m_published = sequence;
    if (sequence > m_messageSequence)
        m_message.clear();
    m_state = shown.state;
    m_clusterModel.reset(shown.state.clusters, shown.workloadCounts, shown.now);
    m_workloadModel.reset(shown.rows);
    m_errors = shown.errors;
    m_fetchedAt = shown.fetchedAt;
    m_cachedAge = shown.cachedAge;
    Q_EMIT stateChanged();
}
