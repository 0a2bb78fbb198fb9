// SPDX-License-Identifier: Apache-2.0
// The `Sync` view-model over the real SyncService: repositories served by a real `git daemon` on 127.0.0.1, the
// catalog in a real SQLite file that the service writes through its own connection and the UI connection reads.
#include "catalogbackend.h"
#include "gitfixture.h"
#include "syncstatus.h"
#include "sync/syncservice.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using fixture::component;

namespace {

QVariant roleValue(const QAbstractItemModel *model, int row, const QByteArray &role)
{
    return model->data(model->index(row, 0), model->roleNames().key(role));
}

int rowOf(const QAbstractItemModel *model, const QString &id)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (roleValue(model, i, "sourceId").toString() == id)
            return i;
    return -1;
}

} // namespace

class TestSyncStatus : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    fixture::Daemon m_daemon;

    QString writeConfig(const QByteArray &repositories)
    {
        const QString path = m_dir.filePath(QStringLiteral("app-config.yaml"));
        fixture::writeFile(path, "portolan:\n  repositories:\n" + repositories);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QDir().mkpath(m_dir.filePath(QStringLiteral("served")));
        QVERIFY(m_daemon.start(m_dir.filePath(QStringLiteral("served"))));
        for (const QString &name : {QStringLiteral("payments"), QStringLiteral("ledger")}) {
            fixture::Repo repo(m_dir.path(), name);
            repo.write(QStringLiteral("catalog-info.yaml"), component(name));
            // Enough objects that the fetch reports progress with a total.
            for (int i = 0; i < 50; ++i)
                repo.write(QStringLiteral("src/file%1.txt").arg(i), QByteArray::number(i).repeated(100));
            repo.commit(QStringLiteral("one"));
            repo.push();
        }
    }

    void withoutServiceExplains()
    {
        CatalogBackend catalog(nullptr);
        QCOMPARE(catalog.open(QStringLiteral(":memory:")), QString());
        SyncStatus status(nullptr, &catalog);
        QAbstractItemModelTester tester(status.sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!status.available());
        QVERIFY(status.unavailableReason().contains(u"in memory"));
        QCOMPARE(status.statusText(), status.unavailableReason());
        status.syncNow(); // does nothing, and does not crash
        QVERIFY(!status.syncing());
        QCOMPARE(status.sources()->rowCount(), 0);
    }

    void noSourcesConfiguredExplains()
    {
        const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
        CatalogBackend catalog(nullptr);
        QCOMPARE(catalog.open(db), QString());
        portolan::sync::SyncService service(db);
        SyncStatus status(&service, &catalog);
        QVERIFY(!status.available());
        QVERIFY(status.unavailableReason().contains(u"No sync sources"));
        status.syncNow();
        QVERIFY(!status.syncing());
    }

    void syncShowsProgressAndRefreshesTheCatalog()
    {
        const QString db = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        CatalogBackend catalog(nullptr);
        QCOMPARE(catalog.open(db), QString());
        portolan::sync::SyncService service(db);
        service.setOptions({m_dir.filePath(QStringLiteral("cache")), 2, {}, true});
        SyncStatus status(&service, &catalog);
        QAbstractItemModelTester tester(status.sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        const QString config = writeConfig("    - url: " + m_daemon.url(QStringLiteral("payments")).toUtf8()
                                           + "\n    - url: " + m_daemon.url(QStringLiteral("ledger")).toUtf8() + "\n");
        status.setConfiguredSources({QVariantMap{{QStringLiteral("path"), config}, {QStringLiteral("kind"), QStringLiteral("app-config")}}});
        QVERIFY(status.available());
        QCOMPARE(status.sources()->rowCount(), 2);
        const int payments = rowOf(status.sources(), QStringLiteral("git:payments"));
        QVERIFY(payments >= 0);
        QCOMPARE(roleValue(status.sources(), payments, "name").toString(), QStringLiteral("payments"));
        QVERIFY(!roleValue(status.sources(), payments, "lastSync").toDateTime().isValid());
        QCOMPARE(status.statusText(), QStringLiteral("Not synced yet"));

        QSignalSpy catalogChanged(&catalog, &CatalogBackend::catalogChanged);
        QSignalSpy finished(&status, &SyncStatus::syncFinished);
        QStringList lines;
        connect(&status, &SyncStatus::statusTextChanged, this, [&] { lines << status.statusText(); });
        status.syncNow();
        QVERIFY(status.syncing());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toInt(), 0);
        QVERIFY(!status.syncing());
        QVERIFY(catalogChanged.size() >= 1);
        QCOMPARE(catalog.entityCount(), 2);

        // Live lines named a source and its fetch counts while the sync ran.
        const QRegularExpression fetching(QStringLiteral("^Syncing (payments|ledger): fetching \\d+/\\d+ objects…"));
        QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return fetching.match(l).hasMatch(); }),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(status.statusText().startsWith(u"Synced "));
        QVERIFY(status.lastSync().isValid());
        QCOMPARE(roleValue(status.sources(), payments, "entities").toInt(), 1);
        QCOMPARE(roleValue(status.sources(), payments, "phase").toString(), QStringLiteral("done"));
        QVERIFY(roleValue(status.sources(), payments, "totalObjects").toLongLong() > 50);
        QVERIFY(roleValue(status.sources(), payments, "lastSync").toDateTime().isValid());
        QVERIFY(!roleValue(status.sources(), payments, "active").toBool());

        // One source alone; its state changes, the other's does not.
        status.syncSource(QStringLiteral("git:ledger"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(roleValue(status.sources(), rowOf(status.sources(), QStringLiteral("git:ledger")), "phase").toString(),
                 QStringLiteral("unchanged"));
        QCOMPARE(roleValue(status.sources(), payments, "phase").toString(), QString());

        // A source that cannot be reached: error with its time; the other still synced, so not offline.
        const QString broken = writeConfig("    - url: " + m_daemon.url(QStringLiteral("payments")).toUtf8()
                                           + "\n    - url: git://127.0.0.1:1/gone.git\n");
        status.setConfiguredSources({QVariantMap{{QStringLiteral("path"), broken}, {QStringLiteral("kind"), QStringLiteral("app-config")}}});
        QCOMPARE(status.sources()->rowCount(), 3); // ledger stays listed until the next full sync removes it
        QVERIFY(!roleValue(status.sources(), rowOf(status.sources(), QStringLiteral("git:ledger")), "configured").toBool());
        status.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.last().first().toInt(), 1);
        QVERIFY(!status.offline());
        const int gone = rowOf(status.sources(), QStringLiteral("git:gone"));
        QVERIFY(gone >= 0);
        QVERIFY(!roleValue(status.sources(), gone, "lastError").toString().isEmpty());
        QVERIFY(roleValue(status.sources(), gone, "lastErrorAt").toDateTime().isValid());
        QCOMPARE(rowOf(status.sources(), QStringLiteral("git:ledger")), -1); // pruned by the full sync
        QCOMPARE(catalog.entityCount(), 1);

        // Nothing reachable: offline, and the catalog keeps what it had.
        const QString offline = writeConfig("    - url: git://127.0.0.1:1/gone.git\n");
        status.setConfiguredSources({QVariantMap{{QStringLiteral("path"), offline}, {QStringLiteral("kind"), QStringLiteral("app-config")}}});
        status.syncSource(QStringLiteral("git:gone"));
        QVERIFY(finished.wait(60000));
        QVERIFY(status.offline());
        QVERIFY(status.statusText().startsWith(u"Offline"));
        QCOMPARE(catalog.entityCount(), 1);
    }

    void cancelStopsTheSync()
    {
        fixture::Repo big(m_dir.path(), QStringLiteral("big"));
        // Incompressible, so the fetch takes long enough to be cancelled in the middle.
        QByteArray noise(24 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator generator(7);
        generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        big.write(QStringLiteral("catalog-info.yaml"), component(QStringLiteral("big")));
        big.write(QStringLiteral("blob.bin"), noise);
        big.commit(QStringLiteral("big"));
        big.push();
        const QString db = m_dir.filePath(QStringLiteral("cancel.sqlite"));
        CatalogBackend catalog(nullptr);
        QCOMPARE(catalog.open(db), QString());
        portolan::sync::SyncService service(db);
        service.setOptions({m_dir.filePath(QStringLiteral("cache-cancel")), 2, {}, true});
        SyncStatus status(&service, &catalog);
        QAbstractItemModelTester tester(status.sources(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        status.setConfiguredSources({QVariantMap{{QStringLiteral("path"), writeConfig("    - url: " + m_daemon.url(QStringLiteral("big")).toUtf8() + "\n")},
                                                 {QStringLiteral("kind"), QStringLiteral("app-config")}}});
        QSignalSpy finished(&status, &SyncStatus::syncFinished);
        status.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(roleValue(status.sources(), 0, "phase").toString() == u"fetching", 20000);
        status.cancelSource(QStringLiteral("git:big"));
        QVERIFY(finished.wait(60000));
        QCOMPARE(roleValue(status.sources(), 0, "phase").toString(), QStringLiteral("cancelled"));
        QCOMPARE(roleValue(status.sources(), 0, "entities").toInt(), 0);
        QCOMPARE(catalog.entityCount(), 0);
    }
};

QTEST_MAIN(TestSyncStatus)
#include "tst_syncstatus.moc"
