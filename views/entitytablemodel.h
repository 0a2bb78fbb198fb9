// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QAbstractTableModel>
#include <QQmlEngine>
#include <QSet>

namespace store {
class CatalogStore;
}

/// Every entity of the catalog as a table, held in memory so that sorting and facet filtering (in
/// EntityFilterProxy) stay far below a frame even at 50k rows. Rows carry listing columns only; pages load the
/// full entity on demand. Rows are read on a worker thread with its own connection (0.3 s at 50k rows would
/// freeze the window); `loading` is true meanwhile and the previous rows stay until the new ones swap in.
/// An in-memory catalog cannot be opened twice, so it is read on the calling thread.
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QStringList starred READ starred WRITE setStarred NOTIFY starredChanged)

public:
    enum Column { NameColumn, KindColumn, TypeColumn, OwnerColumn, SystemColumn, LifecycleColumn, TagsColumn,
                  DescriptionColumn, ColumnCount };
    Q_ENUM(Column)

    enum Roles {
        RefRole = Qt::UserRole, ///< kind:namespace/name, lowercased
        KindRole,               ///< as written, e.g. "Component"
        NameRole,               ///< metadata.name
        TitleRole,              ///< metadata.title, else the name
        TypeRole,               ///< spec.type
        OwnerRole,              ///< owner ref, lowercased
        SystemRole,             ///< system ref, lowercased
        LifecycleRole,          ///< spec.lifecycle
        TagsRole,               ///< metadata.tags (QStringList)
        DescriptionRole,        ///< metadata.description
        NamespaceRole,          ///< metadata.namespace
        StarredRole,            ///< bool: the user starred it
    };
    Q_ENUM(Roles)

    explicit EntityTableModel(QObject *parent = nullptr);

    /// The store to read; without one, a QML-created model reads the app's catalog and follows its changes.
    void setStore(store::CatalogStore *store);

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] QStringList starred() const { return m_starred.values(); }
    void setStarred(const QStringList &refs);

    [[nodiscard]] const store::EntityRow &rowAt(int row) const { return m_rows.at(row); }
    [[nodiscard]] bool isStarred(int row) const { return m_starred.contains(m_rows.at(row).ref); }
    [[nodiscard]] store::CatalogStore *catalogStore() const { return m_store; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Reads the rows again (asynchronously for a catalog file); `reloaded` follows once they are in.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void starredChanged();
    /// After every reload, so filters that cache per-row facts can rebuild them.
    void reloaded();

private:
    void attachToAppCatalog();
    void setLoading(bool loading);
    void swapIn(QList<store::EntityRow> rows);
    store::CatalogStore *m_store = nullptr;
    /// Bumped by every reload, so a slower earlier read never replaces a newer one.
    quint64 m_generation = 0;
    QList<store::EntityRow> m_rows;
    QSet<QString> m_starred;
    bool m_loading = false;
};
