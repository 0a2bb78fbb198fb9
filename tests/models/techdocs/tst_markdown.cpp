// SPDX-License-Identifier: Apache-2.0
// The Markdown renderer on its own: CommonMark/GFM through md4c, every techdocs-core extension, heading ids as
// Python-Markdown's toc makes them, code blocks with no highlighter (escaped fallback) and with one injected.
#include "techdocs/markdown.h"
#include "techdocs/slug.h"

#include <QTemporaryDir>
#include <QtTest>

using techdocs::Problem;
using techdocs::renderMarkdown;

namespace {

QString html(const QString &md)
{
    return renderMarkdown(md, {}).html;
}

// Records what the renderer asks for; the highlighter itself is another library's (tested there).
class RecordingHighlighter : public highlight::Highlighter
{
public:
    QString toHtml(const QString &code, const QString &language, highlight::Theme theme) override
    {
        calls.append(language + u'|' + (theme == highlight::Theme::Dark ? QStringLiteral("dark") : QStringLiteral("light")));
        return QStringLiteral("<pre class=\"highlight\"><code><span style=\"color:#d73a49\">")
            + code.toHtmlEscaped() + QStringLiteral("</span></code></pre>");
    }
    highlight::Result highlight(const QString &code, const QString &language, highlight::Theme theme) override
    {
        return {toHtml(code, language, theme), language, false};
    }
    bool hasDefinition(const QString &) override { return true; }
    QString definitionName(const QString &language) override { return language; }
    QStringList definitionNames() override { return {}; }
    QString lastError() const override { return {}; }
    QStringList calls;
};

} // namespace

class TestMarkdown : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slugs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("slug");
        QTest::newRow("words") << "Hello World" << "hello-world";
        QTest::newRow("accents and punctuation") << "Élan vital & more!" << "elan-vital-more";
        QTest::newRow("runs of dashes") << "  a -- b  " << "a-b";
        QTest::newRow("symbols") << "C++ API (v2)" << "c-api-v2";
        QTest::newRow("underscore kept") << "snake_case name" << "snake_case-name";
        QTest::newRow("non-latin dropped") << "日本語" << "";
    }
    void slugs()
    {
        QFETCH(QString, text);
        QFETCH(QString, slug);
        QCOMPARE(techdocs::slugify(text), slug);
    }

    void uniqueIds()
    {
        QSet<QString> used;
        QCOMPARE(techdocs::uniqueId(QStringLiteral("a"), used), u"a");
        QCOMPARE(techdocs::uniqueId(QStringLiteral("a"), used), u"a_1");
        QCOMPARE(techdocs::uniqueId(QStringLiteral("a"), used), u"a_2");
        QCOMPARE(techdocs::uniqueId(QString(), used), u"_1");
    }

    void headingsAndToc()
    {
        const auto r = renderMarkdown(QStringLiteral("# Title here\n\n## Part\n\n## Part\n\n### Own {#mine .cls}\n"), {});
        QCOMPARE(r.title, u"Title here");
        QCOMPARE(r.toc.size(), 4);
        QCOMPARE(r.toc.at(1).id, u"part");
        QCOMPARE(r.toc.at(2).id, u"part_1");
        QCOMPARE(r.toc.at(3).id, u"mine");
        QCOMPARE(r.toc.at(3).title, u"Own");
        QVERIFY(r.html.contains(u"<h2 id=\"part_1\">Part<a class=\"headerlink\" href=\"#part_1\" title=\"Permanent link\">&para;</a></h2>"));
        QVERIFY(r.html.contains(u"<h3 id=\"mine\" class=\"cls\">Own<a"));
    }

    void codeWithoutHighlighter()
    {
        const QString out = html(QStringLiteral("```python title=\"x.py\"\nif a < b: print(\"&\")\n```\n"));
        QVERIFY2(out.contains(u"<span class=\"filename\">x.py</span><pre><code class=\"language-python\">if a &lt; b: print(&quot;&amp;&quot;)\n</code></pre>"),
                 qPrintable(out));
        QVERIFY(html(QStringLiteral("```\nplain\n```\n")).contains(u"<pre><code>plain\n</code></pre>"));
        QVERIFY(html(QStringLiteral("``` { .yaml }\nk: v\n```\n")).contains(u"class=\"language-yaml\""));
    }

    void codeThroughInjectedHighlighter()
    {
        RecordingHighlighter highlighter;
        techdocs::MarkdownOptions options;
        options.highlighter = &highlighter;
        options.theme = highlight::Theme::Dark;
        const auto r = renderMarkdown(QStringLiteral("```cpp\nint x;\n```\n\n```\nno language\n```\n"), options);
        QCOMPARE(highlighter.calls, QStringList{QStringLiteral("cpp|dark")});
        QVERIFY2(r.html.contains(u"<span style=\"color:#d73a49\">int x;"), qPrintable(r.html)); // inline colours survive sanitizing
        QVERIFY(r.html.contains(u"<pre><code>no language"));
    }

    void mermaid()
    {
        const auto r = renderMarkdown(QStringLiteral("```mermaid\ngraph TD\n  A --> B\n```\n"), {});
        QVERIFY(r.hasMermaid);
        QVERIFY(r.html.contains(u"<pre class=\"mermaid\">graph TD\n  A --&gt; B\n</pre>"));
    }

    void extensions_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("expected");
        QTest::newRow("admonition default title") << "!!! note\n    Body\n" << "<div class=\"admonition note\"><p class=\"admonition-title\">Note</p>\n<p>Body</p>\n</div>";
        QTest::newRow("admonition custom title, extra class") << "!!! danger highlight \"Be *careful*\"\n    Body\n"
                                                              << "<div class=\"admonition danger highlight\"><p class=\"admonition-title\">Be <em>careful</em></p>";
        QTest::newRow("admonition empty title") << "!!! tip \"\"\n    Body\n" << "<div class=\"admonition tip\">\n<p>Body</p>";
        QTest::newRow("details closed") << "??? question \"Why?\"\n    Because.\n" << "<details class=\"question\"><summary>Why?</summary>\n<p>Because.</p>\n</details>";
        QTest::newRow("details open") << "???+ note\n    Open.\n" << "<details class=\"note\" open=\"\"><summary>Note</summary>";
        QTest::newRow("tabs") << "=== \"A\"\n    one\n\n=== \"B\"\n    two\n"
                              << "<input checked=\"\" id=\"__tabbed_1_1\" name=\"__tabbed_1\" type=\"radio\"><input id=\"__tabbed_1_2\" name=\"__tabbed_1\" type=\"radio\"><div class=\"tabbed-labels\"><label for=\"__tabbed_1_1\">A</label><label for=\"__tabbed_1_2\">B</label></div>";
        QTest::newRow("tab body") << "=== \"A\"\n    one\n" << "<div class=\"tabbed-block\">\n<p>one</p>\n</div>";
        QTest::newRow("mark") << "==hi==" << "<p><mark>hi</mark></p>";
        QTest::newRow("caret") << "^^ins^^ and x^2^" << "<p><ins>ins</ins> and x<sup>2</sup></p>";
        QTest::newRow("tilde") << "H~2~O ~~gone~~" << "<p>H<sub>2</sub>O <del>gone</del></p>";
        QTest::newRow("not in code") << "`a ==b== ~c~`" << "<p><code>a ==b== ~c~</code></p>";
        QTest::newRow("not in URLs") << "[x](https://h.test/~a/~b) https://h.test/~c/~d"
                                     << "<a href=\"https://h.test/~a/~b\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>";
        QTest::newRow("def list") << "Term\n:   Meaning\n" << "<dl>\n<dt>Term</dt>\n<dd>\n<p>Meaning</p>\n</dd>\n</dl>";
        QTest::newRow("footnote ref") << "A[^n].\n\n[^n]: Note.\n" << "<sup id=\"fnref:n\"><a class=\"footnote-ref\" href=\"#fn:n\">1</a></sup>";
        QTest::newRow("footnote body") << "A[^n].\n\n[^n]: Note.\n" << "<li id=\"fn:n\">\n<p>Note.</p>";
        QTest::newRow("undefined footnote stays text") << "A[^x]." << "<p>A[^x].</p>";
        QTest::newRow("abbr") << "Use YAML.\n\n*[YAML]: YAML Ain't Markup Language\n" << "<abbr title=\"YAML Ain't Markup Language\">YAML</abbr>";
        QTest::newRow("task list") << "- [x] done\n- [ ] todo\n" << "<input type=\"checkbox\" disabled=\"\" checked=\"\">";
        QTest::newRow("table align") << "| a | b |\n|:---|---:|\n| 1 | 2 |\n" << "<td style=\"text-align: right;\">2</td>";
        QTest::newRow("www autolink") << "see www.example.test now" << "<a href=\"http://www.example.test\"";
        QTest::newRow("email autolink") << "mail ops@example.test" << "<a href=\"mailto:ops@example.test\">";
        QTest::newRow("image attrs") << "![a](i.png){ width=\"20\" #pic }" << "<img src=\"i.png\" alt=\"a\" width=\"20\" id=\"pic\">";
        QTest::newRow("raw html sanitized") << "<div class=\"x\" onclick=\"evil()\">hi</div>\n" << "<div class=\"x\">hi</div>";
        QTest::newRow("nested admonition") << "!!! note\n    !!! warning\n        Inner\n" << "<div class=\"admonition warning\"><p class=\"admonition-title\">Warning</p>\n<p>Inner</p>\n</div>\n</div>";
    }
    void extensions()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, expected);
        const QString out = html(markdown);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void snippets()
    {
        QTemporaryDir project;
        QDir(project.path()).mkpath(QStringLiteral("inc"));
        QFile part(project.path() + QStringLiteral("/inc/part.md"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write("line one\nline two\nline three\n");
        part.close();
        QTemporaryDir outside;
        QFile secret(outside.path() + QStringLiteral("/secret.md"));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write("SECRET\n");
        secret.close();
        QVERIFY(QFile::link(outside.path(), project.path() + QStringLiteral("/inc/link")));

        techdocs::MarkdownOptions options;
        options.projectDir = project.path();
        options.file = QStringLiteral("docs/p.md");
        auto r = renderMarkdown(QStringLiteral("--8<-- \"inc/part.md\"\n"), options);
        QVERIFY(r.html.contains(u"line one\nline two"));
        r = renderMarkdown(QStringLiteral("--8<-- \"inc/part.md:2:2\"\n"), options);
        QCOMPARE(r.html.trimmed(), u"<p>line two</p>");
        r = renderMarkdown(QStringLiteral("--8<--\ninc/part.md\n--8<--\n"), options);
        QVERIFY(r.html.contains(u"line three"));

        r = renderMarkdown(QStringLiteral("text\n\n--8<-- \"../") + QFileInfo(outside.path()).fileName() + QStringLiteral("/secret.md\"\n"), options);
        QVERIFY(!r.html.contains(u"SECRET"));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().line, 3);
        QVERIFY(r.problems.first().message.contains(u"outside the project"));

        r = renderMarkdown(QStringLiteral("--8<-- \"inc/link/secret.md\"\n"), options);
        QVERIFY2(!r.html.contains(u"SECRET"), "a symlink must not lead a snippet out of the project");
        QCOMPARE(r.problems.size(), 1);

        r = renderMarkdown(QStringLiteral("--8<-- \"inc/missing.md\"\n"), options);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().kind, Problem::Kind::Warning);
        QCOMPARE(r.problems.first().file, u"docs/p.md");
    }

    void unsupportedSyntax_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("what");
        QTest::newRow("blocks") << "ok\n\n/// note\nbody\n///\n" << 3 << "pymdownx.blocks";
        QTest::newRow("mkdocstrings") << "::: my.module\n" << 1 << "mkdocstrings";
        QTest::newRow("jinja") << "a\n{% include 'x' %}\n" << 2 << "template tags";
        QTest::newRow("plantuml") << "\n```plantuml\nA -> B\n```\n" << 2 << "plantuml";
        QTest::newRow("critic") << "x {++added++} y\n" << 1 << "critic";
        QTest::newRow("toc marker") << "[TOC]\n" << 1 << "[TOC]";
        QTest::newRow("empty admonition") << "a\n\n!!! note\n\nb\n" << 3 << "no indented content";
    }
    void unsupportedSyntax()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(QString, what);
        const auto r = renderMarkdown(markdown, {});
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().line, line);
        QVERIFY2(r.problems.first().message.contains(what), qPrintable(r.problems.first().message));
    }

    void linkRewriting()
    {
        techdocs::MarkdownOptions options;
        QStringList seen;
        options.rewriteUrl = [&](const QString &url, bool image) -> QString {
            seen.append((image ? QStringLiteral("img:") : QString()) + url);
            return QStringLiteral("R/") + url;
        };
        const auto r = renderMarkdown(QStringLiteral("[a](b.md#c) ![i](p.png) <https://x.test>"), options);
        QCOMPARE(seen, (QStringList{QStringLiteral("b.md#c"), QStringLiteral("img:p.png"), QStringLiteral("https://x.test")}));
        QCOMPARE(r.links, (QStringList{QStringLiteral("b.md#c"), QStringLiteral("p.png"), QStringLiteral("https://x.test")}));
        QVERIFY(r.html.contains(u"<a href=\"R/b.md#c\">"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"
