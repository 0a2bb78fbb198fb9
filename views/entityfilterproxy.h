// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QPointer>
#include <QQmlEngine>
#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>
#include <array>
#include <vector>

#include "entitytablemodel.h"

/// The catalog table as the user narrows it: facet filters (values ORed within a facet, facets ANDed, as in
/// Backstage), free text over the store's FTS index, starred only, owned by me or my groups; sorted by any
/// column. Also counts every facet's values under all filters but that facet's own (faceted search).
class EntityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(EntityTableModel *table READ table WRITE setTable NOTIFY tableChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filtersChanged)
    Q_PROPERTY(bool starredOnly READ starredOnly WRITE setStarredOnly NOTIFY filtersChanged)
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY filtersChanged)
    Q_PROPERTY(QStringList myRefs READ myRefs WRITE setMyRefs NOTIFY filtersChanged)
    Q_PROPERTY(bool hasFilters READ hasFilters NOTIFY filtersChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY sortChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending NOTIFY sortChanged)

public:
    static constexpr int kFacetCount = 7;
    explicit EntityFilterProxy(QObject *parent = nullptr);

    [[nodiscard]] EntityTableModel *table() const { return m_table; }
    void setTable(EntityTableModel *table);
    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] bool starredOnly() const { return m_starredOnly; }
    void setStarredOnly(bool on);
    [[nodiscard]] bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool on);
    [[nodiscard]] QStringList myRefs() const { return m_myRefs.values(); }
    void setMyRefs(const QStringList &refs);
    [[nodiscard]] bool hasFilters() const;
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] bool sortDescending() const { return sortOrder() == Qt::DescendingOrder; }

    Q_INVOKABLE void toggleFacet(const QString &facet, const QString &value);
    Q_INVOKABLE void setFacet(const QString &facet, const QStringList &values);
    Q_INVOKABLE [[nodiscard]] bool isSelected(const QString &facet, const QString &value) const;
    Q_INVOKABLE [[nodiscard]] QStringList selected(const QString &facet) const;
    Q_INVOKABLE void clearFilters();
    /// Sorts by `column`; the same column again flips the order.
    Q_INVOKABLE void sortBy(int column);
    Q_INVOKABLE [[nodiscard]] QString refAt(int row) const;

    /// Values of `facet` with counts, most frequent first; empty for an unknown facet.
    [[nodiscard]] QList<store::FacetValue> facetCounts(const QString &facet) const;

Q_SIGNALS:
    void tableChanged();
    void filtersChanged();
    void countChanged();
    void sortChanged();
    /// Facet counts were recomputed.
    void facetsChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// A row's facet values as small integers (per-facet ids of the lowercased value), computed once per reload so
    /// that filtering and counting 50k rows compares ints, not strings.
    struct RowKeys {
        std::array<int, kFacetCount - 1> single; // every facet but "tag", in facet order minus tag
        QList<int> tags;
    };
    /// Per facet: id of each lowercased value, and the value as first written.
    struct FacetIndex {
        QHash<QString, int> ids;
        QStringList shown;
        [[nodiscard]] int intern(const QString &shownValue);
    };
    [[nodiscard]] quint32 failMask(int sourceRow) const;
    [[nodiscard]] bool facetMatches(int sourceRow, int facet) const;
    void rebuildKeys();
    void rebuildRanks(int column);
    void rebuildAccepted();
    void refilter();
    void recount();
    void runTextSearch();

    QPointer<EntityTableModel> m_table;
    QList<RowKeys> m_keys;
    std::array<FacetIndex, kFacetCount> m_index;
    std::array<QSet<QString>, kFacetCount> m_selected;  ///< lowercased values; survive reloads
    std::array<std::vector<char>, kFacetCount> m_accepted; ///< by value id, derived from m_selected
    QList<int> m_rank; ///< source row -> position in the current sort column's order
    std::vector<char> m_textMatch; ///< by source row, while a text search is active
    std::array<QList<store::FacetValue>, kFacetCount> m_counts;
    QString m_text;
    bool m_textActive = false;
    bool m_starredOnly = false;
    bool m_mineOnly = false;
    QSet<QString> m_myRefs;
};
