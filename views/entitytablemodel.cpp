// SPDX-License-Identifier: Apache-2.0
#include "entitytablemodel.h"

#include "catalogbackend.h"
#include "refs.h"
#include "store/catalogstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

EntityTableModel::EntityTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // QML creates the model before it can be handed a store: read the app's catalog once the event loop runs.
    QMetaObject::invokeMethod(this, &EntityTableModel::attachToAppCatalog, Qt::QueuedConnection);
}

void EntityTableModel::attachToAppCatalog()
{
    if (m_store)
        return;
    if (auto *backend = CatalogBackend::instance()) {
        m_store = backend->store();
        connect(backend, &CatalogBackend::catalogChanged, this, &EntityTableModel::reload);
        reload();
    }
}

void EntityTableModel::setStore(store::CatalogStore *store)
{
    m_store = store;
    reload();
}

void EntityTableModel::setStarred(const QStringList &refs)
{
    QSet<QString> next(refs.cbegin(), refs.cend());
    if (next == m_starred)
        return;
    m_starred = next;
    Q_EMIT starredChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {StarredRole});
}

void EntityTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void EntityTableModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString path = m_store ? m_store->path() : QString();
    if (!m_store || path.isEmpty() || path == u":memory:") {
        swapIn(m_store ? m_store->listRows() : QList<store::EntityRow>());
        return;
    }
    setLoading(true);
    auto *watcher = new QFutureWatcher<QList<store::EntityRow>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        if (generation == m_generation)
            swapIn(watcher->result());
    });
    // The worker captures only the path: it owns its connection and never touches this object.
    watcher->setFuture(QtConcurrent::run([path]() {
        store::CatalogStore reader;
        if (const QString error = reader.open(path); !error.isEmpty()) {
            qWarning("catalog table: %s", qPrintable(error));
            return QList<store::EntityRow>();
        }
        return reader.listRows();
    }));
}

void EntityTableModel::swapIn(QList<store::EntityRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    setLoading(false);
    Q_EMIT countChanged();
    Q_EMIT reloaded();
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const store::EntityRow &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return row.displayName();
        case KindColumn: return row.kind;
        case TypeColumn: return row.type;
        case OwnerColumn: return views::shortRef(row.owner);
        case SystemColumn: return views::shortRef(row.system);
        case LifecycleColumn: return row.lifecycle;
        case TagsColumn: return row.tags.join(QStringLiteral(", "));
        case DescriptionColumn: return row.description;
        default: return {};
        }
    }
    switch (role) {
    case RefRole: return row.ref;
    case KindRole: return row.kind;
    case NameRole: return row.name;
    case TitleRole: return row.displayName();
    case TypeRole: return row.type;
    case OwnerRole: return row.owner;
    case SystemRole: return row.system;
    case LifecycleRole: return row.lifecycle;
    case TagsRole: return row.tags;
    case DescriptionRole: return row.description;
    case NamespaceRole: return row.nameSpace;
    case StarredRole: return m_starred.contains(row.ref);
    default: return {};
    }
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name", "@title:column");
    case KindColumn: return tr("Kind", "@title:column");
    case TypeColumn: return tr("Type", "@title:column");
    case OwnerColumn: return tr("Owner", "@title:column");
    case SystemColumn: return tr("System", "@title:column");
    case LifecycleColumn: return tr("Lifecycle", "@title:column");
    case TagsColumn: return tr("Tags", "@title:column");
    case DescriptionColumn: return tr("Description", "@title:column");
    default: return {};
    }
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {RefRole, "ref"},       {KindRole, "kind"},
            {NameRole, "name"},           {TitleRole, "title"},   {TypeRole, "type"},
            {OwnerRole, "owner"},         {SystemRole, "system"}, {LifecycleRole, "lifecycle"},
            {TagsRole, "tags"},           {DescriptionRole, "description"}, {NamespaceRole, "namespace"},
            {StarredRole, "starred"}};
}
