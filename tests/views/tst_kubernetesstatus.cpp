// SPDX-License-Identifier: Apache-2.0
// The Kubernetes tab's view-model against a real loopback HTTPS API server serving the demo cluster fixture,
// with the real demo catalog in a real store (which also holds the offline cache).
#include "catalogfixture.h"
#include "kubernetes/fixtureserver.h"
#include "kubernetesstatus.h"
#include "testpki.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>

namespace {

const QString kPayments = QStringLiteral("component:default/payments-service");
const QString kFixture = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/kubernetes/demo-cluster.json");

QVariant roleValue(const QAbstractItemModel *model, int row, const QByteArray &role)
{
    return model->data(model->index(row, 0), model->roleNames().key(role));
}

/// Rows of the workload model as "kind name status" for readable failures.
QStringList rowsOf(const QAbstractItemModel *model)
{
    QStringList out;
    for (int i = 0; i < model->rowCount(); ++i)
        out << roleValue(model, i, "kind").toString() + u' ' + roleValue(model, i, "name").toString() + u' '
                + roleValue(model, i, "status").toString();
    return out;
}

int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (roleValue(model, i, "name").toString() == name)
            return i;
    return -1;
}

} // namespace

class TestKubernetesStatus : public QObject
{
    Q_OBJECT
public:
    explicit TestKubernetesStatus(bool onFile)
        : m_onFile(onFile)
    {
    }

private:
    bool m_onFile;
    QTemporaryDir m_dir;
    TestPki m_pki;
    store::CatalogStore m_store;
    std::unique_ptr<k8s::FixtureServer> m_server;

    k8s::ClusterSet clusterSet() const
    {
        k8s::Cluster c;
        c.name = QStringLiteral("demo-cluster");
        c.title = QStringLiteral("Demo cluster");
        c.url = m_server->url().toString();
        c.caPem = m_pki.pem(QStringLiteral("ca.crt"));
        c.auth.token = QStringLiteral("demo-token");
        c.dashboardUrl = QStringLiteral("https://dashboard.acme.example");
        k8s::ClusterSet set;
        set.addCluster(c);
        return set;
    }

    /// A status wired to the store and the server, with both models under QAbstractItemModelTester.
    std::unique_ptr<KubernetesStatus> makeStatus(const QString &ref)
    {
        auto status = std::make_unique<KubernetesStatus>();
        status->setStore(&m_store);
        status->setClusterSet(clusterSet());
        k8s::WorkloadFetcher::Options options;
        options.timeoutMs = 5000;
        status->setFetchOptions(options);
        new QAbstractItemModelTester(status->clusters(), QAbstractItemModelTester::FailureReportingMode::QtTest, status.get());
        new QAbstractItemModelTester(status->workloads(), QAbstractItemModelTester::FailureReportingMode::QtTest, status.get());
        status->setRef(ref);
        return status;
    }

    static bool refreshAndWait(KubernetesStatus *status)
    {
        QSignalSpy done(status, &KubernetesStatus::refreshed);
        status->refresh();
        return !done.isEmpty() || done.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const QString pkiError = m_pki.generate();
        QVERIFY2(pkiError.isEmpty(), qPrintable(pkiError));
        // On a file the status reads and parses on worker threads with their own connections; in memory it
        // cannot, and works on the UI thread. main() runs every test both ways.
        const QString error = loadDemoCatalog(m_store, m_onFile ? m_dir.filePath(QStringLiteral("catalog.sqlite"))
                                                                : QStringLiteral(":memory:"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_server = std::make_unique<k8s::FixtureServer>();
        QString fixtureError;
        QVERIFY2(m_server->loadFixture(kFixture, &fixtureError), qPrintable(fixtureError));
        m_server->setTls(m_pki.certs(QStringLiteral("server.crt")), m_pki.key(QStringLiteral("server.key"), QSsl::Ec));
        m_server->setAcceptedTokens({QStringLiteral("demo-token")});
        QVERIFY(m_server->listenLoopback());
    }

    void paymentsServiceLive()
    {
        auto status = makeStatus(kPayments);
        QVERIFY(status->workloads()->rowCount() == 0); // nothing cached yet
        QVERIFY(refreshAndWait(status.get()));
        QVERIFY2(status->message().isEmpty(), qPrintable(status->message()));

        const QAbstractItemModel *clusters = status->clusters();
        QCOMPARE(clusters->rowCount(), 1);
        QCOMPARE(roleValue(clusters, 0, "name").toString(), QStringLiteral("demo-cluster"));
        QCOMPARE(roleValue(clusters, 0, "reachable").toBool(), true);
        QCOMPARE(roleValue(clusters, 0, "fromCache").toBool(), false);
        QCOMPARE(roleValue(clusters, 0, "ageText").toString(), QStringLiteral("just now"));
        QCOMPARE(roleValue(clusters, 0, "dashboardUrl").toString(), QStringLiteral("https://dashboard.acme.example"));
        QCOMPARE(roleValue(clusters, 0, "ingressHosts").toStringList(), QStringList{QStringLiteral("payments.acme.example")});
        QVERIFY(status->cachedAge().isEmpty());

        // The deployment, then its three pods; the namespace's pgbouncer pod is not this component's.
        const QAbstractItemModel *rows = status->workloads();
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(roleValue(rows, 0, "kind").toString(), QStringLiteral("Deployment"));
        QCOMPARE(roleValue(rows, 0, "name").toString(), QStringLiteral("payments-service"));
        QCOMPARE(roleValue(rows, 0, "readyText").toString(), QStringLiteral("2/3"));
        QCOMPARE(roleValue(rows, 0, "image").toString(), QStringLiteral("registry.acme.example/payments/payments-service:4.12.0"));
        QCOMPARE(roleValue(rows, 0, "restarts").toInt(), 14);
        QVERIFY(roleValue(rows, 0, "hpa").toString().startsWith(QStringLiteral("autoscaled 3–10, now 3")));
        QVERIFY2(rowNamed(rows, QStringLiteral("pgbouncer-0")) < 0, qPrintable(rowsOf(rows).join(u'\n')));

        const int crash = rowNamed(rows, QStringLiteral("payments-service-6c9f7b8d54-q8v2m"));
        QVERIFY2(crash > 0, qPrintable(rowsOf(rows).join(u'\n')));
        QCOMPARE(roleValue(rows, crash, "isPod").toBool(), true);
        QCOMPARE(roleValue(rows, crash, "status").toString(), QStringLiteral("CrashLoopBackOff"));
        QCOMPARE(roleValue(rows, crash, "restarts").toInt(), 14);
        QCOMPARE(roleValue(rows, crash, "containers").toString(), QStringLiteral("app: waiting CrashLoopBackOff, last OOMKilled"));
        QVERIFY(roleValue(rows, crash, "errorCount").toInt() >= 1);
        QVERIFY(!roleValue(rows, crash, "node").toString().isEmpty());
        const int healthy = rowNamed(rows, QStringLiteral("payments-service-6c9f7b8d54-7xk2p"));
        QCOMPARE(roleValue(rows, healthy, "status").toString(), QStringLiteral("Running"));
        QCOMPARE(roleValue(rows, healthy, "errorCount").toInt(), 0);

        // Findings, most severe first, naming the crashing pod.
        const QVariantList errors = status->detectedErrors();
        QVERIFY(!errors.isEmpty());
        bool aboutCrash = false;
        int lastSeverity = 1000;
        for (const QVariant &e : errors) {
            const QVariantMap m = e.toMap();
            QVERIFY(m.value(QStringLiteral("severity")).toInt() <= lastSeverity);
            lastSeverity = m.value(QStringLiteral("severity")).toInt();
            aboutCrash = aboutCrash || m.value(QStringLiteral("object")) == QStringLiteral("Pod/payments-service-6c9f7b8d54-q8v2m");
        }
        QVERIFY2(aboutCrash, QJsonDocument::fromVariant(errors).toJson().constData());

        // The good result was kept for offline use under the lowercased ref.
        const auto cached = m_store.cached(QStringLiteral("k8s"), kPayments);
        QVERIFY(cached);
        const auto state = k8s::ComponentState::fromJson(QJsonDocument::fromJson(cached->value).object());
        QVERIFY(state);
        QCOMPARE(state->clusters.size(), 1);
        QCOMPARE(state->clusters.first().objects(QStringLiteral("pods")).size(), 3);
    }

    void unhealthyHpaAndNotReadyPod()
    {
        auto status = makeStatus(QStringLiteral("component:default/fraud-scoring-service"));
        QVERIFY(refreshAndWait(status.get()));
        const QAbstractItemModel *rows = status->workloads();
        QCOMPARE(rows->rowCount(), 7);
        QVERIFY(roleValue(rows, 0, "hpa").toString().endsWith(QStringLiteral("at maximum")));
        bool hpaFinding = false;
        for (const QVariant &e : status->detectedErrors())
            hpaFinding = hpaFinding || e.toMap().value(QStringLiteral("kind")) == QStringLiteral("HorizontalPodAutoscaler");
        QVERIFY(hpaFinding);

        status->setRef(QStringLiteral("component:default/fraud-rules-engine"));
        QVERIFY(refreshAndWait(status.get()));
        const int notReady = rowNamed(rows, QStringLiteral("fraud-rules-engine-84c6b5d7f-v6u7z"));
        QVERIFY2(notReady > 0, qPrintable(rowsOf(rows).join(u'\n')));
        QCOMPARE(roleValue(rows, notReady, "status").toString(), QStringLiteral("Running, not ready"));
    }

    void labelSelectorComponent()
    {
        auto status = makeStatus(QStringLiteral("component:default/payments-webhook-worker"));
        QVERIFY(refreshAndWait(status.get()));
        QCOMPARE(rowsOf(status->workloads()),
                 (QStringList{QStringLiteral("Deployment payments-webhook-worker available"),
                              QStringLiteral("Pod payments-webhook-worker-58d6c4f9b7-b7m4t Running"),
                              QStringLiteral("Pod payments-webhook-worker-58d6c4f9b7-z2r9c Running")}));
        QVERIFY(status->detectedErrors().isEmpty());
    }

    void offlineFallsBackToCache()
    {
        // A copy stored two hours ago, then the cluster goes away.
        auto stored = k8s::ComponentState::fromJson(
            QJsonDocument::fromJson(m_store.cached(QStringLiteral("k8s"), kPayments)->value).object());
        QVERIFY(stored);
        stored->clusters.first().fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 60);
        QVERIFY(m_store.putCached(QStringLiteral("k8s"), kPayments,
                                  QJsonDocument(stored->toJson()).toJson(QJsonDocument::Compact)).isEmpty());
        const quint16 port = m_server->serverPort();
        const k8s::ClusterSet clusters = clusterSet(); // its URL, while the server still has a port
        m_server->close();

        auto status = makeStatus(kPayments);
        status->setClusterSet(clusters);
        // Before the clusters answer, the stored copy is on screen, marked as such. From a file it is read by a
        // worker: the status is busy and shows nothing until then.
        if (m_onFile) {
            QVERIFY(status->busy());
            QCOMPARE(status->workloads()->rowCount(), 0);
        }
        QTRY_COMPARE(status->workloads()->rowCount(), 4);
        QCOMPARE(status->cachedAge(), QStringLiteral("2 h ago"));

        QVERIFY(refreshAndWait(status.get()));
        const QAbstractItemModel *clusterModel = status->clusters();
        QCOMPARE(clusterModel->rowCount(), 1);
        QCOMPARE(roleValue(clusterModel, 0, "reachable").toBool(), false);
        QCOMPARE(roleValue(clusterModel, 0, "fromCache").toBool(), true);
        QCOMPARE(roleValue(clusterModel, 0, "ageText").toString(), QStringLiteral("2 h ago"));
        QVERIFY(!roleValue(clusterModel, 0, "errorText").toString().isEmpty());
        QCOMPARE(status->cachedAge(), QStringLiteral("2 h ago"));
        QCOMPARE(status->workloads()->rowCount(), 4);
        QVERIFY(!status->detectedErrors().isEmpty());

        // The failed refresh kept the old copy (with its time) rather than overwriting it with nothing.
        const auto after = k8s::ComponentState::fromJson(
            QJsonDocument::fromJson(m_store.cached(QStringLiteral("k8s"), kPayments)->value).object());
        QVERIFY(after);
        QCOMPARE(after->clusters.size(), 1);
        QCOMPARE(after->clusters.first().fetchedAt, stored->clusters.first().fetchedAt);

        // Back online on the same port: fresh data replaces the badge.
        QVERIFY(m_server->listen(QHostAddress::LocalHost, port));
        QVERIFY(refreshAndWait(status.get()));
        QVERIFY2(roleValue(clusterModel, 0, "reachable").toBool(), qPrintable(roleValue(clusterModel, 0, "errorText").toString()));
        QCOMPARE(roleValue(clusterModel, 0, "fromCache").toBool(), false);
        QVERIFY(status->cachedAge().isEmpty());
    }

    void pageListsClustersAndComponents()
    {
        auto status = makeStatus(QString());
        QVERIFY(refreshAndWait(status.get()));
        QCOMPARE(status->clusters()->rowCount(), 1);
        QCOMPARE(roleValue(status->clusters(), 0, "reachable").toBool(), true);
        QStringList names;
        for (const QVariant &c : status->components())
            names << c.toMap().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("fraud-rules-engine"), QStringLiteral("fraud-scoring-service"),
                                     QStringLiteral("ledger-service"), QStringLiteral("merchant-bff"),
                                     QStringLiteral("merchant-dashboard"), QStringLiteral("payments-service"),
                                     QStringLiteral("payments-webhook-worker")}));
        // payments-service was read above: the page shows its last known finding count.
        for (const QVariant &c : status->components())
            if (c.toMap().value(QStringLiteral("name")) == QStringLiteral("payments-service"))
                QVERIFY(c.toMap().value(QStringLiteral("errorCount")).toInt() >= 1);
        // Only one cheap list request per cluster for reachability.
        QVERIFY(m_server->requestLog().last().contains(QStringLiteral("/api/v1/namespaces/default/pods")));
    }

    void noClustersSaysSo()
    {
        auto status = makeStatus(kPayments);
        status->setClusterSet(k8s::ClusterSet());
        QVERIFY(refreshAndWait(status.get()));
        QVERIFY(status->message().contains(QStringLiteral("No Kubernetes cluster")));
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestKubernetesStatus inMemory(false);
    TestKubernetesStatus onFile(true);
    const int failedInMemory = QTest::qExec(&inMemory, argc, argv);
    return failedInMemory + QTest::qExec(&onFile, argc, argv);
}
#include "tst_kubernetesstatus.moc"
