// SPDX-License-Identifier: Apache-2.0
#include "docssitemodel.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

DocsSiteModel::DocsSiteModel(QObject *parent) : QAbstractListModel(parent)
{
    if (auto *backend = CatalogBackend::instance()) {
        m_store = backend->store();
        connect(backend, &CatalogBackend::catalogChanged, this, &DocsSiteModel::reload);
        reload();
    }
}

void DocsSiteModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    reload();
}

void DocsSiteModel::reload()
{
    beginResetModel();
    m_rows = m_store ? m_store->withAnnotation(QStringLiteral("backstage.io/techdocs-ref")) : QList<store::EntityRow>();
    // The list shows a line per entity; the JSON stays in the store.
    for (store::EntityRow &row : m_rows)
        row.data = {};
    endResetModel();
    Q_EMIT countChanged();
}

int DocsSiteModel::indexOf(const QString &ref) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).ref.compare(ref, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

int DocsSiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DocsSiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return EntityListModel::rowData(m_rows.at(index.row()), role);
}

QHash<int, QByteArray> DocsSiteModel::roleNames() const
{
    return {{RefRole, "ref"}, {KindRole, "kind"}, {NameRole, "name"}, {TitleRole, "title"},
            {DescriptionRole, "description"}, {OwnerRole, "owner"}};
}
