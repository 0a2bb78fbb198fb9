// SPDX-License-Identifier: Apache-2.0
// A Backstage instance as a source, against a loopback HTTP server (own thread) that answers like Backstage's
// catalog: GET /api/catalog/entities/by-query with limit, fields, orderField and opaque base64 cursors,
// {items, totalItems, pageInfo}, and Backstage's error body for 401 and 500.
#include "store/catalogstore.h"
#include "sync/syncengine.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

using namespace portolan::sync;

class CatalogServer : public QObject
{
public:
    // Read and written across threads under m_mutex.
    QList<QJsonObject> entities;
    QString token = QStringLiteral("secret");
    int failWith = 0;
    int delayMs = 0;
    QList<QUrlQuery> requests;
    QMutex mutex;

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
    static QJsonObject project(const QJsonObject &entity, const QStringList &fields)
    {
        if (fields.isEmpty())
            return entity;
        QJsonObject out;
        for (const QString &field : fields) {
            const QString top = field.section(u'.', 0, 0);
            if (field == top) {
                if (entity.contains(top))
                    out.insert(top, entity.value(top));
            } else {
                QJsonObject part = out.value(top).toObject();
                const QString rest = field.section(u'.', 1);
                const QJsonValue value = entity.value(top).toObject().value(rest);
                if (!value.isUndefined())
                    part.insert(rest, value);
                out.insert(top, part);
            }
        }
        return out;
    }

    static QByteArray errorBody(const QString &name, const QString &message, int status, const QString &url)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("message"), message}}},
                                         {QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("url"), url}}},
                                         {QStringLiteral("response"), QJsonObject{{QStringLiteral("statusCode"), status}}}})
            .toJson(QJsonDocument::Compact);
    }

    void reply(QTcpSocket *socket, int status, const QByteArray &body)
    {
        const QByteArray reason = status == 200 ? "OK" : status == 401 ? "Unauthorized" : "Internal Server Error";
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\n"
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        m_buffers.remove(socket);
        const QByteArray target = lines.first().split(' ').value(1);
        QByteArray auth;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("authorization:"))
                auth = line.mid(14).trimmed();
        }
        const QUrl url(QString::fromUtf8("http://x" + target));
        QMutexLocker locker(&mutex);
        requests << QUrlQuery(url);
        const int delay = delayMs;
        const auto respond = [this, socket, url, auth] {
            QMutexLocker inner(&mutex);
            if (url.path() != u"/api/catalog/entities/by-query")
                return reply(socket, 404, errorBody(QStringLiteral("NotFoundError"), QStringLiteral("Not found"), 404, url.path()));
            if (auth != "Bearer " + token.toUtf8())
                return reply(socket, 401, errorBody(QStringLiteral("AuthenticationError"), QStringLiteral("Missing credentials"), 401, url.path()));
            if (failWith)
                return reply(socket, failWith, errorBody(QStringLiteral("Error"), QStringLiteral("database went away"), failWith, url.path()));
            const QUrlQuery query(url);
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            const QStringList fields = query.queryItemValue(QStringLiteral("fields")).split(u',', Qt::SkipEmptyParts);
            QString after;
            if (query.hasQueryItem(QStringLiteral("cursor"))) {
                const QJsonObject cursor = QJsonDocument::fromJson(QByteArray::fromBase64(query.queryItemValue(QStringLiteral("cursor")).toLatin1())).object();
                after = cursor.value(u"orderFieldValues").toArray().first().toString();
            }
            QList<QJsonObject> sorted = entities;
            std::sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
                return a.value(u"metadata").toObject().value(u"name").toString() < b.value(u"metadata").toObject().value(u"name").toString();
            });
            QJsonArray items;
            QString last;
            bool more = false;
            for (const auto &e : sorted) {
                const QString name = e.value(u"metadata").toObject().value(u"name").toString();
                if (!after.isEmpty() && name <= after)
                    continue;
                if (items.size() == limit) {
                    more = true;
                    break;
                }
                items.append(project(e, fields));
                last = name;
            }
            QJsonObject pageInfo;
            if (more) {
                const QJsonObject cursor{{QStringLiteral("orderFields"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("metadata.name")}, {QStringLiteral("order"), QStringLiteral("asc")}}}},
                                         {QStringLiteral("orderFieldValues"), QJsonArray{last, QStringLiteral("uid")}},
                                         {QStringLiteral("isPrevious"), false},
                                         {QStringLiteral("totalItems"), int(entities.size())}};
                pageInfo.insert(QStringLiteral("nextCursor"), QString::fromLatin1(QJsonDocument(cursor).toJson(QJsonDocument::Compact).toBase64()));
            }
            reply(socket, 200, QJsonDocument(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("totalItems"), int(entities.size())},
                                                         {QStringLiteral("pageInfo"), pageInfo}}).toJson(QJsonDocument::Compact));
        };
        locker.unlock();
        if (delay > 0)
            QTimer::singleShot(delay, this, respond);
        else
            respond();
    }

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

namespace {

QJsonObject entity(int i)
{
    const QString name = QStringLiteral("svc-%1").arg(i, 4, 10, QLatin1Char('0'));
    return {{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("Component")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("default")},
                                                     {QStringLiteral("uid"), QStringLiteral("uid-%1").arg(i)}, {QStringLiteral("etag"), QStringLiteral("etag-%1").arg(i)},
                                                     {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("backstage.io/managed-by-location"), QStringLiteral("url:https://git.example.com/o/r/blob/main/catalog-info.yaml")}}}}},
            {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")}, {QStringLiteral("lifecycle"), QStringLiteral("production")}, {QStringLiteral("owner"), QStringLiteral("team-a")}}},
            {QStringLiteral("relations"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("ownedBy")}, {QStringLiteral("targetRef"), QStringLiteral("group:default/team-a")},
                                                                 {QStringLiteral("target"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("group")}, {QStringLiteral("namespace"), QStringLiteral("default")}, {QStringLiteral("name"), QStringLiteral("team-a")}}}}}},
            {QStringLiteral("status"), QJsonObject{}}};
}

} // namespace

class TestBackstageSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QThread m_thread;
    CatalogServer *m_server = nullptr;
    quint16 m_port = 0;
    store::CatalogStore m_store;

    SyncReport sync(const QString &token, SyncEngine **engineOut = nullptr, const EventSink &sink = {})
    {
        SyncPlan plan;
        plan.backstages = {{QStringLiteral("prod"), QStringLiteral("http://127.0.0.1:%1").arg(m_port), token, 200}};
        SyncEngine engine(m_store, plan, SyncOptions{m_dir.filePath(QStringLiteral("cache")), 2, {}, false});
        if (engineOut)
            *engineOut = &engine;
        return engine.run(sink);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("c.sqlite"))).isEmpty());
        m_server = new CatalogServer;
        for (int i = 0; i < 450; ++i)
            m_server->entities << entity(i);
        m_server->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->start(); }, Qt::BlockingQueuedConnection);
        QVERIFY(m_port > 0);
    }
    void cleanupTestCase()
    {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    void pagesThroughCursors()
    {
        const SyncReport report = sync(QStringLiteral("secret"));
        QCOMPARE(report.updated, 1);
        QCOMPARE(m_store.entityCount(), 450);
        const auto row = m_store.entity(QStringLiteral("component:default/svc-0007"));
        QVERIFY(row);
        QCOMPARE(row->data.value(u"metadata").toObject().value(u"uid").toString(), QStringLiteral("uid-7"));
        QCOMPARE(row->data.value(u"metadata").toObject().value(u"etag").toString(), QStringLiteral("etag-7"));
        QVERIFY(!row->data.contains(u"status")); // not among the fields asked for
        QCOMPARE(m_store.relationsFrom(row->ref).size(), 1);
        QCOMPARE(row->owner, QStringLiteral("group:default/team-a"));
        QMutexLocker locker(&m_server->mutex);
        QCOMPARE(m_server->requests.size(), 3);
        QVERIFY(!m_server->requests.at(0).hasQueryItem(QStringLiteral("cursor")));
        QCOMPARE(m_server->requests.at(0).queryItemValue(QStringLiteral("orderField")), QStringLiteral("metadata.name,asc"));
        QVERIFY(m_server->requests.at(1).hasQueryItem(QStringLiteral("cursor")));
        QVERIFY(!m_server->requests.at(1).hasQueryItem(QStringLiteral("orderField")));
    }

    void removedEntitiesDisappear()
    {
        {
            QMutexLocker locker(&m_server->mutex);
            m_server->entities = m_server->entities.mid(0, 400);
        }
        QCOMPARE(sync(QStringLiteral("secret")).updated, 1);
        QCOMPARE(m_store.entityCount(), 400);
        QVERIFY(!m_store.entity(QStringLiteral("component:default/svc-0420")));
    }

    void unauthorizedKeepsSnapshot()
    {
        const SyncReport report = sync(QStringLiteral("wrong"));
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.exitCode(), 2);
        QCOMPARE(report.items.first().errorKind, GitError::Auth);
        QVERIFY2(report.items.first().error.contains(u"Missing credentials"), qPrintable(report.items.first().error));
        QCOMPARE(m_store.entityCount(), 400);
        QVERIFY(m_store.sources().first().lastError.contains(u"authentication failed"));
    }

    void serverErrorKeepsSnapshot()
    {
        {
            QMutexLocker locker(&m_server->mutex);
            m_server->failWith = 500;
        }
        const SyncReport report = sync(QStringLiteral("secret"));
        QCOMPARE(report.failed, 1);
        QVERIFY2(report.items.first().error.contains(u"500") && report.items.first().error.contains(u"database went away"),
                 qPrintable(report.items.first().error));
        QCOMPARE(m_store.entityCount(), 400);
        QMutexLocker locker(&m_server->mutex);
        m_server->failWith = 0;
    }

    void slowServerCanBeCancelled()
    {
        {
            QMutexLocker locker(&m_server->mutex);
            m_server->delayMs = 3000;
        }
        SyncEngine *engine = nullptr;
        QElapsedTimer timer;
        timer.start();
        const SyncReport report = sync(QStringLiteral("secret"), &engine, [&engine](const SyncEvent &e) {
            if (e.phase == SyncEvent::Phase::Connecting)
                engine->cancel();
        });
        QCOMPARE(report.cancelled, 1);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_store.entityCount(), 400);
        QMutexLocker locker(&m_server->mutex);
        m_server->delayMs = 0;
    }

    void unreachableIsOffline()
    {
        SyncPlan plan;
        plan.backstages = {{QStringLiteral("gone"), QStringLiteral("http://127.0.0.1:1"), {}, 200}};
        SyncEngine engine(m_store, plan, SyncOptions{m_dir.filePath(QStringLiteral("cache")), 2, {}, false});
        const SyncReport report = engine.run({});
        QCOMPARE(report.failed, 1);
        QVERIFY(report.offline);
    }
};

QTEST_GUILESS_MAIN(TestBackstageSync)
#include "tst_backstage.moc"
