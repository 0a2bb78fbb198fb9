// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/evaluator.h"

#include <QCoreApplication>
#include <QString>

/// Words a failed scorecard rule in the UI language: the model keeps the failure as data (subject, operator,
/// expected, found) and the CLI prints Failure::describe() in English. Fact names, JSONPaths and values stay as the
/// rule file spells them.
class ScorecardReason
{
    Q_DECLARE_TR_FUNCTIONS(ScorecardReason)

public:
    [[nodiscard]] static QString text(const scorecards::Failure &failure);
};
