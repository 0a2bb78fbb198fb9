// SPDX-License-Identifier: Apache-2.0
// The SyncService's schedule against a real `git daemon`: the timer starts syncs that update the store, and a
// sync asked for while one runs (by the timer or by hand) is not started a second time.
#include "gitfixture.h"

#include "store/catalogstore.h"
#include "sync/syncservice.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace portolan::sync;
using namespace std::chrono_literals;

using fixture::component;

namespace {

int entitiesOf(const QString &dbPath, const QString &sourceId)
{
    store::CatalogStore reader;
    if (!reader.open(dbPath).isEmpty())
        return -1;
    for (const auto &s : reader.sources()) {
        if (s.id == sourceId)
            return s.entityCount;
    }
    return 0;
}

} // namespace

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Daemon m_daemon;

    QString writeConfig(const QStringList &names)
    {
        QByteArray yaml = "portolan:\n  repositories:\n";
        for (const QString &name : names)
            yaml += "    - url: " + m_daemon.url(name).toUtf8() + "\n";
        const QString path = m_dir.filePath(QStringLiteral("app-config.yaml"));
        fixture::writeFile(path, yaml);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // no user Portolan config joins the plan
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("served")));
        QVERIFY(m_daemon.start(m_dir.filePath(QStringLiteral("served"))));
    }

    void scheduleRunsSyncsThatUpdateTheStore()
    {
        fixture::Repo repo(m_dir.path(), QStringLiteral("timed"));
        repo.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("first")));
        repo.commit(QStringLiteral("one"));
        repo.push();

        const QString db = m_dir.filePath(QStringLiteral("timed.sqlite"));
        SyncService service(db);
        service.setOptions({m_dir.filePath(QStringLiteral("cache-timed")), 4, {}, true});
        service.setConfigFiles({writeConfig({QStringLiteral("timed")})});
        QSignalSpy finished(&service, &SyncService::finished);
        service.setIntervalForTesting(300ms);
        // Nobody calls syncNow: only the timer can start this.
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().first().toInt(), 0);
        QCOMPARE(entitiesOf(db, QStringLiteral("git:timed")), 1);

        repo.write(QStringLiteral("more/catalog-info.yaml"), component(QStringLiteral("second")));
        repo.commit(QStringLiteral("two"));
        repo.push();
        QTRY_COMPARE_WITH_TIMEOUT(entitiesOf(db, QStringLiteral("git:timed")), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000); // the store is written before the signal arrives
    }

    void noSecondSyncWhileOneRuns()
    {
        // Enough repositories that a sync takes a while; each run reports "queued" once per source.
        QStringList names;
        for (int i = 0; i < 12; ++i) {
            const QString name = QStringLiteral("busy%1").arg(i);
            fixture::Repo repo(m_dir.path(), name);
            repo.write(QStringLiteral("catalog-info.yaml"), component(name));
            repo.commit(QStringLiteral("one"));
            repo.push();
            names << name;
        }
        const QString db = m_dir.filePath(QStringLiteral("busy.sqlite"));
        SyncService service(db);
        service.setOptions({m_dir.filePath(QStringLiteral("cache-busy")), 2, {}, true});
        service.setConfigFiles({writeConfig(names)});
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy finished(&service, &SyncService::finished);
        QSignalSpy syncing(&service, &SyncService::syncingChanged);
        // Stops the flood below inside the finished signal, before the event loop can run the timer again.
        connect(&service, &SyncService::finished, &service, [&service] { service.setIntervalMinutes(service.intervalMinutes() + 1); });

        service.syncNow();
        QVERIFY(service.isSyncing());
        // The timer firing every millisecond and the user asking again must not start a parallel run.
        service.setIntervalForTesting(1ms);
        service.syncNow();
        QVERIFY(finished.wait(60000));
        QTest::qWait(200); // a second run would have started by now
        QCOMPARE(finished.size(), 1);
        QCOMPARE(syncing.size(), 2); // on, off: one run
        int queued = 0;
        for (const auto &args : std::as_const(progress))
            queued += args.at(1).toString() == u"queued" ? 1 : 0;
        QCOMPARE(queued, names.size());
        QCOMPARE(finished.first().first().toInt(), 0);
        for (const QString &name : std::as_const(names))
            QCOMPARE(entitiesOf(db, u"git:" + name), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"
