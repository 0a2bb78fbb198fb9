// SPDX-License-Identifier: Apache-2.0
// Entity references and field validators, with vectors from Backstage's ref.test.ts and
// KubernetesValidatorFunctions.test.ts.
#include "catalog/entityref.h"
#include "catalog/relations.h"
#include "catalog/validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace catalog;

class TestEntityRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("defaultNamespace");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("nameSpace");
        QTest::addColumn<QString>("name");

        QTest::newRow("full") << "Component:Ns/Name" << "" << "" << "Component" << "Ns" << "Name";
        QTest::newRow("no kind, default") << "ns/name" << "Group" << "" << "Group" << "ns" << "name";
        QTest::newRow("no namespace") << "user:jane" << "" << "" << "user" << "default" << "jane";
        QTest::newRow("context namespace") << "team" << "Group" << "payments" << "Group" << "payments" << "team";
        QTest::newRow("slash before colon: no kind") << "a/b:c" << "K" << "" << "K" << "a" << "b:c";
        QTest::newRow("extra colon stays in name") << "a:b:c" << "" << "" << "a" << "default" << "b:c";
        QTest::newRow("extra slash stays in name") << "a/b/c" << "K" << "" << "K" << "a" << "b/c";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultKind);
        QFETCH(QString, defaultNamespace);
        const EntityRefResult r = parseEntityRef(text, defaultKind, defaultNamespace);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTEST(r.ref->kind, "kind");
        QTEST(r.ref->nameSpace, "nameSpace");
        QTEST(r.ref->name, "name");
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("defaultKind");
        QTest::addColumn<QString>("error");
        const QString form = QStringLiteral("was not on the form [<kind>:][<namespace>/]<name>");
        QTest::newRow("empty") << "" << "Group" << "Entity reference must not be empty";
        QTest::newRow("empty kind") << ":b/c" << "" << u"Entity reference \":b/c\" " + form;
        QTest::newRow("empty namespace") << "a:/c" << "" << u"Entity reference \"a:/c\" " + form;
        QTest::newRow("empty name") << "a:b/" << "" << u"Entity reference \"a:b/\" " + form;
        QTest::newRow("leading slash") << "/c" << "Group" << u"Entity reference \"/c\" " + form;
        QTest::newRow("trailing colon") << "a:" << "" << u"Entity reference \"a:\" " + form;
        QTest::newRow("no kind anywhere") << "db" << ""
                                          << "Entity reference \"db\" had missing or empty kind (e.g. did not start "
                                             "with \"component:\" or similar)";
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, defaultKind);
        const EntityRefResult r = parseEntityRef(text, defaultKind);
        QVERIFY(!r.ok());
        QTEST(r.error, "error");
    }

    void stringifyLowercases()
    {
        QCOMPARE(stringifyEntityRef(QStringLiteral("API"), QStringLiteral("Pay"), QStringLiteral("Billing-V2")),
                 QStringLiteral("api:pay/billing-v2"));
        QCOMPARE((EntityRef{QStringLiteral("Group"), QStringLiteral("default"), QStringLiteral("Team-A")}.toString()),
                 QStringLiteral("group:default/team-a"));
    }

    void validators_data()
    {
        QTest::addColumn<QString>("validator");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name ok") << "name" << "a.b_c-d" << true;
        QTest::newRow("name 63") << "name" << QString(63, u'a') << true;
        QTest::newRow("name 64") << "name" << QString(64, u'a') << false;
        QTest::newRow("name trailing dash") << "name" << "a-" << false;
        QTest::newRow("name upper") << "name" << "Abc" << true;
        QTest::newRow("dns double dash") << "dns" << "a--b" << true;
        QTest::newRow("dns upper") << "dns" << "Ab" << false;
        QTest::newRow("dns underscore") << "dns" << "a_b" << false;
        QTest::newRow("key prefix") << "key" << "backstage.io/techdocs-ref" << true;
        QTest::newRow("key two slashes") << "key" << "a/b/c" << false;
        QTest::newRow("key empty prefix") << "key" << "/b" << false;
        QTest::newRow("key prefix 253") << "key" << (QString(63, u'a') + u'.' + QString(63, u'a') + u'.' + QString(63, u'a') + u'.' + QString(61, u'a') + u"/x") << true;
        QTest::newRow("key prefix 254") << "key" << (QString(63, u'a') + u'.' + QString(63, u'a') + u'.' + QString(63, u'a') + u'.' + QString(62, u'a') + u"/x") << false;
        QTest::newRow("tag colon") << "tag" << "lang:c++" << true;
        QTest::newRow("tag double dash") << "tag" << "a--b" << false;
        QTest::newRow("tag upper") << "tag" << "Java" << false;
        QTest::newRow("kind") << "kind" << "Component" << true;
        QTest::newRow("kind digit first") << "kind" << "9a" << false;
        QTest::newRow("api version") << "apiVersion" << "backstage.io/v1alpha1" << true;
        QTest::newRow("api version bare") << "apiVersion" << "v1" << true;
        QTest::newRow("api version dash") << "apiVersion" << "backstage.io/v1-alpha1" << false;
        QTest::newRow("url https") << "url" << "https://example.com:8080/a?b#c" << true;
        QTest::newRow("url custom scheme") << "url" << "slack:channel" << true;
        QTest::newRow("url relative") << "url" << "/docs" << false;
        QTest::newRow("url word") << "url" << "invalid" << false;
        QTest::newRow("url empty host") << "url" << "https://" << false;
        QTest::newRow("url space in host") << "url" << "http://a b.com" << false;
    }

    void validators()
    {
        QFETCH(QString, validator);
        QFETCH(QString, value);
        bool result = false;
        if (validator == QLatin1String("name"))
            result = validators::isValidObjectName(value);
        else if (validator == QLatin1String("dns"))
            result = validators::isValidDnsLabel(value);
        else if (validator == QLatin1String("key"))
            result = validators::isValidPrefixAndOrSuffix(value);
        else if (validator == QLatin1String("tag"))
            result = validators::isValidTag(value);
        else if (validator == QLatin1String("kind"))
            result = validators::isValidKind(value);
        else if (validator == QLatin1String("apiVersion"))
            result = validators::isValidApiVersion(value);
        else
            result = validators::isValidUrl(value);
        QTEST(result, "valid");
    }

    void validateEntityForEditors()
    {
        QJsonObject entity = QJsonDocument::fromJson(R"({"apiVersion":"backstage.io/v1alpha1","kind":"Group",
            "metadata":{"name":"ops"},"spec":{"type":"team","children":[]}})").object();
        QVERIFY(!validateEntity(entity));
        QCOMPARE(entity[QLatin1String("metadata")][QLatin1String("namespace")].toString(), QStringLiteral("default"));
        QJsonObject bad = entity;
        bad.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("type"), QStringLiteral("team")}});
        const ValidationOutcome e = validateEntity(bad);
        QVERIFY(e);
        QCOMPARE(e->field(), QStringLiteral("spec.children"));
    }

    void relationsUseOwnNamespaceAndDefaultKinds()
    {
        const QJsonObject entity = QJsonDocument::fromJson(R"({"apiVersion":"backstage.io/v1alpha1","kind":"Component",
            "metadata":{"name":"Svc","namespace":"pay"},
            "spec":{"type":"service","lifecycle":"x","owner":"Team","system":"default/core",
                    "providesApis":["api-a"],"dependsOn":["resource:db"]}})").object();
        const RelationsResult r = relationsFor(entity);
        QVERIFY(!r.error);
        QStringList got;
        for (const Relation &rel : r.relations)
            got.append(rel.source + u' ' + rel.type + u' ' + rel.target);
        got.sort();
        QStringList want = {
            QStringLiteral("api:pay/api-a apiProvidedBy component:pay/svc"),
            QStringLiteral("component:pay/svc dependsOn resource:pay/db"),
            QStringLiteral("component:pay/svc ownedBy group:pay/team"),
            QStringLiteral("component:pay/svc partOf system:default/core"),
            QStringLiteral("component:pay/svc providesApi api:pay/api-a"),
            QStringLiteral("group:pay/team ownerOf component:pay/svc"),
            QStringLiteral("resource:pay/db dependencyOf component:pay/svc"),
            QStringLiteral("system:default/core hasPart component:pay/svc"),
        };
        want.sort();
        QCOMPARE(got, want);

        QJsonObject kindless = entity;
        QJsonObject spec = kindless[QLatin1String("spec")].toObject();
        spec.insert(QStringLiteral("dependsOn"), QJsonArray{QStringLiteral("db")});
        kindless.insert(QStringLiteral("spec"), spec);
        const RelationsResult bad = relationsFor(kindless);
        QVERIFY(bad.error);
        QCOMPARE(bad.error->field(), QStringLiteral("spec.dependsOn.0"));
        QVERIFY(bad.error->message.contains(QLatin1String("had missing or empty kind")));
    }
};

QTEST_GUILESS_MAIN(TestEntityRef)
#include "tst_entityref.moc"
