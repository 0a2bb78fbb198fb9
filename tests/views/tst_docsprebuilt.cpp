// SPDX-License-Identifier: Apache-2.0
// Pre-built TechDocs sites in the app: a loopback server the test starts publishes a site in TechDocs' publisher
// layout under a Backstage backend's /api/techdocs/static/docs; the real DocsViewer finds the storage URL in a real
// app-config file, downloads the site on a worker thread and the real portolan-docs:// handler serves its pages,
// sanitized. Then the server goes away and fresh viewer + handler still serve the cached copy.
#include "catalog/reader.h"
#include "docsremote.h"
#include "docsschemehandler.h"
#include "docsviewer.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "sitefixture.h"

using sitefixture::writeFile;
using sitefixture::StaticServer;
using sitefixture::result;

namespace {

/// A site as Backstage's generator publishes it: Material pages (with a script the reader must drop), the
/// stylesheet and techdocs_metadata.json listing the files.
void publish(const QString &siteDir)
{
    writeFile(siteDir + QStringLiteral("/index.html"),
              "<!DOCTYPE html><html><head><title>Remote docs</title>"
              "<link rel=\"stylesheet\" href=\"assets/stylesheets/main.0123abcd.min.css\"></head><body><article>"
              "<h1>Remote docs</h1><script>window.pwned=1</script><p onclick=\"x()\">Published by the TechDocs backend.</p>"
              "<a href=\"guide/\">Guide</a></article></body></html>");
    writeFile(siteDir + QStringLiteral("/guide/index.html"),
              "<!DOCTYPE html><html><body><article><h1>Guide</h1><p>Second page text.</p></article></body></html>");
    writeFile(siteDir + QStringLiteral("/assets/stylesheets/main.0123abcd.min.css"), "body{color:#123}");
    const QJsonArray files{QStringLiteral("index.html"), QStringLiteral("guide/index.html"),
                           QStringLiteral("assets/stylesheets/main.0123abcd.min.css"), QStringLiteral("techdocs_metadata.json")};
    writeFile(siteDir + QStringLiteral("/techdocs_metadata.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Remote docs")},
                                        {QStringLiteral("site_description"), QString()},
                                        {QStringLiteral("build_timestamp"), 1764000000000.0},
                                        {QStringLiteral("files"), files},
                                        {QStringLiteral("etag"), QStringLiteral("abc123")},
                                        {QStringLiteral("engine"), QStringLiteral("mkdocs")}})
                  .toJson());
}


/// Waits until the viewer settled (downloaded or failed).
bool settle(DocsViewer &viewer)
{
    return QTest::qWaitFor([&]() { return !viewer.downloading(); }, 30000);
}

const QString kRemoteRef = QStringLiteral("component:default/remote-docs");

} // namespace

class TestDocsPrebuilt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storageUrlFromAppConfig();
    void withoutStorageUrlTheRemoteReasonIsShown();
    void downloadsOnAWorkerAndServesThePages();
    void offlineServesTheCachedCopy();
    void offlineWithoutCopySaysSo();
    void localPrebuiltFolderIsServed();

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QString m_appConfig;
    quint16 m_port = 0; ///< kept: a closed server reports 0
    std::unique_ptr<StaticServer> m_server;
    std::unique_ptr<DocsSchemeHandler> m_handler;
    store::CatalogStore m_store;
};

void TestDocsPrebuilt::initTestCase()
{
    const QString root = QFileInfo(m_dir.path()).canonicalFilePath();
    m_cache = root + QStringLiteral("/cache");
    // The catalog: an entity whose docs live in a Git repository this machine does not have, and one whose folder
    // holds a pre-built site.
    writeFile(root + QStringLiteral("/catalog/remote.yaml"),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: Remote-Docs\n  annotations:\n"
              "    backstage.io/techdocs-ref: url:https://git.example.test/acme/remote-docs/tree/main\n"
              "spec:\n  type: service\n  owner: team-a\n  lifecycle: production\n");
    writeFile(root + QStringLiteral("/catalog/local/catalog-info.yaml"),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: local-prebuilt\n  annotations:\n"
              "    backstage.io/techdocs-ref: dir:site\n"
              "spec:\n  type: service\n  owner: team-a\n  lifecycle: production\n");
    publish(root + QStringLiteral("/catalog/local/site"));
    QCOMPARE(m_store.open(QStringLiteral(":memory:")), QString());
    catalog::Reader reader;
    QCOMPARE(m_store.replaceSnapshot({QStringLiteral("t"), QStringLiteral("file"), root + QStringLiteral("/catalog")},
                                     reader.readPaths({root + QStringLiteral("/catalog/remote.yaml"),
                                                       root + QStringLiteral("/catalog/local/catalog-info.yaml")})),
             QString());

    // The Backstage backend: publisher layout under /api/techdocs/static/docs, triplet lowercased.
    const QString served = root + QStringLiteral("/served");
    publish(served + QStringLiteral("/api/techdocs/static/docs/default/component/remote-docs"));
    m_server = std::make_unique<StaticServer>(served);
    QVERIFY(m_server->listen());
    m_port = m_server->port();
    m_appConfig = root + QStringLiteral("/app-config.yaml");
    writeFile(m_appConfig, "app:\n  title: Test\nbackend:\n  baseUrl: http://127.0.0.1:" + QByteArray::number(m_server->port())
                               + "\n  listen:\n    port: 7007\n");

    m_handler = std::make_unique<DocsSchemeHandler>();
    DocsSchemeHandler::setInstance(m_handler.get());
}

void TestDocsPrebuilt::storageUrlFromAppConfig()
{
    const auto noEnv = [](const QString &) -> std::optional<QString> { return std::nullopt; };
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    QCOMPARE(configuredTechdocsStorageUrl({m_appConfig}, noEnv), QUrl(base + QStringLiteral("/api/techdocs/static/docs")));
    // techdocs.storageUrl (later file wins, as in Backstage) is where the static files are, as it is.
    const QString local = m_dir.path() + QStringLiteral("/app-config.local.yaml");
    writeFile(local, "techdocs:\n  storageUrl: https://docs.example.test/static/docs\n");
    QCOMPARE(configuredTechdocsStorageUrl({m_appConfig, local}, noEnv), QUrl(QStringLiteral("https://docs.example.test/static/docs")));
    // The explicit setting beats both; nothing configured and non-HTTP values give no URL.
    const auto env = [](const QString &name) -> std::optional<QString> {
        if (name == u"PORTOLAN_TECHDOCS_URL")
            return QStringLiteral("http://127.0.0.1:1/docs");
        return std::nullopt;
    };
    QCOMPARE(configuredTechdocsStorageUrl({m_appConfig, local}, env), QUrl(QStringLiteral("http://127.0.0.1:1/docs")));
    QVERIFY(configuredTechdocsStorageUrl({}, noEnv).isEmpty());
    QVERIFY(techdocsStorageUrl(QJsonObject{{QStringLiteral("techdocs"),
                                            QJsonObject{{QStringLiteral("storageUrl"), QStringLiteral("file:///srv/docs")}}}})
                .isEmpty());
    QCOMPARE(techdocsStorageUrl(QJsonObject{{QStringLiteral("backend"),
                                             QJsonObject{{QStringLiteral("baseUrl"), QStringLiteral("https://bs.example.test/")}}}}),
             QUrl(QStringLiteral("https://bs.example.test/api/techdocs/static/docs")));
}

void TestDocsPrebuilt::withoutStorageUrlTheRemoteReasonIsShown()
{
    DocsViewer::setRemoteSource({});
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemoteRef);
    // Whether a storage URL is configured is found out on the worker (it reads app-config files).
    QVERIFY(settle(viewer));
    QVERIFY(viewer.url().isEmpty());
    QVERIFY(!viewer.remote());
    QVERIFY2(viewer.error().contains(QLatin1String("git.example.test")), qPrintable(viewer.error()));
}

void TestDocsPrebuilt::downloadsOnAWorkerAndServesThePages()
{
    const QString appConfig = m_appConfig;
    DocsViewer::setRemoteSource({[appConfig]() { return configuredTechdocsStorageUrl({appConfig}); }, m_cache});
    DocsViewer viewer;
    QSignalSpy downloading(&viewer, &DocsViewer::downloadingChanged);
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemoteRef);
    // The download runs on a worker: setEntityRef returned before it finished.
    QVERIFY(viewer.downloading());
    QVERIFY(viewer.url().isEmpty());
    QCOMPARE(viewer.error(), QString());
    QVERIFY(settle(viewer));
    QCOMPARE(downloading.count(), 2);
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QCOMPARE(viewer.notice(), QString());
    QCOMPARE(viewer.url().scheme(), QStringLiteral("portolan-docs"));
    QVERIFY(m_server->requests.contains(
        QStringLiteral("/api/techdocs/static/docs/default/component/remote-docs/techdocs_metadata.json")));
    QVERIFY(m_server->requests.contains(QStringLiteral("/api/techdocs/static/docs/default/component/remote-docs/guide/index.html")));

    const QString id = viewer.url().host();
    const QByteArray home = result(m_handler->pageHtml(id, QString()));
    QVERIFY2(home.contains("Published by the TechDocs backend."), home.constData());
    QVERIFY(home.contains("<h1>Remote docs</h1>"));
    QVERIFY(home.contains("main.0123abcd.min.css")); // the Material stylesheet link is kept
    QVERIFY(!home.contains("<script"));
    QVERIFY(!home.contains("pwned"));
    QVERIFY(!home.contains("onclick"));
    QVERIFY(home.contains("Content-Security-Policy"));
    QVERIFY(result(m_handler->pageHtml(id, QStringLiteral("guide/"))).contains("Second page text."));
    QCOMPARE(result(m_handler->pageHtml(id, QStringLiteral("nope/"))), QByteArray("<invalid>"));
    // The copy is on disk under the cache root, by host and port, then the storage path.
    QVERIFY(QFileInfo::exists(m_cache + QStringLiteral("/127.0.0.1_%1/default/component/remote-docs/guide/index.html")
                                            .arg(m_server->port())));

    QVERIFY(viewer.remote());

    // Opening it again within the revalidation interval serves the cached copy without asking the server.
    const qsizetype before = m_server->requests.size();
    DocsViewer again;
    again.setStore(&m_store);
    again.setEntityRef(kRemoteRef);
    QVERIFY(settle(again));
    QCOMPARE(again.url(), viewer.url());
    QCOMPARE(m_server->requests.size(), before);
    // Refresh revalidates now (the metadata only: the build is unchanged) and serves the same site.
    again.refresh();
    QVERIFY(again.downloading());
    QVERIFY(settle(again));
    QCOMPARE(again.url(), viewer.url());
    QCOMPARE(m_server->requests.size(), before + 1);
    QVERIFY(m_server->requests.constLast().endsWith(QLatin1String("/techdocs_metadata.json")));
    // Past the interval, opening revalidates by itself.
    DocsViewer::setRevalidateInterval(0);
    DocsViewer third;
    third.setStore(&m_store);
    third.setEntityRef(kRemoteRef);
    QVERIFY(settle(third));
    QCOMPARE(m_server->requests.size(), before + 2);
}

void TestDocsPrebuilt::offlineServesTheCachedCopy()
{
    m_server->close();
    // A fresh handler (no page cache) and a fresh viewer: everything comes from the cached files.
    m_handler = std::make_unique<DocsSchemeHandler>();
    DocsSchemeHandler::setInstance(m_handler.get());
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemoteRef);
    QVERIFY(viewer.downloading());
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QVERIFY2(viewer.notice().startsWith(QLatin1String("Offline")), qPrintable(viewer.notice()));
    QVERIFY(!viewer.url().isEmpty());
    const QByteArray home = result(m_handler->pageHtml(viewer.url().host(), QString()));
    QVERIFY2(home.contains("Published by the TechDocs backend."), home.constData());
    QVERIFY(!home.contains("<script"));
}

void TestDocsPrebuilt::offlineWithoutCopySaysSo()
{
    const QString appConfig = m_appConfig;
    DocsViewer::setRemoteSource({[appConfig]() { return configuredTechdocsStorageUrl({appConfig}); },
                                 m_dir.path() + QStringLiteral("/empty-cache")});
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemoteRef);
    QVERIFY(settle(viewer));
    QVERIFY(viewer.url().isEmpty());
    QVERIFY2(viewer.error().contains(QLatin1String("could not be downloaded")), qPrintable(viewer.error()));
    QVERIFY2(viewer.error().contains(QStringLiteral("127.0.0.1:%1").arg(m_port)), qPrintable(viewer.error()));
}

void TestDocsPrebuilt::localPrebuiltFolderIsServed()
{
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(QStringLiteral("component:default/local-prebuilt"));
    QVERIFY(!viewer.downloading()); // local: no download
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QVERIFY(!viewer.url().isEmpty());
    const QByteArray home = result(m_handler->pageHtml(viewer.url().host(), QString()));
    QVERIFY2(home.contains("Published by the TechDocs backend."), home.constData());
    QVERIFY(!home.contains("pwned"));
}

QTEST_MAIN(TestDocsPrebuilt)
#include "tst_docsprebuilt.moc"
