// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/redactor.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace scaffolder {

void Redactor::add(const QString &value)
{
    const QString v = value.trimmed();
    if (v.size() <= 1 || m_values.contains(v))
        return;
    const auto at = std::find_if(m_values.begin(), m_values.end(), [&](const QString &s) { return s.size() < v.size(); });
    m_values.insert(at, v);
}

void Redactor::addAll(const QStringList &values)
{
    for (const QString &v : values)
        add(v);
}

void Redactor::addChanged(const QJsonValue &withSecrets, const QJsonValue &withoutSecrets)
{
    if (withSecrets.isString()) {
        if (withSecrets != withoutSecrets)
            add(withSecrets.toString());
    } else if (withSecrets.isArray()) {
        const QJsonArray a = withSecrets.toArray(), b = withoutSecrets.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            addChanged(a.at(i), i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined));
    } else if (withSecrets.isObject()) {
        const QJsonObject a = withSecrets.toObject(), b = withoutSecrets.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            addChanged(it.value(), b.value(it.key()));
    }
}

QString Redactor::apply(QString text) const
{
    for (const QString &v : m_values)
        text.replace(v, QStringLiteral("***"));
    return text;
}

QJsonValue Redactor::apply(const QJsonValue &value) const
{
    if (m_values.isEmpty())
        return value;
    if (value.isString())
        return apply(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(apply(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(apply(it.key()), apply(it.value()));
        return out;
    }
    return value;
}

} // namespace scaffolder
