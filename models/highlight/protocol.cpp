// SPDX-License-Identifier: Apache-2.0
#include "highlight/protocol.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace highlight::protocol
{

QByteArray encodeFrame(QJsonObject header, const QByteArray &payload)
{
    header.insert(QStringLiteral("length"), payload.size());
    QByteArray frame = QJsonDocument(header).toJson(QJsonDocument::Compact);
    frame.reserve(frame.size() + 1 + payload.size());
    frame.append('\n');
    frame.append(payload);
    return frame;
}

std::optional<Header> parseHeader(const QByteArray &line, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("bad frame header (%1): %2")
                     .arg(parseError.errorString(), QString::fromUtf8(line.left(80)));
        return std::nullopt;
    }
    Header header;
    header.fields = doc.object();
    const double length = header.fields.value(QStringLiteral("length")).toDouble(-1);
    if (length < 0 || length > double(maxPayload)) {
        *error = QStringLiteral("bad frame length in header: %1").arg(QString::fromUtf8(line.left(80)));
        return std::nullopt;
    }
    header.length = qint64(length);
    return header;
}

} // namespace highlight::protocol
