// SPDX-License-Identifier: Apache-2.0
// The docs page cache behind the portolan-docs:// handler, with the real handler, the real live-preview watcher
// (through DocsViewer) and a real Git repository for "Last updated".
#include "docsschemehandler.h"
#include "docsviewer.h"
#include "catalog/reader.h"
#include "store/catalogstore.h"
#include "techdocs/pagecache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "sitefixture.h"

using sitefixture::writeFile;
using sitefixture::result;

namespace {

bool git(const QString &dir, const QStringList &args)
{
    QProcess proc;
    proc.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GIT_AUTHOR_DATE", "GIT_COMMITTER_DATE"})
        env.insert(QString::fromLatin1(name), QStringLiteral("2026-01-02T10:00:00Z"));
    for (const char *name : {"GIT_AUTHOR_NAME", "GIT_COMMITTER_NAME"})
        env.insert(QString::fromLatin1(name), QStringLiteral("T"));
    for (const char *name : {"GIT_AUTHOR_EMAIL", "GIT_COMMITTER_EMAIL"})
        env.insert(QString::fromLatin1(name), QStringLiteral("t@example.test"));
    proc.setProcessEnvironment(env);
    proc.start(QStringLiteral("git"), args);
    return proc.waitForFinished(30000) && proc.exitCode() == 0;
}


} // namespace

class TestDocsPageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondRequestIsServedFromCache();
    void editedPageIsRenderedAgain();
    void snippetEditInvalidatesThroughTheWatcher();
    void themeIsPartOfTheKey();
    void memoryIsBounded();

private:
    QTemporaryDir m_dir;
    QString m_project;
    DocsSchemeHandler m_handler;
    store::CatalogStore m_store;
    std::unique_ptr<DocsViewer> m_viewer;
    QString m_id;
};

void TestDocsPageCache::initTestCase()
{
    m_project = QFileInfo(m_dir.path()).canonicalFilePath() + QStringLiteral("/project");
    writeFile(m_project + QStringLiteral("/mkdocs.yml"), "site_name: Cached\n");
    writeFile(m_project + QStringLiteral("/snip.txt"), "Snippet version one.\n");
    writeFile(m_project + QStringLiteral("/docs/index.md"), "# Home\n\nFirst text.\n\n--8<-- \"snip.txt\"\n");
    writeFile(m_project + QStringLiteral("/docs/other.md"), "# Other\n\nOther page.\n");
    writeFile(m_project + QStringLiteral("/catalog-info.yaml"),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: cached\n  annotations:\n"
              "    backstage.io/techdocs-ref: dir:.\nspec:\n  type: service\n  owner: t\n  lifecycle: x\n");
    QVERIFY(git(m_project, {QStringLiteral("init"), QStringLiteral("-q")}));
    QVERIFY(git(m_project, {QStringLiteral("add"), QStringLiteral(".")}));
    QVERIFY(git(m_project, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("docs")}));

    DocsSchemeHandler::setInstance(&m_handler);
    QCOMPARE(m_store.open(QStringLiteral(":memory:")), QString());
    catalog::Reader reader;
    QCOMPARE(m_store.replaceSnapshot({QStringLiteral("t"), QStringLiteral("file"), m_project},
                                     reader.readPaths({m_project + QStringLiteral("/catalog-info.yaml")})),
             QString());
    m_viewer = std::make_unique<DocsViewer>();
    m_viewer->setStore(&m_store);
    m_viewer->setEntityRef(QStringLiteral("component:default/cached"));
    QCOMPARE(m_viewer->error(), QString());
    m_id = m_viewer->url().host();
    QVERIFY(!m_id.isEmpty());
}

void TestDocsPageCache::secondRequestIsServedFromCache()
{
    techdocs::PageCache &cache = m_handler.pageCache();
    const int misses = cache.misses();
    const QByteArray first = result(m_handler.pageHtml(m_id, QString()));
    QVERIFY2(first.contains("First text."), first.constData());
    QVERIFY(first.contains("Snippet version one."));
    // "Last updated" from the Git commit of docs/index.md.
    QVERIFY2(first.contains("<time>2026-01-02</time>"), first.constData());
    QCOMPARE(cache.misses(), misses + 1);
    const int hits = cache.hits();
    QFuture<QByteArray> second = m_handler.pageHtml(m_id, QString());
    QVERIFY(second.isFinished()); // no worker involved
    QCOMPARE(second.result(), first);
    QCOMPARE(cache.hits(), hits + 1);
    // Other URLs of the same page hit the same entry; unknown pages are no entry at all.
    QCOMPARE(result(m_handler.pageHtml(m_id, QStringLiteral("index.html"))), first);
    QCOMPARE(cache.hits(), hits + 2);
    QVERIFY(!m_handler.pageHtml(m_id, QStringLiteral("nope/")).isValid());
    QVERIFY(!m_handler.pageHtml(QStringLiteral("site-unknown"), QString()).isValid());
}

void TestDocsPageCache::editedPageIsRenderedAgain()
{
    QVERIFY(result(m_handler.pageHtml(m_id, QStringLiteral("other/"))).contains("Other page."));
    const int misses = m_handler.pageCache().misses();
    writeFile(m_project + QStringLiteral("/docs/other.md"), "# Other\n\nOther page, edited and longer.\n");
    const QByteArray html = result(m_handler.pageHtml(m_id, QStringLiteral("other/")));
    QVERIFY(html.contains("Other page, edited and longer."));
    QCOMPARE(m_handler.pageCache().misses(), misses + 1);
}

void TestDocsPageCache::snippetEditInvalidatesThroughTheWatcher()
{
    QVERIFY(result(m_handler.pageHtml(m_id, QString())).contains("Snippet version one."));
    QSignalSpy reload(m_viewer.get(), &DocsViewer::reloadRequested);
    // The page's own file is untouched: only the watcher can tell the cache.
    writeFile(m_project + QStringLiteral("/snip.txt"), "Snippet version two.\n");
    QVERIFY(reload.wait(5000));
    const QByteArray html = result(m_handler.pageHtml(m_id, QString()));
    QVERIFY2(html.contains("Snippet version two."), html.constData());
}

void TestDocsPageCache::themeIsPartOfTheKey()
{
    const QByteArray light = result(m_handler.pageHtml(m_id, QString()));
    m_handler.setDark(true);
    const QByteArray dark = result(m_handler.pageHtml(m_id, QString()));
    m_handler.setDark(false);
    QVERIFY(light.contains("td-theme-light"));
    QVERIFY(dark.contains("td-theme-dark"));
    QCOMPARE(result(m_handler.pageHtml(m_id, QString())), light);
}

void TestDocsPageCache::memoryIsBounded()
{
    techdocs::PageCache cache(1000);
    auto key = [](const QString &page) { return techdocs::PageCache::Key{QStringLiteral("s"), page, "1", {}}; };
    cache.insert(key(QStringLiteral("a")), QByteArray(400, 'a'));
    cache.insert(key(QStringLiteral("b")), QByteArray(400, 'b'));
    QVERIFY(cache.find(key(QStringLiteral("a")))); // a is now the most recently used
    cache.insert(key(QStringLiteral("c")), QByteArray(400, 'c'));
    QVERIFY(cache.bytes() <= cache.maxBytes());
    QVERIFY(!cache.find(key(QStringLiteral("b"))));
    QVERIFY(cache.find(key(QStringLiteral("a"))));
    QVERIFY(cache.find(key(QStringLiteral("c"))));
    cache.insert(key(QStringLiteral("huge")), QByteArray(5000, 'h'));
    QVERIFY(!cache.find(key(QStringLiteral("huge"))));
    cache.invalidate(QStringLiteral("s"), {QStringLiteral("a")});
    QVERIFY(!cache.find(key(QStringLiteral("a"))));
    cache.invalidate(QStringLiteral("s"));
    QCOMPARE(cache.size(), 0);
}

QTEST_MAIN(TestDocsPageCache)
#include "tst_docspagecache.moc"
