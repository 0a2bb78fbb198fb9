// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/cluster.h"

#include <QFile>

namespace k8s
{

QString ConfigDiagnostic::toString() const
{
    QString where = file;
    if (line > 0)
        where += u':' + QString::number(line);
    return where + u": " + (field.isEmpty() ? QString() : field + u": ") + message;
}

QString Cluster::sourceName(Source source)
{
    switch (source) {
    case Source::AppConfig:
        return QStringLiteral("app-config");
    case Source::Kubeconfig:
        return QStringLiteral("kubeconfig");
    case Source::Fixture:
        return QStringLiteral("fixture");
    }
    return {};
}

std::optional<QByteArray> decodeBase64Pem(const QString &base64, QString *error)
{
    // Backstage's caData and kubeconfig's *-data fields are base64 of the PEM text.
    auto decoded = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        if (error)
            *error = QStringLiteral("is not valid base64");
        return std::nullopt;
    }
    if (!decoded.decoded.contains("-----BEGIN ")) {
        if (error)
            *error = QStringLiteral("does not decode to PEM data (expected base64 of a '-----BEGIN ...' block)");
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QByteArray> readPemFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read " + path + u": " + file.errorString();
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    if (!data.contains("-----BEGIN ")) {
        if (error)
            *error = path + u" holds no PEM block";
        return std::nullopt;
    }
    return data;
}

} // namespace k8s
