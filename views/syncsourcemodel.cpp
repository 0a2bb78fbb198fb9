// SPDX-License-Identifier: Apache-2.0
#include "syncsourcemodel.h"

int SyncSourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool SyncSourceModel::isActive(const QString &phase)
{
    return phase == u"queued" || phase == u"connecting" || phase == u"fetching" || phase == u"reading"
        || phase == u"writing";
}

QVariant SyncSourceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case IdRole: return row.id;
    case NameRole: return row.id.section(u':', 1);
    case KindRole: return row.kind;
    case TargetRole: return row.target;
    case LastSyncRole: return row.lastSync;
    case EntitiesRole: return row.entities;
    case LastErrorRole: return row.lastError;
    case LastErrorAtRole: return row.lastErrorAt;
    case PhaseRole: return row.phase;
    case ObjectsRole: return row.objects;
    case TotalObjectsRole: return row.totalObjects;
    case ActiveRole: return isActive(row.phase);
    case ConfiguredRole: return row.configured;
    default: return {};
    }
}

QHash<int, QByteArray> SyncSourceModel::roleNames() const
{
    return {{IdRole, "sourceId"},         {NameRole, "name"},           {KindRole, "kind"},
            {TargetRole, "target"},       {LastSyncRole, "lastSync"},   {EntitiesRole, "entities"},
            {LastErrorRole, "lastError"}, {LastErrorAtRole, "lastErrorAt"}, {PhaseRole, "phase"},
            {ObjectsRole, "objects"},     {TotalObjectsRole, "totalObjects"}, {ActiveRole, "active"},
            {ConfiguredRole, "configured"}};
}

void SyncSourceModel::setRows(QList<Row> rows)
{
    for (Row &row : rows) {
        for (const Row &old : std::as_const(m_rows)) {
            if (old.id == row.id) {
                row.phase = old.phase;
                row.objects = old.objects;
                row.totalObjects = old.totalObjects;
            }
        }
    }
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

bool SyncSourceModel::setProgress(const QString &id, const QString &phase, qint64 objects, qint64 totalObjects)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.id != id)
            continue;
        row.phase = phase;
        // Object counts belong to the fetch; later phases keep the last ones so the row still says how much came.
        if (phase == u"fetching" || phase == u"queued" || phase == u"connecting") {
            row.objects = objects;
            row.totalObjects = totalObjects;
        }
        Q_EMIT dataChanged(index(int(i)), index(int(i)), {PhaseRole, ObjectsRole, TotalObjectsRole, ActiveRole});
        return true;
    }
    return false;
}

void SyncSourceModel::clearProgress()
{
    for (Row &row : m_rows)
        row.phase.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {PhaseRole, ActiveRole});
}
