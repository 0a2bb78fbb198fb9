// SPDX-License-Identifier: Apache-2.0
// Pre-built TechDocs sites over HTTP: a loopback server the test starts serves a tree laid out as TechDocs'
// publisher writes it (<namespace>/<kind>/<name>/..., techdocs_metadata.json with files, build_timestamp, etag).
#include "techdocs/prebuilt.h"
#include "techdocs/prebuiltsearch.h"
#include "techdocs/remotesite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace techdocs;

#include "sitefixture.h"

using sitefixture::writeFile;
using sitefixture::StaticServer;

namespace {

/// Publishes a site build: pages, a stylesheet and the metadata the generator writes.
void publish(const QString &siteDir, const QByteArray &guideText, double buildTimestamp, const QStringList &extraFiles = {})
{
    writeFile(siteDir + QStringLiteral("/index.html"),
              "<!DOCTYPE html><html><head><title>Payments</title></head><body><article><h1>Payments</h1>"
              "<script>window.pwned=1</script><p>Home page.</p></article></body></html>");
    writeFile(siteDir + QStringLiteral("/guide/index.html"),
              "<!DOCTYPE html><html><body><article><h1>Guide</h1><p>" + guideText + "</p></article></body></html>");
    writeFile(siteDir + QStringLiteral("/assets/stylesheets/main.0123abcd.min.css"), "body{color:#123}");
    QJsonArray files{QStringLiteral("index.html"), QStringLiteral("guide/index.html"),
                     QStringLiteral("assets/stylesheets/main.0123abcd.min.css"), QStringLiteral("techdocs_metadata.json")};
    for (const QString &f : extraFiles)
        files.append(f);
    writeFile(siteDir + QStringLiteral("/techdocs_metadata.json"),
              QJsonDocument(QJsonObject{{QStringLiteral("site_name"), QStringLiteral("Payments")},
                                        {QStringLiteral("site_description"), QStringLiteral("How payments work")},
                                        {QStringLiteral("build_timestamp"), buildTimestamp},
                                        {QStringLiteral("files"), files},
                                        {QStringLiteral("etag"), QStringLiteral("commit-%1").arg(qint64(buildTimestamp))}})
                  .toJson());
}

// QVERIFY2 evaluates its message every time: never std::get the wrong alternative there.
QString problemText(const std::variant<RemoteSiteCopy, Problem> &result)
{
    const auto *problem = std::get_if<Problem>(&result);
    return problem ? problem->toString() : QString();
}

std::variant<RemoteSiteCopy, Problem> fetch(const QUrl &base, const QString &storage, const QString &cache,
                                            const QString &token = {})
{
    // The fetch blocks its (worker) thread; this thread keeps serving.
    QFuture<std::variant<RemoteSiteCopy, Problem>> future = QtConcurrent::run([=]() {
        RemoteFetchOptions options;
        options.timeoutMs = 5000;
        options.bearerToken = token;
        return fetchPrebuiltSite(base, storage, cache, options);
    });
    if (!QTest::qWaitFor([&]() { return future.isFinished(); }, 30000))
        return Problem{Problem::Kind::Error, {}, 0, 0, QStringLiteral("timeout")};
    return future.result();
}

} // namespace

class RemoteSiteTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_published;
    QTemporaryDir m_cache;
    std::unique_ptr<StaticServer> m_server;
    QUrl m_base;
    const QString m_storage = QStringLiteral("default/component/payments");
    [[nodiscard]] QString siteDir() const { return m_published.path() + QStringLiteral("/static/docs/") + m_storage; }

private Q_SLOTS:
    void initTestCase()
    {
        publish(siteDir(), "First build.", 1760000000000.0);
        m_server = std::make_unique<StaticServer>(m_published.path());
        QVERIFY(m_server->listen());
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1/static/docs").arg(m_server->port()));
    }

    void firstFetchDownloadsTheSite()
    {
        auto result = fetch(m_base, m_storage, m_cache.path());
        QVERIFY2(std::holds_alternative<RemoteSiteCopy>(result), qPrintable(problemText(result)));
        const RemoteSiteCopy copy = std::get<RemoteSiteCopy>(result);
        QCOMPARE(copy.filesDownloaded, 3);
        QVERIFY(!copy.offline);
        QCOMPARE(copy.metadata.siteName, QStringLiteral("Payments"));
        QVERIFY(m_server->requests.contains(QStringLiteral("/static/docs/default/component/payments/guide/index.html")));
        // The copy is a pre-built site like a folder one: pages are sanitized before the view gets them.
        auto opened = PrebuiltSite::open(copy.siteDir);
        QVERIFY(std::holds_alternative<PrebuiltSite>(opened));
        const PrebuiltSite &site = std::get<PrebuiltSite>(opened);
        QVERIFY(site.page(QStringLiteral("guide/"))->contains(QLatin1String("First build.")));
        const QString home = *site.page(QString());
        QVERIFY(home.contains(QLatin1String("Home page.")));
        QVERIFY(!home.contains(QLatin1String("pwned")));
        QVERIFY(site.filePath(QStringLiteral("assets/stylesheets/main.0123abcd.min.css")));
    }

    void unchangedSiteIsRevalidatedNotDownloaded()
    {
        m_server->requests.clear();
        auto result = fetch(m_base, m_storage, m_cache.path());
        QVERIFY(std::holds_alternative<RemoteSiteCopy>(result));
        QCOMPARE(std::get<RemoteSiteCopy>(result).filesDownloaded, 0);
        QCOMPARE(m_server->requests, QStringList{QStringLiteral("/static/docs/default/component/payments/techdocs_metadata.json")});

        // With an HTTP ETag the server answers 304 and nothing is parsed or fetched.
        m_server->etags.insert(QStringLiteral("/static/docs/default/component/payments/techdocs_metadata.json"), "\"m1\"");
        QCOMPARE(std::get<RemoteSiteCopy>(fetch(m_base, m_storage, m_cache.path())).filesDownloaded, 0); // learns the ETag
        m_server->requests.clear();
        result = fetch(m_base, m_storage, m_cache.path());
        QCOMPARE(std::get<RemoteSiteCopy>(result).filesDownloaded, 0);
        QCOMPARE(m_server->requests.size(), 1);
    }

    void newBuildReplacesTheCopy()
    {
        m_server->etags.clear();
        publish(siteDir(), "Second build.", 1760000999000.0);
        auto result = fetch(m_base, m_storage, m_cache.path());
        QVERIFY(std::holds_alternative<RemoteSiteCopy>(result));
        const RemoteSiteCopy copy = std::get<RemoteSiteCopy>(result);
        QCOMPARE(copy.filesDownloaded, 3);
        QCOMPARE(copy.metadata.buildTimestamp.toMSecsSinceEpoch(), qint64(1760000999000));
        const auto site = PrebuiltSite::open(copy.siteDir);
        QVERIFY(std::get<PrebuiltSite>(site).page(QStringLiteral("guide/"))->contains(QLatin1String("Second build.")));
        QVERIFY(!QFileInfo::exists(copy.siteDir + QStringLiteral(".partial")));
        QVERIFY(!QFileInfo::exists(copy.siteDir + QStringLiteral(".old")));
    }

    void fileNamesOutsideTheSiteAreRefused()
    {
        QTemporaryDir cache;
        publish(siteDir(), "Third build.", 1760001000000.0, {QStringLiteral("../../../../etc/passwd")});
        auto result = fetch(m_base, m_storage, cache.path());
        QVERIFY(std::holds_alternative<Problem>(result));
        QVERIFY(std::get<Problem>(result).message.contains(QLatin1String("outside the site")));
        publish(siteDir(), "Second build.", 1760000999000.0); // back to the build the main cache holds
    }

    void serverDownServesTheCachedCopy()
    {
        m_server->close();
        m_server.reset();
        auto result = fetch(m_base, m_storage, m_cache.path());
        QVERIFY2(std::holds_alternative<RemoteSiteCopy>(result), qPrintable(problemText(result)));
        const RemoteSiteCopy copy = std::get<RemoteSiteCopy>(result);
        QVERIFY(copy.offline);
        QVERIFY(!copy.warning.isEmpty());
        QCOMPARE(copy.filesDownloaded, 0);
        const auto site = PrebuiltSite::open(copy.siteDir);
        QVERIFY(std::get<PrebuiltSite>(site).page(QStringLiteral("guide/"))->contains(QLatin1String("Second build.")));

        // Without an earlier copy there is nothing to show: a clear error naming the URL.
        QTemporaryDir empty;
        result = fetch(m_base, m_storage, empty.path());
        QVERIFY(std::holds_alternative<Problem>(result));
        QVERIFY(std::get<Problem>(result).file.contains(QLatin1String("techdocs_metadata.json")));
    }

    void bearerTokenIsSentWithEveryRequest()
    {
        QTemporaryDir published;
        QTemporaryDir cache;
        publish(published.path() + QStringLiteral("/docs/") + m_storage, "Guarded.", 1760000000000.0);
        StaticServer guarded(published.path());
        guarded.requiredBearer = "tok-123";
        QVERIFY(guarded.listen());
        const QUrl base(QStringLiteral("http://127.0.0.1:%1/docs").arg(guarded.port()));
        auto result = fetch(base, m_storage, cache.path());
        QVERIFY(std::holds_alternative<Problem>(result));
        QVERIFY2(problemText(result).contains(QLatin1String("HTTP 401")), qPrintable(problemText(result)));
        QVERIFY2(problemText(result).contains(QLatin1String("needs a Backstage token")), qPrintable(problemText(result)));
        QVERIFY(!cachedPrebuiltSite(base, m_storage, cache.path()));
        result = fetch(base, m_storage, cache.path(), QStringLiteral("wrong"));
        QVERIFY2(problemText(result).contains(QLatin1String("refused the Backstage token")), qPrintable(problemText(result)));
        QVERIFY(!problemText(result).contains(QLatin1String("wrong")));
        guarded.authorizations.clear();
        result = fetch(base, m_storage, cache.path(), QStringLiteral("tok-123"));
        QVERIFY2(std::holds_alternative<RemoteSiteCopy>(result), qPrintable(problemText(result)));
        QCOMPARE(guarded.authorizations.size(), 4); // metadata and the three files
        for (const QByteArray &header : std::as_const(guarded.authorizations))
            QCOMPARE(header, QByteArray("Bearer tok-123"));
        // The cached copy is found without the server, where the fetch put it.
        const auto cached = cachedPrebuiltSite(base, m_storage, cache.path());
        QVERIFY(cached);
        QCOMPARE(cached->siteDir, std::get<RemoteSiteCopy>(result).siteDir);
        QCOMPARE(cached->metadata.siteName, QStringLiteral("Payments"));
    }

    void searchRowsOfAPublishedSite()
    {
        const auto opened = PrebuiltSite::open(siteDir());
        QVERIFY(std::holds_alternative<PrebuiltSite>(opened));
        const PrebuiltSite &site = std::get<PrebuiltSite>(opened);
        const QList<SearchRow> rows = prebuiltSearchRows(site);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).pageUrl, QString());
        QCOMPARE(rows.at(0).pageTitle, QStringLiteral("Payments"));
        QCOMPARE(rows.at(0).text, QStringLiteral("Home page.")); // the script went with the sanitizer
        QCOMPARE(rows.at(1).pageUrl, QStringLiteral("guide/"));
        QCOMPARE(rows.at(1).pageTitle, QStringLiteral("Guide"));
        // Headings with ids split sections; Material's permalink is not part of the heading.
        const QList<SearchRow> split = htmlSearchRows(
            QStringLiteral("<html><head><title>T - S</title></head><body><nav>Menu</nav><article>"
                           "<h1 id=\"a\">Alpha<a class=\"headerlink\" href=\"#a\">&para;</a></h1><p>One &amp; two.</p>"
                           "<h2 id=\"b\">Beta</h2><p>Three.</p></article></body></html>"),
            QStringLiteral("x.html"));
        QCOMPARE(split.size(), 2);
        QCOMPARE(split.at(0).heading, QStringLiteral("Alpha"));
        QCOMPARE(split.at(0).anchor, QStringLiteral("a"));
        QCOMPARE(split.at(0).text, QStringLiteral("One & two."));
        QCOMPARE(split.at(1).heading, QStringLiteral("Beta"));
        QCOMPARE(split.at(1).pageTitle, QStringLiteral("Alpha"));
        // The hash follows the build, not the time it was read.
        const QString hash = prebuiltContentHash(site);
        QCOMPARE(prebuiltContentHash(std::get<PrebuiltSite>(PrebuiltSite::open(siteDir()))), hash);
        publish(siteDir(), "Third build.", 1760001234000.0);
        QVERIFY(prebuiltContentHash(std::get<PrebuiltSite>(PrebuiltSite::open(siteDir()))) != hash);
    }

    void badInputIsRefused()
    {
        QVERIFY(std::holds_alternative<Problem>(fetchPrebuiltSite(QUrl(QStringLiteral("file:///tmp")), m_storage, m_cache.path())));
        QVERIFY(std::holds_alternative<Problem>(fetchPrebuiltSite(m_base, QStringLiteral("../x"), m_cache.path())));
    }
};

QTEST_GUILESS_MAIN(RemoteSiteTest)
#include "tst_remotesite.moc"
