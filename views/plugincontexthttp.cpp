// SPDX-License-Identifier: Apache-2.0
// PluginContext::httpGet: the only network access a plugin has, limited to the hosts its manifest declares.
#include "plugincontext.h"

#include "pluginregistry.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace {
constexpr qint64 kMaxBody = 8 * 1024 * 1024; // a card needs a page of JSON, not a download
constexpr int kTimeoutMs = 20000;

QVariantMap failure(const QString &error, int status = 0)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("status"), status}, {QStringLiteral("body"), QString()},
            {QStringLiteral("error"), error}};
}
} // namespace

int PluginContext::httpGet(const QString &text, const QJSValue &callback, const QVariantMap &headers)
{
    const int id = ++m_nextRequest;
    const QUrl url(text);
    const plugins::Plugin *plugin = registry() ? registry()->plugin(m_pluginId) : nullptr;
    const auto later = [this, callback](const QVariantMap &result) {
        // Answers always arrive asynchronously, refused or not, so plugin code has one path.
        QMetaObject::invokeMethod(this, [this, callback, result]() { deliver(callback, result); }, Qt::QueuedConnection);
    };
    if (!plugin) {
        later(failure(tr("httpGet(): no active plugin \"%1\"", "@info").arg(m_pluginId)));
        return id;
    }
    if (!plugin->manifest->allowsUrl(url)) {
        const QString error = tr("httpGet(): refused %1: the host is not in the plugin's http.allowedHosts", "@info")
                                  .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        fail(error, false);
        later(failure(error));
        return id;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    // Redirects are checked against the same list: an allowed host must not bounce us elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Portolan/" PORTOLAN_VERSION));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    QNetworkReply *reply = m_network->get(request);
    auto refused = std::make_shared<QString>();
    const plugins::Manifest manifest = *plugin->manifest;
    connect(reply, &QNetworkReply::redirected, reply, [reply, refused, manifest](const QUrl &target) {
        if (manifest.allowsUrl(target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        *refused = tr("httpGet(): refused the redirect to %1: the host is not in the plugin's http.allowedHosts", "@info")
                       .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, refused](qint64 received, qint64) {
        if (received > kMaxBody) {
            *refused = tr("httpGet(): the answer is larger than %1 MiB", "@info").arg(kMaxBody / 1024 / 1024);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, refused, callback]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!refused->isEmpty()) {
            fail(*refused, false);
            deliver(callback, failure(*refused, status));
            return;
        }
        const QByteArray body = reply->readAll();
        QVariantMap result{{QStringLiteral("ok"), reply->error() == QNetworkReply::NoError && status >= 200 && status < 300},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("body"), QString::fromUtf8(body)},
                           {QStringLiteral("error"), reply->error() == QNetworkReply::NoError ? QString() : reply->errorString()}};
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result.insert(QStringLiteral("json"), json.toVariant());
        deliver(callback, result);
    });
    return id;
}
