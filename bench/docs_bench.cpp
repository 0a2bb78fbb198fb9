// SPDX-License-Identifier: Apache-2.0
// docs_bench [--pages N] [--runs N] [--keep DIR] [--check]
// Generates an N-page MkDocs project (default 200: 10 sections x 20 pages, every page with headings, lists, a table,
// code blocks, an admonition, tabs and cross links), then times:
//   - a full `portolan docs build` equivalent (Site::open + buildSite), median of --runs;
//   - `mkdocs build` of the same project with Debian's mkdocs, if installed (reference only, not a dependency);
//   - opening one page: cold (open the project + render + assemble) and warm (render + assemble);
//   - docs search: building the index (render + split + write to a real SQLite file) for the generated site and
//     for the demo catalog's five doc sites, and the p50/p95 of search queries over both.
// --check exits 1 unless we are >= 10x faster than mkdocs and a page opens in < 100 ms.
#include "techdocs/builder.h"
#include "techdocs/page.h"
#include "techdocs/searchindex.h"
#include "techdocs/site.h"
#include "store/catalogstore.h"
#include "catalog/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

void write(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text.toUtf8());
}

QString page(int section, int index, int perSection)
{
    const int next = (index + 1) % perSection;
    QString md = QStringLiteral("# Page %1.%2\n\nIntroduction to **topic %1.%2** with *emphasis*, `code` and a [link](page-%3.md).\n\n")
                     .arg(section)
                     .arg(index)
                     .arg(next, 2, 10, QLatin1Char('0'));
    for (int h = 1; h <= 4; ++h) {
        md += QStringLiteral("## Section %1\n\n").arg(h);
        md += QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et "
                             "dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.\n\n");
        md += QStringLiteral("- item one\n- item two with [back](../section-%1/page-00.md)\n- item three\n\n").arg(section, 2, 10, QLatin1Char('0'));
        md += QStringLiteral("| Key | Value |\n|-----|-------|\n| a | 1 |\n| b | 2 |\n\n");
        md += QStringLiteral("```yaml\napiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-%1-%2\n```\n\n").arg(section).arg(index);
        md += QStringLiteral("### Detail %1\n\n!!! note \"Remember\"\n    Admonition body with **bold** text.\n\n").arg(h);
    }
    md += QStringLiteral("=== \"Shell\"\n\n    ```bash\n    make build\n    ```\n\n=== \"Python\"\n\n    ```python\n    print('hi')\n    ```\n");
    return md;
}

void generate(const QString &root, int pages)
{
    const int perSection = 20;
    write(root + QStringLiteral("/mkdocs.yml"),
          QStringLiteral("site_name: Bench\nmarkdown_extensions:\n  - toc:\n      permalink: true\n  - admonition\n  - pymdownx.details\n"
                         "  - pymdownx.superfences\n  - pymdownx.tabbed:\n      alternate_style: true\n  - pymdownx.highlight\n  - tables\n"
                         "theme:\n  name: material\n"));
    write(root + QStringLiteral("/docs/index.md"), QStringLiteral("# Bench\n\nGenerated site.\n"));
    for (int i = 0; i < pages - 1; ++i) {
        const int section = i / perSection, index = i % perSection;
        write(root + QStringLiteral("/docs/section-%1/page-%2.md").arg(section, 2, 10, QLatin1Char('0')).arg(index, 2, 10, QLatin1Char('0')),
              page(section, index, perSection));
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min(v.size() - 1, qsizetype(p * double(v.size()))));
}

// Renders and splits a site, then writes its rows for `ref`: what the app's DocsIndexer does per site.
double indexSite(store::CatalogStore &db, const QString &ref, const QString &projectDir, int *sections)
{
    QElapsedTimer t;
    t.start();
    auto opened = techdocs::Site::open(projectDir);
    if (!std::holds_alternative<techdocs::Site>(opened))
        qFatal("cannot open %s", qPrintable(projectDir));
    const auto &site = std::get<techdocs::Site>(opened);
    QList<store::DocSection> rows;
    for (const techdocs::SearchRow &r : techdocs::siteSearchRows(site))
        rows.append({r.pageUrl, r.pageTitle, r.heading, r.anchor, r.text});
    if (const QString error = db.replaceDocsIndex(ref, techdocs::contentHash(site), rows); !error.isEmpty())
        qFatal("index: %s", qPrintable(error));
    *sections += int(rows.size());
    return t.nsecsElapsed() / 1e6;
}

void searchBench(QTextStream &out, const QString &root, const QString &tmp, int runs)
{
    store::CatalogStore db;
    if (const QString error = db.open(tmp + QStringLiteral("/search.sqlite")); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    catalog::Reader reader;
    catalog::ReadResult demo = reader.readPaths({QStringLiteral(PORTOLAN_DEMO_CATALOG)});
    catalog::Entity bench;
    bench.ref = QStringLiteral("component:default/bench-docs");
    bench.data = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                             {QStringLiteral("kind"), QStringLiteral("Component")},
                             {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("bench-docs")}}},
                             {QStringLiteral("spec"), QJsonObject{}}};
    demo.entities.append(bench);
    if (const QString error = db.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("demo")}, demo); !error.isEmpty())
        qFatal("%s", qPrintable(error));

    QList<double> generated;
    int sections = 0;
    for (int r = 0; r < runs; ++r) {
        sections = 0;
        generated.append(indexSite(db, bench.ref, root, &sections));
    }
    const int generatedSections = sections;
    // The demo catalog's sites, as the app finds them.
    const QStringList demoSites{QStringLiteral("docs/engineering-handbook"), QStringLiteral("services/fraud-scoring-service"),
                                QStringLiteral("services/ledger-service"), QStringLiteral("websites/merchant-dashboard"),
                                QStringLiteral("services/payments-service")};
    const QString demoRoot = QFileInfo(QStringLiteral(PORTOLAN_DEMO_CATALOG)).absolutePath();
    QList<double> demoTimes;
    int demoSections = 0;
    for (int r = 0; r < runs; ++r) {
        double total = 0;
        demoSections = 0;
        for (const QString &dir : demoSites)
            total += indexSite(db, QStringLiteral("component:default/") + QFileInfo(dir).fileName(), demoRoot + u'/' + dir, &demoSections);
        demoTimes.append(total);
    }
    const QStringList queries{QStringLiteral("lorem"), QStringLiteral("adipiscing elit"), QStringLiteral("sec"),
                              QStringLiteral("detail 3"), QStringLiteral("remember"), QStringLiteral("payments"),
                              QStringLiteral("deploy"), QStringLiteral("refund"), QStringLiteral("ledger entries"),
                              QStringLiteral("kind component"), QStringLiteral("page 5"), QStringLiteral("zzz")};
    QList<double> latencies;
    for (int r = 0; r < 20; ++r) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const auto hits = db.searchDocs(q, 50);
            latencies.append(t.nsecsElapsed() / 1e6);
            if (q == u"lorem" && hits.size() != 50)
                qFatal("search found %lld", qint64(hits.size()));
        }
    }
    out << "docs index, generated site: " << QString::number(median(generated), 'f', 1) << " ms (median) for "
        << generatedSections << " sections\n";
    out << "docs index, demo catalog (5 sites): " << QString::number(median(demoTimes), 'f', 1) << " ms (median) for "
        << demoSections << " sections\n";
    out << "docs search over " << generatedSections + demoSections << " sections, " << latencies.size()
        << " queries (limit 50): p50 " << QString::number(percentile(latencies, 0.5), 'f', 2) << " ms, p95 "
        << QString::number(percentile(latencies, 0.95), 'f', 2) << " ms\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int pages = 200, runs = 5;
    bool check = false;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--pages" && i + 1 < args.size())
            pages = args.at(++i).toInt();
        else if (args.at(i) == u"--runs" && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == u"--keep" && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == u"--check")
            check = true;
    }
    QTemporaryDir tmp;
    const QString root = keep.isEmpty() ? tmp.path() + QStringLiteral("/project") : keep;
    generate(root, pages);

    QList<double> ours;
    for (int r = 0; r < runs; ++r) {
        const QString outDir = tmp.path() + QStringLiteral("/ours-") + QString::number(r); // fresh, like mkdocs' clean build
        QElapsedTimer t;
        t.start();
        auto opened = techdocs::Site::open(root);
        const auto &site = std::get<techdocs::Site>(opened);
        auto built = techdocs::buildSite(site, outDir);
        ours.append(t.nsecsElapsed() / 1e6);
        if (!std::holds_alternative<techdocs::BuildReport>(built) || std::get<techdocs::BuildReport>(built).pages != pages)
            qFatal("build failed");
    }

    QList<double> cold, warm;
    const QString target = QStringLiteral("section-05/page-10.md");
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto opened = techdocs::Site::open(root);
        const auto &site = std::get<techdocs::Site>(opened);
        const auto rendered = site.render(site.pageForSource(target));
        const QString html = techdocs::assemblePage(site, rendered);
        cold.append(t.nsecsElapsed() / 1e6);
        t.restart();
        const auto again = site.render(site.pageForSource(target));
        const QString html2 = techdocs::assemblePage(site, again);
        warm.append(t.nsecsElapsed() / 1e6);
        if (html != html2 || html.size() < 1000)
            qFatal("render mismatch");
    }

    double theirs = -1;
    const QString mkdocs = QStandardPaths::findExecutable(QStringLiteral("mkdocs"));
    if (!mkdocs.isEmpty()) {
        QList<double> times;
        for (int r = 0; r < qMax(1, runs / 2); ++r) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.setWorkingDirectory(root);
            p.start(mkdocs, {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-d"), tmp.path() + QStringLiteral("/mkdocs-") + QString::number(r)});
            if (!p.waitForFinished(600000) || p.exitCode() != 0)
                qFatal("mkdocs build failed: %s", p.readAllStandardError().constData());
            times.append(t.nsecsElapsed() / 1e6);
        }
        theirs = median(times);
    }

    out << "pages: " << pages << ", runs: " << runs << ", highlighter: none (escaped code blocks)\n";
    out << "portolan full build: " << QString::number(median(ours), 'f', 1) << " ms (median)\n";
    out << "open one page cold (open project + render + assemble): " << QString::number(median(cold), 'f', 2) << " ms\n";
    out << "open one page warm (render + assemble): " << QString::number(median(warm), 'f', 2) << " ms\n";
    if (theirs > 0)
        out << "mkdocs build: " << QString::number(theirs, 'f', 1) << " ms (median) -> speed-up "
            << QString::number(theirs / median(ours), 'f', 1) << "x\n";
    else
        out << "mkdocs build: not installed (apt-get install mkdocs mkdocs-material python3-pymdownx to compare)\n";
    searchBench(out, root, tmp.path(), runs);
    out.flush();
    if (check && ((theirs > 0 && theirs / median(ours) < 10) || median(cold) >= 100))
        return 1;
    return 0;
}
