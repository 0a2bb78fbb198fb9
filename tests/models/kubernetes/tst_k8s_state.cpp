// SPDX-License-Identifier: Apache-2.0
// Error detection against Backstage's kubernetes-common rules, workload grouping, the JSON form kept in
// the offline cache, and the cached fallback.
#include "kubernetes/componentstate.h"
#include "kubernetes/errordetection.h"
#include "kubernetes/labelselector.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

using namespace k8s;

namespace
{

const QString dataDir = QStringLiteral(PORTOLAN_K8S_TEST_DATA);
const QDateTime now(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

// What the API server would return for the component: the recorded lists filtered by its selector.
ClusterState fromFixture(
    const QString &name, const QString &selectorText = QStringLiteral("backstage.io/kubernetes-id=shop-api"))
{
    QFile f(dataDir + u"/recorded/" + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    const QJsonObject responses = QJsonDocument::fromJson(f.readAll()).object().value(u"responses").toObject();
    const auto selector = LabelSelector::parse(selectorText, nullptr);
    ClusterState cluster;
    cluster.name = QStringLiteral("kind-shop");
    cluster.title = cluster.name;
    cluster.source = QStringLiteral("kubeconfig");
    cluster.fetchedAt = now;
    for (auto it = responses.begin(); it != responses.end(); ++it) {
        QJsonArray items;
        for (const auto &item : it.value().toObject().value(u"items").toArray())
            if (selector->matches(item.toObject().value(u"metadata").toObject().value(u"labels").toObject()))
                items.append(item);
        cluster.resources.insert(it.key().section(u'/', -1), items);
    }
    return cluster;
}

QJsonArray errorsJson(const QList<DetectedError> &errors)
{
    ComponentState state;
    ClusterState c;
    c.detectedErrors = errors;
    state.clusters.append(c);
    return state.toJson().value(u"clusters").toArray().first().toObject().value(u"detectedErrors").toArray();
}

// Golden comparison: on mismatch write <name>.fail next to the golden and show the diff.
void compareGolden(const QJsonArray &actual, const QString &goldenName)
{
    const QString golden = dataDir + u"/expected/" + goldenName;
    QFile f(golden);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(golden));
    const QByteArray expected = f.readAll();
    const QByteArray got = QJsonDocument(actual).toJson(QJsonDocument::Indented);
    if (QJsonDocument::fromJson(expected).array() == actual)
        return;
    QFile fail(golden + u".fail");
    QVERIFY(fail.open(QIODevice::WriteOnly));
    fail.write(got);
    fail.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"), { QStringLiteral("-u"), golden, fail.fileName() });
    diff.waitForFinished();
    QFAIL(qPrintable(u"differs from " + golden + u":\n" + QString::fromUtf8(diff.readAllStandardOutput())));
}

QJsonObject pod(const QJsonObject &status, const QJsonObject &spec = {},
    const QString &created = QStringLiteral("2026-11-25T09:59:00Z"))
{
    return { { QStringLiteral("metadata"),
                 QJsonObject { { QStringLiteral("name"), QStringLiteral("p") },
                     { QStringLiteral("namespace"), QStringLiteral("ns") },
                     { QStringLiteral("creationTimestamp"), created } } },
        { QStringLiteral("spec"), spec }, { QStringLiteral("status"), status } };
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void troubledComponentMatchesGolden()
    {
        const ClusterState cluster = fromFixture(QStringLiteral("shop-troubled.json"));
        const auto errors = detectErrors(cluster, { now, 300 });
        compareGolden(errorsJson(errors), QStringLiteral("shop-troubled.errors.json"));
        QStringList types;
        for (const auto &e : errors)
            types << e.type;
        // Backstage's own detectors first, Portolan's additions marked.
        QCOMPARE(types.count(QStringLiteral("container-waiting")), 2); // CrashLoopBackOff, ImagePullBackOff
        QCOMPARE(types.count(QStringLiteral("containers-restarting")), 1); // 7 restarts, last OOMKilled
        QCOMPARE(types.count(QStringLiteral("readiness-probe-taking-too-long")), 1);
        QCOMPARE(types.count(QStringLiteral("condition-message-present")), 2); // worker: Available + Progressing False
        QCOMPARE(types.count(QStringLiteral("hpa-max-current-replicas")), 1);
        QCOMPARE(types.count(QStringLiteral("pod-pending-too-long")), 1);
        QCOMPARE(types.count(QStringLiteral("deployment-replicas-unavailable")), 2);
        QCOMPARE(types.count(QStringLiteral("job-failed")), 1);
        QCOMPARE(errors.size(), 11);
        for (const auto &e : errors)
            QCOMPARE(e.portolanAddition,
                e.type == u"pod-pending-too-long" || e.type == u"deployment-replicas-unavailable"
                    || e.type == u"job-failed" || e.type == u"container-oom-killed");
    }

    void healthyComponentHasNoErrors()
    {
        const ClusterState cluster = fromFixture(QStringLiteral("shop-healthy.json"));
        QVERIFY(!cluster.objects(QStringLiteral("pods")).isEmpty());
        QCOMPARE(detectErrors(cluster, { now, 300 }).size(), 0);
    }

    void detectorEdges_data()
    {
        QTest::addColumn<QString>("plural");
        QTest::addColumn<QJsonObject>("object");
        QTest::addColumn<QStringList>("types");
        const QJsonObject probeSpec = json(
            R"({"containers":[{"name":"c","readinessProbe":{"initialDelaySeconds":30,"periodSeconds":10,"failureThreshold":3}}]})");
        QTest::newRow("readiness still within its grace period")
            << "pods"
            << pod(json(
                       R"({"phase":"Running","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"running":{"startedAt":"2026-11-25T09:59:30Z"}}}]})"),
                   probeSpec)
            << QStringList();
        QTest::newRow("readiness overdue")
            << "pods"
            << pod(json(
                       R"({"phase":"Running","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"running":{"startedAt":"2026-11-25T09:58:00Z"}}}]})"),
                   probeSpec)
            << QStringList { QStringLiteral("readiness-probe-taking-too-long") };
        QTest::newRow("not ready but no readiness probe")
            << "pods"
            << pod(json(
                       R"({"phase":"Running","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"running":{"startedAt":"2026-11-25T08:00:00Z"}}}]})"),
                   json(R"({"containers":[{"name":"c"}]})"))
            << QStringList();
        QTest::newRow("waiting without a message (ContainerCreating)")
            << "pods"
            << pod(json(
                   R"({"phase":"Pending","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"waiting":{"reason":"ContainerCreating"}}}]})"))
            << QStringList();
        QTest::newRow("OOMKilled now, never restarted (Portolan)")
            << "pods"
            << pod(json(
                   R"({"phase":"Failed","containerStatuses":[{"name":"c","ready":false,"restartCount":0,"state":{"terminated":{"reason":"OOMKilled","exitCode":137}}}]})"))
            << QStringList { QStringLiteral("container-oom-killed") };
        QTest::newRow("pending 4 min is fine")
            << "pods" << pod(json(R"({"phase":"Pending"})"), {}, QStringLiteral("2026-11-25T09:56:00Z"))
            << QStringList();
        QTest::newRow("pending 6 min (Portolan)")
            << "pods"
            << pod(json(
                       R"({"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable","message":"0/3 nodes are available: 3 Insufficient cpu."}]})"),
                   {}, QStringLiteral("2026-11-25T09:54:00Z"))
            << QStringList { QStringLiteral("pod-pending-too-long") };
        QTest::newRow("hpa without currentReplicas")
            << "horizontalpodautoscalers" << json(R"({"metadata":{"name":"h"},"spec":{"maxReplicas":3},"status":{}})")
            << QStringList();
        QTest::newRow("hpa below max")
            << "horizontalpodautoscalers"
            << json(R"({"metadata":{"name":"h"},"spec":{"maxReplicas":3},"status":{"currentReplicas":2}})")
            << QStringList();
        QTest::newRow("deployment condition False without message")
            << "deployments"
            << json(R"({"metadata":{"name":"d"},"status":{"conditions":[{"type":"Available","status":"False"}]}})")
            << QStringList();
        QTest::newRow("deployment ProgressDeadlineExceeded")
            << "deployments"
            << json(
                   R"({"metadata":{"name":"d"},"status":{"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet d-1 has timed out progressing."}]}})")
            << QStringList { QStringLiteral("condition-message-present") };
        QTest::newRow("job complete")
            << "jobs"
            << json(
                   R"({"metadata":{"name":"j"},"status":{"conditions":[{"type":"Complete","status":"True"}],"succeeded":1}})")
            << QStringList();
    }

    void detectorEdges()
    {
        QFETCH(QString, plural);
        QFETCH(QJsonObject, object);
        QFETCH(QStringList, types);
        ClusterState cluster;
        cluster.resources.insert(plural, QJsonArray { object });
        QStringList got;
        for (const auto &e : detectErrors(cluster, { now, 300 }))
            got << e.type;
        QCOMPARE(got, types);
    }

    void messagesAndFixes()
    {
        const auto errors = detectErrors(fromFixture(QStringLiteral("shop-troubled.json")), { now, 300 });
        auto find = [&errors](const QString &type) {
            for (const auto &e : errors)
                if (e.type == type)
                    return e;
            return DetectedError {};
        };
        const DetectedError hpa = find(QStringLiteral("hpa-max-current-replicas"));
        QCOMPARE(hpa.message,
            QStringLiteral("Current number of replicas (4) is equal to the configured max number of replicas (4)"));
        QCOMPARE(hpa.severity, 8);
        QCOMPARE(hpa.sourceRef,
            (SourceRef { QStringLiteral("shop-api"), QStringLiteral("shop"), QStringLiteral("HorizontalPodAutoscaler"),
                QStringLiteral("autoscaling/v1") }));
        const DetectedError restarts = find(QStringLiteral("containers-restarting"));
        QCOMPARE(restarts.message, QStringLiteral("container=api restarted 7 times"));
        QCOMPARE(restarts.occurrenceCount, 7);
        QCOMPARE(restarts.proposedFix->errorType, QStringLiteral("OOMKilled"));
        const DetectedError waiting = find(QStringLiteral("container-waiting"));
        QVERIFY(waiting.message.startsWith(u"back-off 5m0s restarting failed container=api"));
        QCOMPARE(waiting.proposedFix->errorType, QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(waiting.proposedFix->container, QStringLiteral("api"));
        QCOMPARE(waiting.sourceRef.kind, QStringLiteral("Pod"));
        QCOMPARE(find(QStringLiteral("job-failed")).message,
            QStringLiteral("Job failed: Job has reached the specified backoff limit"));
    }

    void workloadsGroupedByOwner()
    {
        ClusterState cluster = fromFixture(QStringLiteral("shop-troubled.json"));
        cluster.detectedErrors = detectErrors(cluster, { now, 300 });
        const auto groups = ComponentState::workloads(cluster);
        QStringList summary;
        for (const auto &g : groups)
            summary << g.kind + u'/' + g.object.value(u"metadata").toObject().value(u"name").toString() + u" pods="
                    + QString::number(g.pods.size()) + u" hpa="
                    + g.hpa.value(u"metadata").toObject().value(u"name").toString() + u" errors="
                    + QString::number(g.errors.size());
        QCOMPARE(summary,
            (QStringList { QStringLiteral("Deployment/shop-api pods=4 hpa=shop-api errors=5"),
                QStringLiteral("Deployment/shop-worker pods=1 hpa= errors=5"),
                QStringLiteral("CronJob/shop-nightly-report pods=1 hpa= errors=1") }));

        // Without the selector the billing pod (no known owner in this component) is listed on its own.
        ClusterState all = fromFixture(QStringLiteral("shop-troubled.json"), QString());
        QCOMPARE(ComponentState::workloads(all).last().kind, QString());
        QCOMPARE(ComponentState::workloads(all).last().pods.size(), 1);
    }

    void jsonRoundTrip()
    {
        ComponentState state;
        state.target = { QStringLiteral("shop-api"), QStringLiteral("backstage.io/kubernetes-id=shop-api"),
            QStringLiteral("shop"), {} };
        ClusterState ok = fromFixture(QStringLiteral("shop-troubled.json"));
        ok.detectedErrors = detectErrors(ok, { now, 300 });
        ok.dashboardUrl = QStringLiteral("https://dash.example");
        ok.dashboardApp = QStringLiteral("standard");
        ok.errors.append({ QStringLiteral("UNKNOWN_ERROR"), 403, QStringLiteral("/api/v1/namespaces/shop/configmaps"),
            QStringLiteral("HTTP 403: forbidden"), false });
        ClusterState down;
        down.name = QStringLiteral("eu-west");
        down.title = QStringLiteral("EU West");
        down.source = QStringLiteral("app-config");
        down.fetchedAt = now.addSecs(-7200);
        down.fromCache = true;
        down.errors.append({ QStringLiteral("FETCH_ERROR"), 0, QStringLiteral("/api/v1/namespaces/shop/pods"),
            QStringLiteral("TLS handshake failed: x"), true });
        state.clusters = { ok, down };

        // Through bytes, as the store keeps it.
        const QByteArray bytes = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const auto back = ComponentState::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->clusters.size(), 2);
        QCOMPARE(back->clusters[0].detectedErrors, ok.detectedErrors);
        QCOMPARE(back->clusters[0].resources, ok.resources);
        QCOMPARE(back->clusters[1], down);
        QVERIFY(*back == state);
        QCOMPARE(back->errorCount(), 11);

        QVERIFY(!ComponentState::fromJson(QJsonObject { { QStringLiteral("format"), QStringLiteral("v0") } }, &error));
        QVERIFY(error.contains(u"unknown cached Kubernetes state format"));
    }

    void cachedFallback()
    {
        ComponentState cached;
        ClusterState good = fromFixture(QStringLiteral("shop-healthy.json"));
        good.fetchedAt = now.addSecs(-2 * 3600);
        cached.clusters = { good };

        ComponentState fresh;
        ClusterState failed;
        failed.name = good.name;
        failed.fetchedAt = now;
        failed.errors.append({ QStringLiteral("FETCH_ERROR"), 0, QStringLiteral("https://10.0.0.1"),
            QStringLiteral("cannot reach the cluster: Connection refused"), true });
        ClusterState other;
        other.name = QStringLiteral("never-cached");
        other.errors = failed.errors;
        fresh.clusters = { failed, other };

        QCOMPARE(fresh.cacheable().clusters.size(), 0); // nothing good to keep from this run
        const ComponentState shown = ComponentState::withCacheFallback(fresh, cached);
        QVERIFY(shown.clusters[0].fromCache);
        QCOMPARE(shown.clusters[0].fetchedAt, now.addSecs(-7200));
        QCOMPARE(shown.clusters[0].objects(QStringLiteral("pods")).size(), 2);
        QCOMPARE(shown.clusters[0].errors, failed.errors); // why it is stale stays visible
        QCOMPARE(ageText(shown.clusters[0].fetchedAt, now), QStringLiteral("2 h ago"));
        QVERIFY(!shown.clusters[1].fromCache);
        QVERIFY(shown.clusters[1].resources.isEmpty());
        // A cluster read fine now replaces the cached copy.
        QCOMPARE(cached.cacheable().clusters.size(), 1);
    }

    void ageTexts_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << 5 << QStringLiteral("just now");
        QTest::newRow("minutes") << 600 << QStringLiteral("10 min ago");
        QTest::newRow("hours") << 7300 << QStringLiteral("2 h ago");
        QTest::newRow("days") << 3 * 86400 << QStringLiteral("3 days ago");
    }

    void ageTexts()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(ageText(now.addSecs(-seconds), now), text);
    }
};

QTEST_GUILESS_MAIN(TestState)
#include "tst_k8s_state.moc"
