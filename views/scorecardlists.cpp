// SPDX-License-Identifier: Apache-2.0
#include "scorecardlists.h"

#include "refs.h"
#include "scorecardfilter.h"
#include "scorecardreason.h"

#include <QVariantMap>

#include <algorithm>

ScoreTallyModel::ScoreTallyModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScoreTallyModel::setTallies(const QList<scorecards::Tally> &tallies, bool owners, const QString &selectedKey)
{
    const bool countChanges = tallies.size() != m_tallies.size();
    beginResetModel();
    m_tallies = tallies;
    m_owners = owners;
    m_selected = selectedKey;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int ScoreTallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tallies.size());
}

QVariant ScoreTallyModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const scorecards::Tally &t = m_tallies.at(index.row());
    const QString key = m_owners && t.key.isEmpty() ? views::unownedKey() : t.key;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        if (!m_owners)
            return t.key;
        return t.key.isEmpty() ? tr("No owner", "@label entities without an owner") : views::shortRef(t.key);
    case KeyRole: return key;
    case EntitiesRole: return t.entities;
    case PassedRole: return t.passed;
    case ApplicableRole: return t.applicable;
    case PercentRole: return t.percent();
    case SelectedRole: return !m_selected.isEmpty() && key.compare(m_selected, Qt::CaseInsensitive) == 0;
    default: return {};
    }
}

QHash<int, QByteArray> ScoreTallyModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { KeyRole, "key" }, { LabelRole, "label" }, { EntitiesRole, "entities" },
        { PassedRole, "passed" }, { ApplicableRole, "applicable" }, { PercentRole, "percent" },
        { SelectedRole, "selected" } };
}

ScoreCheckModel::ScoreCheckModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScoreCheckModel::setChecks(
    const QList<scorecards::Tally> &byCheck, const scorecards::RuleSet &rules, const QString &selected)
{
    QList<Row> rows;
    // Rule order breaks ties, so the table reads like the rule file where failures are equal.
    for (const scorecards::Check &check : rules.checks) {
        const auto tally = std::find_if(
            byCheck.cbegin(), byCheck.cend(), [&check](const scorecards::Tally &t) { return t.key == check.id; });
        if (tally != byCheck.cend())
            rows.append({ *tally, check.name, check.description, check.fix });
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.tally.applicable - a.tally.passed > b.tally.applicable - b.tally.passed;
    });
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    m_selected = selected;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int ScoreCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScoreCheckModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case IdRole: return row.tally.key;
    case DescriptionRole: return row.description;
    case FixRole: return row.fix;
    case ApplicableRole: return row.tally.applicable;
    case FailedRole: return row.tally.applicable - row.tally.passed;
    case PercentRole: return row.tally.percent();
    case SelectedRole: return row.tally.key == m_selected;
    default: return {};
    }
}

QHash<int, QByteArray> ScoreCheckModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { IdRole, "checkId" }, { NameRole, "name" },
        { DescriptionRole, "description" }, { FixRole, "fix" }, { ApplicableRole, "applicable" },
        { FailedRole, "failed" }, { PercentRole, "percent" }, { SelectedRole, "selected" } };
}

ScoreEntityModel::ScoreEntityModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScoreEntityModel::setEntities(const QList<scorecards::EntityScore> &entities, const QString &checkId)
{
    setRows(failingEntities(entities, checkId), checkId);
}

void ScoreEntityModel::setRows(const QList<scorecards::EntityScore> &rows, const QString &checkId)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    m_checkId = checkId;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

int ScoreEntityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ScoreEntityModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const scorecards::EntityScore &entity = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return entity.title;
    case RefRole: return entity.ref;
    case KindRole: return entity.kind;
    case OwnerRole: return entity.owner;
    case PercentRole: return entity.percent();
    case PassedRole: return entity.passed();
    case ApplicableRole: return int(entity.checks.size());
    case FailuresRole: {
        QVariantList failures;
        for (const scorecards::CheckResult &check : entity.checks) {
            if (check.passed || (!m_checkId.isEmpty() && check.id != m_checkId))
                continue;
            failures << QVariantMap { { QStringLiteral("id"), check.id }, { QStringLiteral("name"), check.name },
                { QStringLiteral("reason"), ScorecardReason::text(check.failure) }, { QStringLiteral("fix"), check.fix } };
        }
        return failures;
    }
    default: return {};
    }
}

QHash<int, QByteArray> ScoreEntityModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { RefRole, "ref" }, { TitleRole, "title" }, { KindRole, "kind" },
        { OwnerRole, "owner" }, { PercentRole, "percent" }, { PassedRole, "passed" },
        { ApplicableRole, "applicable" }, { FailuresRole, "failures" } };
}
