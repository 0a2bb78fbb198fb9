// SPDX-License-Identifier: Apache-2.0
#include "catalog/entity.h"

namespace catalog {

QString Diagnostic::toString() const
{
    QString out = file + u':' + QString::number(line) + u':' + QString::number(column) + u": ";
    if (!field.isEmpty())
        out += field + u": ";
    if (severity == Severity::Warning)
        out += QStringLiteral("warning: ");
    return out + message;
}

QJsonObject Diagnostic::toJson() const
{
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("line"), line},
                  {QStringLiteral("column"), column},
                  {QStringLiteral("field"), field},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("severity"),
                   severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("error")}};
    if (!entityRef.isEmpty())
        o.insert(QStringLiteral("entityRef"), entityRef);
    if (documentIndex >= 0)
        o.insert(QStringLiteral("documentIndex"), documentIndex);
    return o;
}

QString Entity::kind() const
{
    return data.value(QLatin1String("kind")).toString();
}

QString Entity::name() const
{
    return data.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}

QString Entity::nameSpace() const
{
    return data.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("namespace"))
        .toString(QStringLiteral("default"));
}

} // namespace catalog
