// SPDX-License-Identifier: Apache-2.0
// Our pages in a real browser engine (Qt WebEngine, Chromium 102 on Debian 12):
// - the XSS corpus, rendered by our pipeline, runs nothing — with the CSP, and also with the CSP stripped, so the
//   sanitizer alone is shown to hold; a control page with the raw payloads proves the harness sees execution;
// - mermaid (the bundled npm build) turns ```mermaid blocks into SVG offline.
#include "techdocs/builder.h"
#include "techdocs/site.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QtTest>

namespace {

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray payloads()
{
    QFile f(QStringLiteral(TECHDOCS_DATA_DIR "/xss/payloads.txt"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Fires the events inline handlers listen to, then reports what ran and which dangerous URLs are left.
const QString probe = QStringLiteral(R"JS(
(function () {
  var all = document.querySelectorAll('*');
  ['mouseover', 'focus', 'toggle', 'load', 'error', 'click'].forEach(function (type) {
    for (var i = 0; i < all.length; ++i) {
      if (type === 'click' && (all[i].tagName === 'A' || all[i].tagName === 'BUTTON' || all[i].tagName === 'INPUT')) continue;
      try { all[i].dispatchEvent(new Event(type)); } catch (e) {}
    }
  });
  var urls = [];
  document.querySelectorAll('[href],[src],[action],[formaction]').forEach(function (e) {
    ['href', 'src', 'action', 'formaction'].forEach(function (a) {
      var v = e[a] && e[a].baseVal !== undefined ? e[a].baseVal : e[a];
      if (typeof v === 'string' && /^(javascript|vbscript|data:text)/i.test(v)) urls.push(a + '=' + v);
    });
  });
  return JSON.stringify({ xss: window.xss || null, urls: urls, forms: document.forms.length,
                          frames: document.querySelectorAll('iframe,object,embed').length,
                          scripts: Array.prototype.map.call(document.scripts, function (s) { return s.src.replace(/^.*\//, ''); }) });
})()
)JS");

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT
private:
    QString loadAndProbe(const QString &file, int settleMs = 400)
    {
        QWebEnginePage page(&m_profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl::fromLocalFile(file));
        if (!loaded.wait(60000) || !loaded.first().first().toBool())
            return QStringLiteral("load failed");
        QTest::qWait(settleMs);
        QString result;
        bool done = false;
        page.runJavaScript(probe, [&](const QVariant &v) {
            result = v.toString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QStringLiteral("probe timed out");
        QTest::qWait(200); // handlers fired by the probe, if any survived, have run; probe again for their effect
        done = false;
        page.runJavaScript(QStringLiteral("JSON.stringify(window.xss || null)"), [&](const QVariant &v) {
            result += QStringLiteral(" after=") + v.toString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QStringLiteral("probe timed out");
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(m_dir.path() + QStringLiteral("/project/mkdocs.yml"), "site_name: XSS corpus\n");
        write(m_dir.path() + QStringLiteral("/project/docs/index.md"), "# Payloads\n\n" + payloads().replace("\n", "\n\n"));
        auto opened = techdocs::Site::open(m_dir.path() + QStringLiteral("/project"));
        QVERIFY(std::holds_alternative<techdocs::Site>(opened));
        auto built = techdocs::buildSite(std::get<techdocs::Site>(opened), m_dir.path() + QStringLiteral("/site"));
        QVERIFY(std::holds_alternative<techdocs::BuildReport>(built));
    }

    void controlPayloadsRunWhenUnsanitized()
    {
        write(m_dir.path() + QStringLiteral("/control.html"), "<!DOCTYPE html><html><body>\n" + payloads() + "\n</body></html>");
        const QString result = loadAndProbe(m_dir.path() + QStringLiteral("/control.html"));
        QVERIFY2(!result.startsWith(u"{\"xss\":null") && result.contains(u"\"forms\":1"), qPrintable(result));
    }

    void nothingRunsWithCsp()
    {
        const QString result = loadAndProbe(m_dir.path() + QStringLiteral("/site/index.html"));
        QCOMPARE(result, u"{\"xss\":null,\"urls\":[],\"forms\":0,\"frames\":0,\"scripts\":[\"techdocs.js\"]} after=null");
    }

    void nothingRunsWithoutCsp()
    {
        QFile page(m_dir.path() + QStringLiteral("/site/index.html"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QString html = QString::fromUtf8(page.readAll());
        page.close();
        html.remove(QRegularExpression(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")));
        QVERIFY(!html.contains(u"Content-Security-Policy"));
        write(m_dir.path() + QStringLiteral("/site/nocsp.html"), html.toUtf8());
        const QString result = loadAndProbe(m_dir.path() + QStringLiteral("/site/nocsp.html"));
        QCOMPARE(result, u"{\"xss\":null,\"urls\":[],\"forms\":0,\"frames\":0,\"scripts\":[\"techdocs.js\"]} after=null");
    }

    void mermaidRendersOffline()
    {
        QTemporaryDir out;
        auto opened = techdocs::Site::open(QStringLiteral(TECHDOCS_DATA_DIR "/corpus"));
        QVERIFY(std::holds_alternative<techdocs::Site>(opened));
        auto built = techdocs::buildSite(std::get<techdocs::Site>(opened), out.path());
        QVERIFY(std::holds_alternative<techdocs::BuildReport>(built));
        if (!QFileInfo::exists(out.path() + QStringLiteral("/assets/techdocs/mermaid.min.js")))
            QSKIP("mermaid.min.js not installed (scripts/setup runs npm ci in resources/npm)");
        QWebEnginePage page(&m_profile);
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl::fromLocalFile(out.path() + QStringLiteral("/code/index.html")));
        QVERIFY(loaded.wait(60000));
        // One query at a time, each answered before the next: no callback may outlive `state`.
        QString state;
        QElapsedTimer timer;
        timer.start();
        while (!state.startsWith(u"done") && !state.startsWith(u"error") && timer.elapsed() < 90000) {
            bool answered = false;
            page.runJavaScript(QStringLiteral("document.documentElement.getAttribute('data-mermaid') + ':' + "
                                              "document.querySelectorAll('pre.mermaid svg').length + ':' + "
                                              "(document.querySelector('pre.mermaid svg') ? document.querySelector('pre.mermaid svg').textContent : '')"),
                               [&](const QVariant &v) {
                                   state = v.toString();
                                   answered = true;
                               });
            QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
            QTest::qWait(100);
        }
        QVERIFY2(state.startsWith(u"done:1:"), qPrintable(state));
        QVERIFY2(state.contains(u"Catalog") && state.contains(u"TechDocs"), qPrintable(state));
    }

private:
    QTemporaryDir m_dir;
    QWebEngineProfile m_profile; // off-the-record: nothing written to the user's profile
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (geteuid() == 0)
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium refuses to start its sandbox as root (CI)
    QTemporaryDir runtime;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());
    QGuiApplication app(argc, argv);
    TestBrowser test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_browser.moc"
