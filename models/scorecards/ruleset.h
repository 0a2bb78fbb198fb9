// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"
#include "scorecards/jsonpath.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace scorecards
{

enum class Operator { Equal, NotEqual, GreaterThan, LessThan, Contains, Exists };

[[nodiscard]] QString operatorName(Operator op);
/// A rule value as the rule file would spell it: "prod" quoted, true, 3, ["a"].
[[nodiscard]] QString valueText(const QJsonValue &value);
[[nodiscard]] std::optional<Operator> operatorFromName(const QString &name);

/// One test inside a check: a built-in fact (`factRef`) or a JSONPath over the entity (`path`), compared
/// with `value`. When a path selects several values (wildcards) the condition holds if any of them satisfies it;
/// notEqual holds if none equals `value`.
struct Condition {
    QString factRef; ///< set for facts
    std::optional<JsonPath> path; ///< set for paths
    Operator op = Operator::Exists;
    QJsonValue value; ///< for exists: true (present) or false (absent)
    int line = 0;

    /// "$.spec.owner exists", "hasPagerDuty equal true"
    [[nodiscard]] QString describe() const;
};

/// A named check entities are scored on: all of its rules must hold.
struct Check {
    QString id;
    QString name;
    QString description;
    QString fix; ///< what to change when it fails, shown beside the failure
    QStringList kinds; ///< lowercased; empty = every kind
    QStringList types; ///< lowercased spec.type values; empty = any
    QList<Condition> rules;
    QString file;
    int line = 0;

    [[nodiscard]] bool appliesTo(const QString &kind, const QString &type) const;
};

struct RuleSet {
    QString name; ///< from the first file's `name`, else "default"
    QList<Check> checks;
    QStringList files;
    QString digest; ///< short hash of the rule texts: trends only compare snapshots of the same rules
};

/// A rule set and every problem found reading it; the rule set is only usable when `problems` is empty.
struct LoadResult {
    RuleSet ruleSet;
    QList<catalog::Diagnostic> problems;
    [[nodiscard]] bool ok() const { return problems.isEmpty(); }
};

/// Parses one rule file's text. `fileName` is used in diagnostics.
[[nodiscard]] LoadResult parseRules(const QByteArray &text, const QString &fileName);

/// Reads rule files in order and merges them: a check whose id was already defined replaces the earlier one
/// (so a user file can override a default check), others are appended.
[[nodiscard]] LoadResult loadRuleFiles(const QStringList &paths);

/// The rules Portolan ships (a Qt resource path).
[[nodiscard]] QString defaultRulesPath();
/// The user's rule files: <XDG config>/portolan/scorecards/*.yaml, sorted by name.
[[nodiscard]] QStringList userRuleFiles();
/// The rules in force without explicit files: the defaults, then the user's files over them.
[[nodiscard]] LoadResult loadConfiguredRules();
/// "name@digest": what snapshots are stored under, so a trend never mixes different rules.
[[nodiscard]] QString ruleSetKey(const RuleSet &rules);

} // namespace scorecards
