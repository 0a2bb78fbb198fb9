// SPDX-License-Identifier: Apache-2.0
// Entity pages' data, the relation graph, the palette and navigation over the real demo catalog.
#include "catalogfixture.h"
#include "entitycontroller.h"
#include "navigationhistory.h"
#include "palettemodel.h"
#include "relationgraph.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

namespace {

QStringList refsOf(const QVariantList &briefs)
{
    QStringList out;
    for (const QVariant &brief : briefs)
        out << brief.toMap().value(QStringLiteral("ref")).toString();
    out.sort();
    return out;
}

QVariantMap groupOf(const QVariantList &groups, const QString &type)
{
    for (const QVariant &group : groups) {
        if (group.toMap().value(QStringLiteral("type")).toString() == type)
            return group.toMap();
    }
    return {};
}

} // namespace

class TestEntityController : public QObject
{
    Q_OBJECT
    store::CatalogStore m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(loadDemoCatalog(m_store), QString());
    }

    void componentOverview()
    {
        EntityController controller;
        controller.setStore(&m_store);
        QSignalSpy loaded(&controller, &EntityController::loaded);
        controller.setRef(QStringLiteral("component:default/payments-service"));
        QCOMPARE(loaded.size(), 1);
        QVERIFY(controller.exists());
        QCOMPARE(controller.kind(), QStringLiteral("Component"));
        QCOMPARE(controller.title(), QStringLiteral("Payments Service"));
        QCOMPARE(controller.facts().value(u"owner"_qs).toString(), QStringLiteral("group:default/team-payments"));
        QCOMPARE(controller.facts().value(u"lifecycle"_qs).toString(), QStringLiteral("production"));
        QVERIFY(controller.tags().contains(u"pci-dss"_qs));
        QVERIFY(controller.hasTechDocs());
        QVERIFY(controller.hasKubernetes());
        QVERIFY(!controller.isApi());
        QCOMPARE(controller.links().size(), 3);

        const QVariantMap github = controller.annotations().constFirst().toMap();
        QCOMPARE(github.value(u"label"_qs).toString(), QStringLiteral("GitHub repository"));
        QCOMPARE(github.value(u"url"_qs).toString(), QStringLiteral("https://github.com/acme-payments/payments-service"));

        const QVariantMap owner = controller.ownerInfo();
        QCOMPARE(owner.value(u"title"_qs).toString(), QStringLiteral("Payments Team"));
        QCOMPARE(owner.value(u"email"_qs).toString(), QStringLiteral("team-payments@acme-payments.example"));
        QCOMPARE(refsOf(owner.value(u"members"_qs).toList()),
                 (QStringList{u"user:default/alice.nguyen"_qs, u"user:default/bruno.silva"_qs}));

        QCOMPARE(refsOf(groupOf(controller.relationGroups(), u"providesApi"_qs).value(u"items"_qs).toList()),
                 (QStringList{u"api:default/payment-events-api"_qs, u"api:default/payments-api"_qs}));
        QCOMPARE(groupOf(controller.relationGroups(), u"dependsOn"_qs).value(u"label"_qs).toString(),
                 QStringLiteral("Depends on"));

        QVERIFY2(controller.yaml().startsWith(u"apiVersion: backstage.io/v1alpha1"), qPrintable(controller.yaml()));
        QVERIFY(controller.yaml().contains(u"name: payments-service"));
        QVERIFY(!controller.yaml().contains(u"\n---"));
        QVERIFY(controller.file().endsWith(u"services/payments-service/catalog-info.yaml"));
    }

    void apiDefinition_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("contains");
        QTest::newRow("openapi") << u"api:default/payments-api"_qs << u"definition.yaml"_qs << u"openapi: 3.0.3"_qs;
        QTest::newRow("asyncapi") << u"api:default/payment-events-api"_qs << u"definition.yaml"_qs << u"asyncapi"_qs;
        QTest::newRow("graphql") << u"api:default/merchant-graphql-api"_qs << u"schema.graphql"_qs << u"type "_qs;
        QTest::newRow("grpc") << u"api:default/ledger-grpc-api"_qs << u"definition.proto"_qs << u"service Ledger"_qs;
    }

    void apiDefinition()
    {
        QFETCH(QString, ref);
        QFETCH(QString, language);
        QFETCH(QString, contains);
        EntityController controller;
        controller.setStore(&m_store);
        controller.setRef(ref);
        QVERIFY(controller.isApi());
        QCOMPARE(controller.definitionLanguage(), language);
        QVERIFY2(controller.definition().contains(contains), qPrintable(controller.definition().left(200)));
    }

    void groupOwnsThroughChildGroups()
    {
        EntityController controller;
        controller.setStore(&m_store);
        controller.setRef(QStringLiteral("group:default/team-payments"));
        QCOMPARE(refsOf(controller.members()),
                 (QStringList{u"user:default/alice.nguyen"_qs, u"user:default/bruno.silva"_qs}));
        QCOMPARE(refsOf(controller.parentGroups()), QStringList{u"group:default/acme-payments"_qs});
        QVERIFY(controller.childGroups().isEmpty());
        // Domain payments, system checkout, 3 components, 3 APIs, 3 resources (README "Who owns what").
        QCOMPARE(controller.owned().size(), 11);

        controller.setRef(QStringLiteral("group:default/acme-payments"));
        QCOMPARE(controller.childGroups().size(), 4);
        // The organisation owns nothing itself; everything comes through its four teams.
        QCOMPARE(controller.owned().size(), 11 + 9 + 6 + 5);
        for (const QVariant &item : controller.owned())
            QVERIFY(!item.toMap().value(u"via"_qs).toString().isEmpty());
    }

    void userMembership()
    {
        EntityController controller;
        controller.setStore(&m_store);
        controller.setRef(QStringLiteral("user:default/grace.kim"));
        QCOMPARE(controller.title(), QStringLiteral("Grace Kim"));
        QCOMPARE(refsOf(controller.memberOf()),
                 (QStringList{u"group:default/acme-payments"_qs, u"group:default/team-platform"_qs}));
        QCOMPARE(controller.owned().size(), 5); // through team-platform
    }

    void missingEntity()
    {
        EntityController controller;
        controller.setStore(&m_store);
        controller.setRef(QStringLiteral("component:default/does-not-exist"));
        QVERIFY(!controller.exists());
        QVERIFY(controller.relationGroups().isEmpty());
    }

    void documentAt()
    {
        const QString text = u"---\na: 1\n---\nkind: B\nb: 2\n\n---\nc: 3\n"_qs;
        QCOMPARE(EntityController::documentAt(text, 1), u"a: 1"_qs);
        QCOMPARE(EntityController::documentAt(text, 3), u"kind: B\nb: 2"_qs);
        QCOMPARE(EntityController::documentAt(text, 4), u"kind: B\nb: 2"_qs);
    }

    void graph_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<int>("nodes");
        // payments-service: consumes 1 API, depends on 3, provides 2, part of checkout, owned by team-payments;
        // the webhook worker is part of it.
        QTest::newRow("outgoing 1") << u"outgoing"_qs << 1 << QStringList{} << 1 + 8;
        QTest::newRow("incoming 1") << u"incoming"_qs << 1 << QStringList{} << 1 + 1;
        QTest::newRow("both 1") << u"both"_qs << 1 << QStringList{} << 1 + 9;
        QTest::newRow("apis only") << u"outgoing"_qs << 1 << QStringList{u"api"_qs} << 1 + 3;
    }

    void graph()
    {
        QFETCH(QString, direction);
        QFETCH(int, depth);
        QFETCH(QStringList, kinds);
        QFETCH(int, nodes);
        RelationGraph graph;
        graph.setStore(&m_store);
        graph.setDirection(direction);
        graph.setDepth(depth);
        graph.setKinds(kinds);
        QSignalSpy laidOut(&graph, &RelationGraph::layoutChanged);
        graph.setRoot(QStringLiteral("component:default/payments-service"));
        QCOMPARE(laidOut.size(), 1);
        QCOMPARE(graph.nodes().size(), nodes);
        QCOMPARE(graph.edges().size(), nodes - 1);
        for (const QVariant &node : graph.nodes()) {
            const QVariantMap map = node.toMap();
            const int level = map.value(u"level"_qs).toInt();
            QVERIFY(direction != u"outgoing" || level >= 0);
            QVERIFY(direction != u"incoming" || level <= 0);
            QVERIFY(map.value(u"x"_qs).toReal() >= 0 && map.value(u"y"_qs).toReal() >= 0);
            QVERIFY(map.value(u"x"_qs).toReal() + RelationGraph::kNodeWidth <= graph.width() + 0.5);
        }
    }

    void deeperGraphGrows()
    {
        RelationGraph graph;
        graph.setStore(&m_store);
        graph.setDirection(QStringLiteral("outgoing"));
        graph.setRoot(QStringLiteral("component:default/payments-webhook-worker"));
        const qsizetype one = graph.nodes().size();
        graph.setDepth(2);
        QVERIFY(graph.nodes().size() > one);
        graph.setDepth(9);
        QCOMPARE(graph.depth(), 3);
    }

    void palette()
    {
        PaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(&m_store);
        model.setCommands({QVariantMap{{u"title"_qs, u"Settings"_qs}, {u"target"_qs, u"page/settings"_qs}},
                           QVariantMap{{u"title"_qs, u"Catalog"_qs}, {u"target"_qs, u"page/catalog"_qs}}});
        QCOMPARE(model.count(), 2); // no text: the commands
        model.setText(QStringLiteral("sett"));
        // Commands come first, then entities: "Checkout & Settlement" matches the prefix too.
        QCOMPARE(model.targetAt(0), QStringLiteral("page/settings"));
        QCOMPARE(model.targetAt(1), QStringLiteral("entity/system:default/checkout"));
        QCOMPARE(model.count(), 2);
        model.setText(QStringLiteral("ledger"));
        QVERIFY(model.count() >= 3);
        QVERIFY(model.targetAt(0).startsWith(u"entity/"));
        QVERIFY(model.targetAt(0).contains(u"ledger"));
        QCOMPARE(model.targetAt(99), QString());
    }

    void history()
    {
        NavigationHistory history;
        QSignalSpy changed(&history, &NavigationHistory::changed);
        QVERIFY(!history.canGoBack());
        history.visit(QStringLiteral("page/catalog"));
        history.visit(QStringLiteral("entity/a"));
        history.visit(QStringLiteral("entity/a")); // same place: nothing
        history.visit(QStringLiteral("entity/b"));
        QCOMPARE(changed.size(), 3);
        QVERIFY(history.back());
        QCOMPARE(history.current(), QStringLiteral("entity/a"));
        QVERIFY(history.canGoForward());
        history.visit(QStringLiteral("page/settings")); // drops the forward entry
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.depth(), 3);
        QVERIFY(history.back());
        QVERIFY(history.back());
        QCOMPARE(history.current(), QStringLiteral("page/catalog"));
        QVERIFY(!history.back());
        QVERIFY(history.forward());
        QCOMPARE(history.current(), QStringLiteral("entity/a"));
    }
};

QTEST_GUILESS_MAIN(TestEntityController)
#include "tst_entitycontroller.moc"
