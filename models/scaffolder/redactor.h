// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QStringList>

namespace scaffolder {

/// Masks secrets as `***` the way Backstage's task logger does: the secret values themselves plus every step
/// input string a secret changed (a token inside a URL is masked as the whole URL). Values are trimmed, and
/// values of one character are ignored (they would mask half of every log line).
class Redactor
{
public:
    void add(const QString &value);
    void addAll(const QStringList &values);
    /// The strings of `withSecrets` that differ from the same render without secrets.
    void addChanged(const QJsonValue &withSecrets, const QJsonValue &withoutSecrets);

    [[nodiscard]] QString apply(QString text) const;
    [[nodiscard]] QJsonValue apply(const QJsonValue &value) const; ///< every string inside, keys included
    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }
    [[nodiscard]] const QStringList &values() const { return m_values; }

private:
    QStringList m_values; ///< longest first, so a secret inside a longer masked value does not split it
};

} // namespace scaffolder
