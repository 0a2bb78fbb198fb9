// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <variant>

namespace scorecards
{

/// The JSONPath subset rule files use over an entity: `$`, `.name`, `['key']` / `["key"]` (for keys with dots
/// or slashes, e.g. annotations), `[3]`, `[-1]`, and the wildcard `.*` / `[*]`. Recursive descent and filter
/// expressions are refused when parsing rather than half-supported.
class JsonPath
{
public:
    struct Step {
        enum class Kind { Key, Index, Wildcard };
        Kind kind = Kind::Key;
        QString key;
        int index = 0;
    };
    /// Where and why a path could not be parsed; `column` is 1-based within the path text.
    struct Error {
        int column = 0;
        QString message;
    };

    [[nodiscard]] static std::variant<JsonPath, Error> parse(const QString &text);

    /// Every value the path selects, in document order; empty when nothing matches.
    [[nodiscard]] QList<QJsonValue> evaluate(const QJsonValue &root) const;
    [[nodiscard]] const QList<Step> &steps() const { return m_steps; }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QList<Step> m_steps;
    QString m_text;
};

} // namespace scorecards
