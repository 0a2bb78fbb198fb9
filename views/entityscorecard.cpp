// SPDX-License-Identifier: Apache-2.0
#include "entityscorecard.h"

#include "scorecardreason.h"
#include "scorecardservice.h"

#include <algorithm>

EntityScorecard::EntityScorecard(QObject *parent)
    : QAbstractListModel(parent)
{
    if (auto *service = ScorecardService::instance())
        setService(service);
}

void EntityScorecard::setService(ScorecardService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    // A rescore follows every catalog change (and picks up edited rule files): the entity may have changed too.
    if (service)
        connect(service, &ScorecardService::reportChanged, this, &EntityScorecard::reload);
    reload();
}

void EntityScorecard::setRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    Q_EMIT refChanged();
    reload();
}

QString EntityScorecard::ruleSetName() const
{
    return m_service ? m_service->rules().name : QString();
}

void EntityScorecard::reload()
{
    beginResetModel();
    m_score = {};
    if (m_service && !m_ref.isEmpty())
        m_score = m_service->scoreEntity(m_ref).value_or(scorecards::EntityScore {});
    // What to fix comes first; rule order otherwise.
    std::stable_partition(m_score.checks.begin(), m_score.checks.end(),
        [](const scorecards::CheckResult &check) { return !check.passed; });
    endResetModel();
    Q_EMIT updated();
}

int EntityScorecard::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_score.checks.size());
}

QVariant EntityScorecard::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const scorecards::CheckResult &check = m_score.checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return check.name;
    case CheckIdRole: return check.id;
    case DescriptionRole: {
        if (!m_service)
            return QString();
        for (const scorecards::Check &rule : m_service->rules().checks) {
            if (rule.id == check.id)
                return rule.description;
        }
        return QString();
    }
    case PassedRole: return check.passed;
    case ReasonRole: return check.passed ? QString() : ScorecardReason::text(check.failure);
    case FixRole: return check.fix;
    default: return {};
    }
}

QHash<int, QByteArray> EntityScorecard::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { CheckIdRole, "checkId" }, { NameRole, "name" },
        { DescriptionRole, "description" }, { PassedRole, "passed" }, { ReasonRole, "reason" }, { FixRole, "fix" } };
}
