// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace portolan::sync {

/// One catalog.rules entry: which kinds (optionally which spec.type) may come from which locations.
struct CatalogRule {
    struct Allow {
        QString kind;
        QString specType; ///< empty: any
    };
    struct Location {
        QString type;
        QString exact;
        QString pattern; ///< minimatch-style glob, case-insensitive, dot files included
    };
    QList<Allow> allow;
    QList<Location> locations; ///< empty: every location
};

/// Backstage's CatalogRulesEnforcer: an entity is accepted when any rule allows its kind for its origin location.
class CatalogRules
{
public:
    /// catalog.rules (absent: allow Component, API and Location only) plus per-location rules.
    static CatalogRules fromConfig(const QJsonValue &rules, QStringList *errors = nullptr);
    static CatalogRule parseRule(const QJsonValue &value, QStringList *errors = nullptr);
    void add(const CatalogRule &rule) { m_rules.append(rule); }

    [[nodiscard]] bool isAllowed(const QJsonObject &entity, const QString &originType, const QString &originTarget) const;

    /// Drops refused entities from `result` and reports each as Backstage words it (NotAllowedError).
    void apply(catalog::ReadResult &result, const QList<CatalogRule> &extraRules = {}) const;

    [[nodiscard]] const QList<CatalogRule> &rules() const { return m_rules; }

private:
    QList<CatalogRule> m_rules;
};

/// minimatch-like: `**` spans folders, `*` and `?` stay within one, `{a,b}` alternatives.
[[nodiscard]] bool globMatch(const QString &pattern, const QString &text, bool caseInsensitive = false);

} // namespace portolan::sync
