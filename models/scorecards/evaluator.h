// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/ruleset.h"
#include "store/catalogstore.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace scorecards
{

/// Why a check failed, as data: the rule that did not hold and what the entity has instead. The app words it in
/// the user's language (views/scorecardreason.h); describe() is the English the CLI prints.
struct Failure {
    QString subject;                ///< the fact name or the JSONPath as written in the rule
    Operator op = Operator::Exists;
    QJsonValue expected;            ///< the rule's value; for exists true (present) or false (absent)
    QStringList found;              ///< what the entity has, each as valueText() (strings quoted); empty: nothing

    [[nodiscard]] QString expectedText() const { return valueText(expected); }
    /// "needs hasTechDocs equal true; found false"
    [[nodiscard]] QString describe() const;
};

struct CheckResult {
    QString id;
    QString name;
    bool passed = false;
    Failure failure; ///< set when !passed
    QString fix;

    /// The failure in English (CLI, JSON output).
    [[nodiscard]] QString reason() const { return passed ? QString() : failure.describe(); }
};

/// Completeness counts; percent() is 100 when nothing applied (nothing to fix).
struct Tally {
    QString key;
    int entities = 0;
    int passed = 0;
    int applicable = 0;
    [[nodiscard]] double percent() const { return applicable == 0 ? 100.0 : 100.0 * passed / applicable; }
};

struct EntityScore {
    QString ref;
    QString kind;
    QString owner; ///< lowercased owner ref, empty when unowned
    QString title;
    QString file;
    int line = 0;
    QList<CheckResult> checks; ///< only the checks that apply to this entity
    [[nodiscard]] int passed() const;
    [[nodiscard]] double percent() const;
};

/// Scores of a set of entities with completeness per owner, per kind and per check (each sorted by key).
/// Entities no check applies to are left out.
struct Report {
    QString ruleSetName;
    QString ruleSetDigest;
    QList<EntityScore> entities;
    QList<Tally> byOwner;
    QList<Tally> byKind;
    QList<Tally> byCheck; ///< key = check id; entities = how many it applied to
    Tally overall;

    /// The same report restricted to one owner and/or kind (empty = any), with the tallies recomputed.
    [[nodiscard]] Report filtered(const QString &owner, const QString &kind) const;
    /// Tallies to keep as a trend point: overall ("all"), per owner and per kind.
    [[nodiscard]] QList<store::ScoreTally> snapshotTallies() const;
};

/// Scores catalog entities against a rule set. Stateless apart from the rules: safe to use from any thread
/// with that thread's own CatalogStore.
class Evaluator
{
public:
    explicit Evaluator(RuleSet rules);

    [[nodiscard]] const RuleSet &ruleSet() const { return m_rules; }
    /// One entity; `knownRefs` (every ref in the catalog) answers "does the owner exist".
    [[nodiscard]] EntityScore score(const store::EntityRow &row, const QSet<QString> &knownRefs) const;
    /// Every entity in the store.
    [[nodiscard]] Report evaluate(const store::CatalogStore &store) const;
    /// Rows already in hand (the UI's current list, a test's fixture).
    [[nodiscard]] Report evaluate(const QList<store::EntityRow> &rows, const QSet<QString> &knownRefs) const;

private:
    RuleSet m_rules;
};

/// Whether one rule holds for an entity (its JSON) with its built-in facts; `failure` gets the details when not.
[[nodiscard]] bool conditionHolds(
    const Condition &condition, const QJsonObject &entity, const QJsonObject &facts, Failure *failure);
/// The same, with the failure in English in `why`.
[[nodiscard]] bool conditionHolds(
    const Condition &condition, const QJsonObject &entity, const QJsonObject &facts, QString *why = nullptr);

/// Stores the report's tallies as this sync's trend point (see CatalogStore::recordScoreSnapshot); call it after
/// a sync with the report of the whole catalog. Returns an empty string on success.
[[nodiscard]] QString recordSnapshot(store::CatalogStore &store, const Report &report);

/// Tallies per owner, kind and check, and overall, from entity scores.
void tally(Report *report);

} // namespace scorecards
