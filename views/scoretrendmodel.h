// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

/// Recorded scorecard snapshots of one scope (the whole catalog, an owner or a kind), oldest first: one point
/// per catalog sync. `values` feeds the trend line.
class ScoreTrendModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ScorecardModel")
    Q_PROPERTY(int count READ count NOTIFY pointsChanged)
    /// The points' percentages (0..100) in order.
    Q_PROPERTY(QList<qreal> values READ values NOTIFY pointsChanged)
    /// When each point was taken, short, in the user's locale (axis labels).
    Q_PROPERTY(QStringList dates READ dates NOTIFY pointsChanged)
    /// What the points are of ("team-payments", "Component"; empty for the whole catalog).
    Q_PROPERTY(QString label READ label NOTIFY pointsChanged)

public:
    enum Roles {
        TakenAtRole = Qt::UserRole, ///< when it was scored (QDateTime)
        SyncedAtRole,               ///< the newest source sync it was scored on (QDateTime; invalid: never synced)
        DateTextRole,               ///< takenAt, short, in the user's locale
        PercentRole,                ///< 0..100
        EntitiesRole,               ///< entities scored
        PassedRole,                 ///< checks passed
        ApplicableRole,             ///< checks that applied
    };
    Q_ENUM(Roles)

    explicit ScoreTrendModel(QObject *parent = nullptr);

    void setPoints(const QList<store::ScorePoint> &points, const QString &label);
    [[nodiscard]] int count() const { return int(m_points.size()); }
    [[nodiscard]] QList<qreal> values() const;
    [[nodiscard]] QStringList dates() const;
    [[nodiscard]] QString label() const { return m_label; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void pointsChanged();

private:
    QList<store::ScorePoint> m_points;
    QString m_label;
};
