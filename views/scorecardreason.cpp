// SPDX-License-Identifier: Apache-2.0
#include "scorecardreason.h"

#include <QLocale>

QString ScorecardReason::text(const scorecards::Failure &failure)
{
    using scorecards::Operator;
    const QString found = failure.found.isEmpty() ? tr("nothing", "@info scorecard failure: the entity has no value")
                                                  : QLocale().createSeparatedList(failure.found);
    // One whole sentence per operator: word order differs between languages.
    switch (failure.op) {
    case Operator::Exists:
        return failure.expected.toBool(true)
            ? tr("needs %1 to be set; found %2", "@info scorecard failure; %1 fact or JSONPath, %2 what was found")
                  .arg(failure.subject, found)
            : tr("needs %1 to be absent; found %2", "@info scorecard failure; %1 fact or JSONPath, %2 what was found")
                  .arg(failure.subject, found);
    case Operator::Equal:
        return tr("needs %1 equal to %2; found %3",
                  "@info scorecard failure; %1 fact or JSONPath, %2 expected value, %3 what was found")
            .arg(failure.subject, failure.expectedText(), found);
    case Operator::NotEqual:
        return tr("needs %1 not equal to %2; found %3",
                  "@info scorecard failure; %1 fact or JSONPath, %2 value it must differ from, %3 what was found")
            .arg(failure.subject, failure.expectedText(), found);
    case Operator::GreaterThan:
        return tr("needs %1 greater than %2; found %3",
                  "@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found")
            .arg(failure.subject, failure.expectedText(), found);
    case Operator::LessThan:
        return tr("needs %1 less than %2; found %3",
                  "@info scorecard failure; %1 fact or JSONPath, %2 the bound, %3 what was found")
            .arg(failure.subject, failure.expectedText(), found);
    case Operator::Contains:
        return tr("needs %1 to contain %2; found %3",
                  "@info scorecard failure; %1 fact or JSONPath, %2 expected item, %3 what was found")
            .arg(failure.subject, failure.expectedText(), found);
    }
    return failure.describe();
}
