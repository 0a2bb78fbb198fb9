// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/evaluator.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace views {
/// The owner filter value of entities without an owner (refs always contain ':', so it cannot clash).
inline QString unownedKey()
{
    return QStringLiteral("unowned");
}
} // namespace views

/// Completeness per owner or per kind: the bars of the Scorecards page.
class ScoreTallyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ScorecardModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole, ///< the filter value: owner ref, kind, or views::unownedKey()
        LabelRole,              ///< how to show it ("team-a", "No owner", "Component")
        EntitiesRole,           ///< entities scored
        PassedRole,             ///< checks passed, summed over the entities
        ApplicableRole,         ///< checks that applied, summed over the entities
        PercentRole,            ///< passed / applicable, 0..100
        SelectedRole,           ///< bool: the page filters by this key
    };
    Q_ENUM(Roles)

    explicit ScoreTallyModel(QObject *parent = nullptr);

    /// `owners`: keys are owner refs (the empty one is "no owner"); otherwise kinds.
    void setTallies(const QList<scorecards::Tally> &tallies, bool owners, const QString &selectedKey);
    [[nodiscard]] int count() const { return int(m_tallies.size()); }
    [[nodiscard]] const scorecards::Tally &tallyAt(int row) const { return m_tallies.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<scorecards::Tally> m_tallies;
    bool m_owners = false;
    QString m_selected;
};

/// The checks of the rule set with how many entities fail each, most failures first.
class ScoreCheckModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ScorecardModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole, ///< the check's id
        NameRole,              ///< its name
        DescriptionRole,       ///< why it matters (may be empty)
        FixRole,               ///< what to change when it fails
        ApplicableRole,        ///< entities it applied to
        FailedRole,            ///< entities failing it
        PercentRole,           ///< entities passing it, 0..100
        SelectedRole,          ///< bool: the drill-down shows this check's failures
    };
    Q_ENUM(Roles)

    explicit ScoreCheckModel(QObject *parent = nullptr);

    void setChecks(const QList<scorecards::Tally> &byCheck, const scorecards::RuleSet &rules, const QString &selected);
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        scorecards::Tally tally;
        QString name;
        QString description;
        QString fix;
    };
    QList<Row> m_rows;
    QString m_selected;
};

/// Entities failing at least one check (or the selected one), lowest score first: the drill-down list.
class ScoreEntityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ScorecardModel")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        RefRole = Qt::UserRole, ///< entity ref (opens the entity page)
        TitleRole,              ///< metadata.title, else the name
        KindRole,               ///< as written
        OwnerRole,              ///< owner ref, lowercased; empty when unowned
        PercentRole,            ///< the entity's score, 0..100
        PassedRole,             ///< checks it passes
        ApplicableRole,         ///< checks that apply to it
        FailuresRole,           ///< [{id, name, reason, fix}] of the failures shown
    };
    Q_ENUM(Roles)

    explicit ScoreEntityModel(QObject *parent = nullptr);

    /// Keeps the entities of `entities` that fail `checkId` (any check when empty).
    void setEntities(const QList<scorecards::EntityScore> &entities, const QString &checkId);
    /// Rows already filtered and sorted (failingEntities(), on a worker).
    void setRows(const QList<scorecards::EntityScore> &rows, const QString &checkId);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const scorecards::EntityScore &entityAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    QList<scorecards::EntityScore> m_rows;
    QString m_checkId;
};
