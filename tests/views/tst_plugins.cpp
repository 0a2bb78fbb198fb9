// SPDX-License-Identifier: Apache-2.0
// Plugins end to end in a real QQmlEngine (offscreen): folders written by the test and the bundled example are
// found through PORTOLAN_PLUGIN_PATH, matched to demo catalog entities, created through PluginView.qml, and talk
// HTTP to a loopback server started here that answers like PagerDuty's REST API.
#include "appstate.h"
#include "highlight/factory.h"
#include "highlightedcode.h"
#include "catalogbackend.h"
#include "catalogfixture.h"
#include "pluginregistry.h"

#include <QDir>
#include <QJSValue>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Portolan_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(PortolanPlugin)

namespace {

/// A small HTTP/1.1 server on 127.0.0.1: one answer per path (query ignored), every request line recorded.
class LoopbackServer : public QTcpServer
{
public:
    QHash<QString, QPair<QByteArray, QByteArray>> routes; ///< path -> (status line + headers, body)
    QStringList requests;

    LoopbackServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket]() {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    const QByteArray target = request.split(' ').value(1);
                    requests << QUrl::fromPercentEncoding(target);
                    const QString path = QString::fromUtf8(target.split('?').value(0));
                    const auto route = routes.value(path, {QByteArray("404 Not Found"), QByteArray("{\"error\":{\"message\":\"Not Found\",\"code\":2100}}")});
                    socket->write("HTTP/1.1 " + route.first + "\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(route.second.size()) + "\r\nConnection: close\r\n\r\n" + route.second);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    [[nodiscard]] QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(PORTOLAN_TEST_DATA "/plugins/pagerduty/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

} // namespace

class TestPlugins : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    store::CatalogStore m_store;
    std::unique_ptr<CatalogBackend> m_catalog;
    std::unique_ptr<AppState> m_app;
    std::unique_ptr<PluginRegistry> m_registry;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<highlight::Highlighter> m_highlighter;
    LoopbackServer m_server;

    void writePlugin(const QString &id, const QByteArray &qml, const QByteArray &extra = {})
    {
        const QString folder = m_dir.filePath(QStringLiteral("plugins/") + id);
        QDir().mkpath(folder);
        QFile card(folder + QStringLiteral("/Card.qml"));
        QVERIFY(card.open(QIODevice::WriteOnly));
        card.write(qml);
        QFile manifest(folder + QStringLiteral("/portolan-plugin.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write("{\"id\": \"" + id.toUtf8() + "\", \"name\": \"" + id.toUtf8() + " plugin\", \"version\": \"0.1\", \"apiVersion\": 1,"
                       " \"contributes\": {\"entityCards\": [{\"id\": \"card\", \"title\": \"Card\", \"qml\": \"Card.qml\", \"kinds\": [\"Component\"]}]}"
                       + extra + "}");
    }

    QVariantMap card(const QString &ref, const QString &pluginId)
    {
        for (const QVariant &c : m_registry->cardsFor(ref)) {
            if (c.toMap().value(QStringLiteral("pluginId")) == pluginId)
                return c.toMap();
        }
        return {};
    }

    /// A PluginView.qml as the overview tab makes it, or null (with the QML errors printed).
    std::unique_ptr<QObject> view(const QVariantMap &contribution, const QString &ref)
    {
        QQmlComponent component(m_engine.get());
        component.setData("import Portolan\nPluginView { width: 600 }\n", QUrl(QStringLiteral("qrc:/tst_plugins/View.qml")));
        std::unique_ptr<QObject> object(component.createWithInitialProperties(
            {{QStringLiteral("contribution"), contribution}, {QStringLiteral("entityRef"), ref}, {QStringLiteral("framed"), true}}));
        if (!object)
            qWarning() << component.errors();
        return object;
    }

    static QObject *content(QObject *view) { return view->property("content").value<QObject *>(); }
    /// A `var` property holding a JS object, as a map.
    static QVariantMap jsMap(const QVariant &value)
    {
        return value.metaType() == QMetaType::fromType<QJSValue>() ? value.value<QJSValue>().toVariant().toMap() : value.toMap();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(loadDemoCatalog(m_store), QString());
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        m_server.routes.insert(QStringLiteral("/services/PX7K2QA"), {"200 OK", fixture("service-PX7K2QA.json")});
        m_server.routes.insert(QStringLiteral("/oncalls"), {"200 OK", fixture("oncalls.json")});
        m_server.routes.insert(QStringLiteral("/hello"), {"200 OK", "{\"hello\": \"plugin\"}"});
        m_server.routes.insert(QStringLiteral("/bounce"), {"302 Found\r\nLocation: http://127.0.0.2:9/elsewhere", ""});

        // Sees the entity: the test reads these properties back.
        writePlugin(QStringLiteral("probe"), "import QtQuick\nimport Portolan.Views\nItem {\n"
                                             "    required property PluginContext api\n"
                                             "    readonly property string entityName: api.entity.metadata.name\n"
                                             "    readonly property string owner: api.findEntity(api.entityRef).spec.owner\n"
                                             "    readonly property int pagerDutyServices: api.query({kind: 'component', annotation: 'pagerduty.com/service-id'}).length\n"
                                             "    property string highlighted\n"
                                             "    property bool fileOpened: true\n"
                                             "    Component.onCompleted: {\n"
                                             "        fileOpened = api.openUrl('file:///etc/passwd')\n"
                                             "        api.highlight('kind: Component', 'YAML', r => highlighted = r.html)\n"
                                             "    }\n"
                                             "    implicitHeight: 40\n}\n");
        writePlugin(QStringLiteral("broken"), "import QtQuick\nItem {\n    required property var api\n    width: \n}\n");
        writePlugin(QStringLiteral("thrower"), "import QtQuick\nItem {\n    required property var api\n"
                                               "    Component.onCompleted: api.entity.metadata.nothing.here = 1\n}\n");
        writePlugin(QStringLiteral("netcheck"),
                    "import QtQuick\nItem {\n    required property var api\n"
                    "    property var refused: null\n    property var allowed: null\n    property var redirected: null\n    property int bypass: -1\n"
                    "    Component.onCompleted: {\n"
                    "        api.httpGet('http://127.0.0.2:' + api.setting('port') + '/hello', r => refused = r)\n"
                    "        api.httpGet(api.setting('base') + '/hello', r => allowed = r)\n"
                    "        api.httpGet(api.setting('base') + '/bounce', r => redirected = r)\n"
                    "        const xhr = new XMLHttpRequest()\n"
                    "        xhr.onreadystatechange = () => { if (xhr.readyState === XMLHttpRequest.DONE) bypass = xhr.status }\n"
                    "        xhr.open('GET', api.setting('base') + '/xhr')\n"
                    "        xhr.send()\n"
                    "    }\n}\n",
                    ", \"http\": {\"allowedHosts\": [\"127.0.0.1\"]}, \"settings\": {\"base\": \"http://example.invalid\", \"port\": \"\"}");
        {
            const QString folder = m_dir.filePath(QStringLiteral("plugins/tabber"));
            QDir().mkpath(folder);
            QFile tab(folder + QStringLiteral("/Members.qml"));
            QVERIFY(tab.open(QIODevice::WriteOnly));
            tab.write("import QtQuick\nItem { required property var api }\n");
            QFile page(folder + QStringLiteral("/Overview.qml"));
            QVERIFY(page.open(QIODevice::WriteOnly));
            page.write("import QtQuick\nItem {\n    required property var api\n"
                       "    readonly property int groups: api.query({kind: ['group']}).length\n}\n");
            QFile manifest(folder + QStringLiteral("/portolan-plugin.yaml"));
            QVERIFY(manifest.open(QIODevice::WriteOnly));
            manifest.write("id: tabber\nname: Tabber\nversion: '1'\napiVersion: 1\ncontributes:\n"
                           "  entityTabs:\n    - {id: members, title: Members, qml: Members.qml, kinds: [Group]}\n"
                           "  pages:\n    - {id: overview, title: Overview, glyph: \"\u263A\", qml: Overview.qml}\n");
        }
        qputenv("PORTOLAN_PLUGIN_NETCHECK_BASE", m_server.base().toUtf8());
        qputenv("PORTOLAN_PLUGIN_NETCHECK_PORT", QByteArray::number(m_server.serverPort()));
        qputenv("PORTOLAN_PLUGIN_PAGERDUTY_ONCALL_BASEURL", m_server.base().toUtf8());
        // A module whose qmldir names a library that is not there: the card fails, the app does not.
        writePlugin(QStringLiteral("badnative"), "import QtQuick\nimport Acme.Missing\nItem { required property var api }\n",
                    ", \"qmlImportPaths\": [\"imports\"]");
        {
            const QString module = m_dir.filePath(QStringLiteral("plugins/badnative/imports/Acme/Missing"));
            QVERIFY(QDir().mkpath(module));
            QFile qmldir(module + QStringLiteral("/qmldir"));
            QVERIFY(qmldir.open(QIODevice::WriteOnly));
            qmldir.write("module Acme.Missing\nplugin acmemissingplugin\n");
        }
        qputenv("PORTOLAN_PLUGIN_PATH", (m_dir.filePath(QStringLiteral("plugins")) + u':' + QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/plugins")
                                         + u':' + QStringLiteral(PORTOLAN_EXAMPLE_PLUGINS_DIR)).toUtf8());

        m_highlighter = highlight::createHighlighter();
        HighlightedCode::setHighlighter(m_highlighter.get());
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        m_catalog = std::make_unique<CatalogBackend>(nullptr);
        QCOMPARE(m_catalog->open(QStringLiteral(":memory:")), QString());
        CatalogBackend::setInstance(m_catalog.get());
        m_app = std::make_unique<AppState>(m_catalog.get(), false);
        AppState::setInstance(m_app.get());
        m_registry = std::make_unique<PluginRegistry>(plugins::defaultFolders(QCoreApplication::applicationDirPath()), nullptr);
        m_registry->setStore(&m_store);
        PluginRegistry::setInstance(m_registry.get());
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // As in the app, where the pages touch the singleton first: from then on QML warnings are attributed.
        QQmlComponent touch(m_engine.get());
        touch.setData("import QtQml\nimport Portolan.Views\nQtObject { property QtObject registry: PluginRegistry }\n", QUrl());
        std::unique_ptr<QObject> touched(touch.create());
        QVERIFY2(touched, qPrintable(touch.errorString()));
        QCOMPARE(touched->property("registry").value<QObject *>(), m_registry.get());
    }

    void contributionsMatchEntities()
    {
        const QString payments = QStringLiteral("component:default/payments-service");
        QVERIFY(!card(payments, QStringLiteral("probe")).isEmpty());
        QVERIFY(!card(payments, QStringLiteral("pagerduty-oncall")).isEmpty());
        // No PagerDuty annotation, and not a Component.
        QVERIFY(card(QStringLiteral("component:default/acme-ui-kit"), QStringLiteral("pagerduty-oncall")).isEmpty());
        QVERIFY(m_registry->cardsFor(QStringLiteral("group:default/team-payments")).isEmpty());
        QVERIFY(m_registry->cardsFor(QStringLiteral("component:default/no-such-thing")).isEmpty());
        QStringList ids;
        for (const QVariant &p : m_registry->pluginList())
            ids << p.toMap().value(QStringLiteral("id")).toString() + u'=' + p.toMap().value(QStringLiteral("status")).toString();
        QVERIFY2(ids.contains(QStringLiteral("pagerduty-oncall=active")), qPrintable(ids.join(u' ')));
    }

    void cardSeesTheEntity()
    {
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("probe")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QVERIFY(!v->property("failed").toBool());
        QObject *item = content(v.get());
        QVERIFY(item);
        QCOMPARE(item->property("entityName").toString(), QStringLiteral("payments-service"));
        QCOMPARE(item->property("owner").toString(), QStringLiteral("team-payments"));
        // payments-service, ledger-service, fraud-scoring-service, merchant-bff (demo catalog README).
        QCOMPARE(item->property("pagerDutyServices").toInt(), 4);
        QCOMPARE(v->property("implicitHeight").toReal() > 40, true); // the card frame around the 40 px item
        // Only http, https and mailto open; the refusal is listed in Settings but does not stop the card.
        QCOMPARE(item->property("fileOpened").toBool(), false);
        QStringList probeErrors;
        for (const QVariant &p : m_registry->pluginList()) {
            if (p.toMap().value(QStringLiteral("id")).toString() == u"probe")
                probeErrors = p.toMap().value(QStringLiteral("errors")).toStringList();
        }
        QCOMPARE(probeErrors.size(), 1);
        QVERIFY(probeErrors.at(0).startsWith(QLatin1String("openUrl(): refused \"file:///etc/passwd\"")));
        QVERIFY(!v->property("failed").toBool());
        // Highlighted by the real KSyntaxHighlighting helper.
        QTRY_VERIFY_WITH_TIMEOUT(item->property("highlighted").toString().contains(QLatin1String("<span")), 10000);
        QVERIFY(item->property("highlighted").toString().contains(QLatin1String("Component")));
    }

    void syntaxErrorBecomesErrorCard()
    {
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("broken")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QVERIFY(v->property("failed").toBool());
        QVERIFY(!content(v.get()));
        const QString error = v->property("loadError").toString();
        QVERIFY2(error.contains(QLatin1String("broken/Card.qml:5")), qPrintable(error));
        QVERIFY(!m_registry->errorsOf(QStringLiteral("broken")).isEmpty());
    }

    void runtimeErrorBecomesErrorCard()
    {
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("thrower")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QTRY_VERIFY(v->property("failed").toBool());
        const QStringList errors = m_registry->errorsOf(QStringLiteral("thrower"));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).contains(QLatin1String("thrower/Card.qml:4")) && errors.at(0).contains(QLatin1String("TypeError")),
                 qPrintable(errors.at(0)));
        QVERIFY(m_registry->errorsOf(QStringLiteral("probe")).isEmpty());
    }

    void httpGetOnlyToDeclaredHosts()
    {
        m_server.requests.clear();
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("netcheck")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QObject *item = content(v.get());
        QVERIFY(item);
        QTRY_VERIFY(jsMap(item->property("refused")).contains(QStringLiteral("ok")) && jsMap(item->property("allowed")).contains(QStringLiteral("ok"))
                    && jsMap(item->property("redirected")).contains(QStringLiteral("ok")));
        const QVariantMap refused = jsMap(item->property("refused"));
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY2(refused.value(QStringLiteral("error")).toString().contains(QLatin1String("allowedHosts")),
                 qPrintable(refused.value(QStringLiteral("error")).toString()));
        const QVariantMap allowed = jsMap(item->property("allowed"));
        QCOMPARE(allowed.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(allowed.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(allowed.value(QStringLiteral("body")).toString(), QStringLiteral("{\"hello\": \"plugin\"}"));
        QCOMPARE(allowed.value(QStringLiteral("json")).toMap().value(QStringLiteral("hello")).toString(), QStringLiteral("plugin"));
        const QVariantMap redirected = jsMap(item->property("redirected"));
        QCOMPARE(redirected.value(QStringLiteral("ok")).toBool(), false);
        QVERIFY(redirected.value(QStringLiteral("error")).toString().contains(QLatin1String("redirect to http://127.0.0.2:9/elsewhere")));
        // QML's own XMLHttpRequest is no way around the list: it cannot leave the machine at all.
        QTRY_COMPARE(item->property("bypass").toInt(), 0);
        // Only the two allowed requests reached a server; refusals leave the card working.
        QCOMPARE(m_server.requests, (QStringList{QStringLiteral("/hello"), QStringLiteral("/bounce")}));
        QVERIFY(!v->property("failed").toBool());
        QCOMPARE(m_registry->errorsOf(QStringLiteral("netcheck")), QStringList());
    }

    /// The example plugin with a C++ part: its QML module (qmldir + library, built by qt_add_qml_module) is found
    /// through the manifest's qmlImportPaths, and its C++ type reads the entity's real OpenAPI definition.
    void nativePartLoads()
    {
        const QString ref = QStringLiteral("api:default/payments-api");
        const QVariantMap contribution = card(ref, QStringLiteral("openapi-operations"));
        QVERIFY(!contribution.isEmpty());
        QVERIFY(card(QStringLiteral("component:default/payments-service"), QStringLiteral("openapi-operations")).isEmpty());
        bool native = false;
        for (const QVariant &p : m_registry->pluginList()) {
            if (p.toMap().value(QStringLiteral("id")).toString() == u"openapi-operations")
                native = p.toMap().value(QStringLiteral("native")).toBool();
        }
        QVERIFY(native);

        const auto v = view(contribution, ref);
        QVERIFY(v);
        QVERIFY2(!v->property("failed").toBool(), qPrintable(v->property("loadError").toString()));
        QObject *item = content(v.get());
        QVERIFY(item);
        QObject *reader = nullptr;
        for (QObject *child : item->children()) {
            if (qstrcmp(child->metaObject()->className(), "OpenApiOperations") == 0)
                reader = child;
        }
        QVERIFY2(reader, "the C++ type of the plugin's module was not created");
        QCOMPARE(reader->property("error").toString(), QString());
        QCOMPARE(reader->property("title").toString(), QStringLiteral("Acme Payments API"));
        // The oracle: operations counted straight from the file the entity's $text placeholder read.
        QFile definition(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/services/payments-service/openapi.yaml"));
        QVERIFY(definition.open(QIODevice::ReadOnly));
        const QString yaml = QString::fromUtf8(definition.readAll());
        static const QRegularExpression operationLine(QStringLiteral("^    (get|put|post|delete|patch|options|head|trace):"),
                                                      QRegularExpression::MultilineOption);
        int expected = 0;
        for (auto it = operationLine.globalMatch(yaml); it.hasNext(); it.next())
            ++expected;
        QVERIFY(expected > 0);
        QCOMPARE(item->property("operationCount").toInt(), expected);
        const QVariantMap first = reader->property("operations").toList().value(0).toMap();
        QCOMPARE(first.value(QStringLiteral("method")).toString() + u' ' + first.value(QStringLiteral("path")).toString(),
                 QStringLiteral("POST /payments"));
        QCOMPARE(m_registry->errorsOf(QStringLiteral("openapi-operations")), QStringList());
    }

    /// The plugin's own catalogue (manifest "translations"): its QML, its C++ part and its manifest title.
    void pluginTranslations()
    {
        const QString ref = QStringLiteral("api:default/payments-api");
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        m_registry->loadTranslations();
        QCOMPARE(card(ref, QStringLiteral("openapi-operations")).value(QStringLiteral("title")).toString(), QStringLiteral("Operationen"));
        {
            const auto v = view(card(ref, QStringLiteral("openapi-operations")), ref);
            QVERIFY(v && content(v.get()));
            QStringList texts;
            for (QObject *o : content(v.get())->findChildren<QObject *>())
                texts << o->property("text").toString();
            QVERIFY2(texts.filter(QStringLiteral("5 Operationen")).size() == 1, qPrintable(texts.join(u'|')));
        }
        {
            // A gRPC API: the QML's notice, in German.
            const QString grpc = QStringLiteral("api:default/ledger-grpc-api");
            const auto v = view(card(grpc, QStringLiteral("openapi-operations")), grpc);
            QVERIFY(v && content(v.get()));
            QStringList texts;
            for (QObject *o : content(v.get())->findChildren<QObject *>())
                texts << o->property("text").toString();
            QVERIFY2(texts.filter(QStringLiteral("Die Definition dieser API hat den Typ „grpc“")).size() == 1, qPrintable(texts.join(u'|')));
        }
        // The C++ part's own messages come from the same catalogue.
        QVERIFY(QCoreApplication::translate("OpenApiOperations", "The entity has no definition.") == QStringLiteral("Die Entität hat keine Definition."));
        QLocale::setDefault(QLocale::c());
        m_registry->loadTranslations();
        QCOMPARE(card(ref, QStringLiteral("openapi-operations")).value(QStringLiteral("title")).toString(), QStringLiteral("Operations"));
        QCOMPARE(QCoreApplication::translate("OpenApiOperations", "The entity has no definition."), QStringLiteral("The entity has no definition."));
    }

    void missingNativeLibraryBecomesErrorCard()
    {
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("badnative")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QVERIFY(v->property("failed").toBool());
        const QString error = v->property("loadError").toString();
        QVERIFY2(error.contains(QLatin1String("Acme.Missing")), qPrintable(error));
    }

    void tabsAndPages()
    {
        QStringList tabs;
        for (const QVariant &t : m_registry->tabsFor(QStringLiteral("group:default/team-payments")))
            tabs << t.toMap().value(QStringLiteral("pluginId")).toString() + u'/' + t.toMap().value(QStringLiteral("id")).toString();
        QCOMPARE(tabs, QStringList{QStringLiteral("tabber/members")});
        QVERIFY(m_registry->tabsFor(QStringLiteral("component:default/payments-service")).isEmpty()); // kinds: Group
        const QVariantList pages = m_registry->pages();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(pages.at(0).toMap().value(QStringLiteral("key")).toString(), QStringLiteral("plugin-tabber-overview"));
        QCOMPARE(pages.at(0).toMap().value(QStringLiteral("glyph")).toString(), QStringLiteral("☺"));
        // A page fills its view and has no entity.
        QQmlComponent component(m_engine.get());
        component.setData("import Portolan\nPluginView { width: 600; height: 400 }\n", QUrl(QStringLiteral("qrc:/tst_plugins/Page.qml")));
        std::unique_ptr<QObject> v(component.createWithInitialProperties(
            {{QStringLiteral("contribution"), pages.at(0).toMap().value(QStringLiteral("plugin"))}}));
        QVERIFY2(v, qPrintable(component.errorString()));
        QObject *item = content(v.get());
        QVERIFY(item);
        QCOMPARE(item->property("width").toReal(), 600.0);
        QCOMPARE(item->property("height").toReal(), 400.0);
        QCOMPARE(item->property("groups").toInt(), 5); // the demo catalog's five groups
    }

    void pagerDutyExample()
    {
        m_server.requests.clear();
        const auto v = view(card(QStringLiteral("component:default/payments-service"), QStringLiteral("pagerduty-oncall")),
                            QStringLiteral("component:default/payments-service"));
        QVERIFY(v);
        QObject *item = content(v.get());
        QVERIFY(item);
        QTRY_VERIFY(!item->property("loading").toBool());
        QCOMPARE(item->property("problem").toString(), QString());
        QCOMPARE(item->property("serviceId").toString(), QStringLiteral("PX7K2QA"));
        const QVariantList oncalls = item->property("oncalls").toList();
        QCOMPARE(oncalls.size(), 2);
        QCOMPARE(oncalls.at(0).toMap().value(QStringLiteral("user")).toMap().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Alice Nguyen")); // level 1 first
        QCOMPARE(m_server.requests,
                 (QStringList{QStringLiteral("/services/PX7K2QA?time_zone=UTC&include[]=escalation_policies"),
                              QStringLiteral("/oncalls?time_zone=UTC&include[]=users&escalation_policy_ids[]=PEP1234")}));
        QVERIFY(!v->property("failed").toBool());
    }

    // Credentials typed into Settings go to the keychain or nowhere; other settings go to the catalog database.
    void secretSettingsNeverReachTheDatabase()
    {
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the token must not be saved anywhere
        const QString plugin = QStringLiteral("pagerduty-oncall");
        QSignalSpy errors(m_registry.get(), &PluginRegistry::errorReported);
        m_registry->setSetting(plugin, QStringLiteral("token"), QStringLiteral("u+s3cr3t-token"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.at(0).at(1).toString().contains(QLatin1String("PORTOLAN_PLUGIN_PAGERDUTY_ONCALL_TOKEN")));
        QCOMPARE(m_store.setting(QStringLiteral("plugin/pagerduty-oncall/token")), QString());
        QCOMPARE(m_registry->setting(plugin, QStringLiteral("token")), QString());
        QVERIFY(m_registry->errorsOf(plugin).isEmpty()); // not fatal: the card still shows

        m_registry->setSetting(plugin, QStringLiteral("webUrl"), QStringLiteral("https://acme.example/pd"));
        QCOMPARE(m_store.setting(QStringLiteral("plugin/pagerduty-oncall/webUrl")), QStringLiteral("https://acme.example/pd"));
        QCOMPARE(m_registry->setting(plugin, QStringLiteral("webUrl")), QStringLiteral("https://acme.example/pd"));
        m_registry->setSetting(plugin, QStringLiteral("webUrl"), QString());
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    }

    void droppedPluginAppearsAfterReload()
    {
        const QString ref = QStringLiteral("component:default/payments-service");
        writePlugin(QStringLiteral("late"), "import QtQuick\nItem { required property var api }\n");
        QVERIFY(card(ref, QStringLiteral("late")).isEmpty()); // folders are read at start-up...
        m_registry->reload();                                 // ...and when Settings asks
        QVERIFY(!card(ref, QStringLiteral("late")).isEmpty());
        QVERIFY(!card(ref, QStringLiteral("probe")).isEmpty());
    }
};

QTEST_MAIN(TestPlugins)
#include "tst_plugins.moc"
