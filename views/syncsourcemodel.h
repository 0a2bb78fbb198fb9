// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

/// The sync sources (configured now, or still in the store from an earlier sync) with their stored state and, while
/// a sync runs, their live progress. Filled by SyncStatus; one row per source id.
class SyncSourceModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Sync.sources")

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, ///< "git:payments"
        NameRole,                  ///< "payments"
        KindRole,                  ///< git, backstage, app-config-file
        TargetRole,                ///< URL or path
        LastSyncRole,              ///< QDateTime, invalid when never synced
        EntitiesRole,
        LastErrorRole,             ///< empty when the last sync went fine
        LastErrorAtRole,
        PhaseRole,                 ///< live: queued, connecting, fetching, ... done, failed; empty when idle
        ObjectsRole,
        TotalObjectsRole,
        ActiveRole,                ///< queued or running in the current sync
        ConfiguredRole,            ///< named by the configuration (false: only left in the store)
    };
    Q_ENUM(Roles)

    struct Row {
        QString id;
        QString kind;
        QString target;
        QDateTime lastSync;
        int entities = 0;
        QString lastError;
        QDateTime lastErrorAt;
        QString phase;
        qint64 objects = 0;
        qint64 totalObjects = 0;
        bool configured = true;
    };

    using QAbstractListModel::QAbstractListModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Replaces the stored state; keeps the live progress of rows that stay.
    void setRows(QList<Row> rows);
    /// Live progress of one source; false when the id is not listed.
    bool setProgress(const QString &id, const QString &phase, qint64 objects, qint64 totalObjects);
    void clearProgress();
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }
    [[nodiscard]] static bool isActive(const QString &phase);

private:
    QList<Row> m_rows;
};
