// SPDX-License-Identifier: Apache-2.0
#include "scorecardfilter.h"

#include "scorecardlists.h"

#include <algorithm>

ScorecardSlice sliceReport(const scorecards::Report &report, const QString &owner, const QString &kind,
                           const QString &checkId)
{
    const QString ownerKey = owner.toLower();
    const auto ownerMatches = [&ownerKey](const scorecards::EntityScore &e) {
        return ownerKey.isEmpty() || (ownerKey == views::unownedKey() ? e.owner.isEmpty() : e.owner == ownerKey);
    };
    const auto kindMatches = [&kind](const scorecards::EntityScore &e) {
        return kind.isEmpty() || e.kind.compare(kind, Qt::CaseInsensitive) == 0;
    };
    // Tallying results already computed: linear in the entities scored, no rule is evaluated here.
    scorecards::Report ofKind, ofOwner, selection;
    for (const scorecards::EntityScore &entity : report.entities) {
        const bool kindOk = kindMatches(entity);
        const bool ownerOk = ownerMatches(entity);
        if (kindOk)
            ofKind.entities.append(entity);
        if (ownerOk)
            ofOwner.entities.append(entity);
        if (kindOk && ownerOk)
            selection.entities.append(entity);
    }
    for (scorecards::Report *r : { &ofKind, &ofOwner, &selection })
        scorecards::tally(r);
    ScorecardSlice slice;
    slice.owners = ofKind.byOwner;
    slice.kinds = ofOwner.byKind;
    slice.checks = selection.byCheck;
    slice.failing = failingEntities(selection.entities, checkId);
    slice.overall = selection.overall;
    return slice;
}

QList<scorecards::EntityScore> failingEntities(const QList<scorecards::EntityScore> &entities, const QString &checkId)
{
    // Sort keys computed once: a comparator recounting passed checks shows at 10k entities.
    QList<std::pair<double, const scorecards::EntityScore *>> keyed;
    for (const scorecards::EntityScore &entity : entities) {
        const bool fails
            = std::any_of(entity.checks.cbegin(), entity.checks.cend(), [&checkId](const scorecards::CheckResult &c) {
                  return !c.passed && (checkId.isEmpty() || c.id == checkId);
              });
        if (fails)
            keyed.append({ entity.percent(), &entity });
    }
    std::sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second->ref < b.second->ref;
    });
    QList<scorecards::EntityScore> rows;
    rows.reserve(keyed.size());
    for (const auto &[percent, entity] : std::as_const(keyed))
        rows.append(*entity);
    return rows;
}
