// SPDX-License-Identifier: Apache-2.0
// TechDocs search over docs_sections / docs_fts (schema step 6).
#include "store/catalogstore.h"
#include "store/query.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

namespace {

// The match markers must not occur in indexed text, or a snippet would highlight the wrong thing.
QString withoutMarkers(QString text)
{
    text.remove(kMatchStart);
    text.remove(kMatchEnd);
    return text;
}

// A null QString binds as SQL NULL; the home page's URL and a top section's anchor are empty, not unknown.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

QString CatalogStore::replaceDocsIndex(const QString &entityRef, const QString &contentHash,
                                       const QList<DocSection> &sections)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return database.lastError().text();
    auto fail = [&](const QSqlQuery &q) {
        const QString error = q.lastError().text();
        database.rollback();
        return error;
    };
    QSqlQuery q(database);
    q.prepare(QStringLiteral("DELETE FROM docs_sections WHERE entity_ref = ?"));
    q.addBindValue(entityRef);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO docs_sections (entity_ref, page_url, page_title, heading, anchor, text) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const DocSection &section : sections) {
        q.addBindValue(entityRef);
        q.addBindValue(text(section.pageUrl));
        q.addBindValue(text(withoutMarkers(section.pageTitle)));
        q.addBindValue(text(withoutMarkers(section.heading)));
        q.addBindValue(text(section.anchor));
        q.addBindValue(text(withoutMarkers(section.text)));
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO docs_index (entity_ref, content_hash, indexed_at, sections) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(entity_ref) DO UPDATE SET content_hash = excluded.content_hash, "
                             "indexed_at = excluded.indexed_at, sections = excluded.sections"));
    q.addBindValue(entityRef);
    q.addBindValue(text(contentHash));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(int(sections.size()));
    if (!q.exec())
        return fail(q);
    if (!database.commit())
        return database.lastError().text();
    return {};
}

QString CatalogStore::removeDocsIndex(const QString &entityRef)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery q(database);
    for (const char *sql : {"DELETE FROM docs_sections WHERE entity_ref = ?", "DELETE FROM docs_index WHERE entity_ref = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(entityRef);
        if (!q.exec()) {
            const QString error = q.lastError().text();
            database.rollback();
            return error;
        }
    }
    return database.commit() ? QString() : database.lastError().text();
}

std::optional<DocsIndexInfo> CatalogStore::docsIndexInfo(const QString &entityRef) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT content_hash, indexed_at, sections FROM docs_index WHERE entity_ref = ?"));
    q.addBindValue(entityRef);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return DocsIndexInfo{q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                         q.value(2).toInt()};
}

QList<DocsHit> CatalogStore::searchDocs(const QString &text, int limit, const QString &entityRef) const
{
    QList<DocsHit> hits;
    const QString fts = ftsExpression(text);
    if (fts.isEmpty() || limit <= 0)
        return hits;
    // Docs of entities that left the catalog stay indexed (they may come back) but are not found.
    // Columns: 0 page_title, 1 heading, 2 text. A snippet of ~16 tokens around the best match of the text;
    // the heading is highlighted whole.
    const QString markers = QStringLiteral("char(2), char(3)");
    QString sql = QStringLiteral("SELECT s.entity_ref, s.page_url, s.page_title, highlight(docs_fts, 1, %1), s.anchor,"
                                 " snippet(docs_fts, 2, %1, '…', 16), bm25(docs_fts, 4.0, 8.0, 1.0) AS rank"
                                 " FROM docs_fts JOIN docs_sections s ON s.id = docs_fts.rowid"
                                 " WHERE docs_fts MATCH ? AND s.entity_ref IN (SELECT ref FROM entities)")
                      .arg(markers);
    if (!entityRef.isEmpty())
        sql += QStringLiteral(" AND s.entity_ref = ?");
    sql += QStringLiteral(" ORDER BY rank, s.id LIMIT ?");
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(fts);
    if (!entityRef.isEmpty())
        q.addBindValue(entityRef);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return hits;
    }
    while (q.next()) {
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toDouble()});
    }
    return hits;
}

} // namespace store
