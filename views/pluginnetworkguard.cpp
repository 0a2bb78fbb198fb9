// SPDX-License-Identifier: Apache-2.0
#include "pluginnetworkguard.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {

class LocalOnlyNetworkAccessManager : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QString scheme = request.url().scheme();
        if (scheme == u"file" || scheme == u"qrc" || scheme == u"data" || request.url().isRelative())
            return QNetworkAccessManager::createRequest(op, request, data);
        // An unknown scheme makes Qt answer with ProtocolUnknownError, without any I/O.
        QNetworkRequest refused(request);
        refused.setUrl(QUrl(QStringLiteral("portolan-refused:") + scheme));
        return QNetworkAccessManager::createRequest(op, refused, data);
    }
};

} // namespace

QNetworkAccessManager *LocalOnlyNetworkFactory::create(QObject *parent)
{
    return new LocalOnlyNetworkAccessManager(parent);
}
