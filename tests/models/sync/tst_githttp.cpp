// SPDX-License-Identifier: Apache-2.0
// Git over smart HTTP: `git http-backend` (CGI) behind a small HTTP server on 127.0.0.1 that demands a Basic
// token, like a Git host. Also the keychain path: a token stored with QtKeychain (Secret Service, run under
// dbus-run-session with gnome-keyring) is used for the host and never written to a file.
#include "gitfixture.h"

#include "store/catalogstore.h"
#include "sync/credentials.h"
#include "sync/syncengine.h"

#include <QDirIterator>
#include <QMutex>
#include <QTemporaryDir>

using namespace portolan::sync;

class GitHttpServer : public QObject
{
public:
    QString projectRoot;
    QByteArray token;
    QMutex mutex;
    int unauthorized = 0;

    quint16 start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        });
        return m_server->serverPort();
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        QHash<QByteArray, QByteArray> headers;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // body still arriving
        const QByteArray body = buffer.mid(end + 4, length);
        const QList<QByteArray> request = lines.first().trimmed().split(' ');
        m_buffers.remove(socket);
        const QByteArray method = request.value(0);
        const QByteArray target = request.value(1);
        QByteArray expected;
        {
            QMutexLocker locker(&mutex);
            expected = "Basic " + QByteArray("x-access-token:" + token).toBase64();
        }
        if (headers.value("authorization") != expected) {
            QMutexLocker locker(&mutex);
            ++unauthorized;
            socket->write("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"git\"\r\nContent-Length: 0\r\n"
                          "Connection: close\r\n\r\n");
            socket->disconnectFromHost();
            return;
        }
        QProcess cgi;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("GIT_PROJECT_ROOT"), projectRoot);
        env.insert(QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1"));
        env.insert(QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(method));
        env.insert(QStringLiteral("PATH_INFO"), QString::fromUtf8(target.split('?').first()));
        env.insert(QStringLiteral("QUERY_STRING"), QString::fromUtf8(target.contains('?') ? target.split('?').last() : QByteArray()));
        env.insert(QStringLiteral("CONTENT_TYPE"), QString::fromLatin1(headers.value("content-type")));
        env.insert(QStringLiteral("CONTENT_LENGTH"), QString::number(body.size()));
        env.insert(QStringLiteral("REMOTE_USER"), QStringLiteral("x-access-token"));
        env.insert(QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("GIT_HTTP_MAX_REQUEST_BUFFER"), QStringLiteral("100M"));
        cgi.setProcessEnvironment(env);
        cgi.start(QStringLiteral("git"), {QStringLiteral("http-backend")});
        cgi.write(body);
        cgi.closeWriteChannel();
        cgi.waitForFinished(30000);
        const QByteArray output = cgi.readAllStandardOutput();
        qsizetype split = output.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (split < 0) {
            split = output.indexOf("\n\n");
            skip = 2;
        }
        QByteArray status = "200 OK";
        QByteArray responseHeaders;
        for (const QByteArray &line : output.left(split).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("status:"))
                status = l.mid(7).trimmed();
            else if (!l.isEmpty())
                responseHeaders += l + "\r\n";
        }
        const QByteArray content = output.mid(split + skip);
        socket->write("HTTP/1.1 " + status + "\r\n" + responseHeaders + "Content-Length: " + QByteArray::number(content.size())
                      + "\r\nConnection: close\r\n\r\n" + content);
        socket->disconnectFromHost();
    }

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class TestGitHttp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QThread m_thread;
    GitHttpServer *m_server = nullptr;
    quint16 m_port = 0;
    store::CatalogStore m_store;
    std::unique_ptr<fixture::Repo> m_repo;

    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    SyncPlan plan(const QString &token)
    {
        SyncPlan p;
        p.rules = CatalogRules::fromConfig(QJsonValue::Undefined);
        p.repositories = {{QStringLiteral("web"), QStringLiteral("http://%1/web.git").arg(host()), {}, {{QStringLiteral("**/catalog-info.yaml"), {}, {}}}}};
        if (!token.isEmpty())
            p.credentials = {{host(), QStringLiteral("github"), {}, token}};
        return p;
    }
    SyncReport sync(const SyncPlan &p)
    {
        SyncEngine engine(m_store, p, SyncOptions{m_dir.filePath(QStringLiteral("cache")), 2, {}, false});
        return engine.run({});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("c.sqlite"))).isEmpty());
        m_repo = std::make_unique<fixture::Repo>(m_dir.path(), QStringLiteral("web"));
        m_repo->write(QStringLiteral("catalog-info.yaml"),
                      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  description: one\nspec:\n"
                      "  type: website\n  lifecycle: production\n  owner: team-a\n");
        m_repo->commit(QStringLiteral("one"));
        m_repo->push();
        m_server = new GitHttpServer;
        m_server->projectRoot = m_dir.filePath(QStringLiteral("served"));
        m_server->token = "s3cret-token";
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->start(); }, Qt::BlockingQueuedConnection);
    }
    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void missingTokenIsAnAuthFailure()
    {
        const SyncReport report = sync(plan({}));
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.first().errorKind, GitError::Auth);
        QVERIFY2(report.items.first().error.contains(u"authentication failed"), qPrintable(report.items.first().error));
        QVERIFY(report.items.first().error.contains(u"portolan repo token 127.0.0.1"));
        QVERIFY(!report.offline); // the server answered: not an offline situation
    }

    void wrongTokenIsAnAuthFailure()
    {
        const SyncReport report = sync(plan(QStringLiteral("wrong")));
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.first().errorKind, GitError::Auth);
    }

    void tokenFromConfigClonesAndFetches()
    {
        QCOMPARE(sync(plan(QStringLiteral("s3cret-token"))).updated, 1);
        QCOMPARE(m_store.entity(QStringLiteral("component:default/web"))->description, QStringLiteral("one"));
        m_repo->write(QStringLiteral("catalog-info.yaml"),
                      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  description: two\nspec:\n"
                      "  type: website\n  lifecycle: production\n  owner: team-a\n");
        m_repo->commit(QStringLiteral("two"));
        m_repo->push();
        QCOMPARE(sync(plan(QStringLiteral("s3cret-token"))).updated, 1);
        QCOMPARE(m_store.entity(QStringLiteral("component:default/web"))->description, QStringLiteral("two"));
        QCOMPARE(sync(plan(QStringLiteral("s3cret-token"))).unchanged, 1);
    }

    void tokenNeverWrittenToDisk()
    {
        // Neither the clone's config nor the catalog database may contain the token.
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(u"/work/") || path.contains(u"/served/"))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("s3cret-token"), qPrintable(path));
        }
    }

    void tokenFromKeychain()
    {
        // ctest runs this binary twice: plain (sync.githttp) and inside a D-Bus session with gnome-keyring
        // (sync.githttp.keychain), where PORTOLAN_REQUIRE_KEYCHAIN makes a missing keychain a failure.
        if (!TokenStore::available() && qEnvironmentVariableIsEmpty("PORTOLAN_REQUIRE_KEYCHAIN"))
            QSKIP("no session bus; sync.githttp.keychain runs this case");
        QVERIFY(TokenStore::available());
        TokenStore tokens(QStringLiteral("portolan-test"));
        QString error = tokens.store(host(), QStringLiteral("s3cret-token"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tokens.token(host()).value_or(QString()), QStringLiteral("s3cret-token"));
        SyncPlan p = plan({});
        // A Backstage instance on the same host gets the stored token too; one with a config token keeps its own.
        p.backstages.append({QStringLiteral("org"), QStringLiteral("http://") + host() + QStringLiteral("/api/catalog"), {}});
        p.backstages.append({QStringLiteral("own"), QStringLiteral("http://") + host(), QStringLiteral("from-config")});
        p.backstages.append({QStringLiteral("other"), QStringLiteral("http://127.0.0.2:9"), {}});
        tokens.fillPlan(p);
        QCOMPARE(p.credentials.size(), 1);
        QCOMPARE(p.backstages.at(0).token, QStringLiteral("s3cret-token"));
        QCOMPARE(p.backstages.at(1).token, QStringLiteral("from-config"));
        QCOMPARE(p.backstages.at(2).token, QString());
        p.backstages.clear();
        m_repo->write(QStringLiteral("catalog-info.yaml"),
                      "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: web\n  description: three\nspec:\n"
                      "  type: website\n  lifecycle: production\n  owner: team-a\n");
        m_repo->commit(QStringLiteral("three"));
        m_repo->push();
        QCOMPARE(sync(p).updated, 1);
        QCOMPARE(m_store.entity(QStringLiteral("component:default/web"))->description, QStringLiteral("three"));
        QVERIFY(tokens.remove(host()).isEmpty());
        QVERIFY(!tokens.token(host()));
    }
};

QTEST_GUILESS_MAIN(TestGitHttp)
#include "tst_githttp.moc"
