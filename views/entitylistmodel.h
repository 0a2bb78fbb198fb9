// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace store {
class CatalogStore;
}

/// Entities matching a search text and facet filters, read from the store in pages as the view scrolls.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY queryChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY queryChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Roles {
        RefRole = Qt::UserRole, ///< kind:namespace/name, lowercased
        KindRole,               ///< as written, e.g. "Component"
        NameRole,               ///< metadata.name
        TitleRole,              ///< metadata.title, else the name
        DescriptionRole,        ///< metadata.description
        TypeRole,               ///< spec.type
        LifecycleRole,          ///< spec.lifecycle
        OwnerRole,              ///< owner ref
        SystemRole,             ///< system ref
        TagsRole,               ///< metadata.tags
    };
    Q_ENUM(Roles)

    explicit EntityListModel(QObject *parent = nullptr);

    /// The store to read from; without one, QML-created models use the app's catalog.
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString text() const { return m_query.text; }
    void setText(const QString &text);
    [[nodiscard]] QString kind() const;
    void setKind(const QString &kind);
    [[nodiscard]] int totalCount() const { return m_totalCount; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    /// One role of a catalog row; shared with the other models that list entity rows (DocsSiteModel).
    [[nodiscard]] static QVariant rowData(const store::EntityRow &row, int role);
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void queryChanged();
    void totalCountChanged();

private:
    store::CatalogStore *catalogStore();
    store::CatalogStore *m_store = nullptr;
    store::Query m_query;
    QList<store::EntityRow> m_rows;
    int m_totalCount = 0;
};
