// SPDX-License-Identifier: Apache-2.0
#include "store/query.h"

#include <QRegularExpression>

namespace store {

QString ftsExpression(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    QStringList terms;
    auto it = words.globalMatch(text);
    while (it.hasNext())
        terms << u'"' + it.next().captured().toLower() + QStringLiteral("\"*");
    return terms.join(u' ');
}

QString facetColumn(const QString &facet)
{
    if (facet == u"kind" || facet == u"type" || facet == u"lifecycle" || facet == u"owner" || facet == u"system"
        || facet == u"namespace")
        return QStringLiteral("f.") + facet;
    return {};
}

QString facetFilterExpression(const QString &facet)
{
    // Refs and namespaces are stored lowercased; kind, type and lifecycle have lowercased key columns.
    if (facet == u"owner" || facet == u"system" || facet == u"namespace")
        return facetColumn(facet);
    const QString column = facetColumn(facet);
    return column.isEmpty() ? QString() : column + QStringLiteral("_key");
}

QString listingColumns()
{
    return QStringLiteral("e.id, e.ref, e.kind, e.namespace, e.name, e.title, e.description, e.type, e.lifecycle, "
                          "e.owner, e.system, e.file, e.line, e.source_id");
}

EntityRow listingRowFrom(const QSqlQuery &q)
{
    EntityRow row;
    row.id = q.value(0).toLongLong();
    row.ref = q.value(1).toString();
    row.kind = q.value(2).toString();
    row.nameSpace = q.value(3).toString();
    row.name = q.value(4).toString();
    row.title = q.value(5).toString();
    row.description = q.value(6).toString();
    row.type = q.value(7).toString();
    row.lifecycle = q.value(8).toString();
    row.owner = q.value(9).toString();
    row.system = q.value(10).toString();
    row.file = q.value(11).toString();
    row.line = q.value(12).toInt();
    row.sourceId = q.value(13).toString();
    return row;
}

SqlCondition buildCondition(const Query &query, const QString &exceptFacet)
{
    SqlCondition out;
    QStringList parts;
    const QString fts = ftsExpression(query.text);
    if (!fts.isEmpty()) {
        parts << QStringLiteral("f.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)");
        out.values << fts;
    }
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it) {
        if (it.key() == exceptFacet || it.value().isEmpty())
            continue;
        QStringList marks;
        for (const QString &value : it.value()) {
            marks << QStringLiteral("?");
            out.values << value.toLower();
        }
        if (it.key() == u"tag") {
            parts << QStringLiteral("f.id IN (SELECT entity_id FROM entity_tags WHERE tag IN (%1))").arg(marks.join(u','));
            continue;
        }
        const QString column = facetFilterExpression(it.key());
        if (column.isEmpty()) {
            // Unknown facet: match nothing rather than silently ignoring the filter.
            parts << QStringLiteral("0");
            for (qsizetype i = 0; i < it.value().size(); ++i)
                out.values.removeLast();
            continue;
        }
        parts << QStringLiteral("%1 IN (%2)").arg(column, marks.join(u','));
    }
    out.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return out;
}

} // namespace store
