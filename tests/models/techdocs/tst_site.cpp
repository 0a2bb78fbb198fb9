// SPDX-License-Identifier: Apache-2.0
// Site model: mkdocs.yml reading, nav (configured and automatic, checked against Debian's mkdocs when present),
// URLs and link resolution, broken links with file:line, docs_dir/symlink refusals, search rows, techdocs-ref,
// pre-built sites.
#include "techdocs/builder.h"
#include "techdocs/gitdates.h"
#include "techdocs/prebuilt.h"
#include "techdocs/site.h"
#include "techdocs/techdocsref.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace techdocs;

namespace {

const QString corpus = QStringLiteral(TECHDOCS_DATA_DIR "/corpus");

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

Site openSite(const QString &dir)
{
    auto opened = Site::open(dir);
    if (auto *p = std::get_if<Problem>(&opened))
        qFatal("open %s: %s", qPrintable(dir), qPrintable(p->toString()));
    return std::get<Site>(std::move(opened));
}

QString openError(const QString &dir)
{
    auto opened = Site::open(dir);
    auto *p = std::get_if<Problem>(&opened);
    return p ? p->toString() : QString();
}

QStringList readingOrder(const Site &site)
{
    QStringList order;
    int index = site.pageForUrl(QString());
    QSet<int> seen;
    while (index >= 0 && !seen.contains(index)) {
        seen.insert(index);
        order.append(site.pages().at(index).url);
        index = site.render(index).next;
    }
    return order;
}

} // namespace

class TestSite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpusNav()
    {
        const Site site = openSite(corpus);
        QCOMPARE(site.config().siteName, u"Portolan Corpus");
        QVERIFY(site.problems().isEmpty());
        const auto &nav = site.nav();
        QCOMPARE(nav.size(), 4);
        QCOMPARE(nav.at(0).title, u"Home");
        QCOMPARE(nav.at(1).kind, NavItem::Kind::Section);
        QCOMPARE(nav.at(1).children.at(0).title, u"Admonitions"); // untitled entry: the page's H1
        QCOMPARE(nav.at(2).children.at(2).title, u"Deeper");
        QCOMPARE(nav.at(3).kind, NavItem::Kind::Link);
        QCOMPARE(nav.at(3).url, u"https://backstage.example.test/docs");
        QCOMPARE(readingOrder(site), (QStringList{QString(), QStringLiteral("admonitions/"), QStringLiteral("code/"), QStringLiteral("inline/"),
                                                  QStringLiteral("guide/"), QStringLiteral("guide/install/"), QStringLiteral("guide/advanced/deep/")}));
        const RenderedPage deep = site.render(site.pageForSource(QStringLiteral("guide/advanced/deep.md")));
        QCOMPARE(deep.breadcrumb, (QStringList{QStringLiteral("Guide"), QStringLiteral("Deeper")}));
        QCOMPARE(deep.editUrl, u"https://git.example.test/acme/corpus/edit/main/docs/guide/advanced/deep.md");
        QCOMPARE(deep.next, -1);
        QCOMPARE(site.pages().at(deep.previous).source, u"guide/install.md");
        QCOMPARE(site.pages().at(site.pageForSource(QStringLiteral("guide/install.md"))).metaTitle, u"Installing Portolan");
        QVERIFY(site.check().isEmpty());
    }

    void urls()
    {
        const Site site = openSite(corpus);
        const int install = site.pageForSource(QStringLiteral("guide/install.md"));
        QCOMPARE(site.pageForUrl(QStringLiteral("guide/install/")), install);
        QCOMPARE(site.pageForUrl(QStringLiteral("/guide/install")), install);
        QCOMPARE(site.pageForUrl(QStringLiteral("guide/install/index.html")), install);
        QCOMPARE(site.pageForUrl(QString()), site.pageForSource(QStringLiteral("index.md")));
        QCOMPARE(site.pageForUrl(QStringLiteral("nope/")), -1);
        QCOMPARE(Site::relativeUrl(QStringLiteral("a/b/"), QStringLiteral("c/")), u"../../c/");
        QCOMPARE(Site::relativeUrl(QStringLiteral("a/b/"), QStringLiteral("a/b/")), u"./");
        QCOMPARE(Site::relativeUrl(QStringLiteral("a/b/"), QStringLiteral("a/img.png")), u"../img.png");
        QCOMPARE(Site::relativeUrl(QString(), QStringLiteral("x/")), u"x/");
        QCOMPARE(Site::relativeUrl(QStringLiteral("a/b.html"), QStringLiteral("c.html")), u"../c.html");
        QVERIFY(site.assetPath(QStringLiteral("images/logo.svg")).has_value());
        QVERIFY(!site.assetPath(QStringLiteral("../mkdocs.yml")).has_value());
        QVERIFY(!site.assetPath(QStringLiteral("images/missing.png")).has_value());
    }

    void automaticNav()
    {
        QTemporaryDir dir;
        const QString p = dir.path();
        write(p + QStringLiteral("/mkdocs.yml"), "site_name: Auto\nsite_url: https://docs.example.test/\n");
        write(p + QStringLiteral("/docs/zeta.md"), "# Zeta page\n");
        write(p + QStringLiteral("/docs/alpha.md"), "no heading here\n");
        write(p + QStringLiteral("/docs/index.md"), "# Start\n");
        write(p + QStringLiteral("/docs/getting-started/b.md"), "# B\n");
        write(p + QStringLiteral("/docs/getting-started/README.md"), "# Readme index\n");
        write(p + QStringLiteral("/docs/api_docs/x.md"), "# X\n");
        write(p + QStringLiteral("/docs/api_docs/deeper/y.md"), "# Y\n");
        write(p + QStringLiteral("/docs/api_docs/a.md"), "# A\n");
        const Site site = openSite(p);
        const QStringList expected{QString(), QStringLiteral("alpha/"), QStringLiteral("zeta/"), QStringLiteral("api_docs/a/"),
                                   QStringLiteral("api_docs/x/"), QStringLiteral("api_docs/deeper/y/"),
                                   QStringLiteral("getting-started/"), QStringLiteral("getting-started/b/")};
        QCOMPARE(readingOrder(site), expected);
        QCOMPARE(site.nav().at(3).title, u"Api docs");
        QCOMPARE(site.nav().at(3).children.at(2).title, u"Deeper");
        QCOMPARE(site.nav().at(4).title, u"Getting started");
        QCOMPARE(site.pages().at(site.pageForSource(QStringLiteral("alpha.md"))).title, u"Alpha");

        if (!QFileInfo::exists(QStringLiteral(MKDOCS_EXECUTABLE)))
            QSKIP("mkdocs not installed: order checked against MkDocs' rules only");
        // MkDocs writes sitemap.xml in nav order: the same order, from the reference implementation.
        QProcess mkdocs;
        mkdocs.setWorkingDirectory(p);
        mkdocs.start(QStringLiteral(MKDOCS_EXECUTABLE), {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-d"), p + QStringLiteral("/site")});
        QVERIFY(mkdocs.waitForFinished(60000));
        QCOMPARE(mkdocs.exitCode(), 0);
        QFile sitemap(p + QStringLiteral("/site/sitemap.xml"));
        QVERIFY(sitemap.open(QIODevice::ReadOnly));
        QStringList theirs;
        static const QRegularExpression loc(QStringLiteral("<loc>https://docs.example.test/(.*?)</loc>"));
        auto it = loc.globalMatch(QString::fromUtf8(sitemap.readAll()));
        while (it.hasNext())
            theirs.append(it.next().captured(1));
        QCOMPARE(theirs, expected);
    }

    void brokenLinks()
    {
        QTemporaryDir dir;
        const QString p = dir.path();
        write(p + QStringLiteral("/mkdocs.yml"), "site_name: Broken\nnav:\n  - index.md\n  - gone.md\n");
        write(p + QStringLiteral("/docs/index.md"), "# Home\n\n[ok](other.md#part)\n[missing](missing.md)\n\n"
                                                     "[bad anchor](other.md#nope) and [here](#nowhere)\n![img](img/none.png)\n"
                                                     "[out](../../etc/passwd.md)\n[fine](#home)\n");
        write(p + QStringLiteral("/docs/other.md"), "# Other\n\n## Part\n");
        const Site site = openSite(p);
        QStringList lines;
        for (const Problem &problem : site.check())
            lines.append(problem.toString());
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("docs/index.md:4:11: broken link: \"missing.md\": no page missing.md"),
                            QStringLiteral("docs/index.md:6:14: broken link: \"other.md#nope\": no anchor \"nope\" in other.md"),
                            QStringLiteral("docs/index.md:6:40: broken link: \"#nowhere\": no such anchor on this page"),
                            QStringLiteral("docs/index.md:7:8: broken link: \"img/none.png\": no file img/none.png in docs_dir"),
                            QStringLiteral("docs/index.md:8:7: broken link: \"../../etc/passwd.md\": points outside docs_dir"),
                            QStringLiteral("mkdocs.yml: broken link: nav: \"gone.md\" is not a page in docs_dir"),
                        }));
    }

    void configProblems_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::newRow("docs_dir parent") << QByteArray("site_name: x\ndocs_dir: ../elsewhere\n")
                                         << "mkdocs.yml: error: docs_dir \"../elsewhere\" can't be an absolute directory or start with ../";
        QTest::newRow("docs_dir absolute") << QByteArray("site_name: x\ndocs_dir: /etc\n")
                                           << "mkdocs.yml: error: docs_dir \"/etc\" can't be an absolute directory or start with ../";
        QTest::newRow("docs_dir sneaky") << QByteArray("site_name: x\ndocs_dir: docs/../../x\n")
                                         << "mkdocs.yml: error: docs_dir \"docs/../../x\" resolves outside the project";
        QTest::newRow("bad yaml") << QByteArray("site_name: x\nnav: [\n") << "mkdocs.yml:3:1: error:";
        QTest::newRow("nav two keys") << QByteArray("site_name: x\nnav:\n  - A: a.md\n    B: b.md\n")
                                      << "mkdocs.yml:3:5: error: nav: each entry must have exactly one title";
        QTest::newRow("no site_name") << QByteArray("docs_dir: docs\n") << "mkdocs.yml: error: site_name: required";
    }
    void configProblems()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"), yaml);
        write(dir.path() + QStringLiteral("/docs/index.md"), "# x\n");
        const QString actual = openError(dir.path());
        QVERIFY2(actual.startsWith(error), qPrintable(actual));
    }

    void tolerantConfig()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"),
              "site_name: Tolerant\nunknown_key: {a: 1}\nplugins: [techdocs-core, {monorepo: {}}]\n"
              "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
              "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\nextra:\n  x: !ENV [HOME, fallback]\n");
        write(dir.path() + QStringLiteral("/mkdocs.yaml"), "site_name: Preferred yaml\n");
        write(dir.path() + QStringLiteral("/docs/index.md"), "# x\n");
        const Site site = openSite(dir.path());
        QCOMPARE(site.config().siteName, u"Preferred yaml"); // techdocs-node: mkdocs.yaml before mkdocs.yml
        QFile::remove(dir.path() + QStringLiteral("/mkdocs.yaml"));
        const Site yml = openSite(dir.path());
        QCOMPARE(yml.config().siteName, u"Tolerant");
        QCOMPARE(yml.config().markdownExtensions, QStringList{QStringLiteral("pymdownx.emoji")});
        QCOMPARE(yml.check().size(), 1);
        QCOMPARE(yml.check().first().toString(), u"mkdocs.yml: unsupported: markdown_extensions: pymdownx.emoji is not rendered by Portolan");
    }

    void noConfig()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/docs/index.md"), "no title\n");
        const Site site = openSite(dir.path());
        QCOMPARE(site.config().siteName, QFileInfo(dir.path()).fileName());
        QCOMPARE(site.pages().size(), 1);
        QCOMPARE(site.pages().first().title, u"Home");
    }

    void symlinksOutRefused()
    {
        QTemporaryDir outside;
        write(outside.path() + QStringLiteral("/secret.md"), "# Secret\n");
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\n");
        write(dir.path() + QStringLiteral("/docs/index.md"), "# x\n");
        QVERIFY(QFile::link(outside.path() + QStringLiteral("/secret.md"), dir.path() + QStringLiteral("/docs/leak.md")));
        QVERIFY(QFile::link(outside.path(), dir.path() + QStringLiteral("/docs/dirleak")));
        const Site site = openSite(dir.path());
        QCOMPARE(site.pages().size(), 1);
        QVERIFY(!site.assetPath(QStringLiteral("dirleak/secret.md")).has_value());

        write(dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\ndocs_dir: linked\n");
        QVERIFY(QFile::link(outside.path(), dir.path() + QStringLiteral("/linked")));
        QVERIFY(openError(dir.path()).contains(u"resolves outside the project"));
    }

    void directoryUrlsOff()
    {
        QTemporaryDir dir;
        write(dir.path() + QStringLiteral("/mkdocs.yml"), "site_name: x\nuse_directory_urls: false\n");
        write(dir.path() + QStringLiteral("/docs/index.md"), "# x\n[b](sub/b.md)\n");
        write(dir.path() + QStringLiteral("/docs/sub/b.md"), "# b\n[home](../index.md)\n");
        const Site site = openSite(dir.path());
        QCOMPARE(site.pages().at(1).url, u"sub/b.html");
        QVERIFY(site.render(0).contentHtml.contains(u"href=\"sub/b.html\""));
        QVERIFY(site.render(1).contentHtml.contains(u"href=\"../index.html\""));
    }

    void searchRows()
    {
        const Site site = openSite(corpus);
        const RenderedPage page = site.render(site.pageForSource(QStringLiteral("guide/install.md")));
        const QList<SearchRow> rows = site.searchRows(page);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).heading, u"Install");
        QCOMPARE(rows.at(1).heading, u"Requirements");
        QCOMPARE(rows.at(1).anchor, u"requirements");
        QCOMPARE(rows.at(1).text, u"Debian 12 Qt 6.4");
        QCOMPARE(rows.at(2).pageUrl, u"guide/install/");
        QCOMPARE(rows.at(2).pageTitle, u"Installing");
        QVERIFY(rows.at(2).text.startsWith(u"Run the setup script"));
    }

    void techdocsRef()
    {
        QTemporaryDir outside;
        QTemporaryDir repo;
        write(repo.path() + QStringLiteral("/catalog-info.yaml"), "kind: Component\n");
        write(repo.path() + QStringLiteral("/sub/docs/index.md"), "# x\n");
        QVERIFY(QFile::link(outside.path(), repo.path() + QStringLiteral("/escape")));
        const QString location = QStringLiteral("file:") + repo.path() + QStringLiteral("/catalog-info.yaml");

        auto ref = resolveTechDocsRef(QStringLiteral("dir:."), location);
        QCOMPARE(std::get<LocalDocs>(ref).projectDir, QFileInfo(repo.path()).canonicalFilePath());
        ref = resolveTechDocsRef(QStringLiteral("dir:./sub"), location);
        QCOMPARE(std::get<LocalDocs>(ref).projectDir, QFileInfo(repo.path() + QStringLiteral("/sub")).canonicalFilePath());
        ref = resolveTechDocsRef(QStringLiteral("dir:../.."), location);
        QVERIFY(std::get<Problem>(ref).message.contains(u"refused"));
        ref = resolveTechDocsRef(QStringLiteral("dir:escape"), location);
        QVERIFY(std::get<Problem>(ref).message.contains(u"refused"));
        ref = resolveTechDocsRef(QStringLiteral("url:https://git.example.test/o/r/tree/main/docs-root"), location);
        QCOMPARE(std::get<RemoteDocs>(ref).url, u"https://git.example.test/o/r/tree/main/docs-root");
        ref = resolveTechDocsRef(QStringLiteral("dir:sub"), QStringLiteral("url:https://git.example.test/o/r/tree/main/"));
        QCOMPARE(std::get<RemoteDocs>(ref).url, u"https://git.example.test/o/r/tree/main/sub/");
        ref = resolveTechDocsRef(QStringLiteral("github:o/r"), location);
        QCOMPARE(std::get<Problem>(ref).message, u"Invalid reference annotation github");
        ref = resolveTechDocsRef(QString(), location, QStringLiteral("svc"));
        QCOMPARE(std::get<Problem>(ref).message, u"No backstage.io/techdocs-ref annotation provided in entity: svc");
        QCOMPARE(storagePath(QStringLiteral("Default"), QStringLiteral("Component"), QStringLiteral("MyService")), u"default/component/myservice");
        QCOMPARE(storagePath(QStringLiteral("Default"), QStringLiteral("Component"), QStringLiteral("MyService"), true), u"Default/Component/MyService");
    }

    void gitDates()
    {
        QTemporaryDir repo;
        const QString p = repo.path();
        auto git = [&](const QStringList &args, const QByteArray &date) {
            QProcess proc;
            proc.setWorkingDirectory(p);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QString::fromLatin1(date));
            env.insert(QStringLiteral("GIT_COMMITTER_DATE"), QString::fromLatin1(date));
            env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("T"));
            env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.test"));
            env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("T"));
            env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.test"));
            proc.setProcessEnvironment(env);
            proc.start(QStringLiteral("git"), args);
            QVERIFY(proc.waitForFinished(30000));
            QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        };
        git({QStringLiteral("init"), QStringLiteral("-q")}, {});
        write(p + QStringLiteral("/mkdocs.yml"), "site_name: dated\n");
        write(p + QStringLiteral("/docs/index.md"), "# a\n");
        write(p + QStringLiteral("/docs/b.md"), "# b\n");
        git({QStringLiteral("add"), QStringLiteral(".")}, {});
        git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("one")}, "2026-01-02T10:00:00Z");
        write(p + QStringLiteral("/docs/b.md"), "# b changed\n");
        write(p + QStringLiteral("/docs/untracked.md"), "# u\n");
        git({QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("two")}, "2026-03-04T10:00:00Z");

        const QStringList files{p + QStringLiteral("/docs/index.md"), p + QStringLiteral("/docs/b.md"), p + QStringLiteral("/docs/untracked.md")};
        auto found = gitLastUpdated(files);
        const auto isMap = std::holds_alternative<QHash<QString, QDateTime>>(found);
        QVERIFY(isMap);
        const auto dates = std::get<QHash<QString, QDateTime>>(found);
        QCOMPARE(dates.value(files.at(0)), QDateTime(QDate(2026, 1, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(dates.value(files.at(1)), QDateTime(QDate(2026, 3, 4), QTime(10, 0), Qt::UTC));
        QVERIFY(!dates.contains(files.at(2)));

        QTemporaryDir out;
        BuildOptions options;
        options.gitDates = true;
        QVERIFY(std::holds_alternative<BuildReport>(buildSite(openSite(p), out.path(), options)));
        QFile b(out.path() + QStringLiteral("/b/index.html"));
        QVERIFY(b.open(QIODevice::ReadOnly));
        QVERIFY(b.readAll().contains("Last updated: <time>2026-03-04</time>"));
    }

    void prebuiltSite()
    {
        QTemporaryDir out;
        const Site site = openSite(corpus);
        QVERIFY(std::holds_alternative<BuildReport>(buildSite(site, out.path())));
        write(out.path() + QStringLiteral("/hostile/index.html"),
              "<html><head><script>alert(1)</script></head><body><img src=x onerror=alert(2)><p>text</p></body></html>");
        auto opened = PrebuiltSite::open(out.path());
        QVERIFY(std::holds_alternative<PrebuiltSite>(opened));
        const auto &prebuilt = std::get<PrebuiltSite>(opened);
        QCOMPARE(prebuilt.metadata().siteName, u"Portolan Corpus");
        QCOMPARE(prebuilt.metadata().engine, u"portolan");
        QVERIFY(prebuilt.metadata().files.contains(u"guide/install/index.html"));
        QVERIFY(prebuilt.metadata().buildTimestamp.isValid());
        QVERIFY(prebuilt.page(QStringLiteral("guide/install/"))->contains(u"<h2 id=\"requirements\">"));
        const QString hostile = *prebuilt.page(QStringLiteral("hostile"));
        QVERIFY2(!hostile.contains(u"script") && !hostile.contains(u"onerror") && hostile.contains(u"<p>text</p>"), qPrintable(hostile));
        QVERIFY(!prebuilt.filePath(QStringLiteral("../../../../etc/passwd")).has_value());
        QVERIFY(prebuilt.filePath(QStringLiteral("images/logo.svg")).has_value());

        QTemporaryDir bad;
        write(bad.path() + QStringLiteral("/techdocs_metadata.json"), "{\n  \"site_name\": 3\n}");
        QCOMPARE(std::get<Problem>(PrebuiltSite::open(bad.path())).toString(), u"techdocs_metadata.json: error: site_name: required string");
        write(bad.path() + QStringLiteral("/techdocs_metadata.json"), "{\n  \"site_name\": \"x\",\n}");
        QVERIFY(std::get<Problem>(PrebuiltSite::open(bad.path())).toString().startsWith(u"techdocs_metadata.json:3: error:"));
    }
};

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
