// SPDX-License-Identifier: Apache-2.0
// TechDocs that are not in a local folder, end to end with real parts: a repository served by `git daemon` and
// synced by the real SyncEngine into a real SQLite catalog (its docs are read from the bare clone's tree), a
// loopback Backstage that publishes a pre-built site behind its token check, the real DocsViewer, DocsIndexer and
// portolan-docs:// handler; backstage.io/techdocs-entity between catalog entities.
#include "catalog/reader.h"
#include "docsgitsource.h"
#include "docsindexer.h"
#include "docsremote.h"
#include "docsschemehandler.h"
#include "docsviewer.h"
#include "entitycontroller.h"
#include "store/catalogstore.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "gitfixture.h"
#include "sitefixture.h"

using sitefixture::StaticServer;
using sitefixture::result;

namespace {

const QString kHandbook = QStringLiteral("component:default/handbook");
const QString kAlias = QStringLiteral("component:default/handbook-alias");
const QString kRemote = QStringLiteral("component:default/remote-site");
const QByteArray kToken = "s3cr3t-backstage-token-4711";

QByteArray yaml(const QString &name, const QString &annotations)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n  annotations:\n%2"
                          "spec:\n  type: service\n  owner: team-a\n  lifecycle: production\n")
        .arg(name, annotations)
        .toUtf8();
}

/// A Material page as mkdocs builds it: header/nav outside <article>, headings with ids and permalinks.
QByteArray materialPage(const QString &title, const QString &article)
{
    return QStringLiteral("<!DOCTYPE html><html><head><title>%1 - Remote site</title></head><body>"
                          "<header class=\"md-header\">Remote site navigation chrome</header>"
                          "<nav class=\"md-nav\"><a href=\"guide/\">Guide</a></nav>"
                          "<article class=\"md-content__inner md-typeset\">%2</article>"
                          "<footer>Made with Material footer text</footer></body></html>")
        .arg(title, article)
        .toUtf8();
}

void publish(const QString &siteDir, const QString &guideText, double buildTimestamp)
{
    sitefixture::writeFile(siteDir + QStringLiteral("/index.html"),
                           materialPage(QStringLiteral("Home"),
                                        QStringLiteral("<h1 id=\"remote-site\">Remote site<a class=\"headerlink\" href=\"#remote-site\">&para;</a></h1>"
                                                       "<p>Welcome to the published handbook.</p><script>steal()</script>")));
    sitefixture::writeFile(siteDir + QStringLiteral("/guide/index.html"),
                           materialPage(QStringLiteral("Guide"),
                                        QStringLiteral("<h1 id=\"guide\">Guide</h1><p>Intro.</p>"
                                                       "<h2 id=\"rollback-steps\">Rollback steps<a class=\"headerlink\" href=\"#rollback-steps\">&para;</a></h2>"
                                                       "<p>%1</p>").arg(guideText)));
    sitefixture::writeFile(siteDir + QStringLiteral("/404.html"), materialPage(QStringLiteral("404"), QStringLiteral("<h1>404 - Not found</h1>")));
    const QJsonArray files{QStringLiteral("index.html"), QStringLiteral("guide/index.html"), QStringLiteral("404.html"),
                           QStringLiteral("techdocs_metadata.json")};
    sitefixture::writeFile(siteDir + QStringLiteral("/techdocs_metadata.json"),
                           QJsonDocument(QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Remote site")},
                                                     {QStringLiteral("site_description"), QString()},
                                                     {QStringLiteral("build_timestamp"), buildTimestamp},
                                                     {QStringLiteral("files"), files},
                                                     {QStringLiteral("etag"), QStringLiteral("e-%1").arg(qint64(buildTimestamp))},
                                                     {QStringLiteral("engine"), QStringLiteral("mkdocs")}})
                               .toJson());
}

bool settle(DocsViewer &viewer)
{
    return QTest::qWaitFor([&]() { return !viewer.downloading(); }, 30000);
}


} // namespace

class TestDocsRemoteSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void gitOnlyDocsAreShownFromTheClone();
    void gitOnlyDocsAreIndexedAndFollowTheSync();
    void techdocsEntityShowsAndIndexesTheReferencedDocs();
    void backstageTokenIsSentAndA401IsExplained();
    void storageUrlIsReadOffTheUiThread();
    void downloadedSitesAreIndexedOncePerBuild();

private:
    void syncGit();
    QTemporaryDir m_dir;
    QString m_root;
    QString m_cache;
    QString m_appConfig;
    fixture::Daemon m_daemon;
    std::unique_ptr<fixture::Repo> m_repo;
    store::CatalogStore m_store;
    std::unique_ptr<StaticServer> m_server;
    std::unique_ptr<DocsSchemeHandler> m_handler;
    std::unique_ptr<DocsIndexer> m_indexer;
    QList<QThread *> m_storageUrlThreads; ///< where the storage URL was looked up
};

void TestDocsRemoteSources::syncGit()
{
    portolan::sync::SyncPlan plan;
    plan.repositories = {{QStringLiteral("handbook"), m_daemon.url(QStringLiteral("handbook")), {},
                          {{QStringLiteral("catalog-info.yaml"), {}, {}}}}};
    plan.rules = portolan::sync::CatalogRules::fromConfig(QJsonValue::Undefined);
    portolan::sync::SyncOptions options;
    options.cacheDir = m_root + QStringLiteral("/gitcache");
    options.pruneRemoved = false;
    portolan::sync::SyncEngine engine(m_store, plan, options);
    const auto report = engine.run([](const portolan::sync::SyncEvent &) {});
    QCOMPARE(report.failed, 0);
}

void TestDocsRemoteSources::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = QFileInfo(m_dir.path()).canonicalFilePath();
    // Only the app-config this test writes counts (no user Portolan config).
    qputenv("PORTOLAN_CONFIG", (m_root + QStringLiteral("/no-portolan.yaml")).toUtf8());
    qunsetenv("PORTOLAN_TECHDOCS_URL");
    qunsetenv("PORTOLAN_TEST_BACKSTAGE_TOKEN");
    m_cache = m_root + QStringLiteral("/techdocs-sites");

    // A repository whose docs exist only in Git: the catalog file, a config with docs_dir, pages and code.
    m_repo = std::make_unique<fixture::Repo>(m_root, QStringLiteral("handbook"));
    m_repo->write(QStringLiteral("catalog-info.yaml"), yaml(QStringLiteral("handbook"), QStringLiteral("    backstage.io/techdocs-ref: dir:.\n")));
    m_repo->write(QStringLiteral("mkdocs.yml"), "site_name: Handbook\ndocs_dir: pages\nnav:\n  - Home: index.md\n  - Guide: guide.md\n");
    m_repo->write(QStringLiteral("pages/index.md"), "# Handbook\n\nStart here.\n\n## Onboarding checklist\n\nGet an octarine badge.\n");
    m_repo->write(QStringLiteral("pages/guide.md"), "# Guide\n\nHow we deploy.\n");
    m_repo->write(QStringLiteral("README.md"), "Read the docs.\n");
    m_repo->write(QStringLiteral("src/main.c"), "int main(void) { return 0; }\n");
    m_repo->commit(QStringLiteral("docs"));
    m_repo->push();
    QVERIFY(m_daemon.start(m_root + QStringLiteral("/served")));
    QCOMPARE(m_store.open(m_root + QStringLiteral("/catalog.sqlite")), QString());
    syncGit();
    const auto synced = m_store.entity(kHandbook);
    QVERIFY(synced);
    // The sync wrote where the entity came from: a URL into the repository, not a folder on this machine.
    const QString location = synced->data.value(u"metadata").toObject().value(u"annotations").toObject()
                                 .value(u"backstage.io/managed-by-location").toString();
    QVERIFY2(location.startsWith(QLatin1String("url:git://127.0.0.1:")), qPrintable(location));

    // Local catalog: an entity showing the handbook's docs, a cycle, a malformed reference, a remote site.
    const QString catalog = m_root + QStringLiteral("/catalog");
    sitefixture::writeFile(catalog + QStringLiteral("/alias.yaml"),
                           yaml(QStringLiteral("handbook-alias"), QStringLiteral("    backstage.io/techdocs-entity: component:default/handbook\n"
                                                                                 "    backstage.io/techdocs-entity-path: /guide/\n")));
    sitefixture::writeFile(catalog + QStringLiteral("/loop-a.yaml"),
                           yaml(QStringLiteral("loop-a"), QStringLiteral("    backstage.io/techdocs-entity: component:loop-b\n")));
    sitefixture::writeFile(catalog + QStringLiteral("/loop-b.yaml"),
                           yaml(QStringLiteral("loop-b"), QStringLiteral("    backstage.io/techdocs-entity: component:default/loop-a\n")));
    sitefixture::writeFile(catalog + QStringLiteral("/own/catalog-info.yaml"),
                           yaml(QStringLiteral("own-docs"), QStringLiteral("    backstage.io/techdocs-entity: handbook\n"
                                                                           "    backstage.io/techdocs-ref: dir:.\n")));
    sitefixture::writeFile(catalog + QStringLiteral("/own/mkdocs.yml"), "site_name: Own\n");
    sitefixture::writeFile(catalog + QStringLiteral("/own/docs/index.md"), "# Own\n\nMy own pages.\n");
    sitefixture::writeFile(catalog + QStringLiteral("/remote.yaml"),
                           yaml(QStringLiteral("remote-site"), QStringLiteral("    backstage.io/techdocs-ref: url:https://git.example.test/acme/remote/tree/main\n")));
    catalog::Reader reader;
    QCOMPARE(m_store.replaceSnapshot({QStringLiteral("local"), QStringLiteral("file"), catalog},
                                     reader.readPaths({catalog + QStringLiteral("/alias.yaml"), catalog + QStringLiteral("/loop-a.yaml"),
                                                       catalog + QStringLiteral("/loop-b.yaml"), catalog + QStringLiteral("/own/catalog-info.yaml"),
                                                       catalog + QStringLiteral("/remote.yaml")})),
             QString());

    // A Backstage backend publishing the remote site, behind its token check.
    const QString served = m_root + QStringLiteral("/http");
    publish(served + QStringLiteral("/api/techdocs/static/docs/default/component/remote-site"), QStringLiteral("Run the zeppelin script."),
            1764000000000.0);
    m_server = std::make_unique<StaticServer>(served);
    m_server->requiredBearer = kToken;
    QVERIFY(m_server->listen());
    m_appConfig = m_root + QStringLiteral("/app-config.yaml");
    const QByteArray base = "http://127.0.0.1:" + QByteArray::number(m_server->port());
    sitefixture::writeFile(m_appConfig, "backend:\n  baseUrl: " + base + "\nportolan:\n  backstage:\n    - name: test\n      baseUrl: " + base
                                            + "\n      token: ${PORTOLAN_TEST_BACKSTAGE_TOKEN}\n");

    const QString appConfig = m_appConfig;
    DocsRemoteSource source;
    source.storageUrl = [this, appConfig]() {
        m_storageUrlThreads << QThread::currentThread();
        return configuredTechdocsStorageUrl({appConfig});
    };
    source.token = [appConfig](const QUrl &url) { return backstageTokenFor(url, {appConfig}); };
    source.cacheRoot = m_cache;
    source.gitCacheDir = m_root + QStringLiteral("/gitcache");
    DocsViewer::setRemoteSource(source);
    m_handler = std::make_unique<DocsSchemeHandler>();
    DocsSchemeHandler::setInstance(m_handler.get());
    m_indexer = std::make_unique<DocsIndexer>(&m_store);
}

void TestDocsRemoteSources::gitOnlyDocsAreShownFromTheClone()
{
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kHandbook);
    QVERIFY(viewer.downloading()); // the clone is read on a worker
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QCOMPARE(viewer.docsRef(), kHandbook);
    QVERIFY(!viewer.remote());
    QVERIFY(viewer.projectDir().startsWith(m_cache + QStringLiteral("/.git-docs/")));
    const QString id = viewer.url().host();
    const QByteArray home = result(m_handler->pageHtml(id, QString()));
    QVERIFY2(home.contains("octarine badge"), home.left(400).constData());
    QVERIFY(result(m_handler->pageHtml(id, QStringLiteral("guide/"))).contains("How we deploy."));
    // Only what MkDocs reads was copied: the config, the files beside it and docs_dir.
    QVERIFY(QFileInfo::exists(viewer.projectDir() + QStringLiteral("/README.md")));
    QVERIFY(QFileInfo::exists(viewer.projectDir() + QStringLiteral("/pages/guide.md")));
    QVERIFY(!QFileInfo::exists(viewer.projectDir() + QStringLiteral("/src/main.c")));

    // An unchanged commit is not copied again: the marker is compared and the folder reused.
    const QFileInfo before(viewer.projectDir() + QStringLiteral("/pages/index.md"));
    QElapsedTimer timer;
    timer.start();
    QString unchangedError;
    const auto again = materializeGitDocs(m_daemon.url(QStringLiteral("handbook")) + QStringLiteral("/blob/main/"),
                                          m_root + QStringLiteral("/gitcache"), m_cache + QStringLiteral("/.git-docs"), &unchangedError);
    qInfo("materializeGitDocs, commit unchanged: %lld ms", qint64(timer.elapsed()));
    QVERIFY2(again, qPrintable(unchangedError));
    QCOMPARE(again->projectDir, viewer.projectDir());
    QCOMPARE(QFileInfo(again->projectDir + QStringLiteral("/pages/index.md")).lastModified(), before.lastModified());

    // The repository unknown to the Git cache: nothing is made up, the reason is shown (no storage URL either).
    QString error;
    QVERIFY(!materializeGitDocs(QStringLiteral("git://127.0.0.1:1/other.git/blob/main/"), m_root + QStringLiteral("/gitcache"),
                                m_cache + QStringLiteral("/.git-docs"), &error));
    QCOMPARE(error, QString());
    // A folder the synced commit does not have is an error naming it.
    QVERIFY(!materializeGitDocs(m_daemon.url(QStringLiteral("handbook")) + QStringLiteral("/blob/main/nope/"),
                                m_root + QStringLiteral("/gitcache"), m_cache + QStringLiteral("/.git-docs"), &error));
    QVERIFY2(error.contains(QLatin1String("nope")), qPrintable(error));
}

void TestDocsRemoteSources::gitOnlyDocsAreIndexedAndFollowTheSync()
{
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    QSignalSpy failed(m_indexer.get(), &DocsIndexer::failed);
    m_indexer->indexEntity(kHandbook);
    QVERIFY(m_indexer->waitForIdle(60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(indexed.count(), 1);
    QCOMPARE(indexed.first().at(0).toString(), kHandbook);
    QVERIFY(!indexed.first().at(2).toBool());
    auto hits = m_store.searchDocs(QStringLiteral("octarine"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().entityRef, kHandbook);
    QCOMPARE(hits.first().heading, QStringLiteral("Onboarding checklist"));

    // Unchanged commit: skipped by the content hash.
    indexed.clear();
    m_indexer->indexEntity(kHandbook);
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(indexed.count(), 1);
    QVERIFY(indexed.first().at(2).toBool());

    // A new commit synced: the copy follows it and so does the index.
    m_repo->write(QStringLiteral("pages/index.md"), "# Handbook\n\nStart here.\n\n## Onboarding checklist\n\nGet a vermilion badge.\n");
    m_repo->commit(QStringLiteral("badge colour"));
    m_repo->push();
    syncGit();
    indexed.clear();
    m_indexer->indexEntity(kHandbook);
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(indexed.count(), 1);
    QVERIFY(!indexed.first().at(2).toBool());
    QCOMPARE(m_store.searchDocs(QStringLiteral("vermilion")).size(), 1);
    QVERIFY(m_store.searchDocs(QStringLiteral("octarine")).isEmpty());
}

void TestDocsRemoteSources::techdocsEntityShowsAndIndexesTheReferencedDocs()
{
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kAlias);
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QCOMPARE(viewer.docsRef(), kHandbook);
    // backstage.io/techdocs-entity-path: the site opens at that page.
    QCOMPARE(viewer.url().path(), QStringLiteral("/guide/"));
    QVERIFY(result(m_handler->pageHtml(viewer.url().host(), QStringLiteral("guide/"))).contains("How we deploy."));

    // The entity page offers a Docs tab for it, as Backstage does for either annotation.
    EntityController controller;
    controller.setStore(&m_store);
    controller.setRef(kAlias);
    QVERIFY(controller.hasTechDocs());
    controller.setRef(kHandbook);
    QVERIFY(controller.hasTechDocs());

    // Indexing the alias indexes the referenced docs, once, under their own entity.
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    m_indexer->indexEntity(kAlias);
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(indexed.count(), 1);
    QCOMPARE(indexed.first().at(0).toString(), kHandbook);
    QVERIFY(!m_store.docsIndexInfo(kAlias));

    // A cycle is an error naming the annotation; a reference without a kind is ignored, as Backstage does.
    viewer.setEntityRef(QStringLiteral("component:default/loop-a"));
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().contains(QLatin1String("techdocs-entity")), qPrintable(viewer.error()));
    QVERIFY(viewer.url().isEmpty());
    viewer.setEntityRef(QStringLiteral("component:default/own-docs"));
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QCOMPARE(viewer.docsRef(), QStringLiteral("component:default/own-docs"));
    QVERIFY(result(m_handler->pageHtml(viewer.url().host(), QString())).contains("My own pages."));
}

void TestDocsRemoteSources::backstageTokenIsSentAndA401IsExplained()
{
    // No token configured: Backstage answers 401 and the view says what is missing.
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemote);
    QVERIFY(settle(viewer));
    QVERIFY(viewer.url().isEmpty());
    QVERIFY2(viewer.error().contains(QLatin1String("HTTP 401")), qPrintable(viewer.error()));
    QVERIFY2(viewer.error().contains(QLatin1String("needs a Backstage token")), qPrintable(viewer.error()));
    QCOMPARE(m_server->authorizations.constLast(), QByteArray());

    // A wrong token: refused, and the token itself is not repeated.
    qputenv("PORTOLAN_TEST_BACKSTAGE_TOKEN", "not-the-token");
    viewer.refresh();
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().contains(QLatin1String("refused the Backstage token")), qPrintable(viewer.error()));
    QVERIFY(!viewer.error().contains(QLatin1String("not-the-token")));

    // The configured token (from the environment, as the sync reads it): served.
    qputenv("PORTOLAN_TEST_BACKSTAGE_TOKEN", kToken);
    const qsizetype before = m_server->requests.size();
    viewer.refresh();
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QVERIFY(viewer.remote());
    QVERIFY(result(m_handler->pageHtml(viewer.url().host(), QStringLiteral("guide/"))).contains("zeppelin"));
    QVERIFY(m_server->requests.size() > before + 1);
    for (qsizetype i = before; i < m_server->authorizations.size(); ++i)
        QCOMPARE(m_server->authorizations.at(i), "Bearer " + kToken); // every file, not just the metadata

    // Never written to disk: no file in the cache holds it.
    QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(m_root + QStringLiteral("/http")) || path.endsWith(QLatin1String(".sqlite")))
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kToken), qPrintable(path));
    }
}

void TestDocsRemoteSources::storageUrlIsReadOffTheUiThread()
{
    QVERIFY(!m_storageUrlThreads.isEmpty());
    for (QThread *thread : std::as_const(m_storageUrlThreads))
        QVERIFY(thread != QCoreApplication::instance()->thread());
}

void TestDocsRemoteSources::downloadedSitesAreIndexedOncePerBuild()
{
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    QSignalSpy failed(m_indexer.get(), &DocsIndexer::failed);
    // Indexing reads the copy the download left; it does not download.
    const qsizetype requests = m_server->requests.size();
    m_indexer->indexEntity(kRemote);
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(m_server->requests.size(), requests);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(indexed.count(), 1);
    QVERIFY(indexed.first().at(1).toInt() >= 3);
    auto hits = m_store.searchDocs(QStringLiteral("zeppelin"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().entityRef, kRemote);
    QCOMPARE(hits.first().pageUrl, QStringLiteral("guide/"));
    QCOMPARE(hits.first().pageTitle, QStringLiteral("Guide"));
    QCOMPARE(hits.first().heading, QStringLiteral("Rollback steps"));
    QCOMPARE(hits.first().anchor, QStringLiteral("rollback-steps"));
    // Sanitized first, and only the article: no script text, no nav/footer chrome, no 404 page.
    QVERIFY(m_store.searchDocs(QStringLiteral("steal")).isEmpty());
    QVERIFY(m_store.searchDocs(QStringLiteral("chrome")).isEmpty());
    QVERIFY(m_store.searchDocs(QStringLiteral("footer")).isEmpty());
    QCOMPARE(m_store.searchDocs(QStringLiteral("welcome published")).size(), 1);

    // Same build: skipped.
    indexed.clear();
    m_indexer->indexEntity(kRemote);
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(indexed.count(), 1);
    QVERIFY(indexed.first().at(2).toBool());

    // A new build published and downloaded (the view indexes what it downloaded).
    DocsIndexer::setInstance(m_indexer.get());
    publish(m_root + QStringLiteral("/http/api/techdocs/static/docs/default/component/remote-site"),
            QStringLiteral("Run the dirigible script."), 1764000999000.0);
    indexed.clear();
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(kRemote);
    viewer.refresh();
    QVERIFY(settle(viewer));
    QVERIFY2(viewer.error().isEmpty(), qPrintable(viewer.error()));
    QVERIFY(QTest::qWaitFor([&]() { return !indexed.isEmpty() && !m_indexer->busy(); }, 30000));
    QCOMPARE(indexed.constLast().at(0).toString(), kRemote);
    QVERIFY(!indexed.constLast().at(2).toBool());
    QCOMPARE(m_store.searchDocs(QStringLiteral("dirigible")).size(), 1);
    QVERIFY(m_store.searchDocs(QStringLiteral("zeppelin")).isEmpty());
    DocsIndexer::setInstance(nullptr);
}

QTEST_MAIN(TestDocsRemoteSources)
#include "tst_docsremotesources.moc"
