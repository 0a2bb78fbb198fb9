// SPDX-License-Identifier: Apache-2.0
// Git sync against a real `git daemon` on 127.0.0.1 serving repositories this test makes.
#include "gitfixture.h"

#include "store/catalogstore.h"
#include "sync/syncengine.h"
#include "sync/syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace portolan::sync;

namespace {

const QByteArray kPayments = R"(apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments
  description: %DESC%
spec:
  type: service
  lifecycle: production
  owner: team-a
---
apiVersion: backstage.io/v1alpha1
kind: Location
metadata:
  name: payments-more
spec:
  targets: [./apis/api.yaml]
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: team-a
spec:
  type: team
  children: []
)";

QByteArray component(const QString &name, const QString &description = QStringLiteral("plain"))
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n  description: %2\n"
                          "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
        .arg(name, description)
        .toUtf8();
}

QByteArray location(const QString &name, const QString &target)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: %1\nspec:\n  type: url\n"
                          "  target: %2\n")
        .arg(name, target)
        .toUtf8();
}

} // namespace

class TestGitSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Daemon m_daemon;
    store::CatalogStore m_store;
    std::unique_ptr<fixture::Repo> m_payments;
    QList<SyncEvent> m_events;

    RepoSpec spec(const QString &name, const QString &branch = {})
    {
        return {name, m_daemon.url(name), branch, {{QStringLiteral("**/catalog-info.yaml"), {}, {}}}};
    }
    SyncReport sync(const QList<RepoSpec> &repos, SyncEngine **engineOut = nullptr, const EventSink &extra = {})
    {
        SyncPlan plan;
        plan.repositories = repos;
        plan.rules = CatalogRules::fromConfig(QJsonValue::Undefined);
        SyncOptions options;
        options.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        options.pruneRemoved = false;
        SyncEngine engine(m_store, plan, options);
        if (engineOut)
            *engineOut = &engine;
        m_events.clear();
        return engine.run([&](const SyncEvent &e) {
            m_events << e;
            if (extra)
                extra(e);
        });
    }
    QString description(const QString &ref)
    {
        const auto row = m_store.entity(ref);
        return row ? row->description : QStringLiteral("<missing>");
    }
    bool hasDiagnostic(const QString &source, const QString &fragment)
    {
        for (const auto &d : m_store.diagnostics(source)) {
            if (d.message.contains(fragment))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("catalog.sqlite"))).isEmpty());
        m_payments = std::make_unique<fixture::Repo>(m_dir.path(), QStringLiteral("payments"));
        m_payments->write(QStringLiteral("catalog-info.yaml"), QByteArray(kPayments).replace("%DESC%", "v1"));
        m_payments->write(QStringLiteral("apis/api.yaml"),
                          "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: payments-api\nspec:\n"
                          "  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition: 'openapi: 3.0.0'\n");
        m_payments->write(QStringLiteral("services/billing/catalog-info.yaml"), component(QStringLiteral("billing")));
        m_payments->write(QStringLiteral("README.md"), "# payments\n");
        m_payments->commit(QStringLiteral("first"));
        m_payments->push();
        QVERIFY(m_daemon.start(m_dir.filePath(QStringLiteral("served"))));
    }

    void firstSync()
    {
        const SyncReport report = sync({spec(QStringLiteral("payments"))});
        QCOMPARE(report.updated, 1);
        QCOMPARE(report.exitCode(), 0);
        QCOMPARE(description(QStringLiteral("component:default/payments")), QStringLiteral("v1"));
        QVERIFY(m_store.entity(QStringLiteral("api:default/payments-api")));
        QVERIFY(m_store.entity(QStringLiteral("location:default/payments-more")));
        QVERIFY(m_store.entity(QStringLiteral("component:default/billing")));
        // Default catalog rules: a Group from a registered location is refused, and we say why.
        QVERIFY(!m_store.entity(QStringLiteral("group:default/team-a")));
        QVERIFY(hasDiagnostic(QStringLiteral("git:payments"), QStringLiteral("NotAllowedError: Entity group:default/team-a")));

        const QString base = m_daemon.url(QStringLiteral("payments")) + QStringLiteral("/blob/main/");
        const QJsonObject annotations = m_store.entity(QStringLiteral("api:default/payments-api"))->data.value(u"metadata").toObject().value(u"annotations").toObject();
        QCOMPARE(annotations.value(u"backstage.io/managed-by-location").toString(), QString(u"url:" + base + u"apis/api.yaml"));
        QCOMPARE(annotations.value(u"backstage.io/managed-by-origin-location").toString(), QString(u"url:" + base + u"**/catalog-info.yaml"));
        // git:// is no web host: no view/edit links are invented.
        QVERIFY(!annotations.contains(u"backstage.io/edit-url"));

        QStringList phases;
        for (const auto &e : std::as_const(m_events))
            phases << SyncEvent::phaseName(e.phase);
        QVERIFY2(phases.contains(u"fetching") && phases.contains(u"reading") && phases.last() == u"done", qPrintable(phases.join(u',')));
        const auto sources = m_store.sources();
        QCOMPARE(sources.size(), 1);
        QVERIFY(sources.first().lastSync.isValid());
    }

    void unchangedCostsOneFetch()
    {
        const SyncReport report = sync({spec(QStringLiteral("payments"))});
        QCOMPARE(report.unchanged, 1);
        QCOMPARE(report.updated, 0);
        bool read = false;
        for (const auto &e : std::as_const(m_events))
            read = read || e.phase == SyncEvent::Phase::Reading;
        QVERIFY(!read);
    }

    void incrementalParsesOnlyChangedBlobs()
    {
        // Mark billing's cached parse: if the sync re-parsed billing's unchanged blob, the mark would vanish.
        const auto cache = m_store.parseCache(QStringLiteral("git:payments"));
        QHash<QString, std::pair<QString, QString>> tampered = cache;
        bool marked = false;
        for (auto it = tampered.begin(); it != tampered.end(); ++it) {
            if (it.key().contains(u"services/billing/catalog-info.yaml")) {
                it->second.replace(QStringLiteral("\"description\":\"plain\""), QStringLiteral("\"description\":\"from-cache\""));
                marked = it->second.contains(u"from-cache");
            }
        }
        QVERIFY(marked);
        QVERIFY(m_store.replaceParseCache(QStringLiteral("git:payments"), tampered).isEmpty());

        m_payments->write(QStringLiteral("catalog-info.yaml"), QByteArray(kPayments).replace("%DESC%", "v2"));
        m_payments->commit(QStringLiteral("second"));
        m_payments->push();
        const SyncReport report = sync({spec(QStringLiteral("payments"))});
        QCOMPARE(report.updated, 1);
        QCOMPARE(description(QStringLiteral("component:default/payments")), QStringLiteral("v2"));
        QCOMPARE(description(QStringLiteral("component:default/billing")), QStringLiteral("from-cache"));

        // A change in a file reached through a Location invalidates the root that reached it.
        m_payments->write(QStringLiteral("apis/api.yaml"),
                          "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: payments-api\n  description: v2\n"
                          "spec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n  definition: 'openapi: 3.0.0'\n");
        m_payments->commit(QStringLiteral("api change"));
        m_payments->push();
        QCOMPARE(sync({spec(QStringLiteral("payments"))}).updated, 1);
        QCOMPARE(description(QStringLiteral("api:default/payments-api")), QStringLiteral("v2"));
    }

    void deletedFileRemovesEntity()
    {
        m_payments->remove(QStringLiteral("services/billing/catalog-info.yaml"));
        m_payments->commit(QStringLiteral("drop billing"));
        m_payments->push();
        QCOMPARE(sync({spec(QStringLiteral("payments"))}).updated, 1);
        QVERIFY(!m_store.entity(QStringLiteral("component:default/billing")));
        QVERIFY(m_store.entity(QStringLiteral("component:default/payments")));
    }

    void forcePush()
    {
        m_payments->write(QStringLiteral("catalog-info.yaml"), QByteArray(kPayments).replace("%DESC%", "rewritten"));
        m_payments->commit(QStringLiteral("rewritten history"), true);
        m_payments->push(QStringLiteral("main"), true);
        QCOMPARE(sync({spec(QStringLiteral("payments"))}).updated, 1);
        QCOMPARE(description(QStringLiteral("component:default/payments")), QStringLiteral("rewritten"));
    }

    void missingBranchKeepsLastGoodSnapshot()
    {
        const SyncReport report = sync({spec(QStringLiteral("payments"), QStringLiteral("nope"))});
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.exitCode(), 2);
        QVERIFY2(report.items.first().error.contains(u"branch 'nope' does not exist"), qPrintable(report.items.first().error));
        QVERIFY(report.items.first().error.contains(u"main"));
        QCOMPARE(description(QStringLiteral("component:default/payments")), QStringLiteral("rewritten"));
        const auto source = m_store.sources().first();
        QVERIFY(source.lastError.contains(u"nope"));
        QVERIFY(source.lastErrorAt.isValid());
        // The next good sync clears the error.
        QVERIFY(sync({spec(QStringLiteral("payments"))}).exitCode() == 0);
        QVERIFY(m_store.sources().first().lastError.isEmpty());
    }

    void repositoryWithoutCatalogFiles()
    {
        fixture::Repo empty(m_dir.path(), QStringLiteral("empty"));
        empty.write(QStringLiteral("README.md"), "nothing here\n");
        empty.commit(QStringLiteral("readme"));
        empty.push();
        const SyncReport report = sync({spec(QStringLiteral("empty"))});
        QCOMPARE(report.updated, 1);
        QVERIFY(hasDiagnostic(QStringLiteral("git:empty"), QStringLiteral("no matching files found")));
    }

    void unknownRepository()
    {
        const SyncReport report = sync({spec(QStringLiteral("does-not-exist"))});
        QCOMPARE(report.failed, 1);
        QVERIFY(!report.items.first().error.isEmpty());
    }

    void locationsAcrossRepositoriesWithCycle()
    {
        fixture::Repo a(m_dir.path(), QStringLiteral("ring-a"));
        fixture::Repo b(m_dir.path(), QStringLiteral("ring-b"));
        const QString aUrl = m_daemon.url(QStringLiteral("ring-a")) + QStringLiteral("/blob/main/catalog-info.yaml");
        const QString bUrl = m_daemon.url(QStringLiteral("ring-b")) + QStringLiteral("/blob/main/catalog-info.yaml");
        a.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("ring-a-svc")) + "---\n" + location(QStringLiteral("to-b"), bUrl));
        b.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("ring-b-svc")) + "---\n" + location(QStringLiteral("to-a"), aUrl));
        a.commit(QStringLiteral("a"));
        a.push();
        b.commit(QStringLiteral("b"));
        b.push();
        const SyncReport report = sync({spec(QStringLiteral("ring-a"))});
        QCOMPARE(report.updated, 1);
        const auto bEntity = m_store.entity(QStringLiteral("component:default/ring-b-svc"));
        QVERIFY(bEntity);
        QCOMPARE(bEntity->sourceId, QStringLiteral("git:ring-a"));
        const QJsonObject annotations = bEntity->data.value(u"metadata").toObject().value(u"annotations").toObject();
        QCOMPARE(annotations.value(u"backstage.io/managed-by-location").toString(), QString(u"url:" + bUrl));
        QVERIFY(annotations.value(u"backstage.io/managed-by-origin-location").toString().contains(u"ring-a.git"));
        QVERIFY(hasDiagnostic(QStringLiteral("git:ring-a"), QStringLiteral("Location cycle")));

        // A commit in the followed repository alone makes the source sync again.
        b.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("ring-b-svc"), QStringLiteral("changed")) + "---\n" + location(QStringLiteral("to-a"), aUrl));
        b.commit(QStringLiteral("b2"));
        b.push();
        QCOMPARE(sync({spec(QStringLiteral("ring-a"))}).updated, 1);
        QCOMPARE(description(QStringLiteral("component:default/ring-b-svc")), QStringLiteral("changed"));
    }

    void serviceForTheUi()
    {
        qputenv("PORTOLAN_CONFIG", m_dir.filePath(QStringLiteral("no-user-config.yaml")).toUtf8());
        const QString config = m_dir.filePath(QStringLiteral("service-config.yaml"));
        fixture::writeFile(config, QStringLiteral("portolan:\n  repositories:\n    - url: %1\n    - url: git://127.0.0.1:1/gone.git\n")
                                       .arg(m_daemon.url(QStringLiteral("payments")))
                                       .toUtf8());
        SyncService service(m_dir.filePath(QStringLiteral("service.sqlite")));
        SyncOptions options;
        options.cacheDir = m_dir.filePath(QStringLiteral("service-cache"));
        service.setOptions(options);
        service.setConfigFiles({config});
        QCOMPARE(service.intervalMinutes(), 30);
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy finished(&service, &SyncService::finished);
        QSignalSpy sourceFinished(&service, &SyncService::sourceFinished);
        service.syncNow();
        QVERIFY(service.isSyncing());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toInt(), 1); // one source failed
        QVERIFY(!service.isSyncing());
        QVERIFY(!service.isOffline()); // payments answered
        QVERIFY(service.lastSync().isValid());
        QCOMPARE(sourceFinished.size(), 2);
        QStringList phases;
        for (const auto &args : std::as_const(progress))
            phases << args.at(1).toString();
        QVERIFY(phases.contains(u"fetching"));
        const QVariantList sources = service.sources();
        QCOMPARE(sources.size(), 2);
        for (const QVariant &v : sources) {
            const QVariantMap s = v.toMap();
            if (s.value(QStringLiteral("id")).toString() == u"git:payments")
                QVERIFY(s.value(QStringLiteral("entities")).toInt() >= 3);
            else
                QVERIFY(!s.value(QStringLiteral("lastError")).toString().isEmpty());
        }

        // Nothing reachable: offline.
        fixture::writeFile(config, "portolan:\n  repositories:\n    - url: git://127.0.0.1:1/gone.git\n");
        service.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toInt(), 2);
        QVERIFY(service.isOffline());
    }

    void cancelMidFetchKeepsSnapshot()
    {
        fixture::Repo big(m_dir.path(), QStringLiteral("big"));
        big.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("big-svc"), QStringLiteral("small")));
        big.commit(QStringLiteral("small"));
        big.push();
        QCOMPARE(sync({spec(QStringLiteral("big"))}).updated, 1);
        QByteArray noise(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        big.write(QStringLiteral("blob.bin"), noise);
        big.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("big-svc"), QStringLiteral("large")));
        big.commit(QStringLiteral("large"));
        big.push();
        SyncEngine *engine = nullptr;
        const SyncReport report = sync({spec(QStringLiteral("big"))}, &engine, [&engine](const SyncEvent &e) {
            if (e.phase == SyncEvent::Phase::Fetching)
                engine->cancel(e.source);
        });
        QCOMPARE(report.cancelled, 1);
        QCOMPARE(description(QStringLiteral("component:default/big-svc")), QStringLiteral("small"));
    }

    void serverKilledMidFetch()
    {
        fixture::Repo big(m_dir.path(), QStringLiteral("big"));
        SyncEngine *engine = nullptr;
        const SyncReport report = sync({spec(QStringLiteral("big"))}, &engine, [this](const SyncEvent &e) {
            if (e.phase == SyncEvent::Phase::Fetching)
                m_daemon.kill();
        });
        QCOMPARE(report.failed, 1);
        QVERIFY(report.offline);
        QCOMPARE(report.items.first().errorKind, GitError::Network);
        QCOMPARE(description(QStringLiteral("component:default/big-svc")), QStringLiteral("small"));
        bool recorded = false;
        for (const auto &s : m_store.sources())
            recorded = recorded || (s.id == u"git:big" && !s.lastError.isEmpty() && s.lastErrorAt.isValid());
        QVERIFY(recorded);
    }
};

QTEST_GUILESS_MAIN(TestGitSync)
#include "tst_gitsync.moc"
