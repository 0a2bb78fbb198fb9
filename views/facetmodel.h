// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>

#include "entityfilterproxy.h"

/// One facet's values with their counts under the other filters, and whether each is selected.
class FacetModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(EntityFilterProxy *filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString facet READ facet WRITE setFacet NOTIFY facetChanged)
    /// Rows shown at most (0: all); the most frequent values come first.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    /// Values there are in total, whatever the limit.
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    enum Roles {
        ValueRole = Qt::UserRole, ///< the value as stored (owner refs stay refs)
        LabelRole,                ///< how to show it ("team-a" for "group:default/team-a")
        CountRole,                ///< entities with this value under the other filters
        SelectedRole,             ///< bool
    };
    Q_ENUM(Roles)

    explicit FacetModel(QObject *parent = nullptr);

    [[nodiscard]] EntityFilterProxy *filter() const { return m_filter; }
    void setFilter(EntityFilterProxy *filter);
    [[nodiscard]] QString facet() const { return m_facet; }
    void setFacet(const QString &facet);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] int total() const { return m_total; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Selects or unselects `value` in the filter.
    Q_INVOKABLE void toggle(const QString &value);

Q_SIGNALS:
    void filterChanged();
    void facetChanged();
    void limitChanged();
    void totalChanged();

private:
    void refresh();
    QPointer<EntityFilterProxy> m_filter;
    QString m_facet;
    int m_limit = 0;
    int m_total = 0;
    QList<store::FacetValue> m_values;
    QList<bool> m_selected;
};
