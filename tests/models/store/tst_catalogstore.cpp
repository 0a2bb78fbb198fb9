// SPDX-License-Identifier: Apache-2.0
#include "store/catalogstore.h"
#include "store/query.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

namespace {

catalog::Entity makeEntity(const QString &kind, const QString &name, const QString &owner, const QStringList &tags = {},
                           const QString &type = QStringLiteral("service"), const QString &description = {})
{
    catalog::Entity e;
    QJsonObject metadata{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), QStringLiteral("default")}};
    if (!tags.isEmpty())
        metadata.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    if (!description.isEmpty())
        metadata.insert(QStringLiteral("description"), description);
    e.data = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                         {QStringLiteral("kind"), kind},
                         {QStringLiteral("metadata"), metadata},
                         {QStringLiteral("spec"),
                          QJsonObject{{QStringLiteral("type"), type},
                                      {QStringLiteral("lifecycle"), QStringLiteral("production")},
                                      {QStringLiteral("owner"), owner}}}};
    e.ref = (kind + QStringLiteral(":default/") + name).toLower();
    const QString ownerRef = QStringLiteral("group:default/") + owner;
    e.relations = {{e.ref, QStringLiteral("ownedBy"), ownerRef}, {ownerRef, QStringLiteral("ownerOf"), e.ref}};
    e.position = {QStringLiteral("/repo/%1.yaml").arg(name), 1, 1};
    e.locationKey = QStringLiteral("file:/repo/%1.yaml").arg(name);
    return e;
}

SourceInfo source(const QString &id)
{
    return SourceInfo{id, QStringLiteral("file"), QStringLiteral("/repo/") + id};
}

} // namespace

class CatalogStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    [[nodiscard]] QString dbPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void opensWithSchemaAndWal()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("a.sqlite")), QString());
        QVERIFY(store.isOpen());
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(dbPath("a.sqlite"));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QVERIFY(q.value(0).toInt() >= 1);
        q.finish();
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QFile junk(dbPath("junk.sqlite"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        CatalogStore store;
        const QString error = store.open(junk.fileName());
        QVERIFY2(error.contains(junk.fileName()), qPrintable(error));
    }

    void searchesByPrefixAndRanksNamesFirst()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("search.sqlite")), QString());
        catalog::ReadResult result;
        result.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("payments-api"), QStringLiteral("team-a")),
                           makeEntity(QStringLiteral("Component"), QStringLiteral("ledger"), QStringLiteral("team-b"), {},
                                      QStringLiteral("service"), QStringLiteral("Keeps the payments ledger")),
                           makeEntity(QStringLiteral("API"), QStringLiteral("search-api"), QStringLiteral("team-b"))};
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("s1")), result), QString());
        const auto rows = store.search(Query{QStringLiteral("pay"), {}, 10, 0});
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).ref, QStringLiteral("component:default/payments-api"));
        QCOMPARE(rows.at(1).ref, QStringLiteral("component:default/ledger"));
        QCOMPARE(rows.at(0).owner, QStringLiteral("group:default/team-a"));
        // Owners are found by their short name.
        QCOMPARE(store.search(Query{QStringLiteral("team-b"), {}, 10, 0}).size(), 2);
        // Hostile input is just text.
        for (const char *text : {"\"", "AND OR NOT", "*", "payments\" OR \"x", "(", "NEAR(a b)"}) {
            (void)store.search(Query{QString::fromLatin1(text), {}, 10, 0});
            QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        }
        QCOMPARE(store.search(Query{QStringLiteral("payments\" OR \"x"), {}, 10, 0}).size(), 0);
    }

    void facetsCountUnderOtherFilters()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("facets.sqlite")), QString());
        catalog::ReadResult result;
        result.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("a"), QStringLiteral("team-a"), {QStringLiteral("go")}),
                           makeEntity(QStringLiteral("Component"), QStringLiteral("b"), QStringLiteral("team-a"), {QStringLiteral("go"), QStringLiteral("grpc")}),
                           makeEntity(QStringLiteral("Component"), QStringLiteral("c"), QStringLiteral("team-b"), {QStringLiteral("java")}),
                           makeEntity(QStringLiteral("Resource"), QStringLiteral("db"), QStringLiteral("team-b"), {}, QStringLiteral("database"))};
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("s1")), result), QString());

        Query query;
        query.filters.insert(QStringLiteral("kind"), {QStringLiteral("component")});
        query.filters.insert(QStringLiteral("owner"), {QStringLiteral("group:default/team-a")});
        QCOMPARE(store.count(query), 2);
        const Facets facets = store.facets(query);
        // kind is counted without the kind filter, but with the owner filter.
        QCOMPARE(facets.value(QStringLiteral("kind")), (QList<FacetValue>{{QStringLiteral("Component"), 2}}));
        // owner is counted without the owner filter, with the kind filter.
        QCOMPARE(facets.value(QStringLiteral("owner")),
                 (QList<FacetValue>{{QStringLiteral("group:default/team-a"), 2}, {QStringLiteral("group:default/team-b"), 1}}));
        QCOMPARE(facets.value(QStringLiteral("tag")),
                 (QList<FacetValue>{{QStringLiteral("go"), 2}, {QStringLiteral("grpc"), 1}}));

        Query byTag;
        byTag.filters.insert(QStringLiteral("tag"), {QStringLiteral("GO")});
        QCOMPARE(store.count(byTag), 2);
        Query unknown;
        unknown.filters.insert(QStringLiteral("colour"), {QStringLiteral("red")});
        QCOMPARE(store.count(unknown), 0);
    }

    void replacingASourceLeavesOthersAndRemovesVanished()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("replace.sqlite")), QString());
        catalog::ReadResult one, two;
        one.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("x"), QStringLiteral("t")),
                        makeEntity(QStringLiteral("Component"), QStringLiteral("y"), QStringLiteral("t"))};
        two.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("z"), QStringLiteral("t"))};
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("one")), one), QString());
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("two")), two), QString());
        QCOMPARE(store.entityCount(), 3);
        one.entities.removeLast();
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("one")), one), QString());
        QCOMPARE(store.entityCount(), 2);
        QVERIFY(!store.entity(QStringLiteral("component:default/y")));
        QVERIFY(store.entity(QStringLiteral("Component:default/Z")));
        QCOMPARE(store.search(Query{QStringLiteral("y"), {}, 10, 0}).size(), 0);
        QCOMPARE(store.relationsTo(QStringLiteral("group:default/t")).size(), 2);
    }

    void firstClaimantWinsAConflict()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("conflict.sqlite")), QString());
        catalog::ReadResult a, b;
        a.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("shared"), QStringLiteral("first"))};
        b.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("shared"), QStringLiteral("second"))};
        b.entities.first().locationKey = QStringLiteral("file:/other/catalog-info.yaml");
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("a")), a), QString());
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("b")), b), QString());
        QCOMPARE(store.entity(QStringLiteral("component:default/shared"))->owner, QStringLiteral("group:default/first"));
        const auto diagnostics = store.diagnostics(QStringLiteral("b"));
        QCOMPARE(diagnostics.size(), 1);
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("file:/other/catalog-info.yaml")));
        QVERIFY(diagnostics.first().message.contains(QStringLiteral("file:/repo/shared.yaml")));
    }

    void aFailedSyncKeepsTheLastGoodSnapshot()
    {
        CatalogStore store;
        QCOMPARE(store.open(dbPath("error.sqlite")), QString());
        catalog::ReadResult a;
        a.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("kept"), QStringLiteral("t"))};
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("a")), a), QString());
        QCOMPARE(store.recordSourceError(source(QStringLiteral("a")), QStringLiteral("network unreachable")), QString());
        QCOMPARE(store.entityCount(), 1);
        const auto sources = store.sources();
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().lastError, QStringLiteral("network unreachable"));
        QVERIFY(sources.first().lastSync.isValid());
        QVERIFY(sources.first().lastErrorAt.isValid());
        QCOMPARE(sources.first().entityCount, 1);
    }

    void dataSurvivesReopen()
    {
        {
            CatalogStore store;
            QCOMPARE(store.open(dbPath("reopen.sqlite")), QString());
            catalog::ReadResult a;
            a.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("persisted"), QStringLiteral("t"), {QStringLiteral("x")})};
            QCOMPARE(store.replaceSnapshot(source(QStringLiteral("a")), a), QString());
        }
        CatalogStore again;
        QCOMPARE(again.open(dbPath("reopen.sqlite")), QString());
        const auto row = again.entity(QStringLiteral("component:default/persisted"));
        QVERIFY(row);
        QCOMPARE(row->tags, QStringList{QStringLiteral("x")});
        QCOMPARE(row->data.value(QStringLiteral("kind")).toString(), QStringLiteral("Component"));
        QCOMPARE(again.relationsFrom(row->ref).size(), 1);
    }

    void worksInMemory()
    {
        CatalogStore store;
        QCOMPARE(store.open(QStringLiteral(":memory:")), QString());
        QVERIFY(store.isOpen());
        catalog::ReadResult a;
        a.entities = {makeEntity(QStringLiteral("Component"), QStringLiteral("m"), QStringLiteral("t"))};
        QCOMPARE(store.replaceSnapshot(source(QStringLiteral("a")), a), QString());
        QCOMPARE(store.entityCount(), 1);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    }

    void ftsExpressionNeutralisesOperators()
    {
        QCOMPARE(ftsExpression(QStringLiteral("pay")), QStringLiteral("\"pay\"*"));
        QCOMPARE(ftsExpression(QStringLiteral("  Payments-API ")), QStringLiteral("\"payments\"* \"api\"*"));
        QCOMPARE(ftsExpression(QStringLiteral("\"*()")), QString());
    }
};

QTEST_GUILESS_MAIN(CatalogStoreTest)
#include "tst_catalogstore.moc"
