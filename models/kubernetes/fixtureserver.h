// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/cluster.h"

#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

namespace k8s
{

/// A loopback Kubernetes API server serving a recorded cluster fixture: a JSON file mapping API paths to the
/// responses a real cluster gave (`kubectl get --raw <path>`). It answers GET list requests the way the API
/// server does: labelSelector filtering, limit/continue pagination, cluster-wide lists merged from namespaced
/// ones, 401/403 Status objects. Used by the tests and by the demo; it never runs against real clusters.
///
/// Fixture format (portolan.k8s.recorded-cluster/1):
///   { "format": "...", "responses": { "/api/v1/namespaces/shop/pods": {PodList...}, ... },
///     "errors": { "/apis/batch/v1/namespaces/shop/cronjobs": {"status": 500, "body": {Status...}} } }
class FixtureServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FixtureServer(QObject *parent = nullptr);

    [[nodiscard]] bool loadFixture(const QString &file, QString *error);
    void setFixture(const QJsonObject &fixture) { m_fixture = fixture; }
    void setResponse(const QString &path, const QJsonObject &body);
    void setError(const QString &path, int status, const QString &message);

    /// Serve HTTPS with this certificate; with @p clientCa set, a client certificate signed by it is required.
    void setTls(const QList<QSslCertificate> &chain, const QSslKey &key, const QList<QSslCertificate> &clientCa = {});
    /// Bearer tokens that authenticate; with none (and no client CA) every request is allowed.
    void setAcceptedTokens(const QStringList &tokens) { m_tokens = tokens; }
    /// Tokens that authenticate but may not list anything (RBAC): answered with 403.
    void setForbiddenTokens(const QStringList &tokens) { m_forbidden = tokens; }
    void setBasicAuth(const QString &user, const QString &password);
    void setResponseDelay(int ms) { m_delayMs = ms; }

    [[nodiscard]] bool listenLoopback();
    [[nodiscard]] QUrl url() const;
    /// A cluster entry pointing at this server (trusting its certificate when serving HTTPS), for a ClusterSet.
    [[nodiscard]] Cluster cluster(const QString &name, const QString &title) const;
    /// "GET <path>?<query> auth=<bearer|basic|cert|none>" per request, in arrival order.
    [[nodiscard]] const QStringList &requestLog() const { return m_log; }
    void clearLog() { m_log.clear(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    struct Response {
        int status = 200;
        QByteArray body;
    };
    void serve(QTcpSocket *socket);
    [[nodiscard]] Response respond(
        const QByteArray &method, const QUrl &url, const QByteArray &authorization, bool clientCertOk);
    [[nodiscard]] Response listResponse(const QString &path, const QUrl &url) const;

    QJsonObject m_fixture;
    QList<QSslCertificate> m_chain;
    QSslKey m_key;
    QList<QSslCertificate> m_clientCa;
    QStringList m_tokens;
    QStringList m_forbidden;
    QByteArray m_basic;
    int m_delayMs = 0;
    QStringList m_log;
};

} // namespace k8s
