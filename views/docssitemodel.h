// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "entitylistmodel.h"
#include "store/storetypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace store {
class CatalogStore;
}

/// Every catalog entity with a `backstage.io/techdocs-ref` annotation, by name: the Docs page's site list.
class DocsSiteModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// The entity list's roles (EntityListModel::rowData answers them).
    enum Role {
        RefRole = EntityListModel::RefRole,
        KindRole = EntityListModel::KindRole,
        NameRole = EntityListModel::NameRole,
        TitleRole = EntityListModel::TitleRole,
        DescriptionRole = EntityListModel::DescriptionRole,
        OwnerRole = EntityListModel::OwnerRole
    };

    explicit DocsSiteModel(QObject *parent = nullptr);
    /// Tests hand in their own store; the app uses CatalogBackend's (and follows its changes).
    void setStore(store::CatalogStore *store);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void reload();
    /// Row of `ref`, or -1.
    Q_INVOKABLE [[nodiscard]] int indexOf(const QString &ref) const;

Q_SIGNALS:
    void countChanged();

private:
    store::CatalogStore *m_store = nullptr;
    QList<store::EntityRow> m_rows;
};
