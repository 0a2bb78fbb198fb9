// SPDX-License-Identifier: Apache-2.0
// Drives the real portolan-highlighter process (KF5 KSyntaxHighlighting) through the Qt 6 client.
#include "highlight/cachinghighlighter.h"
#include "highlight/factory.h"
#include "highlight/helperhighlighter.h"
#include "highlight/helperlocator.h"
#include "highlight/languages.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>
#include <vector>

using namespace highlight;

namespace
{

QString readData(const QString &name)
{
    QFile file(QStringLiteral(HIGHLIGHT_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

/// The text a browser would show: tags dropped, entities decoded. Must equal the code, whatever the highlighting.
QString textOf(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

/// True when `token` sits inside a span with an inline colour.
bool inColouredSpan(const QString &html, const QString &token)
{
    const QRegularExpression span(QStringLiteral("<span style=\"[^\"]*color:#[0-9a-f]{6};[^\"]*\">([^<]*)</span>"));
    auto it = span.globalMatch(html);
    while (it.hasNext()) {
        if (it.next().captured(1).contains(token))
            return true;
    }
    return false;
}

QString writeScript(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

QString yamlOfLines(int lines, int salt)
{
    QString yaml
        = QStringLiteral("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc-%1\n").arg(salt);
    for (int i = 4; i < lines; ++i)
        yaml += QStringLiteral("  key%1: \"value %1\" # comment %2\n").arg(i).arg(salt);
    return yaml;
}

} // namespace

class TestHighlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locatorFindsBuiltHelper();
    void locatorHonoursEnvironment();
    void yamlKeysAreColoured();
    void cppTokensAreColoured();
    void jsonKeysAreColoured();
    void themesDiffer();
    void codeStaysText_data();
    void codeStaysText();
    void unknownLanguageIsPlain();
    void crlfLines();
    void largeInput();
    void resolvesLanguages_data();
    void resolvesLanguages();
    void everyAliasResolves();
    void listsDefinitions();
    void cacheHitSkipsHelper();
    void cacheEvictsByBytes();
    void concurrentCallers();
    void restartsAfterKill();
    void missingHelperFallsBack();
    void hungHelperTimesOut();
    void wrongProtocolVersion();
    void factoryHighlights();
    void figures();
};

void TestHighlight::locatorFindsBuiltHelper()
{
    const HelperLocation location = locateHelper();
    QCOMPARE(location.path, QStringLiteral(HIGHLIGHT_HELPER_PATH));
}

void TestHighlight::locatorHonoursEnvironment()
{
    qputenv("PORTOLAN_HIGHLIGHTER", "/nonexistent/portolan-highlighter");
    const HelperLocation missing = locateHelper();
    qputenv("PORTOLAN_HIGHLIGHTER", HIGHLIGHT_HELPER_PATH);
    const HelperLocation found = locateHelper();
    qunsetenv("PORTOLAN_HIGHLIGHTER");
    QVERIFY(missing.path.isEmpty()); // an explicit choice is not silently replaced by another copy
    QVERIFY(missing.searched.join(QLatin1Char(' ')).contains(QLatin1String("/nonexistent/portolan-highlighter")));
    QCOMPARE(found.path, QStringLiteral(HIGHLIGHT_HELPER_PATH));
}

void TestHighlight::yamlKeysAreColoured()
{
    HelperHighlighter highlighter;
    const QString code = readData(QStringLiteral("catalog-info.yaml"));
    const Result result = highlighter.highlight(code, QStringLiteral("yaml"), Theme::Light);
    QVERIFY2(highlighter.lastError().isEmpty(), qPrintable(highlighter.lastError()));
    QCOMPARE(result.definition, QStringLiteral("YAML"));
    QVERIFY(!result.degraded);
    QVERIFY(result.html.startsWith(QLatin1String("<pre class=\"highlight\" style=\"background-color:#")));
    QVERIFY(result.html.endsWith(QLatin1String("</code></pre>")));
    // Keys get their own coloured span, apart from their values.
    QVERIFY2(result.html.contains(
                 QRegularExpression(QStringLiteral("<span style=\"color:#[0-9a-f]{6};[^\"]*\">apiVersion</span>"))),
        qPrintable(result.html));
    QVERIFY(result.html.contains(
        QRegularExpression(QStringLiteral("<span style=\"color:#[0-9a-f]{6};[^\"]*\">owner</span>"))));
    QVERIFY(inColouredSpan(result.html, QStringLiteral("# inline comment")));
    QCOMPARE(textOf(result.html), code);
}

void TestHighlight::cppTokensAreColoured()
{
    HelperHighlighter highlighter;
    const QString code = readData(QStringLiteral("sample.cpp"));
    const Result result = highlighter.highlight(code, QStringLiteral("cpp"), Theme::Dark);
    QCOMPARE(result.definition, QStringLiteral("C++"));
    QVERIFY2(inColouredSpan(result.html, QStringLiteral("return")), qPrintable(result.html));
    QVERIFY(inColouredSpan(result.html, QStringLiteral("#include")));
    QVERIFY(inColouredSpan(result.html, QStringLiteral("// Sums the values")));
    QVERIFY(inColouredSpan(result.html, QStringLiteral("&lt;vector&gt;")));
    QCOMPARE(textOf(result.html), code);
}

void TestHighlight::jsonKeysAreColoured()
{
    HelperHighlighter highlighter;
    const QString code = readData(QStringLiteral("sample.json"));
    const Result result = highlighter.highlight(code, QStringLiteral("json"), Theme::Light);
    QCOMPARE(result.definition, QStringLiteral("JSON"));
    QVERIFY2(inColouredSpan(result.html, QStringLiteral("&quot;replicas&quot;")), qPrintable(result.html));
    QVERIFY(inColouredSpan(result.html, QStringLiteral("true")));
    QCOMPARE(textOf(result.html), code);
}

void TestHighlight::themesDiffer()
{
    HelperHighlighter highlighter;
    const QString code = readData(QStringLiteral("catalog-info.yaml"));
    const QString light = highlighter.toHtml(code, QStringLiteral("yaml"), Theme::Light);
    const QString dark = highlighter.toHtml(code, QStringLiteral("yaml"), Theme::Dark);
    QVERIFY(light.startsWith(QLatin1String("<pre class=\"highlight\" style=\"background-color:#ffffff;")));
    QVERIFY(!dark.startsWith(QLatin1String("<pre class=\"highlight\" style=\"background-color:#ffffff;")));
    QVERIFY(light != dark);
    QCOMPARE(textOf(light), textOf(dark));
}

void TestHighlight::codeStaysText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("code");
    const QString nasty = QStringLiteral("<script>alert(\"x\")</script> & &amp; <b>not bold</b> \"q\"\n");
    QTest::newRow("yaml") << QStringLiteral("yaml") << (QStringLiteral("key: ") + nasty);
    QTest::newRow("html") << QStringLiteral("html") << nasty;
    QTest::newRow("markdown") << QStringLiteral("md") << nasty;
    QTest::newRow("plain") << QStringLiteral("text") << nasty;
    QTest::newRow("unknown") << QStringLiteral("no-such-language") << nasty;
}

void TestHighlight::codeStaysText()
{
    QFETCH(QString, language);
    QFETCH(QString, code);
    HelperHighlighter highlighter;
    const QString html = highlighter.toHtml(code, language, Theme::Light);
    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    QVERIFY(html.contains(QLatin1String("&amp;amp;")));
    QCOMPARE(textOf(html), code);
}

void TestHighlight::unknownLanguageIsPlain()
{
    HelperHighlighter highlighter;
    const QString code = QStringLiteral("a < b\nkey: value\n");
    const Result result = highlighter.highlight(code, QStringLiteral("no-such-language"), Theme::Light);
    QVERIFY(!result.degraded); // the helper answered; there is just nothing to colour
    QVERIFY(result.definition.isEmpty());
    QVERIFY(!result.html.contains(QLatin1String("<span")));
    QVERIFY(result.html.contains(QLatin1String("<code>a &lt; b\nkey: value\n</code></pre>")));
    QVERIFY(!highlighter.hasDefinition(QStringLiteral("no-such-language")));
    QVERIFY(highlighter.hasDefinition(QStringLiteral("yaml")));
}

void TestHighlight::crlfLines()
{
    HelperHighlighter highlighter;
    const QString html = highlighter.toHtml(QStringLiteral("a: 1\r\nb: 2\r\n"), QStringLiteral("yaml"), Theme::Light);
    QVERIFY(!html.contains(QLatin1Char('\r')));
    QCOMPARE(textOf(html), QStringLiteral("a: 1\nb: 2\n"));
}

void TestHighlight::largeInput()
{
    // Bigger than any pipe buffer both ways: the framing must not deadlock or cut.
    HelperHighlighter highlighter;
    const QString code = yamlOfLines(20000, 7);
    QVERIFY(code.size() > 600 * 1024);
    const Result result = highlighter.highlight(code, QStringLiteral("yaml"), Theme::Dark);
    QVERIFY2(!result.degraded, qPrintable(highlighter.lastError()));
    QCOMPARE(textOf(result.html), code);
    QVERIFY(inColouredSpan(result.html, QStringLiteral("key19999")));

    HelperHighlighter capped(HelperHighlighter::Options{ {}, 10000, 10000, 1024 });
    const Result plain = capped.highlight(code, QStringLiteral("yaml"), Theme::Dark);
    QVERIFY(!plain.degraded);
    QVERIFY(!plain.html.contains(QLatin1String("<span")));
    QCOMPARE(textOf(plain.html), code);
    QCOMPARE(capped.requestCount(), 0u);
}

void TestHighlight::resolvesLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("definition");
    const auto row = [](const char *language, const char *definition) {
        QTest::newRow(language) << QString::fromUtf8(language) << QString::fromUtf8(definition);
    };
    // Markdown fence aliases
    row("yaml", "YAML");
    row("yml", "YAML");
    row("json", "JSON");
    row("sh", "Bash");
    row("bash", "Bash");
    row("shell", "Bash");
    row("console", "Bash");
    row("cpp", "C++");
    row("c++", "C++");
    row("c", "C");
    row("go", "Go");
    row("golang", "Go");
    row("js", "JavaScript");
    row("javascript", "JavaScript");
    row("ts", "TypeScript");
    row("typescript", "TypeScript");
    row("tsx", "TypeScript React (TSX)");
    row("py", "Python");
    row("python", "Python");
    row("java", "Java");
    row("kotlin", "Kotlin");
    row("rust", "Rust");
    row("rs", "Rust");
    row("sql", "SQL");
    row("dockerfile", "Dockerfile");
    row("graphql", "GraphQL");
    row("proto", "Protobuf");
    row("protobuf", "Protobuf");
    row("toml", "TOML");
    row("ini", "INI Files");
    row("xml", "XML");
    row("html", "HTML");
    row("css", "CSS");
    row("diff", "Diff");
    row("make", "Makefile");
    row("cmake", "CMake");
    // Case, fence info strings, definition names
    row("YAML", "YAML");
    row("Yaml", "YAML");
    row("JavaScript", "JavaScript");
    row("yaml title=\"catalog-info.yaml\"", "YAML");
    row("{.python .numberLines}", "Python");
    row("  go  ", "Go");
    // File names and bare extensions through definitionForFileName
    row("catalog-info.yaml", "YAML");
    row("openapi.json", "JSON");
    row("Dockerfile", "Dockerfile");
    row("CMakeLists.txt", "CMake");
    row("src/main.go", "Go");
    row("App.tsx", "TypeScript React (TSX)");
    row("lua", "Lua");
    row(".bashrc", "Bash");
    row("{yaml}", "YAML");
    // Plain on purpose, or unknown
    row("text", "");
    row("", "");
    row("mermaid", "");
    row("no-such-language", "");
    row("notes.unknownext", "");
}

void TestHighlight::resolvesLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, definition);
    static HelperHighlighter highlighter; // one helper for the whole table, as the app would use it
    QCOMPARE(highlighter.definitionName(language), definition);
    QCOMPARE(highlighter.hasDefinition(language), !definition.isEmpty());
}

void TestHighlight::everyAliasResolves()
{
    HelperHighlighter highlighter;
    const QStringList aliases = knownAliases();
    QVERIFY(aliases.size() > 50);
    for (const QString &alias : aliases) {
        // A table entry naming a definition this KSyntaxHighlighting lacks would silently fall back to guessing.
        QVERIFY2(highlighter.definitionName(alias) == definitionNameForAlias(alias),
            qPrintable(alias + QStringLiteral(" → ") + definitionNameForAlias(alias)
                + QStringLiteral(" is not a definition")));
    }
}

void TestHighlight::listsDefinitions()
{
    HelperHighlighter highlighter;
    const QStringList names = highlighter.definitionNames();
    QVERIFY2(names.size() > 200, qPrintable(QString::number(names.size())));
    for (const char *name : { "YAML", "C++", "JSON", "Bash", "Go", "Dockerfile" })
        QVERIFY2(names.contains(QString::fromUtf8(name)), name);
    QVERIFY(!names.contains(QStringLiteral("Alerts"))); // hidden helper definition
    QCOMPARE(highlighter.requestCount(), 1u);
    (void)highlighter.definitionNames(); // kept after the first answer
    QCOMPARE(highlighter.requestCount(), 1u);
}

void TestHighlight::cacheHitSkipsHelper()
{
    auto backend = std::make_unique<HelperHighlighter>();
    HelperHighlighter &helper = *backend;
    CachingHighlighter cache(std::move(backend));
    const QString code = readData(QStringLiteral("catalog-info.yaml"));

    const Result first = cache.highlight(code, QStringLiteral("yaml"), Theme::Light);
    QCOMPARE(helper.requestCount(), 1u);
    const Result second = cache.highlight(code, QStringLiteral("yaml"), Theme::Light);
    QCOMPARE(helper.requestCount(), 1u); // answered from the cache
    QCOMPARE(second.html, first.html);
    QCOMPARE(second.definition, QStringLiteral("YAML"));
    QCOMPARE(cache.stats().hits, 1u);

    // Any part of the key changing reaches the helper again.
    (void)cache.highlight(code, QStringLiteral("yaml"), Theme::Dark);
    QCOMPARE(helper.requestCount(), 2u);
    (void)cache.highlight(code, QStringLiteral("json"), Theme::Light);
    QCOMPARE(helper.requestCount(), 3u);
    (void)cache.highlight(code + QLatin1Char(' '), QStringLiteral("yaml"), Theme::Light);
    QCOMPARE(helper.requestCount(), 4u);
    QCOMPARE(cache.stats().entries, 4);
    QCOMPARE(cache.stats().misses, 4u);
}

void TestHighlight::cacheEvictsByBytes()
{
    auto backend = std::make_unique<HelperHighlighter>();
    HelperHighlighter &helper = *backend;
    const qsizetype budget = 64 * 1024;
    CachingHighlighter cache(std::move(backend), budget);
    for (int i = 0; i < 40; ++i)
        (void)cache.highlight(yamlOfLines(40, i), QStringLiteral("yaml"), Theme::Light);
    const auto stats = cache.stats();
    QVERIFY2(stats.bytes <= budget, qPrintable(QString::number(stats.bytes)));
    QVERIFY(stats.entries > 0 && stats.entries < 40);
    QCOMPARE(helper.requestCount(), 40u);
    // The newest stays, the oldest went.
    (void)cache.highlight(yamlOfLines(40, 39), QStringLiteral("yaml"), Theme::Light);
    QCOMPARE(helper.requestCount(), 40u);
    (void)cache.highlight(yamlOfLines(40, 0), QStringLiteral("yaml"), Theme::Light);
    QCOMPARE(helper.requestCount(), 41u);
}

void TestHighlight::concurrentCallers()
{
    auto backend = std::make_unique<HelperHighlighter>();
    HelperHighlighter &helper = *backend;
    CachingHighlighter cache(std::move(backend));
    constexpr int threads = 6;
    constexpr int perThread = 25;
    std::atomic<int> wrong = 0;
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                // Half the blocks are shared between threads, so cache and helper both see contention.
                const QString code = QStringLiteral("owner%1: \"group:t%2\"\n").arg(i).arg(i % 2 ? t : 0);
                const Result result = cache.highlight(code, QStringLiteral("yml"), t % 2 ? Theme::Dark : Theme::Light);
                if (result.degraded || result.definition != QLatin1String("YAML") || textOf(result.html) != code
                    || !inColouredSpan(result.html, QStringLiteral("owner%1").arg(i)))
                    ++wrong;
            }
        });
    }
    for (auto &worker : workers)
        worker.join();
    QCOMPARE(wrong.load(), 0);
    QCOMPARE(helper.startCount(), 1);
    QVERIFY(helper.requestCount() <= quint64(threads * perThread));
}

void TestHighlight::restartsAfterKill()
{
    HelperHighlighter highlighter;
    QVERIFY(inColouredSpan(
        highlighter.toHtml(QStringLiteral("a: 1\n"), QStringLiteral("yaml"), Theme::Light), QStringLiteral("a")));
    const qint64 firstPid = highlighter.processId();
    QVERIFY(firstPid > 0);
    QCOMPARE(highlighter.startCount(), 1);

    QCOMPARE(::kill(pid_t(firstPid), SIGKILL), 0);
    const Result afterKill = highlighter.highlight(QStringLiteral("b: 2\n"), QStringLiteral("yaml"), Theme::Light);
    QVERIFY2(!afterKill.degraded, qPrintable(highlighter.lastError()));
    QVERIFY(inColouredSpan(afterKill.html, QStringLiteral("b")));
    QCOMPARE(highlighter.startCount(), 2);
    QVERIFY(highlighter.processId() > 0 && highlighter.processId() != firstPid);
    QVERIFY(highlighter.lastError().isEmpty());

    // Killed again right after a request, before its event loop could notice: still one retry, no failure.
    QCOMPARE(::kill(pid_t(highlighter.processId()), SIGKILL), 0);
    QVERIFY(!highlighter.highlight(QStringLiteral("c: 3\n"), QStringLiteral("yaml"), Theme::Light).degraded);
    QCOMPARE(highlighter.startCount(), 3);
}

void TestHighlight::missingHelperFallsBack()
{
    const QString program = QStringLiteral("/nonexistent/portolan-highlighter");
    auto backend = std::make_unique<HelperHighlighter>(HelperHighlighter::Options { program });
    CachingHighlighter cache(std::move(backend));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot start .*/nonexistent/portolan")));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); // the failure is reported once, not per call

    const QString code = QStringLiteral("<script>x</script>: 1\n");
    const Result result = cache.highlight(code, QStringLiteral("yaml"), Theme::Dark);
    QVERIFY(result.degraded);
    QCOMPARE(
        result.html, QStringLiteral("<pre class=\"highlight\"><code>&lt;script&gt;x&lt;/script&gt;: 1\n</code></pre>"));
    QVERIFY2(cache.lastError().contains(program), qPrintable(cache.lastError()));
    QVERIFY(!cache.hasDefinition(QStringLiteral("yaml")));
    QCOMPARE(cache.toHtml(code, QStringLiteral("yaml"), Theme::Dark), result.html);
    QCOMPARE(cache.stats().entries, 0); // degraded answers are not kept
}

void TestHighlight::hungHelperTimesOut()
{
    QTemporaryDir dir;
    const QString silent = writeScript(dir, QStringLiteral("silent"), "exec sleep 30\n");
    HelperHighlighter neverReady(HelperHighlighter::Options { silent, 300, 300 });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not come up")));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(neverReady.highlight(QStringLiteral("a: 1"), QStringLiteral("yaml"), Theme::Light).degraded);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(neverReady.lastError().contains(QLatin1String("timed out")), qPrintable(neverReady.lastError()));

    const QString stuck = writeScript(
        dir, QStringLiteral("stuck"), "printf '{\"op\":\"ready\",\"version\":1,\"length\":0}\\n'\nexec sleep 30\n");
    HelperHighlighter neverAnswers(HelperHighlighter::Options { stuck, 2000, 300 });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("timed out waiting for its answer")));
    QVERIFY(neverAnswers.highlight(QStringLiteral("a: 1"), QStringLiteral("yaml"), Theme::Light).degraded);
    QCOMPARE(neverAnswers.startCount(), 1); // a timeout is not retried: the same input would hang again
    QCOMPARE(neverAnswers.processId(), 0);
}

void TestHighlight::wrongProtocolVersion()
{
    QTemporaryDir dir;
    const QString old = writeScript(
        dir, QStringLiteral("old"), "printf '{\"op\":\"ready\",\"version\":0,\"length\":0}\\n'\nexec cat >/dev/null\n");
    HelperHighlighter highlighter(HelperHighlighter::Options { old });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("another protocol version")));
    QVERIFY(highlighter.highlight(QStringLiteral("a: 1"), QStringLiteral("yaml"), Theme::Light).degraded);
}

void TestHighlight::factoryHighlights()
{
    const auto highlighter = createHighlighter();
    QCOMPARE(backendDescription(), QStringLiteral("KSyntaxHighlighting (KF5 helper process)"));
    QVERIFY(inColouredSpan(
        highlighter->toHtml(QStringLiteral("kind: API\n"), QStringLiteral("catalog-info.yaml"), Theme::Dark),
        QStringLiteral("kind")));
}

void TestHighlight::figures()
{
    // Not a pass/fail check: prints the numbers quoted in the README (2 shared cores, RelWithDebInfo).
    QElapsedTimer timer;
    timer.start();
    auto backend = std::make_unique<HelperHighlighter>();
    HelperHighlighter &helper = *backend;
    CachingHighlighter cache(std::move(backend));
    (void)cache.toHtml(QStringLiteral("a: 1\n"), QStringLiteral("yaml"), Theme::Light);
    const qint64 coldStartUs = timer.nsecsElapsed() / 1000;

    constexpr int rounds = 200;
    std::vector<QString> inputs;
    for (int i = 0; i < rounds; ++i)
        inputs.push_back(yamlOfLines(300, i));
    timer.restart();
    for (const QString &yaml : inputs)
        (void)cache.toHtml(yaml, QStringLiteral("yaml"), Theme::Light);
    const double missUs = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    timer.restart();
    for (const QString &yaml : inputs)
        (void)cache.toHtml(yaml, QStringLiteral("yaml"), Theme::Light);
    const double hitUs = double(timer.nsecsElapsed()) / 1000.0 / rounds;
    QCOMPARE(helper.requestCount(), quint64(rounds + 1));
    qInfo("cold start (spawn + load definitions + first request): %.1f ms", double(coldStartUs) / 1000.0);
    qInfo("300-line YAML (%lld bytes): %.2f ms per request through the helper, %.1f us from the cache",
        qlonglong(inputs.front().toUtf8().size()), missUs / 1000.0, hitUs);
}

QTEST_GUILESS_MAIN(TestHighlight)
#include "tst_highlight.moc"
