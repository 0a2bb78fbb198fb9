// SPDX-License-Identifier: Apache-2.0
// What the TechDocs tests (models and views) share: writing a docs tree, and a loopback static file server for
// pre-built sites published in TechDocs' layout.
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

namespace sitefixture {

/// Writes `content` to `path`, creating the folders on the way.
/// A future's result, or "<invalid>" / "<timeout>" (20 s) so a comparison fails with a readable value.
inline QByteArray result(QFuture<QByteArray> future)
{
    if (!future.isValid())
        return "<invalid>";
    if (!QTest::qWaitFor([&]() { return future.isFinished(); }, 20000))
        return "<timeout>";
    return future.result();
}

inline void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

/// Serves the files below `root` on 127.0.0.1 with GET (404 for anything else), honours If-None-Match for the
/// files it has an ETag for, and records the paths asked for. With `requiredBearer` set it answers like
/// Backstage's auth middleware: 401 with its JSON error unless `Authorization: Bearer <requiredBearer>` came.
class StaticServer : public QObject
{
public:
    explicit StaticServer(const QString &root) : m_root(root)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    QStringList requests;
    QHash<QString, QByteArray> etags; ///< path -> ETag to send
    QByteArray requiredBearer;
    QList<QByteArray> authorizations; ///< the Authorization header of every request ("" when none)

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> lines = buffer.left(buffer.indexOf("\r\n\r\n")).split('\n');
        m_buffers.remove(socket);
        const QString path = QUrl::fromPercentEncoding(lines.first().trimmed().split(' ').value(1));
        QByteArray ifNoneMatch;
        QByteArray authorization;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("if-none-match:"))
                ifNoneMatch = line.mid(14).trimmed();
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        requests << path;
        authorizations << authorization;
        QByteArray response;
        QFile file(m_root + path);
        const QByteArray etag = etags.value(path);
        if (!requiredBearer.isEmpty() && authorization != "Bearer " + requiredBearer) {
            const QByteArray body = R"({"error":{"name":"AuthenticationError","message":"Missing credentials"},"request":{"method":"GET","url":")"
                + path.toUtf8() + R"("},"response":{"statusCode":401}})";
            response = "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
        } else if (!etag.isEmpty() && etag == ifNoneMatch) {
            response = "HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        } else if (!path.contains(QLatin1String("..")) && QFileInfo(file).isFile() && file.open(QIODevice::ReadOnly)) {
            const QByteArray body = file.readAll();
            response = "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size())
                + (etag.isEmpty() ? QByteArray() : "\r\nETag: " + etag) + "\r\nConnection: close\r\n\r\n" + body;
        } else {
            response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        }
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QString m_root;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace sitefixture
