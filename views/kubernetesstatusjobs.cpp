// SPDX-License-Identifier: Apache-2.0
#include "kubernetesstatusjobs.h"

#include "store/catalogstore.h"

#include <QDir>
#include <QJsonDocument>

namespace k8sjobs {

namespace {

std::optional<k8s::ComponentState> storedState(store::CatalogStore *store, const QString &ref)
{
    if (ref.isEmpty() || !store)
        return std::nullopt;
    const auto cached = store->cached(QStringLiteral("k8s"), ref.toLower());
    if (!cached)
        return std::nullopt;
    return k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object());
}

void keep(store::CatalogStore *store, const QString &ref, const k8s::ComponentState &state)
{
    if (store && !state.clusters.isEmpty())
        (void)store->putCached(QStringLiteral("k8s"), ref.toLower(), QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
}

QVariantList annotatedComponents(store::CatalogStore *store, const QDateTime &now)
{
    QVariantList components;
    for (const auto &listed : store->listRows()) {
        if (listed.kind.compare(QLatin1String("Component"), Qt::CaseInsensitive) != 0)
            continue;
        // Listing rows carry no document; read the annotated candidates in full.
        const auto full = store->entity(listed.ref);
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
        if (const auto cached = store->cached(QStringLiteral("k8s"), row.ref.toLower())) {
            if (const auto state = k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object())) {
                m[QStringLiteral("errorCount")] = state->errorCount();
                m[QStringLiteral("checkedAge")] = KubernetesStatus::ageText(cached->updatedAt, now);
            }
        }
        components << m;
    }
    return components;
}

} // namespace

Shown shownFor(const k8s::ComponentState &state, const QDateTime &now)
{
    Shown shown;
    shown.state = state;
    shown.now = now;
    shown.rows = KubernetesWorkloadModel::rowsFor(state.clusters, now);
    QDateTime oldestCached;
    for (const auto &c : state.clusters) {
        shown.workloadCounts << int(k8s::ComponentState::workloads(c).size());
        if (c.fromCache && c.fetchedAt.isValid() && (!oldestCached.isValid() || c.fetchedAt < oldestCached))
            oldestCached = c.fetchedAt;
        if (c.fetchedAt.isValid() && (!shown.fetchedAt.isValid() || c.fetchedAt > shown.fetchedAt))
            shown.fetchedAt = c.fetchedAt;
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
            shown.errors << m;
        }
    }
    std::stable_sort(shown.errors.begin(), shown.errors.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("severity")).toInt() > b.toMap().value(QStringLiteral("severity")).toInt();
    });
    shown.cachedAge = oldestCached.isValid() ? KubernetesStatus::ageText(oldestCached, now) : QString();
    return shown;
}

Shown cached(store::CatalogStore *store, const QString &ref, const QDateTime &now)
{
    k8s::ComponentState state;
    if (auto stored = storedState(store, ref)) {
        // Until the clusters answer, what is shown is the stored copy: say so.
        state = *stored;
        for (auto &c : state.clusters)
            c.fromCache = true;
    }
    return shownFor(state, now);
}

Shown afterFetch(store::CatalogStore *store, const QString &ref, const k8s::ComponentState &fresh, const QDateTime &now)
{
    k8s::ComponentState shown = fresh;
    if (const auto stored = storedState(store, ref)) {
        shown = k8s::ComponentState::withCacheFallback(fresh, *stored);
        const k8s::ComponentState kept = k8s::ComponentState::updatedCache(*stored, fresh);
        if (!(kept == *stored))
            keep(store, ref, kept);
    } else if (!ref.isEmpty()) {
        keep(store, ref, fresh.cacheable());
    }
    return shownFor(shown, now);
}

Prepared prepare(store::CatalogStore *store, const Inputs &in, const QDateTime &now)
{
    Prepared out;
    k8s::ClusterSet set;
    if (in.clusterSet) {
        set = *in.clusterSet;
    } else {
        for (const auto &c : in.extraClusters)
            set.addCluster(c);
        set.merge(k8s::ClusterSet::load(in.appConfigFiles, in.env, in.homeDir.isEmpty() ? QDir::homePath() : in.homeDir));
    }
    for (const auto &d : set.diagnostics())
        out.configProblems << d.toString();
    out.options = in.options;
    if (in.ref.isEmpty()) {
        out.hasComponents = true;
        if (store)
            out.components = annotatedComponents(store, now);
        // Reachability only: one list request per cluster that cannot match anything.
        out.target.name = QStringLiteral("portolan-probe");
        out.target.nameSpace = QStringLiteral("default");
        out.target.labelSelector = QStringLiteral("portolan.dev/probe=reachability");
        out.options.objectTypes.clear();
        for (const auto &t : k8s::defaultObjectTypes())
            if (t.plural == u"pods")
                out.options.objectTypes << t;
    } else {
        const auto row = store ? store->entity(in.ref) : std::nullopt;
        if (!row) {
            out.message = KubernetesStatus::tr("%1 is not in the catalog.").arg(in.ref);
            return out;
        }
        out.target = k8s::ComponentTarget::fromMetadata(row->data.value(u"metadata").toObject());
        out.options.objectTypes = k8s::defaultObjectTypes();
    }
    QString error;
    const auto clusters = k8s::WorkloadFetcher::clustersFor(set, out.target, &error);
    if (!clusters || clusters->isEmpty()) {
        out.message = clusters ? KubernetesStatus::tr("No Kubernetes cluster is configured: add one to your kubeconfig "
                                                      "or to an app-config file in Settings.")
                               : error;
        return out;
    }
    out.clusters = *clusters;
    return out;
}

} // namespace k8sjobs
