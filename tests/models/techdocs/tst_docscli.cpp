// SPDX-License-Identifier: Apache-2.0
// `portolan docs build|check|index|search`, called as the portolan binary will call it, with stdout/stderr captured.
// `index` over docs that are not in a local folder runs against real parts: a repository served by `git daemon` and
// synced by the real SyncEngine, a loopback TechDocs storage the site was downloaded from with the real fetcher.
#include "docs.h"
#include "catalog/reader.h"
#include "store/catalogstore.h"
#include "sync/syncengine.h"
#include "techdocs/remotesite.h"
#include "techdocs/techdocsref.h"

#include "gitfixture.h"
#include "sitefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>
#include <cstdio>
#include <unistd.h>

namespace {

const QString corpus = QStringLiteral(TECHDOCS_DATA_DIR "/corpus");

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args)
{
    QTemporaryFile outFile, errFile;
    if (!outFile.open() || !errFile.open())
        qFatal("temp files");
    fflush(stdout);
    fflush(stderr);
    const int savedOut = dup(1), savedErr = dup(2);
    dup2(outFile.handle(), 1);
    dup2(errFile.handle(), 2);
    Run result;
    result.code = cli::runDocs(args);
    fflush(stdout);
    fflush(stderr);
    dup2(savedOut, 1);
    dup2(savedErr, 2);
    close(savedOut);
    close(savedErr);
    outFile.seek(0);
    errFile.seek(0);
    result.out = QString::fromUtf8(outFile.readAll());
    result.err = QString::fromUtf8(errFile.readAll());
    return result;
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray entityYaml(const QString &name, const QString &annotations)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n  annotations:\n%2"
                          "spec:\n  type: service\n  owner: team-a\n  lifecycle: production\n")
        .arg(name, annotations)
        .toUtf8();
}

QJsonObject siteOf(const QJsonArray &sites, const QString &ref)
{
    for (const auto &site : sites)
        if (site.toObject().value(u"ref").toString() == ref)
            return site.toObject();
    return {};
}

} // namespace

class TestDocsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No user config, Git cache or downloaded sites leak in: `docs index` reads all three by default.
        QVERIFY(m_env.isValid());
        qputenv("PORTOLAN_CONFIG", m_env.filePath(QStringLiteral("no-portolan.yaml")).toUtf8());
        qputenv("PORTOLAN_CACHE_DIR", m_env.filePath(QStringLiteral("no-git-cache")).toUtf8());
        qunsetenv("PORTOLAN_TECHDOCS_URL");
        QStandardPaths::setTestModeEnabled(true);
        QDir::setCurrent(m_env.path()); // no app-config.yaml in the working directory
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("serve"), corpus};
        QTest::newRow("no dir") << QStringList{QStringLiteral("check")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), corpus, QStringLiteral("--fast")};
        QTest::newRow("bad theme") << QStringList{QStringLiteral("build"), corpus, QStringLiteral("--theme"), QStringLiteral("pink")};
    }
    void usage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(u"usage: portolan docs"));
    }

    void checkClean()
    {
        const Run r = run({QStringLiteral("check"), corpus});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, u"7 pages checked, 0 problems\n");
    }

    void checkProblems()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\n");
        write(dir.path() + QStringLiteral("/docs/index.md"), "# x\n\n[a](nope.md)\n\n::: pkg.module\n");
        Run r = run({QStringLiteral("check"), dir.path()});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.out, u"docs/index.md:3:5: broken link: \"nope.md\": no page nope.md\n"
                        "docs/index.md:5: unsupported: mkdocstrings (:::) is not supported\n"
                        "1 pages checked, 2 problems\n");
        r = run({QStringLiteral("check"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"pages").toInt(), 1);
        const QJsonObject first = json.value(u"problems").toArray().at(0).toObject();
        QCOMPARE(first.value(u"file").toString(), u"docs/index.md");
        QCOMPARE(first.value(u"line").toInt(), 3);
        QCOMPARE(first.value(u"kind").toString(), u"broken link");

        r = run({QStringLiteral("build"), dir.path(), QStringLiteral("--out"), dir.path() + QStringLiteral("/out"), QStringLiteral("--strict")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"docs/index.md:3:5: broken link"));
    }

    void fatal()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\ndocs_dir: ../up\n");
        const Run r = run({QStringLiteral("check"), dir.path()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"can't be an absolute directory or start with ../"));
        QCOMPARE(run({QStringLiteral("build"), corpus, QStringLiteral("--out"), corpus + QStringLiteral("/docs/site")}).code, 2);
    }

    void indexAndSearch()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            store::CatalogStore store;
            QCOMPARE(store.open(db), QString());
            catalog::Reader reader;
            QCOMPARE(store.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("demo")},
                                           reader.readPaths({QStringLiteral(TECHDOCS_DATA_DIR "/../../../resources/demo-catalog/all.yaml")})),
                     QString());
        }
        Run r = run({QStringLiteral("index"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        QCOMPARE(sites.size(), 5);
        for (const auto &site : sites) {
            QCOMPARE(site.toObject().value(u"status").toString(), QStringLiteral("indexed"));
            QVERIFY(site.toObject().value(u"sections").toInt() > 0);
        }
        r = run({QStringLiteral("index"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        for (const auto &site : sites)
            QCOMPARE(site.toObject().value(u"status").toString(), QStringLiteral("unchanged"));

        r = run({QStringLiteral("search"), QStringLiteral("deploy"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(hits.size() >= 3);
        QVERIFY(std::any_of(hits.begin(), hits.end(), [](const QJsonValue &hit) {
            return hit.toObject().value(u"snippet").toString().contains(QLatin1String("[deploy"), Qt::CaseInsensitive);
        }));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("qqqzzz"), QStringLiteral("--db"), db}).code, 1);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("--db"), db}).code, 2);
    }

    void build()
    {
        QTemporaryDir out;
        Run r = run({QStringLiteral("build"), corpus, QStringLiteral("--out"), out.path(), QStringLiteral("--json"), QStringLiteral("--theme"), QStringLiteral("dark")});
        QCOMPARE(r.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(u"pages").toInt(), 7);
        QVERIFY(json.value(u"files").toInt() >= 13);
        for (const char *f : {"index.html", "guide/advanced/deep/index.html", "images/logo.svg", "assets/techdocs/techdocs.css",
                              "assets/techdocs/techdocs.js", "assets/techdocs/mermaid.min.js", "search_index.json", "techdocs_metadata.json"})
            QVERIFY2(QFileInfo::exists(out.path() + u'/' + QLatin1String(f)), f);
        QFile index(out.path() + QStringLiteral("/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        QVERIFY(index.readAll().contains("<html lang=\"en\" class=\"td-theme-dark\">"));
        r = run({QStringLiteral("build"), corpus, QStringLiteral("--out"), out.path()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(u"Built 7 pages ("));
    }
    // The same set the desktop app's DocsIndexer indexes: docs only in the sync's Git clone, a site downloaded
    // earlier (the CLI never fetches), an entity following another's docs, and docs not on this machine at all.
    void indexGitOnlyAndDownloadedDocs()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QFileInfo(dir.path()).canonicalFilePath();
        const QString db = root + QStringLiteral("/catalog.sqlite");
        const QString gitCache = root + QStringLiteral("/gitcache");
        const QString sitesCache = root + QStringLiteral("/techdocs-sites");

        fixture::Repo repo(root, QStringLiteral("handbook"));
        repo.write(QStringLiteral("catalog-info.yaml"), entityYaml(QStringLiteral("handbook"), QStringLiteral("    backstage.io/techdocs-ref: dir:.\n")));
        repo.write(QStringLiteral("mkdocs.yml"), "site_name: Handbook\ndocs_dir: pages\nnav:\n  - Home: index.md\n  - Guide: guide.md\n");
        repo.write(QStringLiteral("pages/index.md"), "# Handbook\n\nStart here.\n\n## Onboarding checklist\n\nGet an octarine badge.\n");
        repo.write(QStringLiteral("pages/guide.md"), "# Guide\n\nHow we deploy.\n");
        repo.commit(QStringLiteral("docs"));
        repo.push();
        fixture::Daemon daemon;
        QVERIFY(daemon.start(root + QStringLiteral("/served")));

        // A TechDocs storage publishing a pre-built site, downloaded once as the Docs view does.
        const QString served = root + QStringLiteral("/http");
        const QString sitePath = served + QStringLiteral("/api/techdocs/static/docs/default/component/remote-site");
        sitefixture::writeFile(sitePath + QStringLiteral("/index.html"),
                               "<html><head><title>Remote</title></head><body><article><h1 id=\"remote\">Remote</h1>"
                               "<h2 id=\"rollback\">Rollback</h2><p>Run the zeppelin script.</p></article></body></html>");
        sitefixture::writeFile(sitePath + QStringLiteral("/techdocs_metadata.json"),
                               R"({"site_name":"Remote","build_timestamp":1764000000000,"etag":"e-1","files":["index.html","techdocs_metadata.json"]})");
        sitefixture::StaticServer server(served);
        QVERIFY(server.listen());
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(server.port());
        const QString appConfig = root + QStringLiteral("/app-config.yaml");
        sitefixture::writeFile(appConfig, "backend:\n  baseUrl: " + base + "\n");
        const QUrl storage(QString::fromLatin1(base + "/api/techdocs/static/docs"));
        const auto fetched = techdocs::fetchPrebuiltSite(storage, techdocs::storagePath(QStringLiteral("default"), QStringLiteral("Component"),
                                                                                          QStringLiteral("remote-site")),
                                                         sitesCache);
        QVERIFY2(std::holds_alternative<techdocs::RemoteSiteCopy>(fetched),
                 qPrintable(std::get_if<techdocs::Problem>(&fetched) ? std::get<techdocs::Problem>(fetched).toString() : QString()));

        {
            store::CatalogStore store;
            QCOMPARE(store.open(db), QString());
            portolan::sync::SyncPlan plan;
            plan.repositories = {{QStringLiteral("handbook"), daemon.url(QStringLiteral("handbook")), {},
                                  {{QStringLiteral("catalog-info.yaml"), {}, {}}}}};
            plan.rules = portolan::sync::CatalogRules::fromConfig(QJsonValue::Undefined);
            portolan::sync::SyncOptions options;
            options.cacheDir = gitCache;
            options.pruneRemoved = false;
            portolan::sync::SyncEngine engine(store, plan, options);
            QCOMPARE(engine.run([](const portolan::sync::SyncEvent &) {}).failed, 0);

            const QString local = root + QStringLiteral("/catalog");
            write(local + QStringLiteral("/alias.yaml"),
                  entityYaml(QStringLiteral("handbook-alias"), QStringLiteral("    backstage.io/techdocs-entity: component:default/handbook\n"
                                                                              "    backstage.io/techdocs-ref: dir:.\n")));
            write(local + QStringLiteral("/remote.yaml"),
                  entityYaml(QStringLiteral("remote-site"), QStringLiteral("    backstage.io/techdocs-ref: url:https://git.example.test/acme/remote/tree/main\n")));
            write(local + QStringLiteral("/elsewhere.yaml"),
                  entityYaml(QStringLiteral("elsewhere"), QStringLiteral("    backstage.io/techdocs-ref: url:https://git.example.test/acme/elsewhere/tree/main\n")));
            catalog::Reader reader;
            QCOMPARE(store.replaceSnapshot({QStringLiteral("local"), QStringLiteral("file"), local},
                                           reader.readPaths({local + QStringLiteral("/alias.yaml"), local + QStringLiteral("/remote.yaml"),
                                                             local + QStringLiteral("/elsewhere.yaml")})),
                     QString());
        }
        const QStringList index{QStringLiteral("index"), QStringLiteral("--db"), db, QStringLiteral("--config"), appConfig,
                                QStringLiteral("--cache"), gitCache, QStringLiteral("--sites-cache"), sitesCache, QStringLiteral("--json")};
        Run r = run(index);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QJsonArray sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        QCOMPARE(sites.size(), 4);
        QJsonObject handbook = siteOf(sites, QStringLiteral("component:default/handbook"));
        QCOMPARE(handbook.value(u"status").toString(), QStringLiteral("indexed"));
        QCOMPARE(handbook.value(u"origin").toString(), QStringLiteral("git"));
        QVERIFY(handbook.value(u"sections").toInt() >= 3); // Handbook, Onboarding checklist, Guide
        const QJsonObject remote = siteOf(sites, QStringLiteral("component:default/remote-site"));
        QCOMPARE(remote.value(u"status").toString(), QStringLiteral("indexed"));
        QCOMPARE(remote.value(u"origin").toString(), QStringLiteral("prebuilt"));
        QVERIFY(remote.value(u"sections").toInt() >= 2);
        const QJsonObject alias = siteOf(sites, QStringLiteral("component:default/handbook-alias"));
        QCOMPARE(alias.value(u"status").toString(), QStringLiteral("follows"));
        QCOMPARE(alias.value(u"docsEntity").toString(), QStringLiteral("component:default/handbook"));
        const QJsonObject elsewhere = siteOf(sites, QStringLiteral("component:default/elsewhere"));
        QCOMPARE(elsewhere.value(u"status").toString(), QStringLiteral("skipped"));
        QCOMPARE(elsewhere.value(u"origin").toString(), QStringLiteral("none"));
        QVERIFY(!elsewhere.value(u"reason").toString().isEmpty());

        // Words that exist only in Git and only in the downloaded HTML are found, under the entity that owns them.
        r = run({QStringLiteral("search"), QStringLiteral("octarine"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"entityRef").toString(), QStringLiteral("component:default/handbook"));
        QCOMPARE(hits.first().toObject().value(u"anchor").toString(), QStringLiteral("onboarding-checklist"));
        r = run({QStringLiteral("search"), QStringLiteral("zeppelin"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(u"entityRef").toString(), QStringLiteral("component:default/remote-site"));

        // Nothing changed: both hashes match, nothing is rendered again.
        r = run(index);
        sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        QCOMPARE(siteOf(sites, QStringLiteral("component:default/handbook")).value(u"status").toString(), QStringLiteral("unchanged"));
        QCOMPARE(siteOf(sites, QStringLiteral("component:default/remote-site")).value(u"status").toString(), QStringLiteral("unchanged"));
        qInfo("docs index, git site: %.0f ms first, %.0f ms unchanged", handbook.value(u"elapsedMs").toDouble(),
              siteOf(sites, QStringLiteral("component:default/handbook")).value(u"elapsedMs").toDouble());

        // A new commit, synced: the copy out of Git follows it and the index with it.
        repo.write(QStringLiteral("pages/guide.md"), "# Guide\n\nHow we deploy with the quokka pipeline.\n");
        repo.commit(QStringLiteral("guide"));
        repo.push();
        {
            store::CatalogStore store;
            QCOMPARE(store.open(db), QString());
            portolan::sync::SyncPlan plan;
            plan.repositories = {{QStringLiteral("handbook"), daemon.url(QStringLiteral("handbook")), {},
                                  {{QStringLiteral("catalog-info.yaml"), {}, {}}}}};
            plan.rules = portolan::sync::CatalogRules::fromConfig(QJsonValue::Undefined);
            portolan::sync::SyncOptions options;
            options.cacheDir = gitCache;
            options.pruneRemoved = false;
            portolan::sync::SyncEngine engine(store, plan, options);
            QCOMPARE(engine.run([](const portolan::sync::SyncEvent &) {}).failed, 0);
        }
        r = run(QStringList(index.begin(), index.end() - 1)); // text output
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("indexed git component:default/handbook: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("unchanged prebuilt component:default/remote-site: ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("follows none component:default/handbook-alias: 0 sections")), qPrintable(r.out));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("quokka"), QStringLiteral("--db"), db}).code, 0);

        // No --config: the storage URL comes from the Portolan config, as `portolan sync` reads it.
        const QByteArray noConfig = qgetenv("PORTOLAN_CONFIG");
        sitefixture::writeFile(root + QStringLiteral("/portolan.yaml"), "backend:\n  baseUrl: " + base + "\n");
        qputenv("PORTOLAN_CONFIG", (root + QStringLiteral("/portolan.yaml")).toUtf8());
        r = run({QStringLiteral("index"), QStringLiteral("--db"), db, QStringLiteral("--cache"), gitCache, QStringLiteral("--sites-cache"),
                 sitesCache, QStringLiteral("--json")});
        qputenv("PORTOLAN_CONFIG", noConfig);
        sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        QCOMPARE(siteOf(sites, QStringLiteral("component:default/remote-site")).value(u"origin").toString(), QStringLiteral("prebuilt"));
        QCOMPARE(siteOf(sites, QStringLiteral("component:default/remote-site")).value(u"status").toString(), QStringLiteral("unchanged"));

        // Without the Git cache and the sites folder, the same catalog has nothing on this machine: skipped, not failed.
        r = run({QStringLiteral("index"), QStringLiteral("--db"), db, QStringLiteral("--config"), appConfig, QStringLiteral("--cache"),
                 root + QStringLiteral("/empty"), QStringLiteral("--sites-cache"), root + QStringLiteral("/empty"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        sites = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"sites").toArray();
        QCOMPARE(siteOf(sites, QStringLiteral("component:default/handbook")).value(u"status").toString(), QStringLiteral("skipped"));
    }

private:
    QTemporaryDir m_env;
};

QTEST_GUILESS_MAIN(TestDocsCli)
#include "tst_docscli.moc"
