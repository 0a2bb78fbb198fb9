// SPDX-License-Identifier: Apache-2.0
// What the desktop app reads in bulk and remembers for the user (schema step 2).
#include "store/catalogstore.h"
#include "store/query.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace store {

QList<EntityRow> CatalogStore::listRows() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QList<EntityRow> rows;
    // Tags come from their own table; a unit separator cannot occur in a valid tag.
    if (!q.exec(QStringLiteral("SELECT %1, (SELECT group_concat(t.tag, char(31)) FROM entity_tags t "
                               "WHERE t.entity_id = e.id) FROM entities e ORDER BY e.id")
                    .arg(listingColumns()))) {
        m_lastError = q.lastError().text();
        return rows;
    }
    while (q.next()) {
        EntityRow row = listingRowFrom(q);
        const QString tags = q.value(kListingColumnCount).toString();
        if (!tags.isEmpty())
            row.tags = tags.split(QChar(31));
        rows << row;
    }
    return rows;
}

QSet<qint64> CatalogStore::matchingIds(const QString &text) const
{
    QSet<qint64> ids;
    const QString fts = ftsExpression(text);
    if (fts.isEmpty())
        return ids;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?"));
    q.addBindValue(fts);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return ids;
    }
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

QStringList CatalogStore::starredRefs() const
{
    QSqlQuery q(db());
    QStringList refs;
    if (q.exec(QStringLiteral("SELECT ref FROM starred ORDER BY starred_at, ref"))) {
        while (q.next())
            refs << q.value(0).toString();
    }
    return refs;
}

QString CatalogStore::setStarred(const QString &ref, bool starred)
{
    QSqlQuery q(db());
    if (starred) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO starred (ref, starred_at) VALUES (?, ?)"));
        q.addBindValue(ref.toLower());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    } else {
        q.prepare(QStringLiteral("DELETE FROM starred WHERE ref = ?"));
        q.addBindValue(ref.toLower());
    }
    return q.exec() ? QString() : q.lastError().text();
}

QString CatalogStore::setting(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QString CatalogStore::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    // A null QString binds as SQL NULL, which the column refuses; an empty value is a value too (a cleared field).
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return q.exec() ? QString() : q.lastError().text();
}

} // namespace store
