// SPDX-License-Identifier: Apache-2.0
// The fetcher against a real HTTPS Kubernetes API fixture server on 127.0.0.1, with certificates made by
// openssl for this run and clusters read from kubeconfig files written by the test.
#include "kubernetes/clusterset.h"
#include "kubernetes/fixtureserver.h"
#include "kubernetes/workloadfetcher.h"
#include "testpki.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace k8s;

namespace
{

const QString troubled = QStringLiteral(PORTOLAN_K8S_TEST_DATA "/recorded/shop-troubled.json");

void writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(text);
    if (executable)
        f.setPermissions(f.permissions() | QFile::ExeOwner | QFile::ExeUser);
}

ComponentTarget shopApi()
{
    return ComponentTarget::fromMetadata(QJsonObject { { QStringLiteral("name"), QStringLiteral("shop-api") },
        { QStringLiteral("annotations"),
            QJsonObject { { QStringLiteral("backstage.io/kubernetes-namespace"), QStringLiteral("shop") } } } });
}

WorkloadFetcher::Options options()
{
    WorkloadFetcher::Options o;
    o.timeoutMs = 8000;
    o.detection.now = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    return o;
}

ComponentState fetchOnce(const QList<Cluster> &clusters, const WorkloadFetcher::Options &opts = options(),
    ExecCredentialCache *cache = nullptr)
{
    WorkloadFetcher fetcher;
    fetcher.setOptions(opts);
    if (cache)
        fetcher.setCredentialCache(cache);
    QSignalSpy finished(&fetcher, &WorkloadFetcher::finished);
    fetcher.fetch(clusters, shopApi());
    if (finished.isEmpty())
        finished.wait(20000);
    return fetcher.state();
}

QString errorsOf(const ClusterState &c)
{
    QStringList out;
    for (const auto &e : c.errors)
        out << e.resourcePath + u": " + e.message;
    return out.join(u'\n');
}

} // namespace

class TestFetch : public QObject
{
    Q_OBJECT
    TestPki m_pki;
    QTemporaryDir m_dir;

    std::unique_ptr<FixtureServer> server(const QString &cert = QStringLiteral("server"), bool clientCa = false)
    {
        auto s = std::make_unique<FixtureServer>();
        QString error;
        if (!s->loadFixture(troubled, &error))
            qFatal("%s", qPrintable(error));
        s->setTls(m_pki.certs(cert + u".crt"), m_pki.key(cert + u".key", QSsl::Ec),
            clientCa ? m_pki.certs(QStringLiteral("ca.crt")) : QList<QSslCertificate>());
        if (!clientCa)
            s->setAcceptedTokens({ QStringLiteral("s3cr3t-token") });
        s->setForbiddenTokens({ QStringLiteral("no-rbac-token") });
        if (!s->listenLoopback())
            qFatal("cannot listen");
        return s;
    }

    Cluster cluster(const FixtureServer &s, const QString &name = QStringLiteral("test"))
    {
        Cluster c;
        c.name = name;
        c.url = s.url().toString();
        c.caPem = m_pki.pem(QStringLiteral("ca.crt"));
        c.auth.token = QStringLiteral("s3cr3t-token");
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QCOMPARE(QSslSocket::activeBackend(), QStringLiteral("openssl"));
        const QString error = m_pki.generate();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void tokenAndCaFromKubeconfig()
    {
        auto s = server();
        // certificate-authority is relative: it must resolve against the kubeconfig's folder.
        QFile::copy(m_pki.path(QStringLiteral("ca.crt")), m_dir.filePath(QStringLiteral("cluster-ca.crt")));
        writeFile(m_dir.filePath(QStringLiteral("token.yaml")),
            "apiVersion: v1\nkind: Config\ncurrent-context: kind\nclusters:\n- name: kind-cluster\n  cluster:\n"
            "    server: "
                + s->url().toString().toUtf8()
                + "\n    certificate-authority: cluster-ca.crt\n"
                  "users:\n- name: dev\n  user:\n    token: s3cr3t-token\ncontexts:\n- name: kind\n  context:\n"
                  "    cluster: kind-cluster\n    user: dev\n    namespace: shop\n");
        const ClusterSet set = ClusterSet::fromKubeconfig({ m_dir.filePath(QStringLiteral("token.yaml")) });
        QVERIFY(set.diagnostics().isEmpty());
        QCOMPARE(set.clusters().size(), 1);

        QElapsedTimer timer;
        timer.start();
        const ComponentState state = fetchOnce(set.clusters());
        qInfo("13 lists over TLS loopback, fresh connection: %lld ms", timer.elapsed());
        QCOMPARE(state.clusters.size(), 1);
        const ClusterState &c = state.clusters.first();
        QVERIFY2(c.errors.isEmpty(), qPrintable(errorsOf(c)));
        QCOMPARE(c.name, QStringLiteral("kind"));
        QCOMPARE(c.source, QStringLiteral("kubeconfig"));
        // 7 pods recorded; the billing pod has another backstage.io/kubernetes-id and must not come back.
        QCOMPARE(c.objects(QStringLiteral("pods")).size(), 6);
        QCOMPARE(c.objects(QStringLiteral("deployments")).size(), 2);
        QCOMPARE(c.objects(QStringLiteral("horizontalpodautoscalers")).size(), 1);
        QCOMPARE(c.detectedErrors.size(), 11);
        QCOMPARE(s->requestLog().size(), 13); // one list request per default object type
        for (const QString &line : s->requestLog()) {
            QVERIFY2(line.contains(u"/namespaces/shop/"), qPrintable(line));
            QVERIFY2(line.contains(u"labelSelector=backstage.io%2Fkubernetes-id%3Dshop-api"), qPrintable(line));
            QVERIFY2(line.endsWith(u"auth=bearer"), qPrintable(line));
            QVERIFY2(line.startsWith(u"GET "), qPrintable(line));
        }
        QVERIFY(
            s->requestLog().contains(u"GET /apis/autoscaling/v2/namespaces/shop/horizontalpodautoscalers"
                                     u"?labelSelector=backstage.io%2Fkubernetes-id%3Dshop-api&limit=500 auth=bearer"));
    }

    void serviceAccountFromAppConfig()
    {
        auto s = server();
        const QString file = m_dir.filePath(QStringLiteral("app-config.yaml"));
        writeFile(file,
            "kubernetes:\n  serviceLocatorMethod: {type: multiTenant}\n  clusterLocatorMethods:\n"
            "  - type: config\n    clusters:\n    - name: shop-prod\n      url: ${K8S_URL}\n"
            "      authProvider: serviceAccount\n      serviceAccountToken: ${K8S_TOKEN}\n"
            "      caData: "
                + m_pki.pem(QStringLiteral("ca.crt")).toBase64() + "\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("K8S_URL"), s->url().toString());
        env.insert(QStringLiteral("K8S_TOKEN"), QStringLiteral("s3cr3t-token"));
        const ClusterSet set = ClusterSet::fromAppConfig({ file }, env);
        QVERIFY(set.diagnostics().isEmpty());
        const ClusterState r = fetchOnce(set.clusters()).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
        QCOMPARE(r.source, QStringLiteral("app-config"));
        QCOMPARE(r.objects(QStringLiteral("pods")).size(), 6);
    }

    void clientCertificateFromKubeconfig()
    {
        auto s = server(QStringLiteral("server"), /*clientCa*/ true);
        auto b64 = [this](const char *name) {
            return m_pki.pem(QString::fromLatin1(name)).toBase64();
        };
        writeFile(m_dir.filePath(QStringLiteral("cert.yaml")),
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
                + s->url().toString().toUtf8() + "\n    certificate-authority-data: " + b64("ca.crt")
                + "\nusers:\n- name: admin\n  user:\n"
                  "    client-certificate-data: "
                + b64("client.crt") + "\n    client-key-data: " + b64("client.key")
                + "\ncontexts:\n- name: cert-ctx\n  context: {cluster: c, user: admin}\n");
        const ClusterSet set = ClusterSet::fromKubeconfig({ m_dir.filePath(QStringLiteral("cert.yaml")) });
        QCOMPARE(set.clusters().size(), 1);
        const ComponentState state = fetchOnce(set.clusters());
        QVERIFY2(state.clusters.first().errors.isEmpty(), qPrintable(errorsOf(state.clusters.first())));
        QCOMPARE(state.clusters.first().objects(QStringLiteral("pods")).size(), 6);
        QVERIFY(!s->requestLog().isEmpty());
        for (const QString &line : s->requestLog())
            QVERIFY2(line.endsWith(u"auth=cert"), qPrintable(line));

        // The same server without a client certificate: the handshake is refused, reported on the cluster.
        Cluster noCert = set.clusters().first();
        noCert.auth = {};
        const ComponentState refused = fetchOnce({ noCert });
        QVERIFY(!refused.clusters.first().reachable());
    }

    void wrongCaRefused()
    {
        auto s = server();
        Cluster c = cluster(*s);
        c.caPem = m_pki.pem(QStringLiteral("other-ca.crt"));
        const ComponentState state = fetchOnce({ c });
        const ClusterState &r = state.clusters.first();
        QVERIFY(!r.reachable());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.startsWith(u"TLS handshake failed"), qPrintable(r.errors.first().message));
        QCOMPARE(r.errors.first().errorType, QStringLiteral("FETCH_ERROR"));
        QVERIFY(r.resources.isEmpty());
        QVERIFY(r.detectedErrors.isEmpty());
        QVERIFY(s->requestLog().isEmpty()); // no request (and no token) ever reached the server
    }

    void skipTlsVerifyHonoured()
    {
        auto s = server();
        Cluster c = cluster(*s);
        c.caPem.clear(); // the system store does not know our CA
        QVERIFY(!fetchOnce({ c }).clusters.first().reachable());
        c.skipTlsVerify = true;
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
        QCOMPARE(r.objects(QStringLiteral("pods")).size(), 6);
    }

    void tlsServerName()
    {
        auto s = server(QStringLiteral("named")); // certificate only valid for api.cluster.internal
        Cluster c = cluster(*s);
        QVERIFY(!fetchOnce({ c }).clusters.first().reachable());
        c.tlsServerName = QStringLiteral("api.cluster.internal");
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
    }

    void unauthorized()
    {
        auto s = server();
        Cluster c = cluster(*s);
        c.auth.token = QStringLiteral("wrong-token");
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY(!r.reachable());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().statusCode, 401);
        QCOMPARE(r.errors.first().errorType, QStringLiteral("UNAUTHORIZED_ERROR"));
        QCOMPARE(r.errors.first().message, QStringLiteral("HTTP 401: Unauthorized"));
    }

    void forbidden()
    {
        auto s = server();
        Cluster c = cluster(*s);
        c.auth.token = QStringLiteral("no-rbac-token");
        const ClusterState r = fetchOnce({ c }).clusters.first();
        // RBAC can deny one resource and allow others, so 403 is per resource, not fatal.
        QVERIFY(r.reachable());
        QCOMPARE(r.errors.size(), 13);
        for (const auto &e : r.errors) {
            QCOMPARE(e.statusCode, 403);
            QVERIFY2(e.message.contains(u"is forbidden: User"), qPrintable(e.message));
        }
    }

    void basicAuth()
    {
        auto s = server();
        s->setAcceptedTokens({});
        s->setBasicAuth(QStringLiteral("admin"), QStringLiteral("pa:ss"));
        Cluster c = cluster(*s);
        c.auth.token.clear();
        c.auth.username = QStringLiteral("admin");
        c.auth.password = QStringLiteral("pa:ss");
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
        QVERIFY(s->requestLog().first().endsWith(u"auth=basic"));
    }

    void serverErrorOnOneResource()
    {
        auto s = server();
        s->setError(
            QStringLiteral("/api/v1/namespaces/shop/pods"), 500, QStringLiteral("etcdserver: request timed out"));
        const ClusterState r = fetchOnce({ cluster(*s) }).clusters.first();
        QVERIFY(r.reachable());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().errorType, QStringLiteral("SYSTEM_ERROR"));
        QCOMPARE(r.errors.first().resourcePath, QStringLiteral("/api/v1/namespaces/shop/pods"));
        QCOMPARE(r.errors.first().message, QStringLiteral("HTTP 500: etcdserver: request timed out"));
        QVERIFY(r.objects(QStringLiteral("pods")).isEmpty());
        QCOMPARE(r.objects(QStringLiteral("deployments")).size(), 2);
    }

    void slowServerTimesOut()
    {
        auto s = server();
        s->setResponseDelay(10000);
        WorkloadFetcher::Options o = options();
        o.timeoutMs = 600;
        QElapsedTimer timer;
        timer.start();
        const ClusterState r = fetchOnce({ cluster(*s) }, o).clusters.first();
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!r.reachable());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().message.contains(u"timed out"), qPrintable(r.errors.first().message));
    }

    void paginationWithContinue()
    {
        auto s = server();
        WorkloadFetcher::Options o = options();
        o.pageLimit = 2;
        const ClusterState r = fetchOnce({ cluster(*s) }, o).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
        QCOMPARE(r.objects(QStringLiteral("pods")).size(), 6);
        QCOMPARE(r.objects(QStringLiteral("replicasets")).size(), 3);
        const QStringList podRequests = s->requestLog().filter(u"/api/v1/namespaces/shop/pods?");
        QCOMPARE(podRequests.size(), 3); // 6 matching pods, 2 per page
        QVERIFY(!podRequests[0].contains(u"continue="));
        QVERIFY(podRequests[1].contains(u"&continue="));
        QVERIFY(podRequests[2].contains(u"&continue="));
        QSet<QString> names;
        for (const auto &p : r.objects(QStringLiteral("pods")))
            names.insert(p.toObject().value(u"metadata").toObject().value(u"name").toString());
        QCOMPARE(names.size(), 6); // no page read twice
    }

    void oneClusterFailingOthersShow()
    {
        auto good = server();
        auto slow = server();
        slow->setResponseDelay(10000);
        Cluster a = cluster(*good, QStringLiteral("good"));
        Cluster b = cluster(*slow, QStringLiteral("slow"));
        Cluster c = cluster(*good, QStringLiteral("bad-token"));
        c.auth.token = QStringLiteral("nope");
        WorkloadFetcher::Options o = options();
        o.timeoutMs = 2000; // room for the good cluster on a loaded machine
        QElapsedTimer timer;
        timer.start();
        const ComponentState state = fetchOnce({ a, b, c }, o);
        // One timeout bounds the whole run: the slow cluster (10 s) does not hold the others back.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(state.clusters.size(), 3);
        QCOMPARE(state.clusters[0].name, QStringLiteral("good"));
        QVERIFY(state.clusters[0].reachable());
        QCOMPARE(state.clusters[0].objects(QStringLiteral("pods")).size(), 6);
        QVERIFY(!state.clusters[1].reachable());
        QVERIFY(state.clusters[1].errors.first().message.contains(u"timed out"));
        QVERIFY(!state.clusters[2].reachable());
        QCOMPARE(state.clusters[2].errors.first().statusCode, 401);
        QVERIFY(state.hasProblems());
    }

    void pinnedCluster()
    {
        ClusterSet set;
        Cluster a, b;
        a.name = QStringLiteral("prod");
        b.name = QStringLiteral("staging");
        set.addCluster(a);
        set.addCluster(b);
        ComponentTarget target = shopApi();
        QCOMPARE(WorkloadFetcher::clustersFor(set, target, nullptr)->size(), 2);
        target.cluster = QStringLiteral("staging");
        QCOMPARE(WorkloadFetcher::clustersFor(set, target, nullptr)->first().name, QStringLiteral("staging"));
        target.cluster = QStringLiteral("nope");
        QString error;
        QVERIFY(!WorkloadFetcher::clustersFor(set, target, &error));
        QVERIFY(error.contains(u"'nope'"));
    }

    void tokenFileReadAtFetch()
    {
        auto s = server();
        const QString tokenFile = m_dir.filePath(QStringLiteral("sa-token"));
        writeFile(tokenFile, "wrong-token\n");
        Cluster c = cluster(*s);
        c.auth.token = QStringLiteral("stale-inline-token");
        c.auth.tokenFile = tokenFile;
        QCOMPARE(fetchOnce({ c }).clusters.first().errors.first().statusCode, 401);
        writeFile(tokenFile, "s3cr3t-token\n"); // rotated, as projected service-account tokens are
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
    }

    void cancelEndsTheRun()
    {
        auto s = server();
        s->setResponseDelay(5000);
        WorkloadFetcher fetcher;
        fetcher.setOptions(options());
        QSignalSpy finished(&fetcher, &WorkloadFetcher::finished);
        fetcher.fetch({ cluster(*s) }, shopApi());
        QVERIFY(fetcher.isRunning());
        QTimer::singleShot(200, &fetcher, &WorkloadFetcher::cancel);
        QVERIFY(finished.wait(2000));
        QVERIFY(!fetcher.isRunning());
        QCOMPARE(fetcher.state().clusters.first().errors.first().message, QStringLiteral("cancelled"));
    }

    void manyPodsAcrossPages()
    {
        // 1,500 pods of the component (plus the recorded objects), read in pages of 500.
        auto s = server();
        QJsonObject podList = QJsonDocument::fromJson([] {
            QFile f(troubled);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }())
                                  .object()
                                  .value(u"responses")
                                  .toObject()
                                  .value(u"/api/v1/namespaces/shop/pods")
                                  .toObject();
        const QJsonObject pattern = podList.value(u"items").toArray().first().toObject();
        QJsonArray items;
        for (int i = 0; i < 1500; ++i) {
            QJsonObject pod = pattern;
            QJsonObject meta = pod.value(u"metadata").toObject();
            meta.insert(QStringLiteral("name"), QString(u"shop-api-7d4b9c8f6-n" + QString::number(i)));
            meta.insert(QStringLiteral("uid"),
                QString(u"c0000000-0000-4000-8000-" + QString::number(i).rightJustified(12, u'0')));
            pod.insert(QStringLiteral("metadata"), meta);
            items.append(pod);
        }
        podList.insert(QStringLiteral("items"), items);
        s->setResponse(QStringLiteral("/api/v1/namespaces/shop/pods"), podList);
        QElapsedTimer timer;
        timer.start();
        const ClusterState r = fetchOnce({ cluster(*s) }).clusters.first();
        const qint64 ms = timer.elapsed();
        QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
        QCOMPARE(r.objects(QStringLiteral("pods")).size(), 1500);
        QCOMPARE(s->requestLog().filter(u"/api/v1/namespaces/shop/pods?").size(), 3);
        qInfo("1,500 pods + 12 other lists over TLS loopback in %lld ms", ms);
    }

    void execPluginUsedAndCached_data()
    {
        QTest::addColumn<QString>("expiry");
        QTest::addColumn<int>("runsForTwoFetches");
        QTest::newRow("valid for an hour") << QStringLiteral("2099-01-01T00:00:00Z") << 1;
        QTest::newRow("already expired") << QStringLiteral("2020-01-01T00:00:00Z") << 2;
    }

    void execPluginUsedAndCached()
    {
        QFETCH(QString, expiry);
        QFETCH(int, runsForTwoFetches);
        auto s = server();
        s->setAcceptedTokens({ QStringLiteral("from-plugin") });
        const QString dir = m_dir.filePath(QString::number(runsForTwoFetches));
        QDir().mkpath(dir + u"/bin");
        // A credential plugin like aws/gke-gcloud-auth-plugin: prints an ExecCredential on stdout.
        writeFile(dir + u"/bin/cred-plugin",
            "#!/bin/sh\necho run >> \"$COUNT_FILE\"\nprintf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$INFO_FILE\"\n"
            "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
            "\"status\":{\"token\":\"%s\",\"expirationTimestamp\":\"%s\"}}\\n' \"$1\" \"$EXPIRY\"\n",
            true);
        writeFile(dir + u"/config",
            "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: "
                + s->url().toString().toUtf8()
                + "\n    certificate-authority: " + m_pki.path(QStringLiteral("ca.crt")).toUtf8()
                + "\nusers:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                  "      command: ./bin/cred-plugin\n      args: [from-plugin]\n      interactiveMode: Never\n"
                  "      env:\n      - {name: COUNT_FILE, value: "
                + dir.toUtf8()
                + "/count}\n"
                  "      - {name: INFO_FILE, value: "
                + dir.toUtf8()
                + "/info}\n"
                  "      - {name: EXPIRY, value: \""
                + expiry.toUtf8()
                + "\"}\n"
                  "contexts:\n- name: exec\n  context: {cluster: c, user: u}\n");
        const ClusterSet set = ClusterSet::fromKubeconfig({ dir + u"/config" });
        QVERIFY(set.diagnostics().isEmpty());
        QCOMPARE(set.clusters().first().auth.exec.command, QString(dir + u"/bin/cred-plugin"));

        ExecCredentialCache cache;
        for (int i = 0; i < 2; ++i) {
            const ClusterState r = fetchOnce(set.clusters(), options(), &cache).clusters.first();
            QVERIFY2(r.errors.isEmpty(), qPrintable(errorsOf(r)));
            QCOMPARE(r.objects(QStringLiteral("pods")).size(), 6);
        }
        QFile count(dir + u"/count");
        QVERIFY(count.open(QIODevice::ReadOnly));
        QCOMPARE(count.readAll().count("run"), runsForTwoFetches);
        QCOMPARE(cache.pluginRuns(), runsForTwoFetches);
        QFile info(dir + u"/info");
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject execInfo = QJsonDocument::fromJson(info.readAll()).object();
        QCOMPARE(execInfo.value(u"kind").toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(execInfo.value(u"spec").toObject().value(u"interactive").toBool(true), false);
    }

    void execPluginFailureIsReported()
    {
        auto s = server();
        const QString script = m_dir.filePath(QStringLiteral("failing-plugin"));
        writeFile(script, "#!/bin/sh\necho 'error: SSO session expired, run: aws sso login' >&2\nexit 3\n", true);
        Cluster c = cluster(*s);
        c.auth.token.clear();
        c.auth.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
        c.auth.exec.command = script;
        c.auth.exec.interactiveMode = QStringLiteral("IfAvailable");
        const ClusterState r = fetchOnce({ c }).clusters.first();
        QVERIFY(!r.reachable());
        QVERIFY2(r.errors.first().message.contains(u"exit code 3: error: SSO session expired"),
            qPrintable(r.errors.first().message));
        QVERIFY(s->requestLog().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_k8s_fetch.moc"
