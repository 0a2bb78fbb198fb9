// SPDX-License-Identifier: Apache-2.0
// Docs search end to end, below QML: the real DocsIndexer renders the demo catalog's TechDocs (and a project the
// test edits) into a real SQLite file on its worker thread; DocsSearchModel and the Ctrl+K PaletteModel read it.
#include "docsindexer.h"
#include "docssearchmodel.h"
#include "palettemodel.h"
#include "catalog/reader.h"
#include "store/catalogstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "sitefixture.h"

using sitefixture::writeFile;

namespace {

const QString kProjectRef = QStringLiteral("component:default/scratch-docs");

} // namespace

class TestDocsSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexesTheDemoCatalogInTheBackground();
    void resultsModelShowsPageHeadingAndSnippet();
    void unchangedDocsAreSkipped();
    void editedDocsAreReindexed();
    void paletteHasADocsSection();
    void richTextEscapesBeforeHighlighting();

private:
    QTemporaryDir m_dir;
    store::CatalogStore m_store;
    std::unique_ptr<DocsIndexer> m_indexer;
};

void TestDocsSearch::initTestCase()
{
    QCOMPARE(m_store.open(m_dir.filePath(QStringLiteral("catalog.sqlite"))), QString());
    catalog::Reader reader;
    QCOMPARE(m_store.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("all.yaml")},
                                     reader.readPaths({QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")})),
             QString());
    // A project of our own, to edit.
    writeFile(m_dir.filePath(QStringLiteral("scratch/catalog-info.yaml")),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: scratch-docs\n"
              "  annotations:\n    backstage.io/techdocs-ref: dir:.\nspec:\n  type: service\n  owner: team-x\n"
              "  lifecycle: experimental\n");
    writeFile(m_dir.filePath(QStringLiteral("scratch/mkdocs.yml")), "site_name: Scratch\n");
    writeFile(m_dir.filePath(QStringLiteral("scratch/docs/index.md")),
              "# Scratch\n\nIntro.\n\n## Zebra crossing\n\nStripes <b>and</b> quagga facts.\n");
    QCOMPARE(m_store.replaceSnapshot({QStringLiteral("scratch"), QStringLiteral("file"), m_dir.filePath(QStringLiteral("scratch"))},
                                     reader.readPaths({m_dir.filePath(QStringLiteral("scratch/catalog-info.yaml"))})),
             QString());
    m_indexer = std::make_unique<DocsIndexer>(&m_store);
    DocsIndexer::setInstance(m_indexer.get());
}

void TestDocsSearch::indexesTheDemoCatalogInTheBackground()
{
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    QSignalSpy failed(m_indexer.get(), &DocsIndexer::failed);
    m_indexer->indexCatalog();
    QVERIFY(m_indexer->busy());
    QVERIFY(m_indexer->waitForIdle(60000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QStringList refs;
    for (const auto &args : indexed) {
        refs << args.at(0).toString();
        QVERIFY2(args.at(1).toInt() > 0, qPrintable(args.at(0).toString()));
        QVERIFY(!args.at(2).toBool());
    }
    refs.sort();
    QCOMPARE(refs.size(), 6); // the demo's five sites and ours
    QVERIFY(refs.contains(QStringLiteral("component:default/payments-service")));
    QVERIFY(refs.contains(kProjectRef));
    const auto payments = m_store.docsIndexInfo(QStringLiteral("component:default/payments-service"));
    QVERIFY(payments && payments->sections > 5);
}

void TestDocsSearch::resultsModelShowsPageHeadingAndSnippet()
{
    DocsSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&m_store);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy count(&model, &DocsSearchModel::countChanged);
    model.setText(QStringLiteral("zebr"));
    QCOMPARE(count.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex hit = model.index(0);
    QCOMPARE(hit.data(DocsSearchModel::EntityRefRole).toString(), kProjectRef);
    QCOMPARE(hit.data(DocsSearchModel::EntityTitleRole).toString(), QStringLiteral("scratch-docs"));
    QCOMPARE(hit.data(DocsSearchModel::PageTitleRole).toString(), QStringLiteral("Scratch"));
    QCOMPARE(hit.data(DocsSearchModel::HeadingRole).toString(), QStringLiteral("Zebra crossing"));
    QCOMPARE(hit.data(DocsSearchModel::AnchorRole).toString(), QStringLiteral("zebra-crossing"));
    QCOMPARE(hit.data(DocsSearchModel::PageUrlRole).toString(), QString());
    // The snippet is the section's text; "and" came from inline HTML and is text now.
    QCOMPARE(hit.data(DocsSearchModel::SnippetRole).toString(), QStringLiteral("Stripes and quagga facts."));
    const QUrlQuery query(hit.data(DocsSearchModel::LocationRole).toString().section(u'?', 1));
    QCOMPARE(query.queryItemValue(QStringLiteral("ref"), QUrl::FullyDecoded), kProjectRef);
    QCOMPARE(query.queryItemValue(QStringLiteral("anchor"), QUrl::FullyDecoded), QStringLiteral("zebra-crossing"));

    model.setMatchColor(QStringLiteral("#123456"));
    model.setText(QStringLiteral("quag"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(DocsSearchModel::SnippetRole).toString(),
             QStringLiteral("Stripes and <b><font color=\"#123456\">quagga</font></b> facts."));

    // Demo docs: several entities, best first, every row complete.
    model.setText(QStringLiteral("deploy"));
    QVERIFY(model.rowCount() >= 3);
    QSet<QString> entities;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        entities.insert(index.data(DocsSearchModel::EntityRefRole).toString());
        QVERIFY(!index.data(DocsSearchModel::HeadingRole).toString().isEmpty());
        QVERIFY(!index.data(DocsSearchModel::PageTitleRole).toString().isEmpty());
    }
    QVERIFY(entities.size() >= 2);
    model.setText(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestDocsSearch::unchangedDocsAreSkipped()
{
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    m_indexer->indexCatalog();
    QVERIFY(m_indexer->waitForIdle(60000));
    QCOMPARE(indexed.count(), 6);
    for (const auto &args : indexed)
        QVERIFY2(args.at(2).toBool(), qPrintable(args.at(0).toString() + QStringLiteral(" was rendered again")));
}

void TestDocsSearch::editedDocsAreReindexed()
{
    DocsSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&m_store);
    model.setText(QStringLiteral("okapi"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_store.docsIndexInfo(kProjectRef));
    const QString before = m_store.docsIndexInfo(kProjectRef)->contentHash;
    writeFile(m_dir.filePath(QStringLiteral("scratch/docs/index.md")), "# Scratch\n\n## Okapi\n\nForest giraffe.\n");
    QSignalSpy indexed(m_indexer.get(), &DocsIndexer::indexed);
    m_indexer->indexEntity(kProjectRef);
    QVERIFY(m_indexer->waitForIdle(30000));
    QCOMPARE(indexed.count(), 1);
    QCOMPARE(indexed.first().at(2).toBool(), false);
    QVERIFY(m_store.docsIndexInfo(kProjectRef)->contentHash != before);
    // The model follows the indexer without being told.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(DocsSearchModel::HeadingRole).toString(), QStringLiteral("Okapi"));
    model.setText(QStringLiteral("zebra"));
    QCOMPARE(model.rowCount(), 0);
}

void TestDocsSearch::paletteHasADocsSection()
{
    PaletteModel palette;
    QAbstractItemModelTester tester(&palette, QAbstractItemModelTester::FailureReportingMode::QtTest);
    palette.setStore(&m_store);
    palette.setText(QStringLiteral("okapi"));
    QCOMPARE(palette.rowCount(), 1);
    const QModelIndex row = palette.index(0);
    QCOMPARE(row.data(PaletteModel::KindRole).toString(), QStringLiteral("docs"));
    QCOMPARE(row.data(PaletteModel::SectionRole).toString(), QStringLiteral("Docs"));
    QVERIFY(row.data(PaletteModel::FirstInSectionRole).toBool());
    QCOMPARE(row.data(PaletteModel::TitleRole).toString(), QStringLiteral("Scratch › Okapi"));
    QCOMPARE(row.data(PaletteModel::SubtitleRole).toString(), QStringLiteral("scratch-docs · Forest giraffe."));
    QVERIFY(palette.targetAt(0).startsWith(QLatin1String("page/docs?ref=component%3Adefault%2Fscratch-docs")));

    palette.setText(QStringLiteral("payments"));
    QStringList sections;
    for (int i = 0; i < palette.rowCount(); ++i) {
        const QString section = palette.index(i).data(PaletteModel::SectionRole).toString();
        const bool first = palette.index(i).data(PaletteModel::FirstInSectionRole).toBool();
        QCOMPARE(first, sections.isEmpty() || sections.last() != section);
        if (first)
            sections << section;
    }
    // Entities first, then docs: each group once, in this order.
    QCOMPARE(sections, (QStringList{QStringLiteral("Entities"), QStringLiteral("Docs")}));
}

void TestDocsSearch::richTextEscapesBeforeHighlighting()
{
    const QString marked = QStringLiteral("a <i> ") + store::kMatchStart + QStringLiteral("x&y") + store::kMatchEnd;
    QCOMPARE(DocsSearchModel::richText(marked), QStringLiteral("a &lt;i&gt; <b>x&amp;y</b>"));
    QCOMPARE(DocsSearchModel::plainText(marked), QStringLiteral("a <i> x&y"));
}

QTEST_MAIN(TestDocsSearch)
#include "tst_docssearch.moc"
