// SPDX-License-Identifier: Apache-2.0
// Scorecard snapshots: the store keeps numbers only; the scorecards library computes them.
#include "store/catalogstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace store
{

namespace
{

// Qt binds a null QString as SQL NULL: the "no owner" tally (an empty key) must be stored and found as ''.
QString keyValue(const QString &key)
{
    return key.isNull() ? QStringLiteral("") : key;
}

} // namespace

QString CatalogStore::recordScoreSnapshot(
    const QString &ruleSet, const QList<ScoreTally> &tallies, const QDateTime &takenAt)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return database.lastError().text();
    QSqlQuery q(database);
    auto fail = [&]() {
        const QString error = q.lastError().text();
        database.rollback();
        return error;
    };
    if (!q.exec(QStringLiteral("SELECT coalesce(max(last_sync), '') FROM sources")) || !q.next())
        return fail();
    const QString syncedAt = q.value(0).toString();
    q.prepare(QStringLiteral("DELETE FROM score_runs WHERE rule_set = ? AND catalog_synced_at = ?"));
    q.addBindValue(ruleSet);
    q.addBindValue(syncedAt);
    if (!q.exec())
        return fail();
    q.prepare(QStringLiteral("INSERT INTO score_runs (rule_set, taken_at, catalog_synced_at) VALUES (?, ?, ?)"));
    q.addBindValue(ruleSet);
    q.addBindValue(takenAt.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(syncedAt);
    if (!q.exec())
        return fail();
    const qint64 runId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO score_tallies (run_id, scope, key, entities, passed, applicable) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const ScoreTally &t : tallies) {
        for (const QVariant &value : { QVariant(runId), QVariant(t.scope), QVariant(keyValue(t.key)),
                 QVariant(t.entities), QVariant(t.passed), QVariant(t.applicable) })
            q.addBindValue(value);
        if (!q.exec())
            return fail();
    }
    return database.commit() ? QString() : database.lastError().text();
}

QList<ScorePoint> CatalogStore::scoreHistory(
    const QString &ruleSet, const QString &scope, const QString &key, int limit) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT * FROM (SELECT r.taken_at, r.catalog_synced_at, t.entities, t.passed, t.applicable, r.id "
        "FROM score_runs r JOIN score_tallies t ON t.run_id = r.id "
        "WHERE r.rule_set = ? AND t.scope = ? AND t.key = ? ORDER BY r.taken_at DESC, r.id DESC LIMIT ?) "
        "ORDER BY 1, 6"));
    q.addBindValue(ruleSet);
    q.addBindValue(scope);
    q.addBindValue(keyValue(key));
    q.addBindValue(limit > 0 ? limit : -1);
    QList<ScorePoint> out;
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next()) {
        ScorePoint point;
        point.takenAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        point.catalogSyncedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        point.tally = { scope, key, q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt() };
        out.append(point);
    }
    return out;
}

} // namespace store
