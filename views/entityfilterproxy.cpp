// SPDX-License-Identifier: Apache-2.0
#include "entityfilterproxy.h"

#include "entitytablemodel.h"
#include "refs.h"
#include "store/catalogstore.h"

#include <QHash>
#include <numeric>

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
        connect(table, &EntityTableModel::modelAboutToBeReset, this, [this]() {
            m_keys.clear();
            m_rank.clear();
        });
        connect(table, &EntityTableModel::reloaded, this, [this]() {
            rebuildKeys();
            runTextSearch();
            invalidate(); // new rows, new ranks
            recount();
            Q_EMIT filtersChanged();
            Q_EMIT countChanged();
        });
    }
    rebuildKeys();
    setSourceModel(table);
    sort(EntityTableModel::NameColumn, Qt::AscendingOrder);
    recount();
    Q_EMIT tableChanged();
    Q_EMIT countChanged();
}

int EntityFilterProxy::FacetIndex::intern(const QString &shownValue)
{
    const QString key = shownValue.toLower();
    const auto it = ids.constFind(key);
    if (it != ids.constEnd())
        return it.value();
    const int id = int(shown.size());
    ids.insert(key, id);
    shown << shownValue;
    return id;
}

void EntityFilterProxy::rebuildKeys()
{
    m_keys.clear();
    for (auto &index : m_index)
        index = {};
    if (m_table) {
        const int rows = m_table->rowCount();
        m_keys.reserve(rows);
        for (int r = 0; r < rows; ++r) {
            const store::EntityRow &row = m_table->rowAt(r);
            RowKeys keys;
            for (int f = 0; f < kFacetCount; ++f) {
                if (f != kTagFacet)
                    keys.single[singleSlot(f)] = m_index[f].intern(shownValue(row, f));
            }
            for (const QString &tag : row.tags)
                keys.tags << m_index[kTagFacet].intern(tag);
            m_keys << keys;
        }
    }
    rebuildAccepted();
    rebuildRanks(std::max(0, sortColumn()));
}

void EntityFilterProxy::rebuildAccepted()
{
    for (int f = 0; f < kFacetCount; ++f) {
        m_accepted[f].assign(size_t(m_index[f].shown.size()), 0);
        for (const QString &value : std::as_const(m_selected[f])) {
            const auto it = m_index[f].ids.constFind(value);
            if (it != m_index[f].ids.constEnd())
                m_accepted[f][size_t(it.value())] = 1;
        }
    }
}

void EntityFilterProxy::rebuildRanks(int column)
{
    // Sorting compares precomputed ranks: one string sort per column choice instead of string compares on every
    // row move while filters change.
    m_rank.clear();
    if (!m_table)
        return;
    const int rows = m_table->rowCount();
    QStringList keys;
    keys.reserve(rows);
    for (int r = 0; r < rows; ++r)
        keys << m_table->index(r, column).data(Qt::DisplayRole).toString().toLower();
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const int byColumn = keys.at(a).compare(keys.at(b));
        if (byColumn != 0)
            return byColumn < 0;
        return m_table->rowAt(a).name.compare(m_table->rowAt(b).name, Qt::CaseInsensitive) < 0;
    });
    m_rank.resize(rows);
    for (int position = 0; position < rows; ++position)
        m_rank[order.at(position)] = position;
}

bool EntityFilterProxy::facetMatches(int sourceRow, int facet) const
{
    if (m_selected[facet].isEmpty())
        return true;
    const std::vector<char> &accepted = m_accepted[facet];
    const RowKeys &keys = m_keys.at(sourceRow);
    if (facet != kTagFacet)
        return accepted[size_t(keys.single[singleSlot(facet)])] != 0;
    for (int tag : keys.tags) {
        if (accepted[size_t(tag)])
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
    if (m_textActive && !m_textMatch[size_t(sourceRow)])
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
    const int a = left.row();
    const int b = right.row();
    if (a < m_rank.size() && b < m_rank.size())
        return m_rank.at(a) < m_rank.at(b);
    return QSortFilterProxyModel::lessThan(left, right);
}

void EntityFilterProxy::recount()
{
    std::array<std::vector<int>, kFacetCount> tallies;
    for (int f = 0; f < kFacetCount; ++f)
        tallies[f].assign(size_t(m_index[f].shown.size()), 0);
    const int rows = m_table ? int(m_keys.size()) : 0;
    for (int r = 0; r < rows; ++r) {
        const quint32 mask = failMask(r);
        if (mask & ~kFacetBits)
            continue;
        const RowKeys &keys = m_keys.at(r);
        for (int f = 0; f < kFacetCount; ++f) {
            // A row counts for facet f when it passes every filter except (possibly) f's own.
            if (mask & ~(1u << f))
                continue;
            if (f == kTagFacet) {
                for (int tag : keys.tags)
                    ++tallies[f][size_t(tag)];
            } else {
                ++tallies[f][size_t(keys.single[singleSlot(f)])];
            }
        }
    }
    for (int f = 0; f < kFacetCount; ++f) {
        QList<store::FacetValue> values;
        for (size_t id = 0; id < tallies[f].size(); ++id) {
            const QString &shown = m_index[f].shown.at(qsizetype(id));
            if (tallies[f][id] > 0 && !shown.isEmpty())
                values.append({shown, tallies[f][id]});
        }
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
    const QSet<qint64> ids = m_textActive && store ? store->matchingIds(expression) : QSet<qint64>();
    m_textMatch.assign(size_t(m_keys.size()), 0);
    if (m_textActive) {
        for (qsizetype r = 0; r < m_keys.size(); ++r)
            m_textMatch[size_t(r)] = ids.contains(m_table->rowAt(int(r)).id);
    }
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
    rebuildAccepted();
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
    rebuildAccepted();
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
    rebuildAccepted();
    m_text.clear();
    m_textActive = false;
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
    // Ranks follow the column; QSortFilterProxyModel reverses them for a descending order.
    rebuildRanks(column);
    sort(column, order);
    invalidate(); // same column, new ranks: sort() alone would not re-sort
    Q_EMIT sortChanged();
}

QString EntityFilterProxy::refAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, 0).data(EntityTableModel::RefRole).toString();
}
