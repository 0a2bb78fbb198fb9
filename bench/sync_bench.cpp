// SPDX-License-Identifier: Apache-2.0
// Sync benchmark: N bare repositories (5 entities each) served by `git daemon` on 127.0.0.1, synced cold, warm
// without changes, and warm with some repositories changed. Repositories are written with libgit2 directly
// (the git command line would take minutes to make 200 of them).
#include "store/catalogstore.h"
#include "sync/syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <git2.h>

#include <cstdio>

using namespace portolan::sync;

namespace {

QByteArray catalogFile(int repo, int round)
{
    QByteArray text;
    for (int i = 0; i < 5; ++i) {
        text += QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: repo%1-svc%2\n"
                               "  description: round %3\n  tags: [bench]\nspec:\n  type: service\n  lifecycle: production\n"
                               "  owner: team-%4\n---\n")
                    .arg(repo)
                    .arg(i)
                    .arg(round)
                    .arg(repo % 10)
                    .toUtf8();
    }
    return text;
}

/// Commits `text` as catalog-info.yaml on refs/heads/main of the bare repository at `path` (created if needed).
bool commitFile(const QString &path, const QByteArray &text, const QString &message)
{
    git_repository *repo = nullptr;
    if (git_repository_open_bare(&repo, path.toLocal8Bit().constData()) != 0
        && git_repository_init(&repo, path.toLocal8Bit().constData(), 1) != 0)
        return false;
    git_reference_symbolic_create(nullptr, repo, "HEAD", "refs/heads/main", 1, nullptr);
    git_oid blob, tree, commit, parentId;
    git_blob_create_from_buffer(&blob, repo, text.constData(), size_t(text.size()));
    git_treebuilder *builder = nullptr;
    git_treebuilder_new(&builder, repo, nullptr);
    git_treebuilder_insert(nullptr, builder, "catalog-info.yaml", &blob, GIT_FILEMODE_BLOB);
    git_treebuilder_write(&tree, builder);
    git_treebuilder_free(builder);
    git_tree *treeObject = nullptr;
    git_tree_lookup(&treeObject, repo, &tree);
    git_signature *sig = nullptr;
    git_signature_new(&sig, "Bench", "bench@example.com", 1700000000, 0);
    git_commit *parent = nullptr;
    const bool hasParent = git_reference_name_to_id(&parentId, repo, "refs/heads/main") == 0
                           && git_commit_lookup(&parent, repo, &parentId) == 0;
    const git_commit *parents[] = {parent};
    const int rc = git_commit_create(&commit, repo, "refs/heads/main", sig, sig, nullptr, message.toUtf8().constData(),
                                     treeObject, hasParent ? 1 : 0, parents);
    git_commit_free(parent);
    git_signature_free(sig);
    git_tree_free(treeObject);
    git_repository_free(repo);
    return rc == 0;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sync benchmark against a local git daemon."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("repos"), QStringLiteral("Repositories (default 200)."), QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("changed"), QStringLiteral("Repositories changed for the last run (default 10)."), QStringLiteral("n"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("parallel"), QStringLiteral("Sources synced at once (default 4)."), QStringLiteral("n"), QStringLiteral("4")});
    parser.process(app);
    const int repos = parser.value(QStringLiteral("repos")).toInt();
    const int changed = std::min(repos, parser.value(QStringLiteral("changed")).toInt());
    QTextStream out(stdout);
    git_libgit2_init();

    QTemporaryDir dir;
    const QString served = dir.filePath(QStringLiteral("served"));
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repos; ++r) {
        if (!commitFile(served + QStringLiteral("/repo%1.git").arg(r), catalogFile(r, 0), QStringLiteral("initial"))) {
            out << "cannot create repository " << r << '\n';
            return 2;
        }
    }
    out << "created " << repos << " repositories in " << timer.elapsed() << " ms\n";

    const quint16 port = freePort();
    QProcess daemon;
    daemon.start(QStringLiteral("git"), {QStringLiteral("daemon"), QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                                         QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(port),
                                         QStringLiteral("--base-path=") + served, served});
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(100))
            break;
        QThread::msleep(50);
    }

    SyncPlan plan;
    plan.rules = CatalogRules::fromConfig(QJsonValue::Undefined);
    for (int r = 0; r < repos; ++r) {
        plan.repositories.append({QStringLiteral("repo%1").arg(r), QStringLiteral("git://127.0.0.1:%1/repo%2.git").arg(port).arg(r),
                                  {}, {{QStringLiteral("**/catalog-info.yaml"), {}, {}}}});
    }
    store::CatalogStore catalog;
    if (const QString error = catalog.open(dir.filePath(QStringLiteral("catalog.sqlite"))); !error.isEmpty()) {
        out << error << '\n';
        return 2;
    }
    SyncOptions options;
    options.cacheDir = dir.filePath(QStringLiteral("cache"));
    options.parallel = parser.value(QStringLiteral("parallel")).toInt();

    double load = 0;
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        load = loadavg.readAll().split(' ').value(0).toDouble();
    out << "\n| run (" << repos << " repos x 5 entities, " << options.parallel << " in parallel, load " << load
        << ") | time | updated | unchanged | failed | entities |\n|---|---|---|---|---|---|\n";
    const auto run = [&](const QString &name) {
        SyncEngine engine(catalog, plan, options);
        QElapsedTimer t;
        t.start();
        const SyncReport report = engine.run({});
        out << "| " << name << " | " << QString::number(double(t.elapsed()) / 1000.0, 'f', 2) << " s | " << report.updated
            << " | " << report.unchanged << " | " << report.failed << " | " << catalog.entityCount() << " |\n";
        out.flush();
        return report;
    };
    run(QStringLiteral("cold (clone all)"));
    run(QStringLiteral("warm, no change"));
    for (int r = 0; r < changed; ++r)
        {
        const int target = r * (repos / std::max(1, changed));
        commitFile(served + QStringLiteral("/repo%1.git").arg(target), catalogFile(target, 1), QStringLiteral("change"));
    }
    run(QStringLiteral("warm, %1 repos changed").arg(changed));
    daemon.kill();
    daemon.waitForFinished();
    return 0;
}
