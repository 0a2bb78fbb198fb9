// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/fixtureserver.h"
#include "kubernetes/labelselector.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

namespace k8s
{

namespace
{

QByteArray status(int code, const QString &reason, const QString &message)
{
    return QJsonDocument(
        QJsonObject { { QStringLiteral("kind"), QStringLiteral("Status") },
            { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("metadata"), QJsonObject() },
            { QStringLiteral("status"), QStringLiteral("Failure") }, { QStringLiteral("message"), message },
            { QStringLiteral("reason"), reason }, { QStringLiteral("code"), code } })
        .toJson(QJsonDocument::Compact);
}

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return code >= 500 ? "Internal Server Error" : "Error";
    }
}

} // namespace

FixtureServer::FixtureServer(QObject *parent) : QTcpServer(parent)
{
}

bool FixtureServer::loadFixture(const QString &file, QString *error)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = file + u": " + f.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = file + u": offset " + QString::number(parseError.offset) + u": " + parseError.errorString();
        return false;
    }
    if (doc.object().value(u"format").toString() != u"portolan.k8s.recorded-cluster/1") {
        *error = file + u": format: expected \"portolan.k8s.recorded-cluster/1\"";
        return false;
    }
    m_fixture = doc.object();
    return true;
}

void FixtureServer::setResponse(const QString &path, const QJsonObject &body)
{
    QJsonObject responses = m_fixture.value(u"responses").toObject();
    responses.insert(path, body);
    m_fixture.insert(QStringLiteral("responses"), responses);
}

void FixtureServer::setError(const QString &path, int code, const QString &message)
{
    QJsonObject errors = m_fixture.value(u"errors").toObject();
    errors.insert(path,
        QJsonObject { { QStringLiteral("status"), code },
            { QStringLiteral("body"),
                QJsonDocument::fromJson(status(code, QStringLiteral("InternalError"), message)).object() } });
    m_fixture.insert(QStringLiteral("errors"), errors);
}

void FixtureServer::setTls(
    const QList<QSslCertificate> &chain, const QSslKey &key, const QList<QSslCertificate> &clientCa)
{
    m_chain = chain;
    m_key = key;
    m_clientCa = clientCa;
}

void FixtureServer::setBasicAuth(const QString &user, const QString &password)
{
    m_basic = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

bool FixtureServer::listenLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FixtureServer::url() const
{
    QUrl u;
    u.setScheme(m_chain.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(serverPort());
    return u;
}

Cluster FixtureServer::cluster(const QString &name, const QString &title) const
{
    Cluster c;
    c.name = name;
    c.title = title;
    c.url = url().toString();
    c.source = Cluster::Source::Fixture;
    if (!m_chain.isEmpty())
        c.caPem = m_chain.last().toPem();
    return c;
}

void FixtureServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_chain.isEmpty()) {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(socketDescriptor);
        serve(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    socket->setSocketDescriptor(socketDescriptor);
    QSslConfiguration config = socket->sslConfiguration();
    config.setLocalCertificateChain(m_chain);
    config.setPrivateKey(m_key);
    if (!m_clientCa.isEmpty()) {
        config.setCaCertificates(m_clientCa);
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    socket->setSslConfiguration(config);
    connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->close(); });
    serve(socket);
    socket->startServerEncryption();
}

void FixtureServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        QByteArray buffer = socket->property("portolanBuffer").toByteArray() + socket->readAll();
        qsizetype end;
        while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            QByteArray authorization;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "authorization")
                    authorization = line.mid(colon + 1).trimmed();
            }
            const QUrl url(QString::fromLatin1(requestLine.value(1)));
            auto *ssl = qobject_cast<QSslSocket *>(socket);
            const bool certOk = ssl && !m_clientCa.isEmpty() && !ssl->peerCertificate().isNull();
            const Response response = respond(requestLine.value(0), url, authorization, certOk);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\nConnection: keep-alive\r\n\r\n" + response.body;
            if (m_delayMs > 0) {
                QTimer::singleShot(m_delayMs, socket, [socket, out] { socket->write(out); });
            } else {
                socket->write(out);
            }
        }
        socket->setProperty("portolanBuffer", buffer);
    });
}

FixtureServer::Response FixtureServer::respond(
    const QByteArray &method, const QUrl &url, const QByteArray &authorization, bool clientCertOk)
{
    const QString path = url.path();
    QString how = QStringLiteral("none");
    if (authorization.startsWith("Bearer "))
        how = QStringLiteral("bearer");
    else if (authorization.startsWith("Basic "))
        how = QStringLiteral("basic");
    else if (clientCertOk)
        how = QStringLiteral("cert");
    m_log.append(QString::fromLatin1(method) + u' ' + url.toString(QUrl::FullyEncoded) + u" auth=" + how);
    if (method != "GET")
        return { 405,
            status(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("the fixture server is read-only")) };
    const QString token = authorization.startsWith("Bearer ") ? QString::fromLatin1(authorization.mid(7)) : QString();
    const bool authRequired
        = !m_tokens.isEmpty() || !m_forbidden.isEmpty() || !m_clientCa.isEmpty() || !m_basic.isEmpty();
    if (authRequired && !token.isEmpty() && m_forbidden.contains(token)) {
        const QString plural = path.section(u'/', -1);
        return { 403,
            status(403, QStringLiteral("Forbidden"),
                plural + u" is forbidden: User \"system:serviceaccount:default:restricted\" cannot list resource \""
                    + plural + u"\" at the cluster scope or in the requested namespace") };
    }
    const bool authenticated = !authRequired || clientCertOk || (!token.isEmpty() && m_tokens.contains(token))
        || (!m_basic.isEmpty() && authorization == m_basic);
    if (!authenticated)
        return { 401, status(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")) };
    const QJsonObject errors = m_fixture.value(u"errors").toObject();
    if (errors.contains(path)) {
        const QJsonObject e = errors.value(path).toObject();
        return { e.value(u"status").toInt(500),
            QJsonDocument(e.value(u"body").toObject()).toJson(QJsonDocument::Compact) };
    }
    return listResponse(path, url);
}

FixtureServer::Response FixtureServer::listResponse(const QString &path, const QUrl &url) const
{
    static const QRegularExpression clusterWide(QStringLiteral(R"(^(/api/v1|/apis/[^/]+/[^/]+)/([a-z0-9.]+)$)"));
    const QJsonObject responses = m_fixture.value(u"responses").toObject();
    QJsonObject list;
    if (responses.contains(path)) {
        list = responses.value(path).toObject();
    } else if (const auto m = clusterWide.match(path); m.hasMatch()) {
        // A cluster-wide list is the union of the namespaced lists recorded for the same resource.
        const QRegularExpression namespaced(u'^' + QRegularExpression::escape(m.captured(1)) + u"/namespaces/[^/]+/"
            + QRegularExpression::escape(m.captured(2)) + u'$');
        QJsonArray items;
        for (auto it = responses.begin(); it != responses.end(); ++it) {
            if (!namespaced.match(it.key()).hasMatch())
                continue;
            if (list.isEmpty())
                list = it.value().toObject();
            for (const auto &item : it.value().toObject().value(u"items").toArray())
                items.append(item);
        }
        list.insert(QStringLiteral("items"), items);
    }
    if (list.isEmpty())
        list = { { QStringLiteral("kind"), QStringLiteral("List") },
            { QStringLiteral("apiVersion"), QStringLiteral("v1") }, { QStringLiteral("items"), QJsonArray() } };

    const QUrlQuery query(url);
    QString error;
    const auto selector
        = LabelSelector::parse(query.queryItemValue(QStringLiteral("labelSelector"), QUrl::FullyDecoded), &error);
    if (!selector)
        return { 400, status(400, QStringLiteral("BadRequest"), u"unable to parse requirement: " + error) };
    QJsonArray matching;
    for (const auto &item : list.value(u"items").toArray())
        if (selector->matches(item.toObject().value(u"metadata").toObject().value(u"labels").toObject()))
            matching.append(item);

    // Continue tokens are opaque to clients; ours is the offset of the next item.
    bool ok = true;
    const QString continueToken = query.queryItemValue(QStringLiteral("continue"), QUrl::FullyDecoded);
    const int offset = continueToken.isEmpty() ? 0 : QByteArray::fromBase64(continueToken.toLatin1()).toInt(&ok);
    if (!ok || offset < 0 || offset > matching.size())
        return { 400, status(400, QStringLiteral("BadRequest"), QStringLiteral("continue key is not valid")) };
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const int end = limit > 0 ? std::min<int>(offset + limit, int(matching.size())) : int(matching.size());
    QJsonArray page;
    for (int i = offset; i < end; ++i)
        page.append(matching.at(i));
    QJsonObject meta = list.value(u"metadata").toObject();
    meta.remove(QStringLiteral("continue"));
    if (end < matching.size())
        meta.insert(QStringLiteral("continue"), QString::fromLatin1(QByteArray::number(end).toBase64()));
    list.insert(QStringLiteral("metadata"), meta);
    list.insert(QStringLiteral("items"), page);
    return { 200, QJsonDocument(list).toJson(QJsonDocument::Compact) };
}

} // namespace k8s
