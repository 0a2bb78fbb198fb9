// SPDX-License-Identifier: Apache-2.0
// Git over SSH against a real `sshd` this test starts on 127.0.0.1 as the current user (its own host and user keys
// in a temporary folder): key file and ssh-agent authentication, and host keys checked against known_hosts files
// written by the test and by OpenSSH's own client.
#include "gitfixture.h"

#include "store/catalogstore.h"
#include "sync/credentials.h"
#include "sync/syncconfig.h"
#include "sync/syncengine.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <git2.h>
#include <pwd.h>
#include <unistd.h>

using namespace portolan::sync;

namespace {

QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

} // namespace

class TestSsh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sshd;
    quint16 m_port = 0;
    QString m_user;
    QString m_served;
    QString m_fingerprint; ///< the host key's SHA256 fingerprint as ssh-keygen prints it
    qint64 m_agentPid = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString keygen(const QString &name)
    {
        QFile::remove(path(name));
        QFile::remove(path(name + QStringLiteral(".pub")));
        int code = 0;
        const QString out = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                               QStringLiteral("-N"), QString(), QStringLiteral("-f"), path(name)}, &code);
        if (code != 0)
            qWarning() << "ssh-keygen:" << out;
        return path(name);
    }

    SyncReport sync(const QString &knownHosts, const QString &privateKey, store::CatalogStore &catalog)
    {
        QByteArray yaml = "portolan:\n  ssh:\n";
        if (!privateKey.isEmpty())
            yaml += "    privateKey: " + privateKey.toUtf8() + "\n";
        yaml += "    knownHosts: " + knownHosts.toUtf8() + "\n";
        yaml += "  repositories:\n    - url: ssh://" + m_user.toUtf8() + "@127.0.0.1:" + QByteArray::number(m_port) + m_served.toUtf8()
            + "\n      name: payments\n";
        const QString config = path(QStringLiteral("app-config.yaml"));
        fixture::writeFile(config, yaml);
        const SyncPlan plan = loadPlan({config});
        if (!plan.errors.isEmpty())
            qWarning() << plan.errors;
        SyncOptions options;
        options.cacheDir = path(QStringLiteral("cache"));
        SyncEngine engine(catalog, plan, options);
        return engine.run({});
    }

    /// `repositories` is the YAML list under portolan.repositories (each item indented by four spaces).
    SyncReport syncRepositories(const QByteArray &repositories, const QString &defaultKey, store::CatalogStore &catalog,
                                TokenStore *keychain = nullptr)
    {
        QByteArray yaml = "portolan:\n  ssh:\n";
        if (!defaultKey.isEmpty())
            yaml += "    privateKey: " + defaultKey.toUtf8() + "\n";
        yaml += "    knownHosts: " + path(QStringLiteral("known_hosts")).toUtf8() + "\n  repositories:\n" + repositories;
        const QString config = path(QStringLiteral("app-config.yaml"));
        fixture::writeFile(config, yaml);
        SyncPlan plan = loadPlan({config});
        if (!plan.errors.isEmpty())
            qWarning() << plan.errors;
        if (keychain)
            keychain->fillPlan(plan);
        SyncOptions options;
        options.cacheDir = path(QStringLiteral("cache"));
        QDir(options.cacheDir).removeRecursively(); // every case connects afresh
        SyncEngine engine(catalog, plan, options);
        return engine.run({});
    }

    QByteArray repoEntry(const QString &name, const QString &served, const QString &key = {}) const
    {
        QByteArray entry = "    - url: ssh://" + m_user.toUtf8() + "@127.0.0.1:" + QByteArray::number(m_port) + served.toUtf8()
            + "\n      name: " + name.toUtf8() + "\n";
        if (!key.isEmpty())
            entry += "      sshKey: " + key.toUtf8() + "\n";
        return entry;
    }

    /// Lets `key` read only the repository `served`, as a Git host's deploy key does: the server accepts the key
    /// and a forced command refuses every other repository.
    void authoriseFor(const QString &key, const QString &served)
    {
        const QString gate = path(QStringLiteral("gate.sh"));
        if (!QFileInfo::exists(gate)) {
            fixture::writeFile(gate, "#!/bin/sh\n"
                                     "if [ \"$SSH_ORIGINAL_COMMAND\" = \"git-upload-pack '$1'\" ]; then exec git-upload-pack \"$1\"; fi\n"
                                     "echo \"access denied: this key reads $1 only\" >&2\nexit 1\n");
            QFile::setPermissions(gate, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                            | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        }
        QFile pub(key + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QFile keys(path(QStringLiteral("authorized_keys")));
        QVERIFY(keys.open(QIODevice::Append));
        keys.write("command=\"" + gate.toUtf8() + ' ' + served.toUtf8() + "\",no-pty,no-port-forwarding " + pub.readAll());
    }

    QString servedRepo(const QString &name)
    {
        fixture::Repo repo(m_dir.path(), name);
        repo.write(QStringLiteral("catalog-info.yaml"),
                   "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name.toUtf8()
                       + "\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
        repo.commit(QStringLiteral("one"));
        repo.push();
        return repo.served();
    }

    static const SyncReport::Item *item(const SyncReport &report, const QString &source)
    {
        for (const auto &i : report.items) {
            if (i.source == source)
                return &i;
        }
        return nullptr;
    }

    int storedEntities(store::CatalogStore &catalog, const QString &source = QStringLiteral("git:payments"))
    {
        for (const auto &s : catalog.sources()) {
            if (s.id == source)
                return s.entityCount;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!(git_libgit2_features() & GIT_FEATURE_SSH))
            QSKIP("this libgit2 is built without SSH (libssh2)");
        const QString sshd = QStringLiteral("/usr/sbin/sshd");
        if (!QFileInfo::exists(sshd))
            QSKIP("sshd is not installed (Debian package openssh-server)");
        QVERIFY(m_dir.isValid());
        // Default keys and ~/.ssh/known_hosts of whoever runs the test must not take part.
        qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toLocal8Bit());
        QDir().mkpath(m_dir.filePath(QStringLiteral("home")));
        qunsetenv("SSH_AUTH_SOCK");
        QStandardPaths::setTestModeEnabled(true);
        m_user = QString::fromLocal8Bit(getpwuid(getuid())->pw_name);
        // As root, sshd insists on its privilege separation folder, which a container may not have.
        if (getuid() == 0 && !QFileInfo::exists(QStringLiteral("/run/sshd")))
            QVERIFY(QDir().mkpath(QStringLiteral("/run/sshd")));

        keygen(QStringLiteral("host_key"));
        keygen(QStringLiteral("user_key"));
        QVERIFY(QFile::copy(path(QStringLiteral("user_key.pub")), path(QStringLiteral("authorized_keys"))));
        m_fingerprint = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-f"), path(QStringLiteral("host_key.pub"))})
                            .section(u' ', 1, 1);
        QVERIFY2(m_fingerprint.startsWith(u"SHA256:"), qPrintable(m_fingerprint));

        m_port = fixture::freePort();
        const QByteArray config = "Port " + QByteArray::number(m_port) + "\nListenAddress 127.0.0.1\n"
            "HostKey " + path(QStringLiteral("host_key")).toUtf8() + "\nPidFile " + path(QStringLiteral("sshd.pid")).toUtf8()
            + "\nAuthorizedKeysFile " + path(QStringLiteral("authorized_keys")).toUtf8()
            + "\nStrictModes no\nUsePAM no\nPermitRootLogin yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\n";
        fixture::writeFile(path(QStringLiteral("sshd_config")), config);
        m_sshd.setProcessChannelMode(QProcess::ForwardedChannels);
        m_sshd.start(sshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), path(QStringLiteral("sshd_config"))});
        QVERIFY(m_sshd.waitForStarted());
        bool listening = false;
        for (int i = 0; i < 100 && !listening && m_sshd.state() == QProcess::Running; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            listening = probe.waitForConnected(100);
            if (!listening)
                QThread::msleep(50);
        }
        QVERIFY2(listening, "sshd did not start (see its log above)");

        fixture::Repo repo(m_dir.path(), QStringLiteral("payments"));
        repo.write(QStringLiteral("catalog-info.yaml"),
                   "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: payments\nspec:\n"
                   "  type: service\n  lifecycle: production\n  owner: team-a\n");
        repo.commit(QStringLiteral("one"));
        repo.push();
        m_served = repo.served();
    }

    void cleanupTestCase()
    {
        if (m_agentPid > 0)
            ::kill(pid_t(m_agentPid), SIGTERM);
        if (m_sshd.state() != QProcess::NotRunning) {
            m_sshd.terminate();
            m_sshd.waitForFinished(5000);
        }
    }

    void unknownHostKeyIsRefused()
    {
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("unknown.sqlite"))), QString());
        const SyncReport report = sync(path(QStringLiteral("empty_known_hosts")), path(QStringLiteral("user_key")), catalog);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.first().errorKind, GitError::HostKey);
        const QString expected = QStringLiteral("unknown host key for 127.0.0.1:%1 (%2); add it to known_hosts").arg(m_port).arg(m_fingerprint);
        QVERIFY2(report.items.first().error.startsWith(expected), qPrintable(report.items.first().error));
        qInfo("%s", qPrintable(report.items.first().error));
        QVERIFY(!report.offline); // the server answered; it is just not trusted
        QCOMPARE(storedEntities(catalog), 0);
    }

    void mismatchingHostKeyIsRefused()
    {
        keygen(QStringLiteral("other_host_key"));
        QFile pub(path(QStringLiteral("other_host_key.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        fixture::writeFile(path(QStringLiteral("wrong_known_hosts")),
                           "# a different server once answered here\n[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + pub.readAll());
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("mismatch.sqlite"))), QString());
        const SyncReport report = sync(path(QStringLiteral("wrong_known_hosts")), path(QStringLiteral("user_key")), catalog);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.first().errorKind, GitError::HostKey);
        QVERIFY2(report.items.first().error.contains(QStringLiteral("does not match")), qPrintable(report.items.first().error));
        QVERIFY2(report.items.first().error.contains(u"line 2"), qPrintable(report.items.first().error));
        qInfo("%s", qPrintable(report.items.first().error));
        QCOMPARE(storedEntities(catalog), 0);
    }

    void knownHostKeyFromOpenSshSyncs()
    {
        // OpenSSH's client records the key itself (hashed host name, "[127.0.0.1]:port"): the file users really have.
        const QString knownHosts = path(QStringLiteral("known_hosts"));
        int code = 0;
        const QString out = run(QStringLiteral("ssh"),
                                {QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"),
                                 u"UserKnownHostsFile=" + knownHosts, QStringLiteral("-o"), QStringLiteral("HashKnownHosts=yes"),
                                 QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-i"), path(QStringLiteral("user_key")),
                                 QStringLiteral("-p"), QString::number(m_port), m_user + QStringLiteral("@127.0.0.1"), QStringLiteral("true")},
                                &code);
        QVERIFY2(code == 0, qPrintable(out));
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("|1|"));

        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("known.sqlite"))), QString());
        const SyncReport report = sync(knownHosts, path(QStringLiteral("user_key")), catalog);
        QVERIFY2(report.failed == 0, qPrintable(report.items.value(0).error));
        QCOMPARE(report.updated, 1);
        QCOMPARE(storedEntities(catalog), 1);
        QVERIFY(catalog.entity(QStringLiteral("component:default/payments")).has_value());
    }

    void wrongKeyIsAnAuthError()
    {
        keygen(QStringLiteral("stranger_key"));
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("stranger.sqlite"))), QString());
        QDir(path(QStringLiteral("cache"))).removeRecursively();
        const SyncReport report = sync(path(QStringLiteral("known_hosts")), path(QStringLiteral("stranger_key")), catalog);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.first().errorKind, GitError::Auth);
        QCOMPARE(storedEntities(catalog), 0);
    }

    void agentKeySyncs()
    {
        // ssh-agent holding the user key; no key file configured and no default keys in $HOME.
        const QString out = run(QStringLiteral("ssh-agent"), {QStringLiteral("-s"), QStringLiteral("-a"), path(QStringLiteral("agent.sock"))});
        const auto pid = QRegularExpression(QStringLiteral("SSH_AGENT_PID=(\\d+)")).match(out);
        QVERIFY2(pid.hasMatch(), qPrintable(out));
        m_agentPid = pid.captured(1).toLongLong();
        qputenv("SSH_AUTH_SOCK", path(QStringLiteral("agent.sock")).toLocal8Bit());
        QProcess add;
        add.start(QStringLiteral("ssh-add"), {path(QStringLiteral("user_key"))});
        QVERIFY(add.waitForFinished(10000));
        QCOMPARE(add.exitCode(), 0);

        QDir(path(QStringLiteral("cache"))).removeRecursively();
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("agent.sqlite"))), QString());
        const SyncReport report = sync(path(QStringLiteral("known_hosts")), {}, catalog);
        QVERIFY2(report.failed == 0, qPrintable(report.items.value(0).error));
        QCOMPARE(storedEntities(catalog), 1);
        qunsetenv("SSH_AUTH_SOCK");
    }

    void repositoryKeysGoFirst()
    {
        // Two repositories, each readable with its own deploy key only; the default key is beta's.
        const QString alphaKey = keygen(QStringLiteral("alpha_key"));
        const QString betaKey = keygen(QStringLiteral("beta_key"));
        const QString alpha = servedRepo(QStringLiteral("alpha"));
        const QString beta = servedRepo(QStringLiteral("beta"));
        authoriseFor(alphaKey, alpha);
        authoriseFor(betaKey, beta);

        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("deploykeys.sqlite"))), QString());
        const SyncReport report = syncRepositories(repoEntry(QStringLiteral("alpha"), alpha, alphaKey)
                                                       + repoEntry(QStringLiteral("beta"), beta, betaKey),
                                                   betaKey, catalog);
        for (const auto &i : report.items)
            QVERIFY2(i.error.isEmpty(), qPrintable(i.source + u": " + i.error));
        QCOMPARE(report.updated, 2);
        QCOMPARE(storedEntities(catalog, QStringLiteral("git:alpha")), 1);
        QCOMPARE(storedEntities(catalog, QStringLiteral("git:beta")), 1);
        QVERIFY(catalog.entity(QStringLiteral("component:default/alpha")).has_value());
        QVERIFY(catalog.entity(QStringLiteral("component:default/beta")).has_value());

        // Control: without its own key alpha gets the default (beta's) key, which the server accepts but the
        // forced command turns away: so the pass above really came from alpha's key being offered first.
        store::CatalogStore control;
        QCOMPARE(control.open(path(QStringLiteral("deploykeys-control.sqlite"))), QString());
        const SyncReport without = syncRepositories(repoEntry(QStringLiteral("alpha"), alpha)
                                                        + repoEntry(QStringLiteral("beta"), beta, betaKey),
                                                    betaKey, control);
        QCOMPARE(without.failed, 1);
        QVERIFY(item(without, QStringLiteral("git:alpha")) && !item(without, QStringLiteral("git:alpha"))->error.isEmpty());
        QCOMPARE(storedEntities(control, QStringLiteral("git:beta")), 1);
    }

    void refusedRepositoryKeyIsNamed()
    {
        const QString stranger = keygen(QStringLiteral("ledger_key")); // in no authorized_keys
        const QString served = servedRepo(QStringLiteral("ledger"));
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("ledger.sqlite"))), QString());
        const SyncReport report = syncRepositories(repoEntry(QStringLiteral("ledger"), served, stranger), {}, catalog);
        QCOMPARE(report.failed, 1);
        const QString error = report.items.first().error;
        qInfo("%s", qPrintable(error));
        QCOMPARE(report.items.first().errorKind, GitError::Auth);
        QVERIFY2(error.startsWith(u"repository 'ledger': 127.0.0.1 refused the SSH key " + stranger), qPrintable(error));
        QCOMPARE(storedEntities(catalog, QStringLiteral("git:ledger")), 0);
    }

    void unreadableRepositoryKeyIsNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << path(QStringLiteral("no_such_key")) << QStringLiteral("no such file");
        QTest::newRow("public half") << path(QStringLiteral("user_key.pub")) << QStringLiteral("not a private key");
        QTest::newRow("folder") << path(QStringLiteral("home")) << QStringLiteral("it is a folder");
    }

    void unreadableRepositoryKeyIsNamed()
    {
        QFETCH(QString, key);
        QFETCH(QString, problem);
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("unreadable.sqlite"))), QString());
        // The default key would be accepted: a broken repository key is reported, not papered over.
        const SyncReport report = syncRepositories(repoEntry(QStringLiteral("payments"), m_served, key),
                                                   path(QStringLiteral("user_key")), catalog);
        QCOMPARE(report.failed, 1);
        const QString error = report.items.first().error;
        QVERIFY2(error.startsWith(u"repository 'payments': cannot read its SSH key " + key + u": "), qPrintable(error));
        QVERIFY2(error.contains(problem), qPrintable(error));
    }

    void cliRepoAddWithSshKey()
    {
        // The deploy keys of repositoryKeysGoFirst; a default key that only beta accepts.
        const QString alphaKey = path(QStringLiteral("alpha_key"));
        QVERIFY(QFileInfo::exists(alphaKey));
        const QString home = path(QStringLiteral("cli"));
        QDir(home).removeRecursively();
        QVERIFY(QDir().mkpath(home));
        const QString config = home + QStringLiteral("/portolan.yaml");
        fixture::writeFile(config, "portolan:\n  ssh:\n    privateKey: " + path(QStringLiteral("beta_key")).toUtf8()
                                       + "\n    knownHosts: " + path(QStringLiteral("known_hosts")).toUtf8() + "\n");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PORTOLAN_CONFIG"), config);
        env.insert(QStringLiteral("PORTOLAN_CACHE_DIR"), home + QStringLiteral("/cache"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const auto cli = [&](const QStringList &args, QString *output) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(home);
            p.start(QStringLiteral(PORTOLAN_BIN), args);
            p.waitForFinished(60000);
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        };
        const QString url = u"ssh://" + m_user + u"@127.0.0.1:" + QString::number(m_port) + path(QStringLiteral("served/alpha.git"));
        QString out;
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("add"), url, QStringLiteral("--ssh-key"), path(QStringLiteral("missing_key"))}, &out), 2);
        QVERIFY2(out.contains(u"cannot read the SSH key " + path(QStringLiteral("missing_key")) + u": no such file"), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("add"), url, QStringLiteral("--ssh-key"), alphaKey}, &out), 0);
        QCOMPARE(cli({QStringLiteral("repo"), QStringLiteral("list"), QStringLiteral("--json")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("\"sshKey\":\"%1\"").arg(alphaKey)), qPrintable(out));
        const int code = cli({QStringLiteral("sync"), QStringLiteral("--db"), home + QStringLiteral("/catalog.sqlite")}, &out);
        QVERIFY2(code == 0, qPrintable(out));
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(home + QStringLiteral("/catalog.sqlite")), QString());
        QCOMPARE(storedEntities(catalog, QStringLiteral("git:alpha")), 1);
    }

    void passphraseFromKeychain()
    {
        QFile::remove(path(QStringLiteral("locked_key")));
        QFile::remove(path(QStringLiteral("locked_key.pub")));
        int code = 0;
        const QString out = run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                                               QStringLiteral("-N"), QStringLiteral("correct horse"),
                                                               QStringLiteral("-f"), path(QStringLiteral("locked_key"))}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QString locked = path(QStringLiteral("locked_key"));
        const QString served = servedRepo(QStringLiteral("vault"));
        authoriseFor(locked, served);
        const QByteArray entry = repoEntry(QStringLiteral("vault"), served, locked);

        // No passphrase anywhere: said before connecting, with the command that fixes it.
        {
            store::CatalogStore catalog;
            QCOMPARE(catalog.open(path(QStringLiteral("vault0.sqlite"))), QString());
            const SyncReport report = syncRepositories(entry, {}, catalog);
            QCOMPARE(report.failed, 1);
            QCOMPARE(report.items.first().error,
                     QStringLiteral("repository 'vault': its SSH key %1 has a passphrase and the keychain holds none for "
                                    "it; store it with `portolan repo passphrase %1`").arg(locked));
        }

        // A real Secret Service runs in sync.ssh.keychain only.
        if (!TokenStore::available() && qEnvironmentVariableIsEmpty("PORTOLAN_REQUIRE_KEYCHAIN"))
            QSKIP("no session bus; sync.ssh.keychain runs the keychain half");
        QVERIFY(TokenStore::available());
        TokenStore keychain(QStringLiteral("portolan-test"));

        QCOMPARE(keychain.storeSshPassphrase(locked, QStringLiteral("wrong horse")), QString());
        {
            store::CatalogStore catalog;
            QCOMPARE(catalog.open(path(QStringLiteral("vault1.sqlite"))), QString());
            const SyncReport report = syncRepositories(entry, {}, catalog, &keychain);
            QCOMPARE(report.failed, 1);
            const QString error = report.items.first().error;
            qInfo("%s", qPrintable(error));
            // libssh2 reports a wrong passphrase like a refused key (with the .pub beside it), so both are named.
            QVERIFY2(error.startsWith(u"repository 'vault': 127.0.0.1 refused the SSH key " + locked
                                      + u" given for it, or its passphrase in the keychain is wrong"),
                     qPrintable(error));
        }

        QCOMPARE(keychain.storeSshPassphrase(locked, QStringLiteral("correct horse")), QString());
        QCOMPARE(keychain.sshPassphrase(locked), std::optional<QString>(QStringLiteral("correct horse")));
        store::CatalogStore catalog;
        QCOMPARE(catalog.open(path(QStringLiteral("vault2.sqlite"))), QString());
        const SyncReport report = syncRepositories(entry, {}, catalog, &keychain);
        QVERIFY2(report.failed == 0, qPrintable(report.items.value(0).error));
        QCOMPARE(storedEntities(catalog, QStringLiteral("git:vault")), 1);
        QCOMPARE(keychain.removeSshPassphrase(locked), QString());
        // Nothing about the passphrase was written to the config or the cache.
        for (const QString &file : {path(QStringLiteral("app-config.yaml"))}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains("horse"));
        }
    }
};

QTEST_GUILESS_MAIN(TestSsh)
#include "tst_ssh.moc"
