// SPDX-License-Identifier: Apache-2.0
// The real `portolan sync` killed with SIGKILL at random moments: the catalog must always open and hold one
// complete snapshot (all of version A or all of version B, never a mix or a part), and the next sync must work.
#include "gitfixture.h"

#include "store/catalogstore.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

constexpr int kFiles = 40;
constexpr int kPerFile = 10;
constexpr int kEntities = kFiles * kPerFile;

void writeVersion(const fixture::Repo &repo, const QString &prefix)
{
    for (int f = 0; f < kFiles; ++f) {
        QByteArray text;
        for (int i = 0; i < kPerFile; ++i) {
            text += QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1-%2-%3\n"
                                   "  description: entity %2/%3 of version %1\n  tags: [crash, %1]\nspec:\n  type: service\n"
                                   "  lifecycle: production\n  owner: team-%1\n---\n")
                        .arg(prefix)
                        .arg(f)
                        .arg(i)
                        .toUtf8();
        }
        repo.write(QStringLiteral("svc-%1/catalog-info.yaml").arg(f), text);
    }
}

} // namespace

class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Daemon m_daemon;

    QProcess *startSync(const QString &config)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTOLAN_CONFIG"), m_dir.filePath(QStringLiteral("no-user-config.yaml")));
        env.insert(QStringLiteral("PORTOLAN_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QStringLiteral(PORTOLAN_BIN), {QStringLiteral("sync"), QStringLiteral("--json"), QStringLiteral("--config"), config,
                                                QStringLiteral("--db"), m_dir.filePath(QStringLiteral("catalog.sqlite"))});
        return p;
    }

    /// "a", "b", or "" (nothing synced yet); fails the test on anything else.
    QString checkStore()
    {
        store::CatalogStore catalog;
        const QString error = catalog.open(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        if (!error.isEmpty())
            return QStringLiteral("open failed: ") + error;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            raw.setDatabaseName(m_dir.filePath(QStringLiteral("catalog.sqlite")));
            raw.open();
            QSqlQuery q(raw);
            q.exec(QStringLiteral("PRAGMA integrity_check"));
            q.next();
            const QString integrity = q.value(0).toString();
            q.exec(QStringLiteral("SELECT count(*) FROM relations WHERE source_id = 'git:crash'"));
            q.next();
            const int relations = q.value(0).toInt();
            q.finish();
            raw.close();
            if (integrity != u"ok")
                return QStringLiteral("integrity: ") + integrity;
            store::Query all;
            all.limit = 0;
            const auto rows = catalog.search(all);
            if (rows.isEmpty())
                return relations == 0 ? QString() : QStringLiteral("relations without entities");
            const QString prefix = rows.first().name.section(u'-', 0, 0);
            if (rows.size() != kEntities)
                return QStringLiteral("partial snapshot: %1 entities").arg(rows.size());
            for (const auto &row : rows) {
                if (!row.name.startsWith(prefix + u'-'))
                    return QStringLiteral("mixed snapshot: %1 next to %2").arg(row.name, rows.first().name);
            }
            if (relations != 2 * kEntities)
                return QStringLiteral("%1 relations for %2 entities").arg(relations).arg(rows.size());
            return prefix;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        fixture::Repo repo(m_dir.path(), QStringLiteral("crash"));
        writeVersion(repo, QStringLiteral("a"));
        repo.commit(QStringLiteral("a"));
        repo.push(QStringLiteral("va"));
        for (int f = 0; f < kFiles; ++f)
            repo.remove(QStringLiteral("svc-%1/catalog-info.yaml").arg(f));
        writeVersion(repo, QStringLiteral("b"));
        repo.commit(QStringLiteral("b"));
        repo.push(QStringLiteral("vb"));
        QVERIFY(m_daemon.start(m_dir.filePath(QStringLiteral("served"))));
        for (const char *v : {"a", "b"}) {
            fixture::writeFile(m_dir.filePath(QStringLiteral("config-%1.yaml").arg(QLatin1String(v))),
                               QStringLiteral("catalog:\n  rules:\n    - allow: [Component]\nportolan:\n  repositories:\n"
                                              "    - url: %1\n      branch: v%2\n      name: crash\n")
                                   .arg(m_daemon.url(QStringLiteral("crash")), QLatin1String(v))
                                   .toUtf8());
        }
    }

    void killedAtRandomPoints()
    {
        // Cold sync of version a, then time an undisturbed warm switch to b, to spread the kills over it.
        QProcess *first = startSync(m_dir.filePath(QStringLiteral("config-a.yaml")));
        QVERIFY(first->waitForFinished(60000));
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(checkStore(), QStringLiteral("a"));
        QElapsedTimer timer;
        timer.start();
        QProcess *second = startSync(m_dir.filePath(QStringLiteral("config-b.yaml")));
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitCode(), 0);
        const qint64 fullMs = std::max<qint64>(timer.elapsed(), 50);
        QCOMPARE(checkStore(), QStringLiteral("b"));

        int killedWhileRunning = 0;
        int completed = 0;
        QString expectedAfterClean = QStringLiteral("b");
        QRandomGenerator random(20261126);
        const int trials = 24;
        for (int trial = 0; trial < trials; ++trial) {
            const QString version = trial % 2 ? QStringLiteral("a") : QStringLiteral("b");
            QProcess *p = startSync(m_dir.filePath(QStringLiteral("config-%1.yaml").arg(version)));
            QVERIFY(p->waitForStarted());
            const int delay = int(random.bounded(quint32(fullMs * 3 / 2)));
            QThread::msleep(delay);
            // Without an event loop QProcess cannot tell yet whether it ended; the exit status says afterwards.
            ::kill(pid_t(p->processId()), SIGKILL);
            QVERIFY(p->waitForFinished(60000));
            if (p->exitStatus() == QProcess::CrashExit)
                ++killedWhileRunning;
            const QString state = checkStore();
            QVERIFY2(state == u"a" || state == u"b", qPrintable(QStringLiteral("trial %1 (killed after %2 ms): %3").arg(trial).arg(delay).arg(state)));
            if (p->exitStatus() == QProcess::NormalExit) {
                ++completed;
                QVERIFY2(p->exitCode() == 0 && state == version,
                         qPrintable(QStringLiteral("trial %1 finished with exit %2 and snapshot %3, expected %4")
                                        .arg(trial).arg(p->exitCode()).arg(state, version)));
            }
            expectedAfterClean = version;
            delete p;
        }
        qInfo("%d of %d syncs were killed while running, %d completed (undisturbed run %lld ms)", killedWhileRunning,
              trials, completed, fullMs);
        QVERIFY(killedWhileRunning >= trials / 4);

        // Whatever state the kills left in the cache, the next sync completes.
        QProcess *last = startSync(m_dir.filePath(QStringLiteral("config-%1.yaml").arg(expectedAfterClean)));
        QVERIFY(last->waitForFinished(60000));
        QVERIFY2(last->exitCode() == 0, qPrintable(QString::fromUtf8(last->readAllStandardOutput().right(2000))));
        QCOMPARE(checkStore(), expectedAfterClean);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
