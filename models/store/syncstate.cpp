// SPDX-License-Identifier: Apache-2.0
// Sync bookkeeping tables (schema step 2): per-source state and the parse cache.
#include "store/catalogstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace store {

QString CatalogStore::markSourceSynced(const SourceInfo &source)
{
    return upsertSource(source, true, {});
}

QString CatalogStore::syncState(const QString &sourceId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT state FROM sync_state WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QString CatalogStore::setSyncState(const QString &sourceId, const QString &state)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO sync_state (source_id, state) VALUES (?, ?) "
                             "ON CONFLICT(source_id) DO UPDATE SET state = excluded.state"));
    q.addBindValue(sourceId);
    q.addBindValue(state);
    return q.exec() ? QString() : q.lastError().text();
}

QHash<QString, std::pair<QString, QString>> CatalogStore::parseCache(const QString &sourceId) const
{
    QHash<QString, std::pair<QString, QString>> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT root, deps, result FROM sync_parse_cache WHERE source_id = ?"));
    q.addBindValue(sourceId);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

QString CatalogStore::replaceParseCache(const QString &sourceId, const QHash<QString, std::pair<QString, QString>> &entries)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery q(database);
    q.prepare(QStringLiteral("DELETE FROM sync_parse_cache WHERE source_id = ?"));
    q.addBindValue(sourceId);
    QString error;
    if (q.exec()) {
        q.prepare(QStringLiteral("INSERT INTO sync_parse_cache (source_id, root, deps, result) VALUES (?, ?, ?, ?)"));
        for (auto it = entries.begin(); it != entries.end() && error.isEmpty(); ++it) {
            q.addBindValue(sourceId);
            q.addBindValue(it.key());
            q.addBindValue(it->first);
            q.addBindValue(it->second);
            if (!q.exec())
                error = q.lastError().text();
        }
    } else {
        error = q.lastError().text();
    }
    if (!error.isEmpty()) {
        database.rollback();
        return error;
    }
    return database.commit() ? QString() : database.lastError().text();
}

} // namespace store
