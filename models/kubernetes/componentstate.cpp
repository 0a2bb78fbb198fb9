// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/componentstate.h"

#include <QJsonObject>

namespace k8s
{

namespace
{

QJsonObject toJson(const DetectedError &e)
{
    QJsonObject json { { QStringLiteral("type"), e.type }, { QStringLiteral("message"), e.message },
        { QStringLiteral("severity"), e.severity }, { QStringLiteral("occurrenceCount"), e.occurrenceCount },
        { QStringLiteral("portolanAddition"), e.portolanAddition },
        { QStringLiteral("sourceRef"),
            QJsonObject { { QStringLiteral("name"), e.sourceRef.name },
                { QStringLiteral("namespace"), e.sourceRef.nameSpace }, { QStringLiteral("kind"), e.sourceRef.kind },
                { QStringLiteral("apiGroup"), e.sourceRef.apiGroup } } } };
    if (const auto &f = e.proposedFix)
        json.insert(QStringLiteral("proposedFix"),
            QJsonObject { { QStringLiteral("errorType"), f->errorType },
                { QStringLiteral("rootCauseExplanation"), f->rootCauseExplanation },
                { QStringLiteral("actions"), QJsonArray::fromStringList(f->actions) },
                { QStringLiteral("type"), f->type }, { QStringLiteral("docsLink"), f->docsLink },
                { QStringLiteral("container"), f->container }, { QStringLiteral("podName"), f->podName } });
    return json;
}

DetectedError detectedFromJson(const QJsonObject &j)
{
    const QJsonObject ref = j.value(u"sourceRef").toObject();
    DetectedError e { j.value(u"type").toString(), j.value(u"message").toString(), j.value(u"severity").toInt(),
        { ref.value(u"name").toString(), ref.value(u"namespace").toString(), ref.value(u"kind").toString(),
            ref.value(u"apiGroup").toString() },
        j.value(u"occurrenceCount").toInt(1), std::nullopt, j.value(u"portolanAddition").toBool() };
    if (j.contains(u"proposedFix")) {
        const QJsonObject f = j.value(u"proposedFix").toObject();
        QStringList actions;
        for (const auto &a : f.value(u"actions").toArray())
            actions.append(a.toString());
        e.proposedFix = ProposedFix { f.value(u"errorType").toString(), f.value(u"rootCauseExplanation").toString(),
            actions, f.value(u"type").toString(), f.value(u"docsLink").toString(), f.value(u"container").toString(),
            f.value(u"podName").toString() };
    }
    return e;
}

} // namespace

bool ClusterState::reachable() const
{
    return std::none_of(errors.cbegin(), errors.cend(), [](const FetchError &e) { return e.fatal; });
}

int ComponentState::errorCount() const
{
    int count = 0;
    for (const auto &cluster : clusters)
        count += int(cluster.detectedErrors.size());
    return count;
}

bool ComponentState::hasProblems() const
{
    return errorCount() > 0
        || std::any_of(clusters.cbegin(), clusters.cend(), [](const ClusterState &c) { return !c.errors.isEmpty(); });
}

QJsonObject ComponentState::toJson() const
{
    QJsonArray clusterArray;
    for (const auto &c : clusters) {
        QJsonObject resources;
        for (auto it = c.resources.cbegin(); it != c.resources.cend(); ++it)
            resources.insert(it.key(), it.value());
        QJsonArray errors, detected;
        for (const auto &e : c.errors)
            errors.append(QJsonObject { { QStringLiteral("errorType"), e.errorType },
                { QStringLiteral("statusCode"), e.statusCode }, { QStringLiteral("resourcePath"), e.resourcePath },
                { QStringLiteral("message"), e.message }, { QStringLiteral("fatal"), e.fatal } });
        for (const auto &e : c.detectedErrors)
            detected.append(k8s::toJson(e));
        clusterArray.append(QJsonObject { { QStringLiteral("name"), c.name }, { QStringLiteral("title"), c.title },
            { QStringLiteral("source"), c.source }, { QStringLiteral("dashboardUrl"), c.dashboardUrl },
            { QStringLiteral("dashboardApp"), c.dashboardApp },
            { QStringLiteral("fetchedAt"), c.fetchedAt.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("fromCache"), c.fromCache }, { QStringLiteral("resources"), resources },
            { QStringLiteral("errors"), errors }, { QStringLiteral("detectedErrors"), detected } });
    }
    return { { QStringLiteral("format"), QStringLiteral("portolan.k8s.component/1") },
        { QStringLiteral("target"),
            QJsonObject { { QStringLiteral("name"), target.name },
                { QStringLiteral("labelSelector"), target.labelSelector },
                { QStringLiteral("namespace"), target.nameSpace }, { QStringLiteral("cluster"), target.cluster } } },
        { QStringLiteral("clusters"), clusterArray } };
}

std::optional<ComponentState> ComponentState::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(u"format").toString() != u"portolan.k8s.component/1") {
        if (error)
            *error = u"unknown cached Kubernetes state format '" + json.value(u"format").toString() + u'\'';
        return std::nullopt;
    }
    ComponentState state;
    const QJsonObject t = json.value(u"target").toObject();
    state.target = { t.value(u"name").toString(), t.value(u"labelSelector").toString(),
        t.value(u"namespace").toString(), t.value(u"cluster").toString() };
    for (const auto &value : json.value(u"clusters").toArray()) {
        const QJsonObject j = value.toObject();
        ClusterState c;
        c.name = j.value(u"name").toString();
        c.title = j.value(u"title").toString();
        c.source = j.value(u"source").toString();
        c.dashboardUrl = j.value(u"dashboardUrl").toString();
        c.dashboardApp = j.value(u"dashboardApp").toString();
        c.fetchedAt = QDateTime::fromString(j.value(u"fetchedAt").toString(), Qt::ISODateWithMs);
        c.fromCache = j.value(u"fromCache").toBool();
        const QJsonObject resources = j.value(u"resources").toObject();
        for (auto it = resources.begin(); it != resources.end(); ++it)
            c.resources.insert(it.key(), it.value().toArray());
        for (const auto &e : j.value(u"errors").toArray()) {
            const QJsonObject o = e.toObject();
            c.errors.append({ o.value(u"errorType").toString(), o.value(u"statusCode").toInt(),
                o.value(u"resourcePath").toString(), o.value(u"message").toString(), o.value(u"fatal").toBool() });
        }
        for (const auto &e : j.value(u"detectedErrors").toArray())
            c.detectedErrors.append(detectedFromJson(e.toObject()));
        state.clusters.append(c);
    }
    return state;
}

ComponentState ComponentState::withCacheFallback(const ComponentState &fresh, const ComponentState &cached)
{
    ComponentState merged = fresh;
    for (auto &cluster : merged.clusters) {
        if (cluster.reachable())
            continue;
        for (const auto &old : cached.clusters) {
            if (old.name != cluster.name || !old.reachable())
                continue;
            const QList<FetchError> freshErrors = cluster.errors;
            cluster = old;
            cluster.errors = freshErrors;
            cluster.fromCache = true;
        }
    }
    return merged;
}

ComponentState ComponentState::cacheable() const
{
    ComponentState out { target, {} };
    for (const auto &cluster : clusters)
        if (cluster.reachable() && !cluster.fromCache)
            out.clusters.append(cluster);
    return out;
}

ComponentState ComponentState::updatedCache(const ComponentState &cached, const ComponentState &fresh)
{
    ComponentState out = fresh.cacheable();
    for (const auto &old : cached.clusters) {
        const bool replaced = std::any_of(
            out.clusters.cbegin(), out.clusters.cend(), [&old](const ClusterState &c) { return c.name == old.name; });
        if (!replaced && old.reachable()) {
            ClusterState kept = old;
            kept.fromCache = false; // in the store it is simply the last good answer
            out.clusters.append(kept);
        }
    }
    return out;
}

QString ageText(const QDateTime &then, const QDateTime &now)
{
    const qint64 secs = then.secsTo(now);
    if (secs < 60)
        return QStringLiteral("just now");
    if (secs < 3600)
        return QString::number(secs / 60) + u" min ago";
    if (secs < 2 * 86400)
        return QString::number(secs / 3600) + u" h ago";
    return QString::number(secs / 86400) + u" days ago";
}

} // namespace k8s
