// SPDX-License-Identifier: Apache-2.0
// `portolan docs build|check`, called as the portolan binary will call it, with stdout/stderr captured.
#include "docs.h"
#include "catalog/reader.h"
#include "store/catalogstore.h"

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

} // namespace

class TestDocsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
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
};

QTEST_GUILESS_MAIN(TestDocsCli)
#include "tst_docscli.moc"
