// SPDX-License-Identifier: Apache-2.0
#include "catalog/schema.h"

namespace catalog::detail {

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("a map");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QStringList childPath(const QStringList &parent, const QString &key)
{
    QStringList path = parent;
    path.append(key);
    return path;
}

ValidationError makeError(const QStringList &path, const QString &message)
{
    return ValidationError{path, message};
}

ValidationOutcome requireKeys(const QJsonObject &object, const QStringList &path,
                              std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        if (!object.contains(key))
            return makeError(childPath(path, key), QStringLiteral("required field \"%1\" is missing").arg(key));
    }
    return std::nullopt;
}

namespace {

ValidationOutcome stringValue(const QJsonValue &value, const QStringList &path, bool nonEmpty)
{
    if (!value.isString())
        return makeError(path, QStringLiteral("must be a string, found %1").arg(jsonTypeName(value)));
    if (nonEmpty && value.toString().isEmpty())
        return makeError(path, QStringLiteral("must not be empty"));
    return std::nullopt;
}

} // namespace

ValidationOutcome optionalString(const QJsonObject &object, const QStringList &path, QLatin1String key, bool nonEmpty)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return std::nullopt;
    if (it->isString() && (!nonEmpty || !it->toString().isEmpty()))
        return std::nullopt;
    return stringValue(*it, childPath(path, key), nonEmpty);
}

ValidationOutcome optionalStringArray(const QJsonObject &object, const QStringList &path, QLatin1String key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return std::nullopt;
    if (!it->isArray())
        return makeError(childPath(path, key), QStringLiteral("must be a list, found %1").arg(jsonTypeName(*it)));
    const QJsonArray array = it->toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (item.isString() && !item.toString().isEmpty())
            continue;
        return stringValue(item, childPath(childPath(path, key), QString::number(i)), true);
    }
    return std::nullopt;
}

ValidationOutcome optionalObject(const QJsonObject &object, const QStringList &path, QLatin1String key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isObject())
        return std::nullopt;
    return makeError(childPath(path, key), QStringLiteral("must be a map, found %1").arg(jsonTypeName(*it)));
}

ValidationOutcome optionalArray(const QJsonObject &object, const QStringList &path, QLatin1String key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isArray())
        return std::nullopt;
    return makeError(childPath(path, key), QStringLiteral("must be a list, found %1").arg(jsonTypeName(*it)));
}

ValidationOutcome optionalEnum(const QJsonObject &object, const QStringList &path, QLatin1String key,
                               std::initializer_list<QLatin1String> allowed)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return std::nullopt;
    QStringList names;
    for (QLatin1String value : allowed) {
        if (it->isString() && it->toString() == value)
            return std::nullopt;
        names.append(value);
    }
    const QString found = it->isString() ? u'"' + it->toString() + u'"' : jsonTypeName(*it);
    return makeError(childPath(path, key),
                     QStringLiteral("must be one of %1, found %2").arg(names.join(QStringLiteral(", ")), found));
}

} // namespace catalog::detail
