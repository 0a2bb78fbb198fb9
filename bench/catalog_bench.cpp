// SPDX-License-Identifier: Apache-2.0
// portolan-bench catalog: a generated organisation of N entities in N/5 files, read, validated, related,
// written to SQLite and searched; one Markdown table row per size.
#include "benchutil.h"
#include "catalog/reader.h"
#include "store/catalogstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const QStringList kWords = {QStringLiteral("payments"), QStringLiteral("ledger"),  QStringLiteral("search"),
                            QStringLiteral("checkout"), QStringLiteral("billing"), QStringLiteral("identity"),
                            QStringLiteral("catalog"),  QStringLiteral("orders"),  QStringLiteral("shipping"),
                            QStringLiteral("pricing"),  QStringLiteral("fraud"),   QStringLiteral("notify")};

QString word(int i)
{
    return kWords.at(i % kWords.size());
}

/// Writes the corpus and returns the number of entities written. Mix: 40% components, 15% APIs, 10% resources,
/// 5% systems, 5% groups, 25% users; every owner, system, dependency and API exists.
int generate(const QString &dir, int n)
{
    const int groups = std::max(2, n / 20), systems = std::max(1, n / 20), apis = n * 15 / 100, resources = n / 10;
    const int users = n / 4;
    const int components = n - groups - systems - apis - resources - users;
    QStringList docs;
    auto group = [](int i) { return QStringLiteral("team-%1").arg(i); };
    for (int i = 0; i < groups; ++i) {
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: %1\n  description: The %2 team\n"
                               "spec:\n  type: team\n  profile:\n    displayName: Team %2\n    email: %1@example.com\n  children: []\n%3")
                    .arg(group(i), word(i), i > 0 ? QStringLiteral("  parent: team-0\n") : QString());
    }
    for (int i = 0; i < users; ++i) {
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: user-%1\nspec:\n  profile:\n"
                               "    displayName: User %1\n    email: user-%1@example.com\n  memberOf: [%2]\n")
                    .arg(i)
                    .arg(group(i % groups));
    }
    for (int i = 0; i < systems; ++i) {
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: System\nmetadata:\n  name: system-%1\n  description: %2 platform\n"
                               "spec:\n  owner: %3\n")
                    .arg(i)
                    .arg(word(i), group(i % groups));
    }
    for (int i = 0; i < apis; ++i) {
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: %1-api-%2\n  description: The %1 API\n"
                               "  tags: [rest, %1]\nspec:\n  type: openapi\n  lifecycle: production\n  owner: %3\n  system: system-%4\n"
                               "  definition: |\n    openapi: 3.0.0\n    info: {title: %1, version: 1.0.0}\n    paths: {}\n")
                    .arg(word(i))
                    .arg(i)
                    .arg(group(i % groups))
                    .arg(i % systems);
    }
    for (int i = 0; i < resources; ++i) {
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Resource\nmetadata:\n  name: %1-db-%2\nspec:\n"
                               "  type: database\n  owner: %3\n  system: system-%4\n")
                    .arg(word(i))
                    .arg(i)
                    .arg(group(i % groups))
                    .arg(i % systems);
    }
    for (int i = 0; i < components; ++i) {
        QString deps;
        if (resources > 0)
            deps += QStringLiteral("  dependsOn: [resource:%1-db-%2]\n").arg(word(i % resources)).arg(i % resources);
        if (apis > 1) {
            deps += QStringLiteral("  providesApis: [%1-api-%2]\n  consumesApis: [%3-api-%4]\n")
                        .arg(word(i % apis)).arg(i % apis).arg(word((i + 1) % apis)).arg((i + 1) % apis);
        }
        docs << QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1-service-%2\n"
                               "  title: %1 service %2\n  description: Handles %1 requests for shard %2\n  tags: [java, %1]\n"
                               "  annotations:\n    github.com/project-slug: acme/%1-service-%2\n"
                               "spec:\n  type: service\n  lifecycle: %3\n  owner: %4\n  system: system-%5\n%6")
                    .arg(word(i))
                    .arg(i)
                    .arg(i % 7 == 0 ? QStringLiteral("experimental") : QStringLiteral("production"), group(i % groups))
                    .arg(i % systems)
                    .arg(deps);
    }
    const int files = std::max(1, n / 5);
    for (int f = 0; f < files; ++f) {
        QFile file(QStringLiteral("%1/repo-%2/catalog-info.yaml").arg(dir).arg(f));
        QDir().mkpath(QFileInfo(file).absolutePath());
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        QStringList chunk;
        for (int d = f; d < docs.size(); d += files)
            chunk << docs.at(d);
        file.write(chunk.join(QStringLiteral("---\n")).toUtf8());
    }
    return int(docs.size());
}

struct QueryFigures {
    double searchP50 = 0, searchP95 = 0, facetMs = 0, searchCpuP50 = 0, searchCpuP95 = 0, facetCpuMs = 0;
};

/// 200 prefix searches (a quarter filtered to components) and one facet count, wall and CPU time.
QueryFigures measureQueries(const store::CatalogStore &store)
{
    QElapsedTimer timer;
    QList<double> searchMs, searchCpuMs;
    // A fixed seed: every run, before and after a change, asks the same 200 queries.
    QRandomGenerator seeded(20261126);
    auto *random = &seeded;
    for (int q = 0; q < 200; ++q) {
        const QString w = word(int(random->bounded(kWords.size())));
        store::Query query{w.left(2 + int(random->bounded(3))), {}, 50, 0};
        if (q % 4 == 0)
            query.filters.insert(QStringLiteral("kind"), {QStringLiteral("component")});
        timer.restart();
        const double cpuStart = bench::threadCpuMs();
        const auto rows = store.search(query);
        searchMs << double(timer.nsecsElapsed()) / 1e6;
        searchCpuMs << bench::threadCpuMs() - cpuStart;
        Q_UNUSED(rows);
    }
    store::Query facetQuery;
    facetQuery.filters.insert(QStringLiteral("kind"), {QStringLiteral("component")});
    timer.restart();
    const double facetCpuStart = bench::threadCpuMs();
    const auto facets = store.facets(facetQuery);
    const double facetMs = double(timer.nsecsElapsed()) / 1e6;
    const double facetCpuMs = bench::threadCpuMs() - facetCpuStart;
    Q_UNUSED(facets);
    QueryFigures f;
    f.searchP50 = bench::quantile(searchMs, 0.5);
    f.searchP95 = bench::quantile(searchMs, 0.95);
    f.searchCpuP50 = bench::quantile(searchCpuMs, 0.5);
    f.searchCpuP95 = bench::quantile(searchCpuMs, 0.95);
    f.facetMs = facetMs;
    f.facetCpuMs = facetCpuMs;
    return f;
}

QString queryColumns(const QueryFigures &f)
{
    return QStringLiteral("%1 / %2 ms | %3 ms | %4 / %5 ms | %6")
        .arg(QString::number(f.searchP50, 'f', 2), QString::number(f.searchP95, 'f', 2), QString::number(f.facetMs, 'f', 1),
             QString::number(f.searchCpuP50, 'f', 2), QString::number(f.searchCpuP95, 'f', 2),
             QString::number(f.facetCpuMs, 'f', 1));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Catalog benchmark: read+validate+relate, store write, search, facets."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Comma-separated entity counts."), QStringLiteral("list"),
                      QStringLiteral("1000,10000,50000")});
    parser.addOption({QStringLiteral("keep-db"), QStringLiteral("Copy each size's catalog database to DIR/<size>.sqlite "
                                                                "(for EXPLAIN QUERY PLAN and profiling)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("Only search an existing catalog database FILE (e.g. one kept "
                                                           "with --keep-db), the given number of rounds."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of queries with --db."), QStringLiteral("n"),
                      QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("db"))) {
        store::CatalogStore store;
        if (const QString error = store.open(parser.value(QStringLiteral("db"))); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        out << "| round | search p50 / p95 (200 queries) | facets (7) | search CPU p50 / p95 | facets CPU |\n"
               "|---:|---:|---:|---:|---:|\n";
        for (int round = 1; round <= parser.value(QStringLiteral("rounds")).toInt(); ++round)
            out << "| " << round << " | " << queryColumns(measureQueries(store)) << " ms |\n";
        return 0;
    }
    // CPU columns: this thread's CPU time for the same calls. On a shared machine wall time also counts the time
    // other processes held the core; CPU time shows what the code itself costs.
    out << "| entities | files | read+validate+relate | store write | end to end | search p50 / p95 (200 queries) | "
           "facets (7) | search CPU p50 / p95 | facets CPU | peak RSS |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(u',')) {
        const int n = size.toInt();
        QTemporaryDir dir;
        const int written = generate(dir.path(), n);
        QElapsedTimer timer;
        timer.start();
        catalog::Reader reader;
        const catalog::ReadResult result = reader.readPaths({dir.path()});
        const double readMs = double(timer.nsecsElapsed()) / 1e6;
        if (!result.diagnostics.isEmpty())
            qWarning("%d problems, first: %s", int(result.diagnostics.size()), qPrintable(result.diagnostics.first().toString()));
        store::CatalogStore store;
        if (const QString error = store.open(dir.filePath(QStringLiteral("bench.sqlite"))); !error.isEmpty())
            qFatal("%s", qPrintable(error));
        timer.restart();
        if (const QString error = store.replaceSnapshot({QStringLiteral("bench"), QStringLiteral("file"), dir.path()}, result);
            !error.isEmpty())
            qFatal("%s", qPrintable(error));
        const double writeMs = double(timer.nsecsElapsed()) / 1e6;

        const QueryFigures figures = measureQueries(store);
        if (parser.isSet(QStringLiteral("keep-db"))) {
            const QString target = QStringLiteral("%1/%2.sqlite").arg(parser.value(QStringLiteral("keep-db"))).arg(n);
            QFile::remove(target);
            {
                // The newest pages are still in the WAL file: fold them into the database before copying it.
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-keep"));
                raw.setDatabaseName(dir.filePath(QStringLiteral("bench.sqlite")));
                if (raw.open())
                    QSqlQuery(raw).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                raw.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("bench-keep"));
            if (!QFile::copy(dir.filePath(QStringLiteral("bench.sqlite")), target))
                qWarning("cannot copy the database to %s", qPrintable(target));
        }
        out << "| " << result.entities.size() << " (of " << written << ") | " << result.filesRead << " | "
            << QString::number(readMs, 'f', 0) << " ms | " << QString::number(writeMs, 'f', 0) << " ms | "
            << QString::number(readMs + writeMs, 'f', 0) << " ms | " << queryColumns(figures) << " ms | " << QString::number(bench::peakRssMiB(), 'f', 0) << " MiB |\n";
        out.flush();
    }
    return 0;
}
