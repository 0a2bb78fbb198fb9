// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/clusterjob.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QSslKey>
#include <QUrlQuery>

namespace k8s
{

namespace
{

std::optional<QSslKey> loadKey(const QByteArray &pem)
{
    // Kubeconfig keys may be RSA, EC or PKCS#8; try what Qt's OpenSSL backend can read.
    for (auto algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return std::nullopt;
}

// Backstage's errorType names, so the cached JSON reads like Backstage's KubernetesFetchError.
QString errorTypeFor(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("BAD_REQUEST");
    case 401:
        return QStringLiteral("UNAUTHORIZED_ERROR");
    case 404:
        return QStringLiteral("NOT_FOUND");
    case 500:
        return QStringLiteral("SYSTEM_ERROR");
    default:
        return QStringLiteral("UNKNOWN_ERROR");
    }
}

} // namespace

ClusterJob::ClusterJob(const Cluster &cluster, const ComponentTarget &target, const WorkloadFetcher::Options &options,
    ExecCredentialCache *credentials, Done done)
    : m_cluster(cluster), m_target(target), m_options(options), m_credentials(credentials), m_done(std::move(done))
{
    m_state.name = cluster.name;
    m_state.title = cluster.title.isEmpty() ? cluster.name : cluster.title;
    m_state.source = Cluster::sourceName(cluster.source);
    m_state.dashboardUrl = cluster.dashboardUrl;
    m_state.dashboardApp = cluster.dashboardApp;
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never carry a token to another host
    if (!cluster.proxyUrl.isEmpty()) {
        const QUrl proxy(cluster.proxyUrl);
        const bool socks = proxy.scheme().startsWith(u"socks");
        const int defaultPort = socks ? 1080 : (proxy.scheme() == u"https" ? 443 : 80);
        m_nam.setProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, proxy.host(),
            quint16(proxy.port(defaultPort)), proxy.userName(), proxy.password()));
    }
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url,
            u"no answer within " + QString::number(m_options.timeoutMs / 1000.0) + u" s (timed out)", true });
    });
}

ClusterJob::~ClusterJob()
{
    m_finished = true;
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        if (!reply->isFinished())
            reply->abort();
    }
}

void ClusterJob::start()
{
    const AuthInfo &auth = m_cluster.auth;
    if (!auth.unsupportedProvider.isEmpty()) {
        fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url,
            u"auth provider '" + auth.unsupportedProvider
                + u"' is not supported by Portolan; use a kubeconfig "
                  u"context with a token, client certificate or exec plugin",
            true });
        return;
    }
    if (!auth.exec.isSet()) {
        startRequests({});
        return;
    }
    if (auto cached = m_credentials->find(auth.exec)) {
        startRequests(*cached);
        return;
    }
    m_credentials->countRun();
    runExecPlugin(auth.exec, m_cluster, m_options.execTimeoutMs, this,
        [this](std::optional<Credential> credential, const QString &error) {
            if (!credential) {
                fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url, error, true });
                return;
            }
            m_credentials->insert(m_cluster.auth.exec, *credential);
            startRequests(*credential);
        });
}

void ClusterJob::startRequests(const Credential &credential)
{
    const AuthInfo &auth = m_cluster.auth;
    QString token = credential.token.isEmpty() ? auth.token : credential.token;
    if (!auth.tokenFile.isEmpty()) { // re-read each time: projected service-account tokens rotate
        QFile file(auth.tokenFile);
        if (!file.open(QIODevice::ReadOnly)) {
            fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url,
                u"cannot read tokenFile " + auth.tokenFile + u": " + file.errorString(), true });
            return;
        }
        token = QString::fromUtf8(file.readAll()).trimmed();
    }
    if (!token.isEmpty())
        m_authorization = "Bearer " + token.toUtf8();
    else if (!auth.username.isEmpty())
        m_authorization = "Basic " + (auth.username + u':' + auth.password).toUtf8().toBase64();

    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_cluster.caPem.isEmpty()) // like kubectl: a configured CA replaces the system store
        m_ssl.setCaCertificates(QSslCertificate::fromData(m_cluster.caPem, QSsl::Pem));
    if (m_cluster.skipTlsVerify)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    const QByteArray certPem = credential.clientCertPem.isEmpty() ? auth.clientCertPem : credential.clientCertPem;
    const QByteArray keyPem = credential.clientKeyPem.isEmpty() ? auth.clientKeyPem : credential.clientKeyPem;
    if (!certPem.isEmpty()) {
        const auto chain = QSslCertificate::fromData(certPem, QSsl::Pem);
        const auto key = loadKey(keyPem);
        if (chain.isEmpty() || !key) {
            fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url,
                QStringLiteral("the client certificate or key could not be read (PEM expected)"), true });
            return;
        }
        m_ssl.setLocalCertificateChain(chain);
        m_ssl.setPrivateKey(*key);
    }
    m_typesLeft = int(m_options.objectTypes.size());
    m_deadline.start(m_options.timeoutMs);
    for (const ObjectType &type : std::as_const(m_options.objectTypes))
        request(type, {});
    finishIfComplete();
}

void ClusterJob::request(const ObjectType &type, const QString &continueToken)
{
    QUrl url(m_cluster.url);
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + type.path(m_target.nameSpace));
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("labelSelector"), QString::fromLatin1(QUrl::toPercentEncoding(m_target.labelSelector)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageLimit));
    if (!continueToken.isEmpty())
        query.addQueryItem(QStringLiteral("continue"), QString::fromLatin1(QUrl::toPercentEncoding(continueToken)));
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);

    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("portolan/" PORTOLAN_VERSION));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (url.scheme() == u"https") {
        request.setSslConfiguration(m_ssl);
        if (!m_cluster.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_cluster.tlsServerName);
    }
    QNetworkReply *reply = m_nam.get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, type] { onReply(reply, type); });
}

void ClusterJob::onReply(QNetworkReply *reply, const ObjectType &type)
{
    m_replies.removeOne(reply);
    reply->deleteLater();
    if (m_finished)
        return;
    const QString path = type.path(m_target.nameSpace);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) { // no HTTP answer at all: TLS, refused, DNS...
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        fail({ QStringLiteral("FETCH_ERROR"), 0, path,
            (tls ? u"TLS handshake failed: " : u"cannot reach the cluster: ") + reply->errorString(), true });
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status < 200 || status >= 300) {
        // The API server explains itself in a Status object; RBAC denials name the verb and resource.
        const QString message = json.value(u"message").toString(QString::fromUtf8(body.left(200)));
        FetchError error { errorTypeFor(status), status, path, u"HTTP " + QString::number(status) + u": " + message,
            status == 401 };
        if (status == 401 && m_cluster.auth.exec.isSet())
            m_credentials->remove(m_cluster.auth.exec); // client-go re-runs the plugin after a 401
        if (error.fatal) {
            fail(error);
            return;
        }
        m_state.errors.append(error); // 403/404/500 on one type: the other types still count
        --m_typesLeft;
        finishIfComplete();
        return;
    }
    QJsonArray &items = m_state.resources[type.plural];
    for (const auto &item : json.value(u"items").toArray()) {
        QJsonObject object = item.toObject();
        QJsonObject meta = object.value(u"metadata").toObject();
        meta.remove(u"managedFields"); // large, never shown; keeps the offline cache small
        object.insert(QStringLiteral("metadata"), meta);
        items.append(object);
    }
    const QString next = json.value(u"metadata").toObject().value(u"continue").toString();
    if (!next.isEmpty()) {
        request(type, next);
        return;
    }
    --m_typesLeft;
    finishIfComplete();
}

void ClusterJob::fail(const FetchError &error)
{
    if (m_finished)
        return;
    m_state.errors.append(error);
    m_state.resources.clear(); // half a picture of a cluster we cannot trust is worse than none
    finish();
}

void ClusterJob::finishIfComplete()
{
    if (m_typesLeft == 0 && m_replies.isEmpty())
        finish();
}

void ClusterJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    for (QNetworkReply *reply : std::as_const(m_replies)) {
        reply->disconnect(this);
        reply->deleteLater();
    }
    m_replies.clear();
    m_state.fetchedAt = QDateTime::currentDateTimeUtc();
    if (m_state.reachable())
        m_state.detectedErrors = detectErrors(m_state, m_options.detection);
    m_done(m_state);
}

void ClusterJob::cancel()
{
    fail({ QStringLiteral("FETCH_ERROR"), 0, m_cluster.url, QStringLiteral("cancelled"), true });
}

} // namespace k8s
