// SPDX-License-Identifier: Apache-2.0
#include "scoretrendmodel.h"

#include "scorecards/evaluator.h"

#include <QLocale>

namespace {

double percentOf(const store::ScoreTally &t)
{
    return scorecards::Tally { {}, t.entities, t.passed, t.applicable }.percent();
}

QString dateText(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ScoreTrendModel::ScoreTrendModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ScoreTrendModel::setPoints(const QList<store::ScorePoint> &points, const QString &label)
{
    beginResetModel();
    m_points = points;
    m_label = label;
    endResetModel();
    Q_EMIT pointsChanged();
}

QList<qreal> ScoreTrendModel::values() const
{
    QList<qreal> out;
    out.reserve(m_points.size());
    for (const store::ScorePoint &point : m_points)
        out << percentOf(point.tally);
    return out;
}

QStringList ScoreTrendModel::dates() const
{
    QStringList out;
    for (const store::ScorePoint &point : m_points)
        out << dateText(point.takenAt);
    return out;
}

int ScoreTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

QVariant ScoreTrendModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const store::ScorePoint &point = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DateTextRole: return dateText(point.takenAt);
    case TakenAtRole: return point.takenAt;
    case SyncedAtRole: return point.catalogSyncedAt;
    case PercentRole: return percentOf(point.tally);
    case EntitiesRole: return point.tally.entities;
    case PassedRole: return point.tally.passed;
    case ApplicableRole: return point.tally.applicable;
    default: return {};
    }
}

QHash<int, QByteArray> ScoreTrendModel::roleNames() const
{
    return { { Qt::DisplayRole, "display" }, { TakenAtRole, "takenAt" }, { SyncedAtRole, "syncedAt" },
        { DateTextRole, "dateText" }, { PercentRole, "percent" }, { EntitiesRole, "entities" },
        { PassedRole, "passed" }, { ApplicableRole, "applicable" } };
}
