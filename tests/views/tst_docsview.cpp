// SPDX-License-Identifier: Apache-2.0
// TechDocs in a real WebEngineView: the real scheme handler serves the demo catalog's docs (rendered with the real
// highlighter helper) and an XSS page to an offscreen Chromium, and the test reads the DOM back with JavaScript.
#include "catalogfixture.h"
#include "docsschemehandler.h"
#include "docssitemodel.h"
#include "docsviewer.h"
#include "highlight/factory.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickView>
#include <QQuickWebEngineProfile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtWebEngineQuick>

#include "sitefixture.h"

using sitefixture::writeFile;

namespace {

} // namespace

class TestDocsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoEntityResolvesToItsFolder();
    void siteModelListsEntitiesWithDocs();
    void demoPageRendersInWebEngine();
    void scriptInMarkdownDoesNotRun();
    void prebuiltSiteRendersInWebEngine();
    void unknownSiteFails();
    void editReloadsTheView();

private:
    /// Loads `url` in a fresh WebEngineView; returns false when loading fails or times out.
    bool load(const QUrl &url);
    QVariant js(const QString &script);

    std::unique_ptr<highlight::Highlighter> m_highlighter;
    DocsSchemeHandler m_handler;
    store::CatalogStore m_store;
    std::unique_ptr<QQuickView> m_view;
    QQuickItem *m_web = nullptr;
};

void TestDocsView::initTestCase()
{
    m_highlighter = highlight::createHighlighter();
    m_handler.setHighlighter(m_highlighter.get());
    DocsSchemeHandler::setInstance(&m_handler);
    QQuickWebEngineProfile::defaultProfile()->installUrlSchemeHandler(DocsSchemeHandler::kScheme, &m_handler);
    QCOMPARE(loadDemoCatalog(m_store), QString());

    m_view = std::make_unique<QQuickView>();
    m_view->setResizeMode(QQuickView::SizeRootObjectToView);
    m_view->resize(1000, 700);
    QQmlComponent component(m_view->engine());
    component.setData(R"(
import QtQuick
import QtWebEngine
WebEngineView {
    property var result
    property bool done: false
    property int status: -1
    onLoadingChanged: (info) => status = info.status
    function evaluate(script) {
        done = false
        runJavaScript(script, function(value) { result = value; done = true })
    }
})", QUrl());
    m_web = qobject_cast<QQuickItem *>(component.create());
    QVERIFY2(m_web, qPrintable(component.errorString()));
    m_view->setContent(QUrl(), &component, m_web);
    m_view->show();
}

bool TestDocsView::load(const QUrl &url)
{
    m_web->setProperty("status", -1);
    m_web->setProperty("url", url);
    // 2 = LoadSucceededStatus, 3 = LoadFailedStatus
    if (!QTest::qWaitFor([this]() { return m_web->property("status").toInt() >= 2; }, 20000))
        return false;
    return m_web->property("status").toInt() == 2;
}

QVariant TestDocsView::js(const QString &script)
{
    QMetaObject::invokeMethod(m_web, "evaluate", Q_ARG(QVariant, script));
    if (!QTest::qWaitFor([this]() { return m_web->property("done").toBool(); }, 10000))
        return QStringLiteral("<timeout>");
    return m_web->property("result");
}

void TestDocsView::demoEntityResolvesToItsFolder()
{
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(QStringLiteral("component:default/payments-service"));
    QCOMPARE(viewer.error(), QString());
    QCOMPARE(viewer.projectDir(),
             QFileInfo(QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/services/payments-service"))
                 .canonicalFilePath());
    QCOMPARE(viewer.url().scheme(), QStringLiteral("portolan-docs"));
    QVERIFY(viewer.url().host().startsWith(QLatin1String("site-")));

    viewer.setEntityRef(QStringLiteral("component:default/payments-webhook-worker")); // no techdocs-ref
    QVERIFY(viewer.url().isEmpty());
    QVERIFY(viewer.error().contains(QLatin1String("techdocs-ref")));
    viewer.setEntityRef(QStringLiteral("component:default/nope"));
    QVERIFY(viewer.error().contains(QLatin1String("not in the catalog")));
}

void TestDocsView::siteModelListsEntitiesWithDocs()
{
    DocsSiteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&m_store);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row).data(DocsSiteModel::NameRole).toString();
    // The demo catalog's README lists these five sites.
    QCOMPARE(names, (QStringList{QStringLiteral("engineering-handbook"), QStringLiteral("fraud-scoring-service"),
                                 QStringLiteral("ledger-service"), QStringLiteral("merchant-dashboard"),
                                 QStringLiteral("payments-service")}));
    QVERIFY(model.indexOf(QStringLiteral("component:default/payments-service")) >= 0);
}

void TestDocsView::demoPageRendersInWebEngine()
{
    DocsViewer viewer;
    viewer.setStore(&m_store);
    viewer.setEntityRef(QStringLiteral("component:default/payments-service"));
    QVERIFY(load(viewer.url()));
    QCOMPARE(js(QStringLiteral("document.querySelector('article h1').textContent.trim()")).toString()
                 .remove(QChar(0xb6)).trimmed(),
             QStringLiteral("Payments Service"));
    QVERIFY2(js(QStringLiteral("document.title")).toString().contains(QLatin1String("Payments Service")),
             qPrintable(js(QStringLiteral("document.title")).toString()));
    // The built-in stylesheet came through the scheme handler.
    QVERIFY(js(QStringLiteral("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0")).toBool());
    // Optional: keep what Chromium drew (PORTOLAN_DOCS_SCREENSHOT=file.png), for reviewing the page's look.
    if (const QString shot = qEnvironmentVariable("PORTOLAN_DOCS_SCREENSHOT"); !shot.isEmpty()) {
        QTest::qWait(1500); // highlighted code and layout settle after load
        QVERIFY(m_view->grabWindow().save(shot));
    }

    // A second page by its MkDocs URL, and its fenced code went through the highlighter.
    QUrl runbook = viewer.url();
    runbook.setPath(QStringLiteral("/runbook/"));
    QVERIFY(load(runbook));
    QCOMPARE(js(QStringLiteral("document.querySelector('article h1').textContent.replace('\u00b6','').trim()")).toString(),
             QStringLiteral("Runbook"));
}

void TestDocsView::scriptInMarkdownDoesNotRun()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("mkdocs.yml")), "site_name: XSS\n");
    writeFile(dir.filePath(QStringLiteral("docs/index.md")),
              "# Safe heading\n\n"
              "<script>window.pwned = 'script';</script>\n\n"
              "<img src=\"nope.png\" onerror=\"window.pwned = 'onerror'\">\n\n"
              "[click](javascript:window.pwned='link')\n\n"
              "<iframe srcdoc=\"<script>parent.pwned='iframe'</script>\"></iframe>\n\n"
              "<svg><script>window.pwned = 'svg';</script></svg>\n");
    QString error;
    const QString id = m_handler.registerSite(dir.path(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY(load(DocsSchemeHandler::siteUrl(id)));
    QCOMPARE(js(QStringLiteral("document.querySelector('article h1').textContent.replace('\u00b6','').trim()")).toString(),
             QStringLiteral("Safe heading"));
    QTest::qWait(300); // give an onerror handler time to fire, if one survived
    QCOMPARE(js(QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
    QCOMPARE(js(QStringLiteral("document.querySelectorAll('article script, [onerror], iframe').length")).toInt(), 0);
    // The page's own CSP is in force: an inline script added later is blocked too.
    js(QStringLiteral("var s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
                      "document.body.appendChild(s); 0"));
    QCOMPARE(js(QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
}

void TestDocsView::prebuiltSiteRendersInWebEngine()
{
    // A pre-built site (as techdocs::fetchPrebuiltSite leaves it in the cache): pages sanitized, the Material
    // stylesheet served from the site's own files.
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("techdocs_metadata.json")),
              R"({"site_name": "Built", "files": ["index.html", "assets/stylesheets/main.0123abcd.min.css"]})");
    writeFile(dir.filePath(QStringLiteral("assets/stylesheets/main.0123abcd.min.css")), "h1 { color: rgb(17, 34, 51); }");
    writeFile(dir.filePath(QStringLiteral("index.html")),
              "<!DOCTYPE html><html><head><title>Built</title>"
              "<link rel=\"stylesheet\" href=\"assets/stylesheets/main.0123abcd.min.css\"></head><body>"
              "<h1>Built heading</h1><script>window.pwned = 'script';</script>"
              "<img src=\"nope.png\" onerror=\"window.pwned = 'onerror'\"></body></html>");
    QString error;
    const QString id = m_handler.registerPrebuiltSite(dir.path(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    QVERIFY(load(DocsSchemeHandler::siteUrl(id)));
    QCOMPARE(js(QStringLiteral("document.querySelector('h1').textContent")).toString(), QStringLiteral("Built heading"));
    QVERIFY(QTest::qWaitFor([this]() {
        return js(QStringLiteral("getComputedStyle(document.querySelector('h1')).color")).toString() == u"rgb(17, 34, 51)";
    }, 5000));
    QTest::qWait(300);
    QCOMPARE(js(QStringLiteral("typeof window.pwned")).toString(), QStringLiteral("undefined"));
}

void TestDocsView::unknownSiteFails()
{
    QVERIFY(!load(DocsSchemeHandler::siteUrl(QStringLiteral("site-unknown"))));
}

void TestDocsView::editReloadsTheView()
{
    // Live preview: an entity whose docs live in a temp folder; editing a page asks the view to reload.
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("catalog-info.yaml")),
              "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: live-docs\n  annotations:\n"
              "    backstage.io/techdocs-ref: dir:.\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n");
    writeFile(dir.filePath(QStringLiteral("mkdocs.yml")), "site_name: Live\n");
    writeFile(dir.filePath(QStringLiteral("docs/index.md")), "# Before\n");
    store::CatalogStore store;
    QCOMPARE(store.open(QStringLiteral(":memory:")), QString());
    catalog::Reader reader;
    const catalog::ReadResult result = reader.readPaths({dir.filePath(QStringLiteral("catalog-info.yaml"))});
    QCOMPARE(store.replaceSnapshot({QStringLiteral("live"), QStringLiteral("file"), dir.path()}, result), QString());

    DocsViewer viewer;
    viewer.setStore(&store);
    viewer.setEntityRef(QStringLiteral("component:default/live-docs"));
    QVERIFY2(!viewer.url().isEmpty(), qPrintable(viewer.error()));
    QVERIFY(load(viewer.url()));
    QCOMPARE(js(QStringLiteral("document.querySelector('article h1').textContent.replace('\u00b6','').trim()")).toString(),
             QStringLiteral("Before"));

    QSignalSpy reload(&viewer, &DocsViewer::reloadRequested);
    writeFile(dir.filePath(QStringLiteral("docs/index.md")), "# After\n");
    QVERIFY(reload.wait(5000));
    m_web->setProperty("status", -1);
    QMetaObject::invokeMethod(m_web, "reload");
    QTRY_VERIFY_WITH_TIMEOUT(m_web->property("status").toInt() >= 2, 20000);
    QCOMPARE(js(QStringLiteral("document.querySelector('article h1').textContent.replace('\u00b6','').trim()")).toString(),
             QStringLiteral("After"));
}

int main(int argc, char *argv[])
{
    DocsSchemeHandler::registerScheme();
    QTemporaryDir runtime;
    qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    TestDocsView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_docsview.moc"
