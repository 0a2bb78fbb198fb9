// SPDX-License-Identifier: Apache-2.0
#include "entityfilterproxy.h"

#include "entitytablemodel.h"
#include "refs.h"
#include "store/catalogstore.h"

#include <QHash>

namespace {

constexpr int kTagFacet = 5; // position of "tag" in store::facetNames()
constexpr quint32 kFacetBits = (1u << EntityFilterProxy::kFacetCount) - 1;
constexpr quint32 kTextBit = 1u << 7;
constexpr quint32 kStarredBit = 1u << 8;
constexpr quint32 kMineBit = 1u << 9;

int facetIndex(const QString &facet)
{
    return int(store::facetNames().indexOf(facet));
}

int singleSlot(int facet)
{
    return facet < kTagFacet ? facet : facet - 1;
}

/// The value a facet shows for a row, as written (kind "Component", owner ref).
QString shownValue(const store::EntityRow &row, int facet)
{
    switch (facet) {
    case 0: return row.kind;
    case 1: return row.type;
    case 2: return row.lifecycle;
    case 3: return row.owner;
    case 4: return row.nameSpace;
    case 6: return row.system;
    default: return {};
    }
}

} // namespace

EntityFilterProxy::EntityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    connect(this, &QAbstractItemModel::modelReset, this, &EntityFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &EntityFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &EntityFilterProxy::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &EntityFilterProxy::countChanged);
}

void EntityFilterProxy::setTable(EntityTableModel *table)
{
    if (m_table == table)
        return;
    if (m_table)
        disconnect(m_table, nullptr, this, nullptr);
    m_table = table;
    if (table) {
        connect(table, &EntityTableModel::modelAboutToBeReset, this, [this]() { m_keys.clear(); });
        connect(table, &EntityTableModel::reloaded, this, [this]() {
            rebuildKeys();
            runTextSearch();
            refilter();
        });
    }
    rebuildKeys();
    setSourceModel(table);
    sort(EntityTableModel::NameColumn, Qt::AscendingOrder);
    recount();
    Q_EMIT tableChanged();
    Q_EMIT countChanged();
}

void EntityFilterProxy::rebuildKeys()
{
    m_keys.clear();
    if (!m_table)
        return;
    const int rows = m_table->rowCount();
    m_keys.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        const store::EntityRow &row = m_table->rowAt(r);
        RowKeys keys;
        for (int f = 0; f < kFacetCount; ++f) {
            if (f != kTagFacet)
                keys.single[singleSlot(f)] = shownValue(row, f).toLower();
        }
        for (const QString &tag : row.tags)
            keys.tags << tag.toLower();
        m_keys << keys;
    }
}

bool EntityFilterProxy::facetMatches(int sourceRow, int facet) const
{
    const QSet<QString> &accepted = m_selected[facet];
    if (accepted.isEmpty())
        return true;
    const RowKeys &keys = m_keys.at(sourceRow);
    if (facet != kTagFacet)
        return accepted.contains(keys.single[singleSlot(facet)]);
    for (const QString &tag : keys.tags) {
        if (accepted.contains(tag))
            return true;
    }
    return false;
}

quint32 EntityFilterProxy::failMask(int sourceRow) const
{
    quint32 mask = 0;
    for (int f = 0; f < kFacetCount; ++f) {
        if (!facetMatches(sourceRow, f))
            mask |= 1u << f;
    }
    const store::EntityRow &row = m_table->rowAt(sourceRow);
    if (m_textActive && !m_textIds.contains(row.id))
        mask |= kTextBit;
    if (m_starredOnly && !m_table->isStarred(sourceRow))
        mask |= kStarredBit;
    if (m_mineOnly && !m_myRefs.contains(row.owner))
        mask |= kMineBit;
    return mask;
}

bool EntityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_table || sourceRow >= m_keys.size())
        return false;
    return failMask(sourceRow) == 0;
}

bool EntityFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int column = left.column();
    const QString a = left.data(Qt::DisplayRole).toString();
    const QString b = right.data(Qt::DisplayRole).toString();
    // Empty cells sort last in either order would need order awareness; keeping them first ascending is simpler
    // and matches what spreadsheet users expect.
    const int byColumn = a.compare(b, Qt::CaseInsensitive);
    if (byColumn != 0 || column == EntityTableModel::NameColumn)
        return byColumn < 0;
    return m_table->rowAt(left.row()).name.compare(m_table->rowAt(right.row()).name, Qt::CaseInsensitive) < 0;
}

void EntityFilterProxy::recount()
{
    std::array<QHash<QString, store::FacetValue>, kFacetCount> tallies;
    const int rows = m_table ? int(m_keys.size()) : 0;
    for (int r = 0; r < rows; ++r) {
        const quint32 mask = failMask(r);
        if (mask & ~kFacetBits)
            continue;
        const store::EntityRow &row = m_table->rowAt(r);
        for (int f = 0; f < kFacetCount; ++f) {
            // A row counts for facet f when it passes every filter except (possibly) f's own.
            if (mask & ~(1u << f))
                continue;
            if (f == kTagFacet) {
                for (qsizetype t = 0; t < row.tags.size(); ++t) {
                    auto &entry = tallies[f][m_keys.at(r).tags.at(t)];
                    if (entry.value.isEmpty())
                        entry.value = row.tags.at(t);
                    ++entry.count;
                }
                continue;
            }
            const QString &key = m_keys.at(r).single[singleSlot(f)];
            if (key.isEmpty())
                continue;
            auto &entry = tallies[f][key];
            if (entry.value.isEmpty())
                entry.value = shownValue(row, f);
            ++entry.count;
        }
    }
    for (int f = 0; f < kFacetCount; ++f) {
        QList<store::FacetValue> values = tallies[f].values();
        std::sort(values.begin(), values.end(), [](const store::FacetValue &a, const store::FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.value.compare(b.value, Qt::CaseInsensitive) < 0;
        });
        m_counts[f] = values;
    }
    Q_EMIT facetsChanged();
}

QList<store::FacetValue> EntityFilterProxy::facetCounts(const QString &facet) const
{
    const int f = facetIndex(facet);
    return f < 0 ? QList<store::FacetValue>() : m_counts[f];
}

void EntityFilterProxy::refilter()
{
    invalidateFilter();
    recount();
    Q_EMIT filtersChanged();
    Q_EMIT countChanged();
}

void EntityFilterProxy::runTextSearch()
{
    const QString expression = m_text.trimmed();
    store::CatalogStore *store = m_table ? m_table->catalogStore() : nullptr;
    m_textActive = !expression.isEmpty();
    m_textIds = m_textActive && store ? store->matchingIds(expression) : QSet<qint64>();
}

void EntityFilterProxy::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    runTextSearch();
    refilter();
}

void EntityFilterProxy::setStarredOnly(bool on)
{
    if (m_starredOnly == on)
        return;
    m_starredOnly = on;
    refilter();
}

void EntityFilterProxy::setMineOnly(bool on)
{
    if (m_mineOnly == on)
        return;
    m_mineOnly = on;
    refilter();
}

void EntityFilterProxy::setMyRefs(const QStringList &refs)
{
    QSet<QString> next;
    for (const QString &ref : refs)
        next.insert(ref.toLower());
    if (next == m_myRefs)
        return;
    m_myRefs = next;
    if (m_mineOnly)
        refilter();
    else
        Q_EMIT filtersChanged();
}

bool EntityFilterProxy::hasFilters() const
{
    for (const auto &values : m_selected) {
        if (!values.isEmpty())
            return true;
    }
    return m_textActive || m_starredOnly || m_mineOnly;
}

void EntityFilterProxy::toggleFacet(const QString &facet, const QString &value)
{
    const int f = facetIndex(facet);
    if (f < 0)
        return;
    const QString key = value.toLower();
    if (!m_selected[f].remove(key))
        m_selected[f].insert(key);
    refilter();
}

void EntityFilterProxy::setFacet(const QString &facet, const QStringList &values)
{
    const int f = facetIndex(facet);
    if (f < 0)
        return;
    m_selected[f].clear();
    for (const QString &value : values)
        m_selected[f].insert(value.toLower());
    refilter();
}

bool EntityFilterProxy::isSelected(const QString &facet, const QString &value) const
{
    const int f = facetIndex(facet);
    return f >= 0 && m_selected[f].contains(value.toLower());
}

QStringList EntityFilterProxy::selected(const QString &facet) const
{
    const int f = facetIndex(facet);
    return f < 0 ? QStringList() : QStringList(m_selected[f].cbegin(), m_selected[f].cend());
}

void EntityFilterProxy::clearFilters()
{
    for (auto &values : m_selected)
        values.clear();
    m_text.clear();
    m_textActive = false;
    m_textIds.clear();
    m_starredOnly = false;
    m_mineOnly = false;
    refilter();
}

void EntityFilterProxy::sortBy(int column)
{
    if (column < 0 || column >= EntityTableModel::ColumnCount)
        return;
    const Qt::SortOrder order = column == sortColumn() && sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                                                           : Qt::AscendingOrder;
    sort(column, order);
    Q_EMIT sortChanged();
}

QString EntityFilterProxy::refAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, 0).data(EntityTableModel::RefRole).toString();
}
