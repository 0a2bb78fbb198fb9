// SPDX-License-Identifier: Apache-2.0
// A Backstage instance as a catalog source: /api/catalog/entities/by-query, page by page with cursors.
#include "sync/syncjob.h"

#include "catalog/entityref.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace portolan::sync {

namespace {

constexpr int kRequestTimeoutMs = 30000;
const QString kFields = QStringLiteral("apiVersion,kind,metadata,spec,relations");

struct Page {
    QJsonObject body;
    QString error;
    bool cancelled = false;
};

QString backstageError(const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    if (error.isEmpty())
        return QString::fromUtf8(body.left(300)).trimmed();
    return error.value(u"name").toString() + QStringLiteral(": ") + error.value(u"message").toString();
}

Page get(QNetworkAccessManager &network, const QUrl &url, const QString &token, const JobContext &context)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(kRequestTimeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll; // cancellation has no signal of its own: look every 50 ms
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (context.cancelled())
            reply->abort();
    });
    poll.start();
    loop.exec();
    Page page;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    if (context.cancelled()) {
        page.cancelled = true;
        page.error = QStringLiteral("cancelled");
    } else if (status == 401 || status == 403) {
        page.error = QStringLiteral("authentication failed (%1 %2): %3; check the token of this Backstage instance")
                         .arg(status).arg(url.host(), backstageError(body));
    } else if (status >= 400) {
        page.error = QStringLiteral("%1 answered %2: %3").arg(url.toDisplayString(QUrl::RemoveQuery)).arg(status).arg(backstageError(body));
    } else if (reply->error() != QNetworkReply::NoError) {
        page.error = QStringLiteral("cannot reach %1: %2").arg(url.host(), reply->errorString());
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject() || !doc.object().value(u"items").isArray())
            page.error = QStringLiteral("%1 did not answer with a catalog page ({items, pageInfo}): %2")
                             .arg(url.toDisplayString(QUrl::RemoveQuery), parseError.errorString());
        else
            page.body = doc.object();
    }
    reply->deleteLater();
    return page;
}

} // namespace

SourceOutcome syncBackstage(const BackstageSpec &spec, const JobContext &context)
{
    SourceOutcome out;
    out.info = {u"backstage:" + spec.name, QStringLiteral("backstage"), spec.baseUrl};
    const auto emitEvent = [&](SyncEvent::Phase phase, qint64 objects, qint64 total, const QString &message) {
        if (context.sink)
            context.sink({out.info.id, phase, objects, total, 0, int(out.result.entities.size()), 0, message});
    };
    QNetworkAccessManager network;
    QString base = spec.baseUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    QString cursor;
    qint64 total = 0;
    emitEvent(SyncEvent::Phase::Connecting, 0, 0, base);
    for (int pageNo = 0; pageNo < 100000; ++pageNo) {
        QUrl url(base + QStringLiteral("/api/catalog/entities/by-query"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(spec.pageSize));
        if (cursor.isEmpty()) {
            query.addQueryItem(QStringLiteral("fields"), kFields);
            query.addQueryItem(QStringLiteral("orderField"), QStringLiteral("metadata.name,asc"));
        } else {
            // The cursor carries filter and order; fields still have to be given on every page.
            query.addQueryItem(QStringLiteral("cursor"), cursor);
            query.addQueryItem(QStringLiteral("fields"), kFields);
        }
        url.setQuery(query);
        const Page page = get(network, url, spec.token, context);
        if (!page.error.isEmpty()) {
            out.status = page.cancelled ? SourceOutcome::Status::Cancelled : SourceOutcome::Status::Failed;
            out.error = page.error;
            out.errorKind = page.cancelled ? GitError::Cancelled
                            : page.error.startsWith(QLatin1String("authentication")) ? GitError::Auth
                            : page.error.startsWith(QLatin1String("cannot reach")) ? GitError::Network
                                                                                    : GitError::Other;
            out.result = {};
            return out;
        }
        total = page.body.value(u"totalItems").toInteger(total);
        for (const auto &value : page.body.value(u"items").toArray()) {
            const QJsonObject item = value.toObject();
            const QJsonObject metadata = item.value(u"metadata").toObject();
            catalog::Entity e;
            e.data = item;
            e.ref = catalog::stringifyEntityRef(item.value(u"kind").toString(),
                                                metadata.value(u"namespace").toString(QStringLiteral("default")),
                                                metadata.value(u"name").toString());
            if (item.value(u"kind").toString().isEmpty() || metadata.value(u"name").toString().isEmpty()) {
                out.result.diagnostics.append({base, 0, 0, QStringLiteral("kind"),
                                               QStringLiteral("the server sent an entity without kind or metadata.name (uid %1)")
                                                   .arg(metadata.value(u"uid").toString()),
                                               {}});
                continue;
            }
            for (const auto &r : item.value(u"relations").toArray()) {
                const QJsonObject relation = r.toObject();
                e.relations.append({e.ref, relation.value(u"type").toString(), relation.value(u"targetRef").toString().toLower()});
            }
            const QJsonObject annotations = metadata.value(u"annotations").toObject();
            e.locationKey = annotations.value(u"backstage.io/managed-by-location").toString();
            e.position.file = base + QStringLiteral("/catalog/") + e.nameSpace() + u'/' + e.kind().toLower() + u'/' + e.name();
            out.result.entities.append(std::move(e));
        }
        emitEvent(SyncEvent::Phase::Fetching, out.result.entities.size(), total, {});
        cursor = page.body.value(u"pageInfo").toObject().value(u"nextCursor").toString();
        if (cursor.isEmpty())
            break;
    }
    out.result.filesRead = 0;
    out.status = SourceOutcome::Status::Updated;
    return out;
}

} // namespace portolan::sync
