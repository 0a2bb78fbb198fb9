// SPDX-License-Identifier: Apache-2.0
#include "scorecards/evaluator.h"

#include "scorecards/facts.h"

#include <QMap>

namespace scorecards
{

int EntityScore::passed() const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [](const CheckResult &c) { return c.passed; }));
}

double EntityScore::percent() const
{
    return checks.isEmpty() ? 100.0 : 100.0 * passed() / checks.size();
}

Evaluator::Evaluator(RuleSet rules) : m_rules(std::move(rules))
{
}

EntityScore Evaluator::score(const store::EntityRow &row, const QSet<QString> &knownRefs) const
{
    EntityScore out { row.ref, row.kind, row.owner, row.displayName(), row.file, row.line, {} };
    const QJsonObject facts = factsFor(row, knownRefs);
    for (const Check &check : m_rules.checks) {
        if (!check.appliesTo(row.kind, row.type))
            continue;
        CheckResult result { check.id, check.name, true, {}, check.fix };
        for (const Condition &condition : check.rules) {
            if (!conditionHolds(condition, row.data, facts, &result.failure)) {
                result.passed = false;
                break;
            }
        }
        out.checks.append(result);
    }
    return out;
}

Report Evaluator::evaluate(const QList<store::EntityRow> &rows, const QSet<QString> &knownRefs) const
{
    Report report;
    report.ruleSetName = m_rules.name;
    report.ruleSetDigest = m_rules.digest;
    for (const store::EntityRow &row : rows) {
        EntityScore entity = score(row, knownRefs);
        if (!entity.checks.isEmpty())
            report.entities.append(std::move(entity));
    }
    tally(&report);
    return report;
}

Report Evaluator::evaluate(const store::CatalogStore &store) const
{
    store::Query all;
    all.limit = 0; // no limit
    const QList<store::EntityRow> rows = store.search(all);
    QSet<QString> refs;
    refs.reserve(rows.size());
    for (const store::EntityRow &row : rows)
        refs.insert(row.ref);
    return evaluate(rows, refs);
}

void tally(Report *report)
{
    QMap<QString, Tally> owners, kinds, checks;
    Tally overall { QStringLiteral("all") };
    for (const EntityScore &entity : std::as_const(report->entities)) {
        const int passed = entity.passed();
        const int applicable = int(entity.checks.size());
        for (Tally *t : { &owners[entity.owner], &kinds[entity.kind], &overall }) {
            t->entities += 1;
            t->passed += passed;
            t->applicable += applicable;
        }
        for (const CheckResult &check : entity.checks) {
            Tally &t = checks[check.id];
            t.entities += 1;
            t.applicable += 1;
            t.passed += check.passed ? 1 : 0;
        }
    }
    auto toList = [](const QMap<QString, Tally> &map) {
        QList<Tally> out;
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            Tally t = it.value();
            t.key = it.key();
            out.append(t);
        }
        return out;
    };
    report->byOwner = toList(owners);
    report->byKind = toList(kinds);
    report->byCheck = toList(checks);
    report->overall = overall;
}

Report Report::filtered(const QString &owner, const QString &kind) const
{
    Report out;
    out.ruleSetName = ruleSetName;
    out.ruleSetDigest = ruleSetDigest;
    for (const EntityScore &entity : entities) {
        if ((owner.isEmpty() || entity.owner == owner.toLower())
            && (kind.isEmpty() || entity.kind.compare(kind, Qt::CaseInsensitive) == 0))
            out.entities.append(entity);
    }
    tally(&out);
    return out;
}

QList<store::ScoreTally> Report::snapshotTallies() const
{
    QList<store::ScoreTally> out { { QStringLiteral("all"), QStringLiteral("all"), overall.entities, overall.passed,
        overall.applicable } };
    for (const Tally &t : byOwner)
        out.append({ QStringLiteral("owner"), t.key, t.entities, t.passed, t.applicable });
    for (const Tally &t : byKind)
        out.append({ QStringLiteral("kind"), t.key, t.entities, t.passed, t.applicable });
    return out;
}

QString recordSnapshot(store::CatalogStore &store, const Report &report)
{
    return store.recordScoreSnapshot(report.ruleSetName + u'@' + report.ruleSetDigest, report.snapshotTallies());
}

} // namespace scorecards
