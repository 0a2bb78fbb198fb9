// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/storetypes.h"

#include <QSqlQuery>
#include <QVariantList>

namespace store {

/// Turns what a user types into an FTS5 expression: every word is a prefix term, all must match.
/// Quotes and operators are neutralised, so any input is a valid query. Empty for input without words.
[[nodiscard]] QString ftsExpression(const QString &text);

/// SQL condition over `entity_facets f` (without "WHERE") for a query, and its bound values in order.
/// `exceptFacet` leaves one facet's filter out, as faceted search counts a facet's values.
struct SqlCondition {
    QString sql;
    QVariantList values;
};
[[nodiscard]] SqlCondition buildCondition(const Query &query, const QString &exceptFacet = {});

/// The entity_facets column a facet shows, or empty for "tag" (a separate table) and unknown facets.
[[nodiscard]] QString facetColumn(const QString &facet);
/// The entity_facets column a facet filter compares (lowercased values) with and counts by, or empty as above.
[[nodiscard]] QString facetFilterExpression(const QString &facet);

/// The listing columns every entity query selects first, in this order; `listingColumns` is the SQL for them.
inline constexpr int kListingColumnCount = 14;
[[nodiscard]] QString listingColumns();
/// An EntityRow with the listing columns (0..13) of the current row of `q` filled in.
[[nodiscard]] EntityRow listingRowFrom(const QSqlQuery &q);

} // namespace store
