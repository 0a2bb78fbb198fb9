// SPDX-License-Identifier: Apache-2.0
// The HTML sanitizer against the XSS corpus (tests/data/techdocs/xss/payloads.txt), DOMPurify's URI rule, the
// iframe allow-list, document mode for pre-built sites, and re-balancing of author HTML.
#include "techdocs/markdown.h"
#include "techdocs/page.h"
#include "techdocs/sanitizer.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace techdocs;

namespace {

QStringList payloads()
{
    QFile f(QStringLiteral(TECHDOCS_DATA_DIR "/xss/payloads.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

// What must never survive, whatever the payload. Tags and attribute names are checked as the browser would see
// them (escaped text such as "&lt;script" is harmless); URL attribute values are decoded and stripped of the
// whitespace browsers ignore before their scheme is checked.
QString dangerIn(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<\\s*(script|style|iframe|form|base|object|embed|template|math|animate|noscript)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression handlers(QStringLiteral("<[^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attrs(QStringLiteral("(srcdoc|formaction)\\s*="), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression urls(QStringLiteral("\\s(href|src|action|xlink:href|data|content|style)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression badScheme(QStringLiteral("(^|url=|url\\()(javascript|vbscript|data:text)"), QRegularExpression::CaseInsensitiveOption);
    for (const auto *re : {&tags, &handlers, &attrs}) {
        const auto m = re->match(html);
        if (m.hasMatch())
            return m.captured(0);
    }
    auto it = urls.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        QString value = decodeEntities(m.captured(2));
        value.remove(QRegularExpression(QStringLiteral("[\"'\\s]")));
        if (badScheme.match(value).hasMatch())
            return m.captured(0);
    }
    return {};
}

} // namespace

class TestSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("payload");
        const QStringList all = payloads();
        QVERIFY(all.size() >= 35);
        for (int i = 0; i < all.size(); ++i)
            QTest::addRow("payload %d", i + 1) << all.at(i);
    }
    void corpus()
    {
        QFETCH(QString, payload);
        const QString viaMarkdown = renderMarkdown(payload + QStringLiteral("\n\ntrailing paragraph\n"), {}).html;
        QVERIFY2(dangerIn(viaMarkdown).isEmpty(), qPrintable(dangerIn(viaMarkdown) + QStringLiteral(" in ") + viaMarkdown));
        const QString direct = sanitizeFragment(payload);
        QVERIFY2(dangerIn(direct).isEmpty(), qPrintable(direct));
        const QString document = sanitizeDocument(QStringLiteral("<html><head><title>t</title></head><body>") + payload + QStringLiteral("</body></html>"));
        // document mode also keeps <meta http-equiv=refresh>, but only to a URL the link rule allows
        QVERIFY2(dangerIn(document).isEmpty(), qPrintable(dangerIn(document) + QStringLiteral(" in ") + document));
    }

    void theDangerCheckCanFail()
    {
        // Guard against a vacuous corpus test: the raw payloads are flagged.
        int flagged = 0;
        for (const QString &p : payloads())
            flagged += dangerIn(p).isEmpty() ? 0 : 1;
        QVERIFY(flagged >= 30);
    }

    void safeContentKept()
    {
        QString html = QStringLiteral("<div class=\"a\" id=\"b\" data-x=\"1\" aria-label=\"l\" style=\"color:red\"><a href=\"../x/#y\" "
                                            "title=\"t\">l</a><img src=\"data:image/png;base64,AAAA\" alt=\"\"><svg viewBox=\"0 0 4 4\"><path d=\"M0 0\"></path></svg></div>");
        const QString out = sanitizeFragment(html);
        QCOMPARE(out, html.replace(QLatin1String("viewBox"), QLatin1String("viewbox")));
    }

    void iframeAllowList()
    {
        const QString frame = QStringLiteral("<iframe src=\"https://video.example.test/embed/1\" allowfullscreen></iframe>");
        QCOMPARE(sanitizeFragment(frame), QString());
        SanitizerOptions options;
        options.allowedIframeHosts = {QStringLiteral("video.example.test")};
        QCOMPARE(sanitizeFragment(frame, options), u"<iframe src=\"https://video.example.test/embed/1\" allowfullscreen=\"\"></iframe>");
        QCOMPARE(sanitizeFragment(QStringLiteral("<iframe src=\"file:///etc/passwd\"></iframe>ok"), options), u"ok");
        QVERIFY(contentSecurityPolicy(options.allowedIframeHosts).contains(u"frame-src https://video.example.test;"));
        QVERIFY(contentSecurityPolicy().contains(u"frame-src 'none'"));
    }

    void uris_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://a.test/x" << true;
        QTest::newRow("relative") << "../guide/" << true;
        QTest::newRow("anchor") << "#part" << true;
        QTest::newRow("mailto") << "mailto:a@b.test" << true;
        QTest::newRow("path with colon later") << "a/b:c" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("javascript padded") << " \tjava\nscript:alert(1)" << false;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("data") << "data:text/html,x" << false;
        QTest::newRow("unknown scheme") << "portolan-evil:x" << false;
    }
    void uris()
    {
        QFETCH(QString, uri);
        QFETCH(bool, allowed);
        QCOMPARE(isAllowedUri(uri), allowed);
    }

    void rebalances()
    {
        QCOMPARE(sanitizeFragment(QStringLiteral("a</div></article></main>b")), u"ab");
        QCOMPARE(sanitizeFragment(QStringLiteral("<div><p>x")), u"<div><p>x</p></div>");
        QCOMPARE(sanitizeFragment(QStringLiteral("<div><span>x</div>y")), u"<div><span>x</span></div>y");
        QCOMPARE(sanitizeFragment(QStringLiteral("1 < 2 <3")), u"1 &lt; 2 &lt;3");
        QCOMPARE(sanitizeFragment(QStringLiteral("<custom-el a=\"1\">kept text</custom-el>")), u"kept text");
    }

    void documentMode()
    {
        const QString out = sanitizeDocument(QStringLiteral(
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>T</title>"
            "<link rel=\"stylesheet\" href=\"assets/stylesheets/main.0a1b2c3d.min.css\">"
            "<link rel=\"stylesheet\" href=\"https://evil.test/x.css\">"
            "<meta http-equiv=\"refresh\" content=\"0; url=../other/\">"
            "<script src=\"assets/javascripts/bundle.js\"></script></head><body><h1>Hi</h1></body></html>"));
        QVERIFY(out.startsWith(u"<!DOCTYPE html>"));
        QVERIFY(out.contains(u"<title>T</title>"));
        QVERIFY(out.contains(u"main.0a1b2c3d.min.css"));
        QVERIFY(!out.contains(u"evil.test"));
        QVERIFY(out.contains(u"<meta http-equiv=\"refresh\" content=\"0; url=../other/\">"));
        QVERIFY(!out.contains(u"<script"));
        QVERIFY(out.contains(u"<body><h1>Hi</h1></body>"));
    }

    void entities()
    {
        QCOMPARE(decodeEntities(QStringLiteral("&lt;a&gt; &amp;amp; &#106;&#x61; &colon; &unknown;")), u"<a> &amp; ja : &unknown;");
    }
};

QTEST_GUILESS_MAIN(TestSanitizer)
#include "tst_sanitizer.moc"
