// SPDX-License-Identifier: Apache-2.0
#include "scorecards/jsonpath.h"

#include <QJsonArray>
#include <QJsonObject>

namespace scorecards
{

namespace
{

bool isNameChar(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && c != u'\'' && c != u'"' && !c.isSpace();
}

} // namespace

std::variant<JsonPath, JsonPath::Error> JsonPath::parse(const QString &text)
{
    JsonPath path;
    path.m_text = text;
    const qsizetype n = text.size();
    if (n == 0 || text.at(0) != u'$')
        return Error { 1, QStringLiteral("a path starts with $ (e.g. $.spec.owner)") };
    qsizetype i = 1;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'.') {
            if (i + 1 < n && text.at(i + 1) == u'.')
                return Error { int(i + 1),
                    QStringLiteral("recursive descent (..) is not supported; write the full path") };
            if (i + 1 < n && text.at(i + 1) == u'*') {
                path.m_steps.append({ Step::Kind::Wildcard, {}, 0 });
                i += 2;
                continue;
            }
            qsizetype end = i + 1;
            while (end < n && isNameChar(text.at(end)))
                ++end;
            if (end == i + 1)
                return Error { int(i + 2), QStringLiteral("expected a field name after '.'") };
            path.m_steps.append({ Step::Kind::Key, text.mid(i + 1, end - i - 1), 0 });
            i = end;
        } else if (c == u'[') {
            qsizetype j = i + 1;
            while (j < n && text.at(j) == u' ')
                ++j;
            if (j < n && (text.at(j) == u'\'' || text.at(j) == u'"')) {
                // Quoted keys may hold dots, slashes and even ']' (annotation names do).
                const qsizetype closeQuote = text.indexOf(text.at(j), j + 1);
                if (closeQuote < 0)
                    return Error { int(j + 1), QStringLiteral("the quoted key is not closed with %1").arg(text.at(j)) };
                qsizetype k = closeQuote + 1;
                while (k < n && text.at(k) == u' ')
                    ++k;
                if (k >= n || text.at(k) != u']')
                    return Error { int(k + 1), QStringLiteral("expected ']' after the quoted key") };
                path.m_steps.append({ Step::Kind::Key, text.mid(j + 1, closeQuote - j - 1), 0 });
                i = k + 1;
                continue;
            }
            const qsizetype close = text.indexOf(u']', i);
            if (close < 0)
                return Error { int(i + 1), QStringLiteral("'[' is not closed with ']'") };
            const QString inner = text.mid(i + 1, close - i - 1).trimmed();
            if (inner == u"*") {
                path.m_steps.append({ Step::Kind::Wildcard, {}, 0 });
            } else {
                bool ok = false;
                const int index = inner.toInt(&ok);
                if (!ok) {
                    if (inner.startsWith(u'?') || inner.contains(u':'))
                        return Error { int(i + 2),
                            QStringLiteral("filters and slices ([?...], [a:b]) are not supported") };
                    return Error { int(i + 2), QStringLiteral("expected a number, * or a quoted key inside [ ]") };
                }
                path.m_steps.append({ Step::Kind::Index, {}, index });
            }
            i = close + 1;
        } else {
            return Error { int(i + 1), QStringLiteral("unexpected '%1'; use .name or ['name']").arg(c) };
        }
    }
    return path;
}

QList<QJsonValue> JsonPath::evaluate(const QJsonValue &root) const
{
    QList<QJsonValue> current { root };
    for (const Step &step : m_steps) {
        QList<QJsonValue> next;
        for (const QJsonValue &value : std::as_const(current)) {
            switch (step.kind) {
            case Step::Kind::Key:
                if (value.isObject() && value.toObject().contains(step.key))
                    next.append(value.toObject().value(step.key));
                break;
            case Step::Kind::Index:
                if (value.isArray()) {
                    const QJsonArray array = value.toArray();
                    const qsizetype index = step.index < 0 ? array.size() + step.index : step.index;
                    if (index >= 0 && index < array.size())
                        next.append(array.at(index));
                }
                break;
            case Step::Kind::Wildcard:
                if (value.isArray()) {
                    for (const QJsonValue &item : value.toArray())
                        next.append(item);
                } else if (value.isObject()) {
                    for (const QJsonValue &item : value.toObject())
                        next.append(item);
                }
                break;
            }
        }
        current = next;
        if (current.isEmpty())
            break;
    }
    return current;
}

} // namespace scorecards
