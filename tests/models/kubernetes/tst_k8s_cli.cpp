// SPDX-License-Identifier: Apache-2.0
// `portolan k8s status` end to end: a catalog-info.yaml, a kubeconfig trusting a test CA, the fixture server
// over HTTPS, exit codes, JSON output and the offline cache through the integrator's hooks.
#include "cli/k8s.h"
#include "kubernetes/fixtureserver.h"
#include "testpki.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace k8s;

namespace
{

const QString dataDir = QStringLiteral(PORTOLAN_K8S_TEST_DATA);

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    TestPki m_pki;
    QTemporaryDir m_dir;
    std::unique_ptr<FixtureServer> m_server;
    std::optional<ComponentState> m_cache;

    Run run(const QStringList &args, bool withStore = false)
    {
        Run r;
        QTextStream out(&r.out), err(&r.err);
        cli::K8sHooks hooks;
        hooks.out = &out;
        hooks.err = &err;
        hooks.environment = QProcessEnvironment();
        hooks.environment.insert(QStringLiteral("KUBECONFIG"), m_dir.filePath(QStringLiteral("kubeconfig")));
        hooks.homeDir = m_dir.path();
        if (withStore) {
            hooks.findComponent = [](const QString &ref) -> std::optional<QJsonObject> {
                if (ref != u"component:default/shop-api")
                    return std::nullopt;
                return QJsonObject { { QStringLiteral("name"), QStringLiteral("shop-api") },
                    { QStringLiteral("annotations"),
                        QJsonObject {
                            { QStringLiteral("backstage.io/kubernetes-namespace"), QStringLiteral("shop") } } } };
            };
            hooks.loadCache = [this](const QString &) {
                return m_cache;
            };
            hooks.saveCache = [this](const QString &, const ComponentState &state) {
                // Through JSON, as the SQLite store will keep it.
                m_cache = ComponentState::fromJson(
                    QJsonDocument::fromJson(QJsonDocument(state.toJson()).toJson()).object());
            };
        }
        r.code = cli::runK8s(args, hooks);
        out.flush();
        err.flush();
        return r;
    }

    void serve(const QString &fixture)
    {
        m_server = std::make_unique<FixtureServer>();
        QString error;
        QVERIFY2(m_server->loadFixture(dataDir + u"/recorded/" + fixture, &error), qPrintable(error));
        m_server->setTls(m_pki.certs(QStringLiteral("server.crt")), m_pki.key(QStringLiteral("server.key"), QSsl::Ec));
        m_server->setAcceptedTokens({ QStringLiteral("cli-token") });
        QVERIFY(m_server->listenLoopback());
        writeFile(m_dir.filePath(QStringLiteral("kubeconfig")),
            "apiVersion: v1\nkind: Config\ncurrent-context: kind-shop\nclusters:\n- name: kind\n  cluster:\n    "
            "server: "
                + m_server->url().toString().toUtf8()
                + "\n    certificate-authority: " + m_pki.path(QStringLiteral("ca.crt")).toUtf8()
                + "\nusers:\n- name: dev\n  user: {token: cli-token}\ncontexts:\n- name: kind-shop\n  context: "
                  "{cluster: kind, user: dev}\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString error = m_pki.generate();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        writeFile(m_dir.filePath(QStringLiteral("catalog-info.yaml")), R"(apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: shop
spec:
  owner: team-shop
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: shop-api
  annotations:
    backstage.io/kubernetes-namespace: shop
spec:
  type: service
  lifecycle: production
  owner: team-shop
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: bad-selector
  annotations:
    backstage.io/kubernetes-label-selector: "app shop"
spec:
  type: service
  lifecycle: production
  owner: team-shop
)");
    }

    void healthyExitsZero()
    {
        serve(QStringLiteral("shop-healthy.json"));
        const Run r = run({ QStringLiteral("status"), QStringLiteral("component:shop-api"),
            QStringLiteral("--entity-file"), m_dir.filePath(QStringLiteral("catalog-info.yaml")) });
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"cluster kind-shop [kubeconfig]: 2 pods, 0 errors"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Deployment shop-api  2/2 ready  pods 2  HPA 2..6"), qPrintable(r.out));
    }

    void troubledExitsOneWithJson()
    {
        serve(QStringLiteral("shop-troubled.json"));
        const Run r = run({ QStringLiteral("status"), QStringLiteral("shop-api"), QStringLiteral("--json"),
            QStringLiteral("--entity-file"), m_dir.filePath(QStringLiteral("catalog-info.yaml")) });
        QCOMPARE(r.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"errorCount").toInt(), 11);
        QCOMPARE(json.value(u"ok").toBool(true), false);
        QCOMPARE(json.value(u"labelSelector").toString(), QStringLiteral("backstage.io/kubernetes-id=shop-api"));
        const QJsonObject cluster = json.value(u"clusters").toArray().first().toObject();
        QCOMPARE(cluster.value(u"name").toString(), QStringLiteral("kind-shop"));
        QCOMPARE(cluster.value(u"counts").toObject().value(u"pods").toInt(), 6);
        QCOMPARE(cluster.value(u"detectedErrors").toArray().size(), 11);

        const Run text = run({ QStringLiteral("status"), QStringLiteral("shop-api"), QStringLiteral("--entity-file"),
            m_dir.filePath(QStringLiteral("catalog-info.yaml")) });
        QCOMPARE(text.code, 1);
        QVERIFY2(text.out.contains(u"error  HorizontalPodAutoscaler shop-api: Current number of replicas (4) is equal"),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(u"[job-failed, Portolan check]"), qPrintable(text.out));
    }

    void usageAndInputErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString file = m_dir.filePath(QStringLiteral("catalog-info.yaml"));
        QTest::newRow("no args") << QStringList() << QStringLiteral("missing subcommand");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("status"), QStringLiteral("x"),
            QStringLiteral("--bogus") } << QStringLiteral("unknown option --bogus");
        QTest::newRow("no catalog") << QStringList { QStringLiteral("status"), QStringLiteral("x") }
                                    << QStringLiteral("pass --entity-file");
        QTest::newRow("not in file") << QStringList { QStringLiteral("status"), QStringLiteral("nope"),
            QStringLiteral("--entity-file"), file }
                                     << QStringLiteral("no entity matches 'nope'");
        QTest::newRow("ambiguous file") << QStringList { QStringLiteral("status"), QStringLiteral("--entity-file"),
            file } << QStringLiteral("3 entities; name one with REF");
        QTest::newRow("bad selector") << QStringList {
            QStringLiteral("status"), QStringLiteral("bad-selector"), QStringLiteral("--entity-file"), file
        } << QStringLiteral("backstage.io/kubernetes-label-selector: 'app shop' is not a valid label selector term");
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("status"), QStringLiteral("x"),
            QStringLiteral("--timeout"), QStringLiteral("soon") }
                                     << QStringLiteral("--timeout needs");
    }

    void usageAndInputErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void storeHooksAndOfflineCache()
    {
        serve(QStringLiteral("shop-healthy.json"));
        m_cache.reset();
        const QString ref = QStringLiteral("component:default/shop-api");
        QCOMPARE(run({ QStringLiteral("status"), ref }, true).code, 0);
        QVERIFY(m_cache);
        QCOMPARE(m_cache->clusters.size(), 1);

        // The cluster goes away: the cached answer is shown with its age, and the run still reports a problem.
        m_server.reset();
        const Run r = run({ QStringLiteral("status"), ref, QStringLiteral("--timeout"), QStringLiteral("3") }, true);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"(cached, as of just now; now: cannot reach the cluster"), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"Deployment shop-api  2/2 ready"), qPrintable(r.out));
        QCOMPARE(m_cache->clusters.size(), 1); // the good copy survives the failed refresh
        QVERIFY(m_cache->clusters.first().reachable());

        const Run offline
            = run({ QStringLiteral("status"), ref, QStringLiteral("--offline"), QStringLiteral("--json") }, true);
        QCOMPARE(offline.code, 0);
        QCOMPARE(QJsonDocument::fromJson(offline.out.toUtf8())
                     .object()
                     .value(u"clusters")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"fromCache")
                     .toBool(),
            true);

        QCOMPARE(run({ QStringLiteral("status"), QStringLiteral("component:default/unknown") }, true).code, 2);
    }

    void recordedFixtureMode()
    {
        // What the demo does: no cluster at all, the recorded fixture served on loopback.
        const Run r = run({ QStringLiteral("status"), QStringLiteral("shop-api"), QStringLiteral("--entity-file"),
            m_dir.filePath(QStringLiteral("catalog-info.yaml")), QStringLiteral("--fixture"),
            dataDir + u"/recorded/shop-troubled.json" });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(u"cluster recorded (recorded: shop-troubled.json) [fixture]: 6 pods, 11 errors"),
            qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_k8s_cli.moc"
