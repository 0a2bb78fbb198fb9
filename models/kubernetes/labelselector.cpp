// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/labelselector.h"

#include <QRegularExpression>

namespace k8s
{

namespace
{

// Split on commas that are not inside a value set's parentheses.
QStringList splitTerms(const QString &text)
{
    QStringList terms;
    QString current;
    int depth = 0;
    for (QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')')
            --depth;
        if (c == u',' && depth == 0) {
            terms.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
    }
    terms.append(current.trimmed());
    return terms;
}

} // namespace

std::optional<LabelSelector> LabelSelector::parse(const QString &text, QString *error)
{
    static const QRegularExpression key(
        QStringLiteral(R"(^([A-Za-z0-9][-A-Za-z0-9_.]*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$)"));
    static const QRegularExpression set(QStringLiteral(R"(^(\S+)\s+(in|notin)\s*\(([^()]*)\)$)"));
    static const QRegularExpression compare(QStringLiteral(R"(^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$)"));
    LabelSelector selector;
    if (text.trimmed().isEmpty())
        return selector; // matches everything, as on the API server
    for (const QString &term : splitTerms(text)) {
        Requirement r;
        if (const auto m = set.match(term); m.hasMatch()) {
            r = { m.captured(1), m.captured(2) == u"in" ? Op::In : Op::NotIn, {} };
            for (const QString &v : m.captured(3).split(u',', Qt::SkipEmptyParts))
                r.values.append(v.trimmed());
        } else if (const auto c = compare.match(term); c.hasMatch()) {
            r = { c.captured(1), c.captured(2) == u"!=" ? Op::NotEquals : Op::Equals, { c.captured(3) } };
        } else if (term.startsWith(u'!')) {
            r = { term.mid(1).trimmed(), Op::DoesNotExist, {} };
        } else {
            r = { term, Op::Exists, {} };
        }
        if (!key.match(r.key).hasMatch()) {
            if (error)
                *error = u"'" + term
                    + u"' is not a valid label selector term (expected key=value, key!=value, "
                      u"key in (a,b), key notin (a,b), key or !key)";
            return std::nullopt;
        }
        selector.m_requirements.append(r);
    }
    return selector;
}

bool LabelSelector::matches(const QJsonObject &labels) const
{
    for (const Requirement &r : m_requirements) {
        const bool has = labels.contains(r.key);
        const QString value = labels.value(r.key).toString();
        switch (r.op) {
        case Op::Equals:
            if (!has || value != r.values.first())
                return false;
            break;
        case Op::NotEquals:
            if (has && value == r.values.first())
                return false;
            break;
        case Op::In:
            if (!has || !r.values.contains(value))
                return false;
            break;
        case Op::NotIn:
            if (has && r.values.contains(value))
                return false;
            break;
        case Op::Exists:
            if (!has)
                return false;
            break;
        case Op::DoesNotExist:
            if (has)
                return false;
            break;
        }
    }
    return true;
}

} // namespace k8s
