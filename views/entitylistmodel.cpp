// SPDX-License-Identifier: Apache-2.0
#include "entitylistmodel.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

namespace {
constexpr int kPageSize = 200;
}

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_query.limit = kPageSize;
}

void EntityListModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    reload();
}

store::CatalogStore *EntityListModel::catalogStore()
{
    if (!m_store) {
        if (auto *backend = CatalogBackend::instance()) {
            m_store = backend->store();
            connect(backend, &CatalogBackend::catalogChanged, this, &EntityListModel::reload);
        }
    }
    return m_store;
}

void EntityListModel::setText(const QString &text)
{
    if (m_query.text == text)
        return;
    m_query.text = text;
    Q_EMIT queryChanged();
    reload();
}

QString EntityListModel::kind() const
{
    return m_query.filters.value(QStringLiteral("kind")).value(0);
}

void EntityListModel::setKind(const QString &kind)
{
    if (this->kind() == kind)
        return;
    if (kind.isEmpty())
        m_query.filters.remove(QStringLiteral("kind"));
    else
        m_query.filters.insert(QStringLiteral("kind"), {kind});
    Q_EMIT queryChanged();
    reload();
}

void EntityListModel::reload()
{
    store::CatalogStore *store = catalogStore();
    beginResetModel();
    m_query.offset = 0;
    m_rows = store ? store->search(m_query) : QList<store::EntityRow>();
    endResetModel();
    const int total = store ? store->count(m_query) : 0;
    if (total != m_totalCount) {
        m_totalCount = total;
        Q_EMIT totalCountChanged();
    }
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool EntityListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_totalCount;
}

void EntityListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_store)
        return;
    store::Query next = m_query;
    next.offset = int(m_rows.size());
    const auto more = m_store->search(next);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    return rowData(m_rows.at(index.row()), role);
}

QVariant EntityListModel::rowData(const store::EntityRow &row, int role)
{
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.displayName();
    case RefRole:
        return row.ref;
    case KindRole:
        return row.kind;
    case NameRole:
        return row.name;
    case DescriptionRole:
        return row.description;
    case TypeRole:
        return row.type;
    case LifecycleRole:
        return row.lifecycle;
    case OwnerRole:
        return row.owner;
    case SystemRole:
        return row.system;
    case TagsRole:
        return row.tags;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    return {{RefRole, "ref"},         {KindRole, "kind"},         {NameRole, "name"},
            {TitleRole, "title"},     {DescriptionRole, "description"}, {TypeRole, "type"},
            {LifecycleRole, "lifecycle"}, {OwnerRole, "owner"},   {SystemRole, "system"},
            {TagsRole, "tags"}};
}
