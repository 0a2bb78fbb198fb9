// SPDX-License-Identifier: Apache-2.0
// Search, counts and facets read the narrow entity_facets table (schema step 7) and page before they join. These
// tests hold them to the SQL they replaced, run over the entities table of the same generated catalog, and check
// the migration runner: the step-7 backfill of an older database, and steps that arrive out of order.
#include "store/catalogstore.h"
#include "store/query.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

namespace {

const QStringList kWords = {QStringLiteral("payments"), QStringLiteral("ledger"), QStringLiteral("search"),
                            QStringLiteral("checkout"), QStringLiteral("shipping"), QStringLiteral("fraud")};

/// A catalog with the awkward cases: the same type spelled two ways, entities without type or lifecycle,
/// several namespaces, tags, systems, and names shared between kinds.
catalog::ReadResult generatedCatalog(int n)
{
    catalog::ReadResult result;
    const QStringList kinds = {QStringLiteral("Component"), QStringLiteral("API"), QStringLiteral("Resource"),
                               QStringLiteral("Group")};
    for (int i = 0; i < n; ++i) {
        const QString kind = kinds.at(i % kinds.size());
        // Neighbours share a name (under different kinds), so ranking and sorting meet real ties.
        const QString word = kWords.at((i / 2) % kWords.size());
        const QString name = QStringLiteral("%1-%2").arg(word).arg(i / 2);
        const QString ns = i % 5 == 0 ? QStringLiteral("ops") : QStringLiteral("default");
        QJsonObject metadata{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), ns}};
        metadata.insert(QStringLiteral("description"), QStringLiteral("Handles %1 for shard %2").arg(word).arg(i));
        if (i % 3 != 0)
            metadata.insert(QStringLiteral("tags"), QJsonArray{word, i % 2 ? QStringLiteral("java") : QStringLiteral("go")});
        QJsonObject spec;
        if (kind != u"Group") {
            spec.insert(QStringLiteral("type"), i % 4 == 1 ? QStringLiteral("OpenAPI") : (i % 7 == 0 ? QStringLiteral("Service") : QStringLiteral("service")));
            if (i % 6 != 0)
                spec.insert(QStringLiteral("lifecycle"), i % 9 == 0 ? QStringLiteral("Experimental") : QStringLiteral("production"));
        }
        catalog::Entity e;
        e.data = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                             {QStringLiteral("kind"), kind},
                             {QStringLiteral("metadata"), metadata},
                             {QStringLiteral("spec"), spec}};
        e.ref = (kind + u':' + ns + u'/' + name).toLower();
        if (kind != u"Group") {
            const QString owner = QStringLiteral("group:default/team-%1").arg(i % 7);
            e.relations << catalog::Relation{e.ref, QStringLiteral("ownedBy"), owner};
            if (i % 2 == 0)
                e.relations << catalog::Relation{e.ref, QStringLiteral("partOf"), QStringLiteral("system:default/sys-%1").arg(i % 3)};
        }
        e.position = {QStringLiteral("/repo/%1.yaml").arg(i), 1, 1};
        e.locationKey = QStringLiteral("file:/repo/%1.yaml").arg(i);
        result.entities << e;
    }
    return result;
}

/// The condition as it was written over `entities e` before step 7 (lower() on kind, type and lifecycle).
SqlCondition referenceCondition(const Query &query, const QString &exceptFacet = {})
{
    SqlCondition out;
    QStringList parts;
    if (const QString fts = ftsExpression(query.text); !fts.isEmpty()) {
        parts << QStringLiteral("e.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)");
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
        if (!facetNames().contains(it.key())) {
            parts << QStringLiteral("0");
            for (qsizetype i = 0; i < it.value().size(); ++i)
                out.values.removeLast();
            continue;
        }
        const QString column = it.key() == u"namespace" ? QStringLiteral("e.namespace")
            : (it.key() == u"owner" || it.key() == u"system") ? QStringLiteral("e.") + it.key()
                                                              : QStringLiteral("lower(e.%1)").arg(it.key());
        parts << (it.key() == u"tag"
                      ? QStringLiteral("e.id IN (SELECT entity_id FROM entity_tags WHERE tag IN (%1))").arg(marks.join(u','))
                      : QStringLiteral("%1 IN (%2)").arg(column, marks.join(u',')));
    }
    out.sql = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return out;
}

QSqlQuery runReference(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q;
}

/// The search as it was: every match joined with its entity row and sorted. Ties got the id as a last key
/// (before, their order was whatever SQLite's sorter left; the generated names make such ties real).
QStringList referenceSearch(QSqlDatabase db, const Query &query)
{
    Query filtersOnly = query;
    filtersOnly.text.clear();
    const SqlCondition condition = referenceCondition(filtersOnly);
    const QString fts = ftsExpression(query.text);
    QVariantList values;
    QString sql;
    if (fts.isEmpty()) {
        sql = QStringLiteral("SELECT e.ref FROM entities e WHERE %1 ORDER BY e.kind, e.name COLLATE NOCASE, e.id "
                             "LIMIT ? OFFSET ?").arg(condition.sql);
    } else {
        sql = QStringLiteral("SELECT e.ref FROM entities_fts JOIN entities e ON e.id = entities_fts.rowid "
                             "WHERE entities_fts MATCH ? AND %1 "
                             "ORDER BY bm25(entities_fts, 10.0, 8.0, 2.0, 4.0, 3.0, 2.0, 1.0), e.name, e.id "
                             "LIMIT ? OFFSET ?").arg(condition.sql);
        values << fts;
    }
    values << condition.values << (query.limit > 0 ? query.limit : -1) << query.offset;
    QSqlQuery q = runReference(db, sql, values);
    QStringList refs;
    while (q.next())
        refs << q.value(0).toString();
    return refs;
}

Facets referenceFacets(QSqlDatabase db, const Query &query)
{
    Facets out;
    for (const QString &facet : facetNames()) {
        const SqlCondition condition = referenceCondition(query, facet);
        QString sql;
        if (facet == u"tag") {
            sql = QStringLiteral("SELECT t.tag, count(*) AS n FROM entity_tags t JOIN entities e ON e.id = t.entity_id "
                                 "WHERE %1 GROUP BY t.tag ORDER BY n DESC, t.tag").arg(condition.sql);
        } else {
            const QString column = QStringLiteral("e.") + facet;
            const QString grouped = (facet == u"owner" || facet == u"system" || facet == u"namespace")
                ? column : QStringLiteral("lower(%1)").arg(column);
            sql = QStringLiteral("SELECT min(%1), count(*) AS n FROM entities e WHERE %2 AND %1 IS NOT NULL "
                                 "GROUP BY %3 ORDER BY n DESC, 1").arg(column, condition.sql, grouped);
        }
        QSqlQuery q = runReference(db, sql, condition.values);
        QList<FacetValue> values;
        while (q.next())
            values.append({q.value(0).toString(), q.value(1).toInt()});
        out.insert(facet, values);
    }
    return out;
}

int referenceCount(QSqlDatabase db, const Query &query)
{
    const SqlCondition condition = referenceCondition(query);
    QSqlQuery q = runReference(db, QStringLiteral("SELECT count(*) FROM entities e WHERE %1").arg(condition.sql),
                               condition.values);
    return q.next() ? q.value(0).toInt() : -1;
}

QList<Query> queries()
{
    QList<Query> out;
    const QStringList texts = {QString(), QStringLiteral("pa"), QStringLiteral("sh"), QStringLiteral("ser"),
                               QStringLiteral("handles"), QStringLiteral("ledger 1"), QStringLiteral("team-3"),
                               QStringLiteral("nomatch")};
    QList<QMap<QString, QStringList>> filterSets = {{}};
    filterSets << QMap<QString, QStringList>{{QStringLiteral("kind"), {QStringLiteral("component")}}};
    filterSets << QMap<QString, QStringList>{{QStringLiteral("kind"), {QStringLiteral("API"), QStringLiteral("resource")}},
                                             {QStringLiteral("namespace"), {QStringLiteral("default")}}};
    filterSets << QMap<QString, QStringList>{{QStringLiteral("type"), {QStringLiteral("SERVICE")}},
                                             {QStringLiteral("tag"), {QStringLiteral("java")}}};
    filterSets << QMap<QString, QStringList>{{QStringLiteral("owner"), {QStringLiteral("group:default/team-2")}},
                                             {QStringLiteral("lifecycle"), {QStringLiteral("experimental")}},
                                             {QStringLiteral("system"), {QStringLiteral("system:default/sys-0")}}};
    filterSets << QMap<QString, QStringList>{{QStringLiteral("colour"), {QStringLiteral("red")}}};
    for (const QString &text : texts) {
        for (const auto &filters : std::as_const(filterSets)) {
            out << Query{text, filters, 50, 0};
            out << Query{text, filters, 7, 13}; // a later page
        }
    }
    out << Query{QStringLiteral("sh"), {}, 0, 0}; // no limit: every match
    return out;
}

QSqlDatabase rawConnection(const QString &path)
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reference"));
    raw.setDatabaseName(path);
    if (!raw.open())
        qFatal("cannot open %s", qPrintable(path));
    return raw;
}

void closeRawConnection()
{
    QSqlDatabase::database(QStringLiteral("reference"), false).close();
    QSqlDatabase::removeDatabase(QStringLiteral("reference"));
}

QString describe(const Query &query)
{
    QStringList filters;
    for (auto it = query.filters.cbegin(); it != query.filters.cend(); ++it)
        filters << it.key() + u'=' + it.value().join(u'|');
    return QStringLiteral("text '%1' filters [%2] limit %3 offset %4")
        .arg(query.text, filters.join(u' '))
        .arg(query.limit)
        .arg(query.offset);
}

/// Steps 1 and 7, then 1, 6 and 7 (twice), then a newer database and a failing step.
void checkStepsRunOnce(const QString &path)
{
    QSqlDatabase raw = rawConnection(path);
    const MigrationStep one{1, {QStringLiteral("CREATE TABLE one (x)")}};
    const MigrationStep six{6, {QStringLiteral("CREATE TABLE six (x)")}};
    const MigrationStep seven{7, {QStringLiteral("CREATE TABLE seven (x)"), QStringLiteral("INSERT INTO seven VALUES (7)")}};
    // A build without step 6 ...
    QCOMPARE(migrate(raw, {one, seven}), QString());
    // ... then one with it: 6 runs once, 1 and 7 do not run again.
    QCOMPARE(migrate(raw, {one, six, seven}), QString());
    QCOMPARE(migrate(raw, {one, six, seven}), QString());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('one', 'six', 'seven')")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM seven")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 7);
    }
    // A build that knows only steps up to 6 refuses the newer database instead of guessing.
    const QString error = migrate(raw, {one, six});
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    // A failing step leaves nothing behind and names its number.
    const MigrationStep broken{8, {QStringLiteral("CREATE TABLE eight (x)"), QStringLiteral("NOT SQL")}};
    const QString failed = migrate(raw, {one, six, seven, broken});
    QVERIFY2(failed.contains(QStringLiteral("step 8")), qPrintable(failed));
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'eight'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

} // namespace

class StoreQueriesTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void compareWithReference(const CatalogStore &store)
    {
        compareQueries(store);
        closeRawConnection();
    }

    void compareQueries(const CatalogStore &store)
    {
        QSqlDatabase raw = rawConnection(store.path());
        for (const Query &query : queries()) {
            const QString what = describe(query);
            QStringList refs;
            for (const auto &row : store.search(query))
                refs << row.ref;
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
            QCOMPARE(refs, referenceSearch(raw, query));
            QVERIFY2(store.count(query) == referenceCount(raw, query), qPrintable(what));
            QVERIFY2(store.facets(query) == referenceFacets(raw, query), qPrintable(what));
        }
    }

private Q_SLOTS:
    void sameResultsAsTheEntitiesTable()
    {
        CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("generated.sqlite"))), QString());
        QCOMPARE(store.replaceSnapshot({QStringLiteral("gen"), QStringLiteral("file"), QStringLiteral("/repo")},
                                       generatedCatalog(600)),
                 QString());
        QCOMPARE(store.entityCount(), 600);
        // Non-trivial answers, so that equality means something.
        QVERIFY(store.search(Query{QStringLiteral("sh"), {}, 0, 0}).size() > 100);
        const Facets facets = store.facets(Query{});
        QVERIFY(facets.value(QStringLiteral("type")).size() == 2); // Service/service counted as one, OpenAPI
        compareWithReference(store);
        // After a second snapshot replaces the first (facet rows are deleted by cascade) the same holds.
        QCOMPARE(store.replaceSnapshot({QStringLiteral("gen"), QStringLiteral("file"), QStringLiteral("/repo")},
                                       generatedCatalog(400)),
                 QString());
        QCOMPARE(store.entityCount(), 400);
        compareWithReference(store);
        QCOMPARE(store.removeSource(QStringLiteral("gen")), QString());
        QCOMPARE(store.count(Query{}), 0);
        QVERIFY(store.facets(Query{}).value(QStringLiteral("kind")).isEmpty());
    }

    void stepSevenFillsTheFacetsOfAnOlderDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
        {
            CatalogStore store;
            QCOMPARE(store.open(path), QString());
            QCOMPARE(store.replaceSnapshot({QStringLiteral("gen"), QStringLiteral("file"), QStringLiteral("/repo")},
                                           generatedCatalog(300)),
                     QString());
        }
        {
            // Make it a database of the last build before step 7: schema version 5, no step bookkeeping.
            QSqlDatabase raw = rawConnection(path);
            QSqlQuery q(raw);
            for (const char *sql : {"DROP TABLE entity_facets", "DROP TABLE docs_fts", "DROP TABLE docs_sections",
                                    "DROP TABLE docs_index", "DROP TABLE schema_steps", "PRAGMA user_version = 5"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        }
        closeRawConnection();
        CatalogStore store;
        QCOMPARE(store.open(path), QString());
        QCOMPARE(store.count(Query{}), 300);
        compareWithReference(store);
        {
            QSqlQuery q(rawConnection(path));
            QVERIFY(q.exec(QStringLiteral("SELECT group_concat(step) FROM (SELECT step FROM schema_steps ORDER BY step)")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("1,2,3,4,5,6,7,8"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), schemaVersion());
        }
        closeRawConnection();
    }

    // Backstage writes a location and URLs into every entity's annotations; searching "cat" or "git" must not
    // match the whole catalog through them. Other annotation values stay searchable, also after migration.
    void locationAnnotationsAreNotSearched()
    {
        catalog::ReadResult catalog = generatedCatalog(4);
        QJsonObject metadata = catalog.entities[0].data.value(u"metadata").toObject();
        metadata.insert(QStringLiteral("annotations"),
                        QJsonObject{{QStringLiteral("backstage.io/managed-by-location"), QStringLiteral("url:https://git.acme.example/catalog-info.yaml")},
                                    {QStringLiteral("backstage.io/source-location"), QStringLiteral("url:https://git.acme.example/tree/main/")},
                                    {QStringLiteral("github.com/project-slug"), QStringLiteral("acme/zebrafish")}});
        catalog.entities[0].data.insert(QStringLiteral("metadata"), metadata);
        const QString path = m_dir.filePath(QStringLiteral("annotations.sqlite"));
        auto matches = [](const CatalogStore &store, const QString &text) {
            return store.search(Query{text, {}, 0, 0}).size();
        };
        {
            CatalogStore store;
            QCOMPARE(store.open(path), QString());
            QCOMPARE(store.replaceSnapshot({QStringLiteral("gen"), QStringLiteral("file"), QStringLiteral("/repo")}, catalog),
                     QString());
            QCOMPARE(matches(store, QStringLiteral("zebraf")), 1);
            QCOMPARE(matches(store, QStringLiteral("catalog")), 0);
            QCOMPARE(matches(store, QStringLiteral("acme")), 1); // the slug, not the URLs' host
        }
        {
            // A database indexed before step 8: the location values are in the index.
            QSqlDatabase raw = rawConnection(path);
            QSqlQuery q(raw);
            for (const char *sql : {"UPDATE entities_fts SET annotations = 'url:https://git.acme.example/catalog-info.yaml acme/zebrafish'",
                                    "DELETE FROM schema_steps WHERE step = 8", "PRAGMA user_version = 7"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entities_fts WHERE entities_fts MATCH 'catalog*'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 4);
        }
        closeRawConnection();
        CatalogStore store;
        QCOMPARE(store.open(path), QString());
        QCOMPARE(matches(store, QStringLiteral("catalog")), 0);
        QCOMPARE(matches(store, QStringLiteral("zebraf")), 1);
    }

    void aStepThatArrivesLaterStillRuns()
    {
        checkStepsRunOnce(m_dir.filePath(QStringLiteral("steps.sqlite")));
        closeRawConnection();
    }
};

QTEST_GUILESS_MAIN(StoreQueriesTest)
#include "tst_storequeries.moc"
