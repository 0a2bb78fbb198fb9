// SPDX-License-Identifier: Apache-2.0
// The catalog table, its filter proxy and facet models over the real demo catalog in a real store.
#include "catalogfixture.h"
#include "entityfilterproxy.h"
#include "entitytablemodel.h"
#include "facetmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

class TestEntityModels : public QObject
{
    Q_OBJECT
    store::CatalogStore m_store;

    static int countOf(const FacetModel &model, const QString &value)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex index = model.index(r);
            if (index.data(FacetModel::ValueRole).toString() == value)
                return index.data(FacetModel::CountRole).toInt();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(loadDemoCatalog(m_store), QString());
    }

    void tableHoldsEveryEntity()
    {
        EntityTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        table.setStore(&m_store);
        QCOMPARE(table.rowCount(), 45);
        QCOMPARE(table.columnCount(), int(EntityTableModel::ColumnCount));
        QCOMPARE(table.headerData(EntityTableModel::OwnerColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Owner"));
        bool found = false;
        for (int r = 0; r < table.rowCount(); ++r) {
            if (table.rowAt(r).ref != u"component:default/payments-service")
                continue;
            found = true;
            QCOMPARE(table.index(r, EntityTableModel::OwnerColumn).data().toString(), QStringLiteral("team-payments"));
            QCOMPARE(table.index(r, 0).data(EntityTableModel::OwnerRole).toString(),
                     QStringLiteral("group:default/team-payments"));
            QVERIFY(table.index(r, 0).data(EntityTableModel::TagsRole).toStringList().contains(u"pci-dss"_qs));
            QCOMPARE(table.index(r, 0).data(EntityTableModel::StarredRole).toBool(), false);
            QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
            table.setStarred({QStringLiteral("component:default/payments-service")});
            QCOMPARE(changed.size(), 1);
            QCOMPARE(table.index(r, 0).data(EntityTableModel::StarredRole).toBool(), true);
        }
        QVERIFY(found);
    }

    void facetFilter_data()
    {
        QTest::addColumn<QString>("facet");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("expected");
        // Counts from resources/demo-catalog/README.md
        QTest::newRow("kind component") << u"kind"_qs << QStringList{u"Component"_qs} << 12;
        QTest::newRow("kind case-insensitive") << u"kind"_qs << QStringList{u"component"_qs} << 12;
        QTest::newRow("two kinds are ORed") << u"kind"_qs << QStringList{u"api"_qs, u"resource"_qs} << 10;
        QTest::newRow("owner") << u"owner"_qs << QStringList{u"group:default/team-web"_qs} << 9; // with its template
        QTest::newRow("lifecycle") << u"lifecycle"_qs << QStringList{u"experimental"_qs} << 3; // 2 components, 1 template
        QTest::newRow("tag") << u"tag"_qs << QStringList{u"pci-dss"_qs} << 5;
        QTest::newRow("system") << u"system"_qs << QStringList{u"system:default/checkout"_qs} << 10;
        QTest::newRow("unknown value") << u"type"_qs << QStringList{u"no-such-type"_qs} << 0;
        QTest::newRow("no values") << u"kind"_qs << QStringList{} << 45;
    }

    void facetFilter()
    {
        QFETCH(QString, facet);
        QFETCH(QStringList, values);
        QFETCH(int, expected);
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setTable(&table);
        QSignalSpy count(&proxy, &EntityFilterProxy::countChanged);
        proxy.setFacet(facet, values);
        QCOMPARE(proxy.count(), expected);
        QCOMPARE(proxy.hasFilters(), !values.isEmpty());
        QVERIFY(!count.isEmpty());
    }

    void facetsAreCountedUnderTheOtherFilters()
    {
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        proxy.setTable(&table);
        FacetModel kinds;
        QAbstractItemModelTester tester(&kinds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        kinds.setFilter(&proxy);
        kinds.setFacet(QStringLiteral("kind"));
        FacetModel owners;
        owners.setFilter(&proxy);
        owners.setFacet(QStringLiteral("owner"));
        QCOMPARE(countOf(kinds, u"Component"_qs), 12);
        QCOMPARE(countOf(owners, u"group:default/team-web"_qs), 9);

        kinds.toggle(QStringLiteral("Component"));
        QCOMPARE(proxy.count(), 12);
        // A facet's own selection does not narrow its counts; other facets' counts follow it.
        QCOMPARE(countOf(kinds, u"API"_qs), 5);
        QCOMPARE(countOf(owners, u"group:default/team-web"_qs), 4);
        QCOMPARE(countOf(owners, u"group:default/team-platform"_qs), 2);
        QCOMPARE(owners.index(0).data(FacetModel::LabelRole).toString(), QStringLiteral("team-web"));
        QVERIFY(kinds.index(0).data(FacetModel::SelectedRole).toBool());

        owners.toggle(QStringLiteral("group:default/team-risk"));
        QCOMPARE(proxy.count(), 3);
        QCOMPARE(countOf(kinds, u"API"_qs), 1); // fraud-score-api
        proxy.clearFilters();
        QCOMPARE(proxy.count(), 45);
        QVERIFY(!proxy.hasFilters());
    }

    void facetLimitKeepsSelectedValues()
    {
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        proxy.setTable(&table);
        FacetModel tags;
        QAbstractItemModelTester tester(&tags, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tags.setFilter(&proxy);
        tags.setFacet(QStringLiteral("tag"));
        const int all = tags.rowCount();
        QVERIFY(all > 3);
        const QString last = tags.index(all - 1).data(FacetModel::ValueRole).toString();
        tags.setLimit(2);
        QCOMPARE(tags.rowCount(), 2);
        QCOMPARE(tags.total(), all);
        tags.toggle(last);
        QVERIFY(countOf(tags, last) > 0); // still listed so it can be unselected
    }

    void textSearchUsesTheIndex()
    {
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setTable(&table);
        proxy.setText(QStringLiteral("ledg"));
        QVERIFY(proxy.count() >= 3); // ledger-service, ledger-db, ledger-grpc-api (prefix match)
        for (int r = 0; r < proxy.count(); ++r)
            QVERIFY2(proxy.refAt(r).contains(u"ledger") || !proxy.refAt(r).isEmpty(), qPrintable(proxy.refAt(r)));
        proxy.setFacet(QStringLiteral("kind"), {QStringLiteral("resource")});
        QCOMPARE(proxy.count(), 1);
        QCOMPARE(proxy.refAt(0), QStringLiteral("resource:default/ledger-db"));
        proxy.setText(QStringLiteral("zzzz-nothing"));
        QCOMPARE(proxy.count(), 0);
    }

    void starredAndMine()
    {
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setTable(&table);
        table.setStarred({QStringLiteral("api:default/payments-api"), QStringLiteral("group:default/team-web")});
        proxy.setStarredOnly(true);
        QCOMPARE(proxy.count(), 2);
        table.setStarred({QStringLiteral("api:default/payments-api")});
        QCOMPARE(proxy.count(), 1);
        proxy.setStarredOnly(false);
        proxy.setMyRefs({QStringLiteral("user:default/grace.kim"), QStringLiteral("group:default/team-platform")});
        proxy.setMineOnly(true);
        // team-platform owns platform-tooling, go-service-kit, engineering-handbook, go-service, techdocs-site.
        QCOMPARE(proxy.count(), 5);
        proxy.setMyRefs({QStringLiteral("user:default/grace.kim")});
        QCOMPARE(proxy.count(), 0); // users own nothing in the demo
    }

    void sortsByAnyColumn()
    {
        EntityTableModel table;
        table.setStore(&m_store);
        EntityFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setTable(&table);
        QSignalSpy sorted(&proxy, &EntityFilterProxy::sortChanged);
        proxy.sortBy(EntityTableModel::KindColumn);
        QCOMPARE(proxy.sortColumn(), int(EntityTableModel::KindColumn));
        QVERIFY(!proxy.sortDescending());
        QCOMPARE(proxy.index(0, EntityTableModel::KindColumn).data().toString(), QStringLiteral("API"));
        proxy.sortBy(EntityTableModel::KindColumn);
        QVERIFY(proxy.sortDescending());
        QCOMPARE(proxy.index(0, EntityTableModel::KindColumn).data().toString(), QStringLiteral("User"));
        QCOMPARE(sorted.size(), 2);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString a = proxy.index(r - 1, EntityTableModel::KindColumn).data().toString();
            const QString b = proxy.index(r, EntityTableModel::KindColumn).data().toString();
            QVERIFY(a.compare(b, Qt::CaseInsensitive) >= 0);
        }
    }

    void tableLoadsAFileCatalogOnAWorkerThread()
    {
        // A catalog file (not :memory:) can be opened by a second connection, so the rows are read off the UI
        // thread: right after setStore() the table is still empty and loading, the rows arrive by the event loop.
        QTemporaryDir dir;
        store::CatalogStore file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("catalog.sqlite"))), QString());
        catalog::Reader reader;
        const catalog::ReadResult demo =
            reader.readPaths({QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")});
        QCOMPARE(file.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("all.yaml")}, demo),
                 QString());

        EntityTableModel table;
        QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&table, &EntityTableModel::reloaded);
        QSignalSpy loading(&table, &EntityTableModel::loadingChanged);
        table.setStore(&file);
        QVERIFY(table.loading());
        QCOMPARE(table.rowCount(), 0);
        QVERIFY(reloaded.wait(10000));
        QVERIFY(!table.loading());
        QCOMPARE(loading.size(), 2);
        QCOMPARE(table.rowCount(), 45);

        // A second source lands; two reloads in a row: the rows stay until the new ones swap in, and only the
        // newest read is applied.
        catalog::Entity extra = demo.entities.first();
        extra.ref = QStringLiteral("component:default/async-extra");
        QJsonObject metadata = extra.data.value(u"metadata").toObject();
        metadata.insert(QStringLiteral("name"), QStringLiteral("async-extra"));
        extra.data.insert(QStringLiteral("metadata"), metadata);
        catalog::ReadResult more;
        more.entities = {extra};
        QCOMPARE(file.replaceSnapshot({QStringLiteral("more"), QStringLiteral("file"), QStringLiteral("more.yaml")}, more),
                 QString());
        reloaded.clear();
        table.reload();
        table.reload();
        QCOMPARE(table.rowCount(), 45);
        QVERIFY(table.loading());
        QVERIFY(reloaded.wait(10000));
        QTest::qWait(200); // the first read finishes too, and must be dropped
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(table.rowCount(), 46);
        QVERIFY(!table.loading());
    }
};

QTEST_GUILESS_MAIN(TestEntityModels)
#include "tst_entitymodels.moc"
