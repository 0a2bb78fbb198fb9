// SPDX-License-Identifier: Apache-2.0
#include "facetmodel.h"

#include "entityfilterproxy.h"
#include "refs.h"

FacetModel::FacetModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FacetModel::setFilter(EntityFilterProxy *filter)
{
    if (m_filter == filter)
        return;
    if (m_filter)
        disconnect(m_filter, nullptr, this, nullptr);
    m_filter = filter;
    if (filter)
        connect(filter, &EntityFilterProxy::facetsChanged, this, &FacetModel::refresh);
    refresh();
    Q_EMIT filterChanged();
}

void FacetModel::setFacet(const QString &facet)
{
    if (m_facet == facet)
        return;
    m_facet = facet;
    refresh();
    Q_EMIT facetChanged();
}

void FacetModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    refresh();
    Q_EMIT limitChanged();
}

void FacetModel::refresh()
{
    QList<store::FacetValue> all = m_filter ? m_filter->facetCounts(m_facet) : QList<store::FacetValue>();
    const int total = int(all.size());
    QList<store::FacetValue> shown;
    QList<bool> selected;
    for (const store::FacetValue &value : std::as_const(all)) {
        const bool isSelected = m_filter->isSelected(m_facet, value.value);
        // Selected values stay visible even when the limit would hide them, so they can be unselected.
        if (m_limit > 0 && shown.size() >= m_limit && !isSelected)
            continue;
        shown << value;
        selected << isSelected;
    }
    // A selected value that no longer matches anything still has to be shown to be unselected.
    if (m_filter) {
        for (const QString &value : m_filter->selected(m_facet)) {
            const bool present = std::any_of(shown.cbegin(), shown.cend(), [&](const store::FacetValue &v) {
                return v.value.compare(value, Qt::CaseInsensitive) == 0;
            });
            if (!present) {
                shown << store::FacetValue{value, 0};
                selected << true;
            }
        }
    }
    if (shown == m_values && selected == m_selected) {
        // Nothing moved; avoid resetting the delegates (and the user's scroll position).
    } else if (shown.size() == m_values.size()
               && std::equal(shown.cbegin(), shown.cend(), m_values.cbegin(),
                             [](const auto &a, const auto &b) { return a.value == b.value; })) {
        m_values = shown;
        m_selected = selected;
        if (!m_values.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {CountRole, SelectedRole});
    } else {
        beginResetModel();
        m_values = shown;
        m_selected = selected;
        endResetModel();
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}

int FacetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_values.size());
}

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const store::FacetValue &value = m_values.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return m_facet == u"owner" || m_facet == u"system" ? views::shortRef(value.value) : value.value;
    case ValueRole:
        return value.value;
    case CountRole:
        return value.count;
    case SelectedRole:
        return m_selected.at(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> FacetModel::roleNames() const
{
    return {{ValueRole, "value"}, {LabelRole, "label"}, {CountRole, "count"}, {SelectedRole, "selected"}};
}

void FacetModel::toggle(const QString &value)
{
    if (m_filter)
        m_filter->toggleFacet(m_facet, value);
}
