// SPDX-License-Identifier: Apache-2.0
#include "sync/rules.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace portolan::sync {

namespace {

QString globToRegex(const QString &pattern)
{
    QString out = QStringLiteral("^");
    int braces = 0;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'*' && pattern.mid(i, 3) == u"**/") {
            out += QStringLiteral("(?:.*/)?");
            i += 2;
        } else if (c == u'*' && pattern.mid(i, 2) == u"**") {
            out += QStringLiteral(".*");
            ++i;
        } else if (c == u'*') {
            out += QStringLiteral("[^/]*");
        } else if (c == u'?') {
            out += QStringLiteral("[^/]");
        } else if (c == u'{') {
            out += QStringLiteral("(?:");
            ++braces;
        } else if (c == u'}' && braces > 0) {
            out += u')';
            --braces;
        } else if (c == u',' && braces > 0) {
            out += u'|';
        } else {
            out += QRegularExpression::escape(QString(c));
        }
    }
    return out + u'$';
}

QString kindOf(const QJsonObject &entity)
{
    return entity.value(u"kind").toString();
}

} // namespace

bool globMatch(const QString &pattern, const QString &text, bool caseInsensitive)
{
    QRegularExpression re(globToRegex(pattern),
                          caseInsensitive ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    return re.match(text).hasMatch();
}

CatalogRule CatalogRules::parseRule(const QJsonValue &value, QStringList *errors)
{
    CatalogRule rule;
    const QJsonObject object = value.toObject();
    for (const auto &allow : object.value(u"allow").toArray()) {
        if (allow.isString())
            rule.allow.append({allow.toString(), {}});
        else if (allow.isObject())
            rule.allow.append({allow.toObject().value(u"kind").toString(), allow.toObject().value(u"spec.type").toString()});
        else if (errors)
            *errors << QStringLiteral("catalog.rules: allow entries must be kind names");
    }
    for (const auto &location : object.value(u"locations").toArray()) {
        const QJsonObject l = location.toObject();
        rule.locations.append({l.value(u"type").toString(), l.value(u"exact").toString(), l.value(u"pattern").toString()});
    }
    return rule;
}

CatalogRules CatalogRules::fromConfig(const QJsonValue &rules, QStringList *errors)
{
    CatalogRules out;
    if (rules.isUndefined() || rules.isNull()) {
        out.add({{{QStringLiteral("Component"), {}}, {QStringLiteral("API"), {}}, {QStringLiteral("Location"), {}}}, {}});
        return out;
    }
    for (const auto &rule : rules.toArray())
        out.add(parseRule(rule, errors));
    return out;
}

bool CatalogRules::isAllowed(const QJsonObject &entity, const QString &originType, const QString &originTarget) const
{
    const QString kind = kindOf(entity);
    const QString specType = entity.value(u"spec").toObject().value(u"type").toString();
    for (const CatalogRule &rule : m_rules) {
        bool locationMatches = rule.locations.isEmpty();
        for (const auto &l : rule.locations) {
            if (l.type.compare(originType, Qt::CaseInsensitive) != 0)
                continue;
            if ((!l.exact.isEmpty() && l.exact == originTarget)
                || (!l.pattern.isEmpty() && globMatch(l.pattern, originTarget, true))
                || (l.exact.isEmpty() && l.pattern.isEmpty()))
                locationMatches = true;
        }
        if (!locationMatches)
            continue;
        for (const auto &allow : rule.allow) {
            if (allow.kind.compare(kind, Qt::CaseInsensitive) == 0
                && (allow.specType.isEmpty() || allow.specType.compare(specType, Qt::CaseInsensitive) == 0))
                return true;
        }
    }
    return false;
}

void CatalogRules::apply(catalog::ReadResult &result, const QList<CatalogRule> &extraRules) const
{
    CatalogRules effective = *this;
    for (const auto &rule : extraRules)
        effective.add(rule);
    QList<catalog::Entity> kept;
    for (auto &entity : result.entities) {
        const QJsonObject annotations = entity.data.value(u"metadata").toObject().value(u"annotations").toObject();
        const QString origin = annotations.value(u"backstage.io/managed-by-origin-location").toString();
        const QString location = annotations.value(u"backstage.io/managed-by-location").toString();
        const qsizetype colon = origin.indexOf(u':');
        if (effective.isAllowed(entity.data, origin.left(colon), origin.mid(colon + 1))) {
            kept.append(std::move(entity));
            continue;
        }
        catalog::Diagnostic d;
        d.file = entity.position.file;
        d.line = entity.position.line;
        d.column = entity.position.column;
        d.field = QStringLiteral("kind");
        d.entityRef = entity.ref;
        d.documentIndex = entity.documentIndex;
        d.message = QStringLiteral("NotAllowedError: Entity %1 at %2, originated at %3, is not of an allowed kind for "
                                   "that location (allow it with catalog.rules or the location's rules)")
                        .arg(entity.ref, location, origin);
        result.diagnostics.append(d);
    }
    result.entities = std::move(kept);
}

} // namespace portolan::sync
