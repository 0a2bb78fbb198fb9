// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/evaluator.h"

#include <QList>
#include <QString>

/// What the Scorecards page shows for one owner/kind/check selection, counted from a finished report. Pure: it
/// runs on a worker (ScorecardModel) because at 10k entities re-counting takes 30–75 ms.
struct ScorecardSlice {
    quint64 serial = 0;                       ///< which request this answers (older ones are dropped)
    QList<scorecards::Tally> owners;          ///< per owner, following the kind filter only
    QList<scorecards::Tally> kinds;           ///< per kind, following the owner filter only
    QList<scorecards::Tally> checks;          ///< per check, for the selection
    QList<scorecards::EntityScore> failing;   ///< the selection's entities failing the check (any), lowest score first
    scorecards::Tally overall;                ///< of the selection
};

/// `owner` is an owner ref, views::unownedKey() or empty (any); `kind` is matched case-insensitively.
[[nodiscard]] ScorecardSlice sliceReport(const scorecards::Report &report, const QString &owner, const QString &kind,
                                         const QString &checkId);

/// The entities of `entities` failing `checkId` (any check when empty), lowest score first, then by ref.
[[nodiscard]] QList<scorecards::EntityScore> failingEntities(const QList<scorecards::EntityScore> &entities,
                                                             const QString &checkId);
