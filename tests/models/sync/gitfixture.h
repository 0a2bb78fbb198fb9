// SPDX-License-Identifier: Apache-2.0
#pragma once

// Real Git for the sync tests: repositories made with the git command line and served by `git daemon` on
// 127.0.0.1. Nothing here stands in for the code under test.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

namespace fixture {

inline QString git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("test@example.com"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("Test"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("test@example.com"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qWarning() << "git" << args << "failed:" << p.readAllStandardError();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

/// A minimal valid Component named `name`, owned by team-a.
inline QByteArray component(const QString &name)
{
    return QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: %1\n"
                          "spec:\n  type: service\n  lifecycle: production\n  owner: team-a\n")
        .arg(name)
        .toUtf8();
}

inline void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

/// A working repository `work/<name>` pushed to the served bare repository `served/<name>.git`.
class Repo
{
public:
    Repo(const QString &root, const QString &name)
        : m_work(root + QStringLiteral("/work/") + name), m_served(root + QStringLiteral("/served/") + name + QStringLiteral(".git"))
    {
        QDir().mkpath(m_work);
        QDir().mkpath(m_served);
        git(m_served, {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git(m_work, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
        git(m_work, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), m_served});
    }
    void write(const QString &path, const QByteArray &text) const { writeFile(m_work + u'/' + path, text); }
    void remove(const QString &path) const { git(m_work, {QStringLiteral("rm"), QStringLiteral("-q"), path}); }
    void commit(const QString &message, bool amend = false) const
    {
        git(m_work, {QStringLiteral("add"), QStringLiteral("-A")});
        QStringList args{QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message};
        if (amend)
            args << QStringLiteral("--amend");
        git(m_work, args);
    }
    void push(const QString &branch = QStringLiteral("main"), bool force = false) const
    {
        QStringList args{QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("HEAD:") + branch};
        if (force)
            args << QStringLiteral("--force");
        git(m_work, args);
    }
    [[nodiscard]] QString served() const { return m_served; }
    [[nodiscard]] QString work() const { return m_work; }

private:
    QString m_work;
    QString m_served;
};

inline quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

/// `git daemon` serving <root>/served on a free loopback port.
class Daemon
{
public:
    bool start(const QString &servedRoot)
    {
        m_port = freePort();
        m_process.setProgram(QStringLiteral("git"));
        m_process.setArguments({QStringLiteral("daemon"), QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                                QStringLiteral("--listen=127.0.0.1"), QStringLiteral("--port=%1").arg(m_port),
                                QStringLiteral("--base-path=") + servedRoot, servedRoot});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted())
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            QThread::msleep(50);
        }
        return false;
    }
    /// Kills the daemon and every process serving a connection right now (a server dying mid-fetch).
    /// Only signals: safe from any thread; the QProcess is reaped later on its own thread.
    void kill() { killTree(m_process.processId()); }
    static void killTree(qint64 pid)
    {
        if (pid <= 0)
            return;
        ::kill(pid_t(pid), SIGSTOP); // freeze first so it cannot fork while we look at its children
        QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile children(tasks.filePath(task) + QStringLiteral("/children"));
            if (children.open(QIODevice::ReadOnly)) {
                for (const QByteArray &child : children.readAll().split(' ')) {
                    if (child.trimmed().toLongLong() > 0)
                        killTree(child.trimmed().toLongLong());
                }
            }
        }
        ::kill(pid_t(pid), SIGKILL);
    }
    ~Daemon()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill();
        m_process.waitForFinished(5000);
    }
    [[nodiscard]] QString url(const QString &name) const
    {
        return QStringLiteral("git://127.0.0.1:%1/%2.git").arg(m_port).arg(name);
    }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace fixture
