// SPDX-License-Identifier: Apache-2.0
// Cluster configuration: kubeconfig merging as kubectl does it, app-config `config` clusters with ${VAR}
// substitution, component annotations and label selectors.
#include "kubernetes/clusterset.h"
#include "kubernetes/labelselector.h"
#include "kubernetes/objecttypes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace k8s;

namespace
{

const QByteArray caPem = "-----BEGIN CERTIFICATE-----\nMIIBdummyForParsingOnly\n-----END CERTIFICATE-----\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    return path;
}

QString diagnostics(const ClusterSet &set)
{
    QStringList out;
    for (const auto &d : set.diagnostics())
        out << d.toString();
    return out.join(u'\n');
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void kubeconfigFileList()
    {
        QProcessEnvironment env;
        QCOMPARE(ClusterSet::kubeconfigFiles(env, QStringLiteral("/home/dev")),
            QStringList { QStringLiteral("/home/dev/.kube/config") });
        env.insert(QStringLiteral("KUBECONFIG"), QStringLiteral("/a/config::/b/config:/a/config"));
        QCOMPARE(ClusterSet::kubeconfigFiles(env, QStringLiteral("/home/dev")),
            (QStringList { QStringLiteral("/a/config"), QStringLiteral("/b/config") }));
    }

    void kubeconfigMergeFirstWins()
    {
        write(m_dir, QStringLiteral("b/certs/ca.crt"), caPem);
        const QString a = write(m_dir, QStringLiteral("a/config"), R"(apiVersion: v1
kind: Config
current-context: dev
clusters:
- name: dev-cluster
  cluster:
    server: https://dev.example:6443
    insecure-skip-tls-verify: true
users:
- name: dev-user
  user:
    token: from-a
contexts:
- name: dev
  context: {cluster: dev-cluster, user: dev-user, namespace: team-a}
)");
        const QString b = write(m_dir, QStringLiteral("b/config"), R"(apiVersion: v1
kind: Config
current-context: prod
clusters:
- name: dev-cluster
  cluster:
    server: https://ignored.example:6443
- name: prod-cluster
  cluster:
    server: https://prod.example:6443/k8s/clusters/c-42
    certificate-authority: certs/ca.crt
    tls-server-name: api.prod.internal
    proxy-url: socks5://127.0.0.1:1080
users:
- name: dev-user
  user:
    token: ignored
- name: gke-user
  user:
    auth-provider: {name: gcp}
contexts:
- name: dev
  context: {cluster: prod-cluster, user: dev-user}
- name: prod
  context: {cluster: prod-cluster, user: dev-user}
- name: legacy
  context: {cluster: dev-cluster, user: gke-user}
)");
        const QString empty = write(m_dir, QStringLiteral("empty"), "");
        const ClusterSet set = ClusterSet::fromKubeconfig({ a, m_dir.filePath(QStringLiteral("missing")), empty, b });
        QVERIFY2(set.diagnostics().isEmpty(), qPrintable(diagnostics(set)));
        QCOMPARE(set.currentContext(), QStringLiteral("dev")); // the first file that sets it wins
        QCOMPARE(set.clusters().size(), 3);
        const Cluster dev = set.clusters()[0];
        QCOMPARE(dev.name, QStringLiteral("dev"));
        QCOMPARE(dev.url, QStringLiteral("https://dev.example:6443"));
        QVERIFY(dev.skipTlsVerify);
        QCOMPARE(dev.auth.token, QStringLiteral("from-a"));
        QCOMPARE(dev.defaultNamespace, QStringLiteral("team-a"));
        QCOMPARE(dev.origin, a);
        const Cluster prod = set.clusters()[1];
        QCOMPARE(prod.name, QStringLiteral("prod"));
        QCOMPARE(prod.url, QStringLiteral("https://prod.example:6443/k8s/clusters/c-42"));
        QCOMPARE(prod.caPem, caPem); // relative to b/config, not to the working directory
        QCOMPARE(prod.tlsServerName, QStringLiteral("api.prod.internal"));
        QCOMPARE(prod.proxyUrl, QStringLiteral("socks5://127.0.0.1:1080"));
        QCOMPARE(prod.auth.token, QStringLiteral("from-a")); // user from the other file
        QVERIFY(!prod.skipTlsVerify);
        QCOMPARE(set.clusters()[2].auth.unsupportedProvider, QStringLiteral("gcp"));
        QCOMPARE(set.clusters()[2].url, QStringLiteral("https://dev.example:6443"));
    }

    void kubeconfigCredentials()
    {
        const QByteArray b64 = caPem.toBase64();
        const QString file = write(m_dir, QStringLiteral("creds/config"),
            "clusters:\n- name: c\n  cluster:\n"
            "    server: https://c.example\n    certificate-authority-data: "
                + b64
                + "\n"
                  "users:\n- name: cert\n  user:\n    client-certificate-data: "
                + b64 + "\n    client-key-data: " + b64
                + "\n"
                  "- name: files\n  user:\n    tokenFile: secrets/token\n    username: admin\n    password: hunter2\n"
                  "- name: exec\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                  "      command: aws\n      args: [eks, get-token, --cluster-name, prod]\n"
                  "      env: [{name: AWS_PROFILE, value: prod}]\n      installHint: install the aws CLI\n"
                  "contexts:\n- {name: cert, context: {cluster: c, user: cert}}\n"
                  "- {name: files, context: {cluster: c, user: files}}\n- {name: exec, context: {cluster: c, user: "
                  "exec}}\n");
        const ClusterSet set = ClusterSet::fromKubeconfig({ file });
        QVERIFY2(set.diagnostics().isEmpty(), qPrintable(diagnostics(set)));
        QCOMPARE(set.clusters().size(), 3);
        QCOMPARE(set.clusters()[0].caPem, caPem);
        QCOMPARE(set.clusters()[0].auth.clientCertPem, caPem);
        QCOMPARE(set.clusters()[0].auth.clientKeyPem, caPem);
        QCOMPARE(set.clusters()[1].auth.tokenFile, m_dir.filePath(QStringLiteral("creds/secrets/token")));
        QCOMPARE(set.clusters()[1].auth.username, QStringLiteral("admin"));
        QCOMPARE(set.clusters()[1].auth.password, QStringLiteral("hunter2"));
        const ExecConfig exec = set.clusters()[2].auth.exec;
        QCOMPARE(exec.command, QStringLiteral("aws")); // a bare name stays a PATH lookup
        QCOMPARE(exec.args,
            (QStringList { QStringLiteral("eks"), QStringLiteral("get-token"), QStringLiteral("--cluster-name"),
                QStringLiteral("prod") }));
        QCOMPARE(exec.env.size(), 1);
        QCOMPARE(exec.env.first().first, QStringLiteral("AWS_PROFILE"));
        QCOMPARE(exec.interactiveMode, QStringLiteral("IfAvailable")); // v1beta1 default
        QCOMPARE(exec.installHint, QStringLiteral("install the aws CLI"));
    }

    void kubeconfigDiagnostics()
    {
        const QString file = write(m_dir, QStringLiteral("bad/config"), R"(clusters:
- name: c
  cluster:
    server: https://c.example
    certificate-authority-data: not*base64
users:
- name: u
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: plugin
contexts:
- name: broken
  context: {cluster: nowhere, user: u}
- name: ok
  context: {cluster: c, user: u}
)");
        const ClusterSet set = ClusterSet::fromKubeconfig({ file });
        const QString all = diagnostics(set);
        QCOMPARE(set.clusters().size(), 1);
        QVERIFY2(all.contains(file + u":14: contexts[broken].context.cluster: context broken names cluster 'nowhere'"),
            qPrintable(all));
        QVERIFY2(all.contains(file + u":5: clusters[c].cluster.certificate-authority-data: is not valid base64"),
            qPrintable(all));
        QVERIFY2(all.contains(
                     u"users[u].user.exec.interactiveMode: client.authentication.k8s.io/v1 requires interactiveMode"),
            qPrintable(all));

        const QString broken = write(m_dir, QStringLiteral("bad/yaml"), "clusters:\n- name: [unclosed\n");
        const ClusterSet bad = ClusterSet::fromKubeconfig({ broken });
        QCOMPARE(bad.diagnostics().size(), 1);
        QVERIFY2(bad.diagnostics().first().toString().startsWith(broken + u":"), qPrintable(diagnostics(bad)));
        QVERIFY(bad.diagnostics().first().message.startsWith(u"invalid YAML"));
    }

    void appConfigClusters()
    {
        write(m_dir, QStringLiteral("app/certs/prod-ca.pem"), caPem);
        const QString base = write(m_dir, QStringLiteral("app/app-config.yaml"), R"(app:
  title: Shop portal
kubernetes:
  serviceLocatorMethod: {type: multiTenant}
  clusterLocatorMethods:
    - type: config
      clusters:
        - name: ignored-by-local-file
          url: https://ignored
          authProvider: serviceAccount
)");
        const QString local = write(m_dir, QStringLiteral("app/app-config.local.yaml"),
            R"(kubernetes:
  clusterLocatorMethods:
    - type: catalog
    - type: config
      clusters:
        - name: prod
          url: ${PROD_URL}
          title: Production
          authProvider: serviceAccount
          serviceAccountToken: ${PROD_TOKEN}
          caFile: certs/prod-ca.pem
          dashboardUrl: https://dash.example/$${NOT_A_VAR}
          dashboardApp: standard
        - name: staging
          url: https://staging.example:6443
          authProvider: serviceAccount
          serviceAccountToken: ${UNSET_TOKEN}
          skipTLSVerify: true
          caData: )"
                + caPem.toBase64() + R"(
        - name: gke
          url: https://gke.example
          authProvider: google
        - url: https://nameless.example
          authProvider: serviceAccount
        - name: prod
          url: https://again.example
          authProvider: serviceAccount
)");
        QProcessEnvironment env;
        env.insert(QStringLiteral("PROD_URL"), QStringLiteral("https://prod.example:6443"));
        env.insert(QStringLiteral("PROD_TOKEN"), QStringLiteral("eyJhbGciOi"));
        const ClusterSet set = ClusterSet::fromAppConfig({ base, local }, env);
        QCOMPARE(set.clusters().size(), 3);
        const Cluster prod = set.clusters()[0];
        QCOMPARE(prod.name, QStringLiteral("prod"));
        QCOMPARE(prod.title, QStringLiteral("Production"));
        QCOMPARE(prod.url, QStringLiteral("https://prod.example:6443"));
        QCOMPARE(prod.auth.token, QStringLiteral("eyJhbGciOi"));
        QCOMPARE(prod.caPem, caPem);
        QCOMPARE(prod.dashboardUrl, QStringLiteral("https://dash.example/${NOT_A_VAR}"));
        QCOMPARE(prod.dashboardApp, QStringLiteral("standard"));
        QCOMPARE(prod.source, Cluster::Source::AppConfig);
        const Cluster staging = set.clusters()[1];
        QVERIFY(staging.skipTlsVerify);
        QVERIFY(staging.auth.token.isEmpty());
        QCOMPARE(staging.caPem, caPem);
        QCOMPARE(set.clusters()[2].auth.unsupportedProvider, QStringLiteral("google"));

        const QString all = diagnostics(set);
        QVERIFY2(
            all.contains(local
                + u":3: kubernetes.clusterLocatorMethods[0].type: cluster locator type 'catalog' is not supported"),
            qPrintable(all));
        QVERIFY2(all.contains(local
                     + u":17: kubernetes.clusterLocatorMethods[1].clusters[1].serviceAccountToken: environment "
                       u"variable UNSET_TOKEN is not set"),
            qPrintable(all));
        QVERIFY2(
            all.contains(local + u":23: kubernetes.clusterLocatorMethods[1].clusters[3].name: a cluster needs a name"),
            qPrintable(all));
        QVERIFY2(all.contains(
                     local + u":25: kubernetes.clusterLocatorMethods[1].clusters[4].name: duplicate cluster name prod"),
            qPrintable(all));
    }

    void envSubstitution_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // "<undefined>" when the value disappears
        QTest::newRow("plain") << QStringLiteral("https://x") << QStringLiteral("https://x");
        QTest::newRow("whole") << QStringLiteral("${HOST}") << QStringLiteral("k8s.example");
        QTest::newRow("inside") << QStringLiteral("https://${HOST}:${PORT}/")
                                << QStringLiteral("https://k8s.example:6443/");
        QTest::newRow("escaped") << QStringLiteral("$${HOST}") << QStringLiteral("${HOST}");
        QTest::newRow("unset") << QStringLiteral("https://${NOPE}") << QStringLiteral("<undefined>");
        QTest::newRow("empty is set") << QStringLiteral("a${EMPTY}b") << QStringLiteral("ab");
    }

    void envSubstitution()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOST"), QStringLiteral("k8s.example"));
        env.insert(QStringLiteral("PORT"), QStringLiteral("6443"));
        env.insert(QStringLiteral("EMPTY"), QString());
        QCOMPARE(substituteEnv(input, env).value_or(QStringLiteral("<undefined>")), expected);
    }

    void loadMergesBothSources()
    {
        const QString app = write(m_dir, QStringLiteral("both/app-config.yaml"),
            "kubernetes:\n  clusterLocatorMethods:\n  - type: config\n    clusters:\n"
            "    - {name: kind, url: 'https://app-config.example', authProvider: serviceAccount}\n");
        write(m_dir, QStringLiteral("both/home/.kube/config"),
            "clusters:\n- {name: k, cluster: {server: 'https://kubeconfig.example'}}\n"
            "contexts:\n- {name: kind, context: {cluster: k}}\n- {name: other, context: {cluster: k}}\n");
        const ClusterSet set
            = ClusterSet::load({ app }, QProcessEnvironment(), m_dir.filePath(QStringLiteral("both/home")));
        QCOMPARE(set.clusters().size(), 2);
        QCOMPARE(set.find(QStringLiteral("kind"))->url, QStringLiteral("https://app-config.example"));
        QCOMPARE(set.find(QStringLiteral("other"))->source, Cluster::Source::Kubeconfig);
        QVERIFY(diagnostics(set).contains(u"cluster kind is already defined"));
    }

    void componentTarget()
    {
        const auto plain
            = ComponentTarget::fromMetadata(QJsonObject { { QStringLiteral("name"), QStringLiteral("shop-api") } });
        QCOMPARE(plain.labelSelector, QStringLiteral("backstage.io/kubernetes-id=shop-api"));
        QVERIFY(plain.nameSpace.isEmpty());
        QCOMPARE(defaultObjectTypes().first().path(plain.nameSpace), QStringLiteral("/api/v1/pods"));

        const auto withId
            = ComponentTarget::fromMetadata(QJsonObject { { QStringLiteral("name"), QStringLiteral("shop-api") },
                { QStringLiteral("annotations"),
                    QJsonObject { { QStringLiteral("backstage.io/kubernetes-id"), QStringLiteral("shop") },
                        { QStringLiteral("backstage.io/kubernetes-namespace"), QStringLiteral("prod") },
                        { QStringLiteral("backstage.io/kubernetes-cluster"), QStringLiteral("eu-1") } } } });
        QCOMPARE(withId.labelSelector, QStringLiteral("backstage.io/kubernetes-id=shop"));
        QCOMPARE(withId.nameSpace, QStringLiteral("prod"));
        QCOMPARE(withId.cluster, QStringLiteral("eu-1"));

        const auto selector
            = ComponentTarget::fromMetadata(QJsonObject { { QStringLiteral("name"), QStringLiteral("shop-api") },
                { QStringLiteral("annotations"),
                    QJsonObject { { QStringLiteral("backstage.io/kubernetes-id"), QStringLiteral("shop") },
                        { QStringLiteral("backstage.io/kubernetes-label-selector"),
                            QStringLiteral("app in (shop,cart),tier!=db") } } } });
        QCOMPARE(selector.labelSelector, QStringLiteral("app in (shop,cart),tier!=db"));

        QStringList paths;
        for (const auto &type : defaultObjectTypes())
            paths << type.path(QStringLiteral("ns"));
        QCOMPARE(paths.size(), 13);
        QVERIFY(paths.contains(u"/apis/autoscaling/v2/namespaces/ns/horizontalpodautoscalers"));
        QVERIFY(paths.contains(u"/apis/networking.k8s.io/v1/namespaces/ns/ingresses"));
        QVERIFY(paths.contains(u"/apis/batch/v1/namespaces/ns/cronjobs"));
        QVERIFY(paths.contains(u"/api/v1/namespaces/ns/resourcequotas"));
    }

    void labelSelector_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("matches"); // against {app: shop, tier: web}
        QTest::newRow("equals") << QStringLiteral("app=shop") << true << true;
        QTest::newRow("double equals") << QStringLiteral("app==shop") << true << true;
        QTest::newRow("not equals") << QStringLiteral("app!=shop") << true << false;
        QTest::newRow("in") << QStringLiteral("app in (cart, shop),tier=web") << true << true;
        QTest::newRow("notin") << QStringLiteral("tier notin (web)") << true << false;
        QTest::newRow("exists") << QStringLiteral("tier") << true << true;
        QTest::newRow("not exists") << QStringLiteral("!canary") << true << true;
        QTest::newRow("prefixed key") << QStringLiteral("backstage.io/kubernetes-id=shop") << true << false;
        QTest::newRow("empty") << QString() << true << true;
        QTest::newRow("bad key") << QStringLiteral("app shop") << false << false;
    }

    void labelSelector()
    {
        QFETCH(QString, selector);
        QFETCH(bool, valid);
        QFETCH(bool, matches);
        QString error;
        const auto parsed = LabelSelector::parse(selector, &error);
        QCOMPARE(bool(parsed), valid);
        if (parsed)
            QCOMPARE(parsed->matches(QJsonObject { { QStringLiteral("app"), QStringLiteral("shop") },
                         { QStringLiteral("tier"), QStringLiteral("web") } }),
                matches);
        else
            QVERIFY(error.contains(u"not a valid label selector"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_k8s_config.moc"
