// SPDX-License-Identifier: Apache-2.0
// TechDocs search in a real SQLite file: replacing one entity's sections, prefix matching, bm25 order, snippets,
// and what a second connection (another thread's reader) sees.
#include "store/catalogstore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace store;

namespace {

catalog::Entity component(const QString &name)
{
    catalog::Entity e;
    e.data = QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1")},
                         {QStringLiteral("kind"), QStringLiteral("Component")},
                         {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                                  {QStringLiteral("namespace"), QStringLiteral("default")}}},
                         {QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("service")},
                                                              {QStringLiteral("owner"), QStringLiteral("team")}}}};
    e.ref = QStringLiteral("component:default/") + name;
    e.position = {QStringLiteral("/repo/catalog-info.yaml"), 1, 1};
    return e;
}

QString marked(const QString &text)
{
    return QString(text).replace(kMatchStart, u'[').replace(kMatchEnd, u']');
}

const QString kPayments = QStringLiteral("component:default/payments");
const QString kLedger = QStringLiteral("component:default/ledger");

QList<DocSection> paymentsSections()
{
    return {
        {QString(), QStringLiteral("Payments"), QStringLiteral("Payments"), QString(),
         QStringLiteral("The payments service moves money between accounts.")},
        {QStringLiteral("runbook/"), QStringLiteral("Runbook"), QStringLiteral("Refunds"), QStringLiteral("refunds"),
         QStringLiteral("To refund a charge, open the admin console and choose the original payment. Refunds settle "
                        "within five business days; partial refunds are allowed.")},
        {QStringLiteral("runbook/"), QStringLiteral("Runbook"), QStringLiteral("Rollback"), QStringLiteral("rollback"),
         QStringLiteral("Roll back with the deploy tool. A refund is never rolled back.")},
        {QStringLiteral("api/"), QStringLiteral("API"), QStringLiteral("Idempotency keys"), QStringLiteral("idempotency-keys"),
         QStringLiteral("Send an Idempotency-Key header with every POST. Café clients retry safely.")},
    };
}

} // namespace

class DocsIndexTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    CatalogStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_store.open(m_dir.filePath(QStringLiteral("catalog.sqlite"))), QString());
        catalog::ReadResult result;
        result.entities = {component(QStringLiteral("payments")), component(QStringLiteral("ledger"))};
        QCOMPARE(m_store.replaceSnapshot({QStringLiteral("s"), QStringLiteral("file"), QStringLiteral("/repo")}, result),
                 QString());
        QCOMPARE(m_store.replaceDocsIndex(kPayments, QStringLiteral("hash-1"), paymentsSections()), QString());
        QCOMPARE(m_store.replaceDocsIndex(kLedger, QStringLiteral("hash-l"),
                                          {{QString(), QStringLiteral("Ledger"), QStringLiteral("Ledger"), QString(),
                                            QStringLiteral("Double-entry bookkeeping; every refund is two entries.")}}),
                 QString());
    }

    void schemaStepSixExists()
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_store.path());
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QVERIFY(q.value(0).toInt() >= 6);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'refund*'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 3); // two payments sections and the ledger one
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    void prefixMatchesAndHighlights()
    {
        const QList<DocsHit> hits = m_store.searchDocs(QStringLiteral("refu"));
        QCOMPARE(hits.size(), 3);
        // The section whose heading matches ranks first (headings weigh most).
        QCOMPARE(hits.first().entityRef, kPayments);
        QCOMPARE(hits.first().pageUrl, QStringLiteral("runbook/"));
        QCOMPARE(hits.first().anchor, QStringLiteral("refunds"));
        QCOMPARE(marked(hits.first().heading), QStringLiteral("[Refunds]"));
        QVERIFY2(marked(hits.first().snippet).contains(QLatin1String("To [refund] a charge")),
                 qPrintable(marked(hits.first().snippet)));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).rank <= hits.at(i).rank);
    }

    void allWordsMustMatch()
    {
        const QList<DocsHit> hits = m_store.searchDocs(QStringLiteral("refund ledger"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entityRef, kLedger);
        QVERIFY(m_store.searchDocs(QStringLiteral("refund zebra")).isEmpty());
    }

    void diacriticsAndOperatorsAreHarmless()
    {
        QCOMPARE(m_store.searchDocs(QStringLiteral("cafe")).size(), 1);
        QCOMPARE(m_store.searchDocs(QStringLiteral("\"idempotency\" -* ^( :")).size(), 1);
        QVERIFY(m_store.searchDocs(QStringLiteral("  ")).isEmpty());
        QVERIFY(m_store.lastError().isEmpty());
    }

    void restrictsToOneEntityAndLimits()
    {
        QCOMPARE(m_store.searchDocs(QStringLiteral("refund"), 20, kLedger).size(), 1);
        QCOMPARE(m_store.searchDocs(QStringLiteral("refund"), 1).size(), 1);
    }

    void replaceIsPerEntity()
    {
        QCOMPARE(m_store.docsIndexInfo(kPayments)->contentHash, QStringLiteral("hash-1"));
        QCOMPARE(m_store.docsIndexInfo(kPayments)->sections, 4);
        QList<DocSection> changed = paymentsSections();
        changed[1].text = QStringLiteral("Chargebacks are handled by the risk team.");
        changed[1].heading = QStringLiteral("Chargebacks");
        changed[2].text = QStringLiteral("Roll back with the deploy tool.");
        QCOMPARE(m_store.replaceDocsIndex(kPayments, QStringLiteral("hash-2"), changed), QString());
        QCOMPARE(m_store.docsIndexInfo(kPayments)->contentHash, QStringLiteral("hash-2"));
        // The old text is gone from the index, the ledger's rows are untouched.
        const QList<DocsHit> hits = m_store.searchDocs(QStringLiteral("refund"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entityRef, kLedger);
        QCOMPARE(m_store.searchDocs(QStringLiteral("chargeback")).size(), 1);

        // Another connection to the same file (what a worker thread uses) sees the committed rows.
        CatalogStore reader;
        QCOMPARE(reader.open(m_store.path()), QString());
        QCOMPARE(reader.searchDocs(QStringLiteral("chargeback")).size(), 1);
        QCOMPARE(reader.docsIndexInfo(kPayments)->sections, 4);
    }

    void entitiesOutsideTheCatalogAreNotFound()
    {
        QCOMPARE(m_store.replaceDocsIndex(QStringLiteral("component:default/gone"), QStringLiteral("h"),
                                          {{QString(), QStringLiteral("Gone"), QStringLiteral("Gone"), QString(),
                                            QStringLiteral("Zeppelin maintenance")}}),
                 QString());
        QVERIFY(m_store.searchDocs(QStringLiteral("zeppelin")).isEmpty());
        QCOMPARE(m_store.removeDocsIndex(QStringLiteral("component:default/gone")), QString());
        QVERIFY(!m_store.docsIndexInfo(QStringLiteral("component:default/gone")));
    }

    void markersInTextCannotFakeAHighlight()
    {
        QCOMPARE(m_store.replaceDocsIndex(kLedger, QStringLiteral("h2"),
                                          {{QString(), QStringLiteral("Ledger"), QStringLiteral("Ledger"), QString(),
                                            QString(kMatchStart) + QStringLiteral("journal") + kMatchEnd
                                                + QStringLiteral(" entries")}}),
                 QString());
        const QList<DocsHit> hits = m_store.searchDocs(QStringLiteral("entries"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(marked(hits.first().snippet), QStringLiteral("journal [entries]"));
    }
};

QTEST_GUILESS_MAIN(DocsIndexTest)
#include "tst_docsindex.moc"
