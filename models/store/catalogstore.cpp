// SPDX-License-Identifier: Apache-2.0
#include "store/catalogstore.h"

#include "store/query.h"
#include "store/schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace store {

namespace {

QAtomicInt s_connectionCounter;

const QString kEntityColumns = listingColumns() + QStringLiteral(", e.data");

EntityRow rowFrom(const QSqlQuery &q)
{
    EntityRow row = listingRowFrom(q);
    row.data = QJsonDocument::fromJson(q.value(kListingColumnCount).toByteArray()).object();
    const QJsonArray tags = row.data.value(u"metadata").toObject().value(u"tags").toArray();
    for (const auto &tag : tags)
        row.tags << tag.toString();
    return row;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

CatalogStore::CatalogStore()
    : m_connection(QStringLiteral("portolan-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

CatalogStore::~CatalogStore()
{
    m_statements.clear(); // statements before their connection
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString CatalogStore::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("PORTOLAN_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir + QStringLiteral("/portolan/catalog.sqlite");
}

QString CatalogStore::open(const QString &path)
{
    m_statements.clear();
    m_path = path;
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
    }
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(path);
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!database.open())
        return QStringLiteral("cannot open the catalog %1: %2").arg(path, database.lastError().text());
    QSqlQuery q(database);
    // A 64 MiB page cache and memory-mapped reads keep facet scans and FTS lookups off pread().
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA cache_size=-65536", "PRAGMA mmap_size=268435456", "PRAGMA temp_store=MEMORY"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return QStringLiteral("cannot open the catalog %1: %2").arg(path, q.lastError().text());
    }
    // A file that is not SQLite only shows itself on the first read.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return QStringLiteral("%1 is not a Portolan catalog: %2").arg(path, q.lastError().text());
    const QString error = migrate(database);
    if (!error.isEmpty())
        return QStringLiteral("cannot prepare the catalog %1: %2").arg(path, error);
    return {};
}

bool CatalogStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

QSqlDatabase CatalogStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString CatalogStore::upsertSource(const SourceInfo &source, bool success, const QString &error)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO sources (id, kind, target, last_sync, last_error, last_error_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, target = excluded.target, "
        "last_sync = coalesce(excluded.last_sync, last_sync), last_error = excluded.last_error, "
        "last_error_at = coalesce(excluded.last_error_at, last_error_at)"));
    q.addBindValue(source.id);
    q.addBindValue(source.kind);
    q.addBindValue(source.target);
    q.addBindValue(success ? nowText() : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(success ? QVariant(QMetaType::fromType<QString>()) : QVariant(error));
    q.addBindValue(success ? QVariant(QMetaType::fromType<QString>()) : QVariant(nowText()));
    QString err;
    exec(q, &err);
    return err;
}

QString CatalogStore::recordSourceError(const SourceInfo &source, const QString &error)
{
    return upsertSource(source, false, error);
}

QString CatalogStore::removeSource(const QString &sourceId)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery q(database);
    QString error;
    q.prepare(QStringLiteral("DELETE FROM entities_fts WHERE rowid IN (SELECT id FROM entities WHERE source_id = ?)"));
    q.addBindValue(sourceId);
    if (exec(q, &error)) {
        q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
        q.addBindValue(sourceId);
        exec(q, &error);
    }
    if (!error.isEmpty()) {
        database.rollback();
        return error;
    }
    return database.commit() ? QString() : database.lastError().text();
}

std::optional<EntityRow> CatalogStore::entity(const QString &ref) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM entities e WHERE e.ref = ?").arg(kEntityColumns));
    q.addBindValue(ref.toLower());
    if (!q.exec() || !q.next()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return rowFrom(q);
}

QList<EntityRow> CatalogStore::withAnnotation(const QString &key) const
{
    QList<EntityRow> rows;
    QSqlQuery q(db());
    // json_each rather than a JSON path: annotation keys contain dots and slashes.
    q.prepare(QStringLiteral("SELECT %1 FROM entities e WHERE EXISTS (SELECT 1 FROM "
                             "json_each(e.data, '$.metadata.annotations') a WHERE a.key = ?) "
                             "ORDER BY e.name COLLATE NOCASE, e.kind").arg(kEntityColumns));
    q.addBindValue(key);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

QList<EntityRow> CatalogStore::search(const Query &query) const
{
    m_lastError.clear();
    Query filtersOnly = query;
    filtersOnly.text.clear();
    const SqlCondition condition = buildCondition(filtersOnly);
    const QString fts = ftsExpression(query.text);
    // The page is chosen over the narrow entity_facets rows first and only its rows are read from entities:
    // sorting every match with its JSON document costs more than ranking it (a short prefix matches thousands).
    // The id breaks remaining ties, so pages never overlap.
    QString page;
    QString order;
    QVariantList values;
    if (fts.isEmpty()) {
        page = QStringLiteral("SELECT f.id AS id, f.kind AS kind, f.name AS name FROM entity_facets f WHERE %1 "
                              "ORDER BY f.kind, f.name COLLATE NOCASE, f.id LIMIT ? OFFSET ?")
                   .arg(condition.sql);
        order = QStringLiteral("hit.kind, hit.name COLLATE NOCASE, hit.id");
    } else {
        // bm25 weights follow the FTS columns: name, title, description, tags, owner, type, annotations.
        page = QStringLiteral("SELECT f.id AS id, bm25(entities_fts, 10.0, 8.0, 2.0, 4.0, 3.0, 2.0, 1.0) AS score, "
                              "f.name AS name FROM entities_fts JOIN entity_facets f ON f.id = entities_fts.rowid "
                              "WHERE entities_fts MATCH ? AND %1 ORDER BY score, f.name, f.id LIMIT ? OFFSET ?")
                   .arg(condition.sql);
        order = QStringLiteral("hit.score, hit.name, hit.id");
        values << fts;
    }
    values << condition.values << (query.limit > 0 ? query.limit : -1) << query.offset;
    QSqlQuery &q = statement(QStringLiteral("SELECT %1 FROM (%2) hit JOIN entities e ON e.id = hit.id ORDER BY %3")
                                 .arg(kEntityColumns, page, order));
    QList<EntityRow> rows;
    if (!run(q, values))
        return rows;
    while (q.next())
        rows << rowFrom(q);
    q.finish();
    return rows;
}

int CatalogStore::count(const Query &query) const
{
    const SqlCondition condition = buildCondition(query);
    QSqlQuery &q = statement(QStringLiteral("SELECT count(*) FROM entity_facets f WHERE %1").arg(condition.sql));
    if (!run(q, condition.values) || !q.next()) {
        m_lastError = q.lastError().text();
        return 0;
    }
    const int n = q.value(0).toInt();
    q.finish();
    return n;
}

int CatalogStore::entityCount() const
{
    return count(Query{});
}

QStringList CatalogStore::refsNamed(const QString &name, const QString &nameSpace) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ref FROM entities WHERE lower(name) = lower(?) AND (? = '' OR namespace = lower(?)) "
                             "ORDER BY kind = 'Component' DESC, ref"));
    // A null QString binds as SQL NULL, which would make the namespace test unknown rather than true.
    const QString ns = nameSpace.isEmpty() ? QStringLiteral("") : nameSpace;
    q.addBindValue(name);
    q.addBindValue(ns);
    q.addBindValue(ns);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

Facets CatalogStore::facets(const Query &query, const QStringList &names) const
{
    Facets out;
    for (const QString &facet : names) {
        const SqlCondition condition = buildCondition(query, facet);
        QString sql;
        if (facet == u"tag") {
            sql = QStringLiteral("SELECT t.tag, count(*) AS n FROM entity_tags t JOIN entity_facets f ON f.id = t.entity_id "
                                 "WHERE %1 GROUP BY t.tag ORDER BY n DESC, t.tag")
                      .arg(condition.sql);
        } else {
            const QString column = facetColumn(facet);
            if (column.isEmpty())
                continue;
            // Values are counted case-insensitively but shown as first written (Component, not component).
            sql = QStringLiteral("SELECT min(%1), count(*) AS n FROM entity_facets f WHERE %2 AND %1 IS NOT NULL "
                                 "GROUP BY %3 ORDER BY n DESC, 1")
                      .arg(column, condition.sql, facetFilterExpression(facet));
        }
        QSqlQuery &q = statement(sql);
        if (!run(q, condition.values))
            continue;
        QList<FacetValue> values;
        while (q.next())
            values.append({q.value(0).toString(), q.value(1).toInt()});
        q.finish();
        out.insert(facet, values);
    }
    return out;
}

QSqlQuery &CatalogStore::statement(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Filter combinations are few in practice; the bound keeps odd callers from growing the cache forever.
        if (m_statements.size() >= 64)
            m_statements.clear();
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(sql);
        it = m_statements.insert(sql, q);
    }
    return it.value();
}

bool CatalogStore::run(QSqlQuery &q, const QVariantList &values) const
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (q.exec())
        return true;
    m_lastError = q.lastError().text();
    return false;
}

QList<catalog::Relation> CatalogStore::relationsFrom(const QString &ref) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT source_ref, type, target_ref FROM relations WHERE source_ref = ? "
                             "ORDER BY type, target_ref"));
    q.addBindValue(ref.toLower());
    QList<catalog::Relation> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<catalog::Relation> CatalogStore::relationsTo(const QString &ref) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT source_ref, type, target_ref FROM relations WHERE target_ref = ? "
                             "ORDER BY type, source_ref"));
    q.addBindValue(ref.toLower());
    QList<catalog::Relation> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QList<SourceInfo> CatalogStore::sources() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<SourceInfo> out;
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.kind, s.target, s.last_sync, s.last_error, s.last_error_at, "
            "(SELECT count(*) FROM entities e WHERE e.source_id = s.id), "
            "(SELECT count(*) FROM diagnostics d WHERE d.source_id = s.id) FROM sources s ORDER BY s.id")))
        return out;
    while (q.next()) {
        SourceInfo info;
        info.id = q.value(0).toString();
        info.kind = q.value(1).toString();
        info.target = q.value(2).toString();
        info.lastSync = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        info.lastError = q.value(4).toString();
        info.lastErrorAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        info.entityCount = q.value(6).toInt();
        info.diagnosticCount = q.value(7).toInt();
        out << info;
    }
    return out;
}

std::optional<CatalogStore::CachedValue> CatalogStore::cached(const QString &kind, const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value, updated_at FROM cache WHERE kind = ? AND key = ?"));
    q.addBindValue(kind);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CachedValue{q.value(0).toByteArray(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
}

QString CatalogStore::putCached(const QString &kind, const QString &key, const QByteArray &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO cache (kind, key, value, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(value));
    q.addBindValue(nowText());
    return q.exec() ? QString() : q.lastError().text();
}

QList<catalog::Diagnostic> CatalogStore::diagnostics(const QString &sourceId) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT file, line, col, field, message, entity_ref FROM diagnostics "
                             "WHERE (? IS NULL OR source_id = ?) ORDER BY rowid"));
    const QVariant id = sourceId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sourceId);
    q.addBindValue(id);
    q.addBindValue(id);
    QList<catalog::Diagnostic> out;
    if (q.exec()) {
        while (q.next()) {
            out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString()});
        }
    }
    return out;
}

} // namespace store
