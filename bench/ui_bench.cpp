// SPDX-License-Identifier: Apache-2.0
// UI figures for the README: loading the catalog table, filtering, searching and sorting it at 50k entities,
// and the real app's cold start to the first catalog frame (with its RSS) at 10k entities.
// Run: build/bench/portolan-ui-bench [--entities 50000] [--startup-entities 10000]
#include "benchutil.h"
#include "entityfilterproxy.h"
#include "entitytablemodel.h"
#include "store/catalogstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

const QStringList kWords = {QStringLiteral("payments"), QStringLiteral("ledger"),  QStringLiteral("search"),
                            QStringLiteral("checkout"), QStringLiteral("billing"), QStringLiteral("identity"),
                            QStringLiteral("orders"),   QStringLiteral("pricing"), QStringLiteral("fraud")};

/// n entities straight into the store (no YAML): components, APIs, resources and users across 200 teams and 100
/// systems, with tags, lifecycles and ownership relations, which is what the table reads.
catalog::ReadResult corpus(int n)
{
    static const QStringList kinds{QStringLiteral("Component"), QStringLiteral("API"), QStringLiteral("Resource"),
                                   QStringLiteral("User")};
    catalog::ReadResult result;
    result.entities.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QString kind = kinds.at(i % 7 < 4 ? 0 : i % 7 - 3); // ~57% components
        const QString word = kWords.at(i % kWords.size());
        const QString name = QStringLiteral("%1-%2-%3").arg(word, kind.toLower()).arg(i);
        const QString owner = QStringLiteral("group:default/team-%1").arg(i % 200);
        const QString system = QStringLiteral("system:default/system-%1").arg(i % 100);
        catalog::Entity entity;
        entity.ref = kind.toLower() + QStringLiteral(":default/") + name;
        entity.data = QJsonObject{
            {QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("namespace"), QStringLiteral("default")},
                         {QStringLiteral("description"), QStringLiteral("Handles %1 requests for shard %2").arg(word).arg(i)},
                         {QStringLiteral("tags"), QJsonArray{word, i % 3 ? QStringLiteral("java") : QStringLiteral("go")}}}},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("type"), i % 2 ? QStringLiteral("service") : QStringLiteral("library")},
                         {QStringLiteral("lifecycle"), i % 5 ? QStringLiteral("production") : QStringLiteral("experimental")},
                         {QStringLiteral("owner"), owner}}}};
        if (kind != u"User") {
            entity.relations = {{entity.ref, QStringLiteral("ownedBy"), owner},
                                {entity.ref, QStringLiteral("partOf"), system}};
        }
        entity.position = {QStringLiteral("/bench/catalog-info.yaml"), i + 1, 1};
        result.entities << entity;
    }
    return result;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

QString makeStore(const QString &path, int n)
{
    store::CatalogStore store;
    QString error = store.open(path);
    if (error.isEmpty())
        error = store.replaceSnapshot({QStringLiteral("bench"), QStringLiteral("file"), QStringLiteral("/bench")}, corpus(n));
    return error;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entities"), QStringLiteral("Entities for the table figures."), QStringLiteral("n"),
                      QStringLiteral("50000")});
    parser.addOption({QStringLiteral("startup-entities"), QStringLiteral("Entities for the cold start."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("app"), QStringLiteral("portolan-desktop to start."), QStringLiteral("path"),
                      QStringLiteral(PORTOLAN_DESKTOP_PATH)});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const int n = parser.value(QStringLiteral("entities")).toInt();

    const QString bigPath = dir.filePath(QStringLiteral("big.sqlite"));
    if (const QString error = makeStore(bigPath, n); !error.isEmpty()) {
        out << "store: " << error << "\n";
        return 2;
    }
    store::CatalogStore store;
    (void)store.open(bigPath);
    EntityTableModel table;
    QElapsedTimer timer;
    timer.start();
    table.setStore(&store);
    const double uiThreadMs = msSince(timer);
    if (table.loading()) {
        // The rows are read on a worker thread: wait for them to swap in.
        QEventLoop loop;
        QObject::connect(&table, &EntityTableModel::reloaded, &loop, &QEventLoop::quit);
        loop.exec();
    }
    out << QStringLiteral("table load (%1 rows): %2 ms until the rows are in, %3 ms of it on the UI thread\n")
               .arg(table.rowCount())
               .arg(msSince(timer), 0, 'f', 1)
               .arg(uiThreadMs, 0, 'f', 1);
    EntityFilterProxy proxy;
    timer.restart();
    proxy.setTable(&table);
    out << QStringLiteral("proxy attach + sort by name + facet counts: %1 ms\n").arg(msSince(timer), 0, 'f', 1);

    // Facet filtering as a click does it: refilter, then recount every facet under the new filters.
    QList<double> samples;
    for (int round = 0; round < 10; ++round) {
        timer.restart();
        proxy.toggleFacet(QStringLiteral("kind"), QStringLiteral("api"));
        samples << msSince(timer);
        timer.restart();
        proxy.toggleFacet(QStringLiteral("kind"), QStringLiteral("api"));
        samples << msSince(timer);
    }
    out << QStringLiteral("facet filter kind=api on/off incl. recount (%1 rows): median %2 ms, p90 %3 ms\n")
               .arg(n)
               .arg(bench::quantile(samples, 0.5), 0, 'f', 1)
               .arg(bench::quantile(samples, 0.9), 0, 'f', 1);
    samples.clear();
    for (int round = 0; round < 10; ++round) {
        timer.restart();
        proxy.toggleFacet(QStringLiteral("owner"), QStringLiteral("group:default/team-7"));
        samples << msSince(timer);
        timer.restart();
        proxy.toggleFacet(QStringLiteral("owner"), QStringLiteral("group:default/team-7"));
        samples << msSince(timer);
    }
    out << QStringLiteral("facet filter owner=team-7 on/off incl. recount: median %1 ms, p90 %2 ms\n")
               .arg(bench::quantile(samples, 0.5), 0, 'f', 1)
               .arg(bench::quantile(samples, 0.9), 0, 'f', 1);
    timer.restart();
    proxy.setText(QStringLiteral("ledg"));
    out << QStringLiteral("search-as-you-type \"ledg\" (%1 matches): %2 ms\n").arg(proxy.count()).arg(msSince(timer), 0, 'f', 1);
    proxy.setText({});
    timer.restart();
    proxy.sortBy(EntityTableModel::OwnerColumn);
    out << QStringLiteral("sort by owner: %1 ms\n").arg(msSince(timer), 0, 'f', 1);
    out << QStringLiteral("peak RSS of this bench: %1 MiB\n").arg(bench::peakRssMiB(), 0, 'f', 0);
    out.flush();

    // Cold start of the real app on a 10k catalog: process start to the first frame showing catalog rows.
    const int startupN = parser.value(QStringLiteral("startup-entities")).toInt();
    const QString startPath = dir.filePath(QStringLiteral("start.sqlite"));
    if (const QString error = makeStore(startPath, startupN); !error.isEmpty()) {
        out << "store: " << error << "\n";
        return 2;
    }
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.qml.compiler=false"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(parser.value(QStringLiteral("app")), {QStringLiteral("--db"), startPath, QStringLiteral("--startup-report")});
        if (!process.waitForFinished(60000)) {
            out << "app did not finish\n";
            return 2;
        }
        const QString log = QString::fromUtf8(process.readAll());
        static const QRegularExpression line(QStringLiteral("startup: .*"));
        const auto match = line.match(log);
        out << QStringLiteral("cold start run %1 (%2 entities): %3\n")
                   .arg(run + 1)
                   .arg(startupN)
                   .arg(match.hasMatch() ? match.captured() : log.trimmed());
    }
    return 0;
}
