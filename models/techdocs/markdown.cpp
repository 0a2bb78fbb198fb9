// SPDX-License-Identifier: Apache-2.0
#include "techdocs/markdown.h"
#include "techdocs/preprocess.h"
#include "techdocs/sanitizer.h"
#include "techdocs/slug.h"

#include <QRegularExpression>
#include <QSet>
#include <md4c.h>

namespace techdocs {
namespace {

constexpr unsigned kFlags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEAUTOLINKS;

void escapeInto(QByteArray &out, const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
}

QByteArray escaped(const QByteArray &s)
{
    QByteArray out;
    escapeInto(out, s.constData(), s.size());
    return out;
}

// md4c hands attributes as runs of text and entities; we want the plain string.
QString attributeText(const MD_ATTRIBUTE &attr)
{
    QByteArray raw(attr.text, attr.size);
    return decodeEntities(QString::fromUtf8(raw));
}

QString plainText(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tags);
    return decodeEntities(text);
}

// attr_list basics: `{#id .class key="value"}` → attribute string (values re-escaped; sanitizer filters names).
QString attrList(const QString &spec, QString *id)
{
    static const QRegularExpression token(QStringLiteral(R"re(#([\w:-]+)|\.([\w-]+)|([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+)))re"));
    QStringList classes;
    QString attrs;
    auto it = token.globalMatch(spec);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedStart(1) >= 0)
            *id = m.captured(1);
        else if (m.capturedStart(2) >= 0)
            classes.append(m.captured(2));
        else
            attrs += u' ' + m.captured(3) + QStringLiteral("=\"")
                + htmlEscape(m.captured(4) + m.captured(5) + m.captured(6)) + u'"';
    }
    if (!classes.isEmpty())
        attrs.prepend(QStringLiteral(" class=\"") + htmlEscape(classes.join(u' ')) + u'"');
    return attrs;
}

struct Renderer {
    const MarkdownOptions &options;
    const QList<QPair<QString, QString>> &abbreviations;
    RenderedMarkdown result;
    QByteArray out;
    QSet<QString> usedIds;
    qsizetype headingStart = -1;
    int headingLevel = 0;
    bool inCodeBlock = false;
    QByteArray codeInfo;
    QByteArray code;
    int imageDepth = 0;
    QByteArray imageAlt;
    QList<MD_ALIGN> columnAligns;
    int column = 0;

    void text(MD_TEXTTYPE type, const char *t, MD_SIZE size)
    {
        if (inCodeBlock) {
            code.append(t, size);
            return;
        }
        QByteArray &sink = imageDepth > 0 ? imageAlt : out;
        switch (type) {
        case MD_TEXT_NULLCHAR: sink += "\xEF\xBF\xBD"; break;
        case MD_TEXT_BR: sink += imageDepth > 0 ? " " : "<br>\n"; break;
        case MD_TEXT_SOFTBR: sink += imageDepth > 0 ? " " : "\n"; break;
        case MD_TEXT_HTML: sink.append(t, size); break;
        case MD_TEXT_ENTITY: sink.append(t, size); break;
        case MD_TEXT_NORMAL:
            if (!abbreviations.isEmpty() && imageDepth == 0) {
                sink += abbreviate(QString::fromUtf8(t, size)).toUtf8();
                break;
            }
            [[fallthrough]];
        default: escapeInto(sink, t, size);
        }
    }

    QString abbreviate(const QString &text) const
    {
        QString html = htmlEscape(text);
        for (const auto &[abbr, title] : abbreviations) {
            const QRegularExpression word(QStringLiteral("\\b") + QRegularExpression::escape(htmlEscape(abbr)) + QStringLiteral("\\b"));
            html.replace(word, QStringLiteral("<abbr title=\"") + htmlEscape(title) + QStringLiteral("\">")
                             + htmlEscape(abbr) + QStringLiteral("</abbr>"));
        }
        return html;
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: out += "<blockquote>\n"; break;
        case MD_BLOCK_UL: out += "<ul>\n"; break;
        case MD_BLOCK_OL: {
            const auto *d = static_cast<MD_BLOCK_OL_DETAIL *>(detail);
            out += d->start == 1 ? QByteArray("<ol>\n") : "<ol start=\"" + QByteArray::number(d->start) + "\">\n";
            break;
        }
        case MD_BLOCK_LI: {
            const auto *d = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
            if (d->is_task)
                out += QByteArray("<li class=\"task-list-item\"><label class=\"task-list-control\"><input type=\"checkbox\" disabled")
                    + (d->task_mark == ' ' ? "" : " checked") + "><span class=\"task-list-indicator\"></span></label> ";
            else
                out += "<li>";
            break;
        }
        case MD_BLOCK_HR: out += "<hr>\n"; break;
        case MD_BLOCK_H:
            headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
            headingStart = out.size();
            break;
        case MD_BLOCK_CODE: {
            const auto *d = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            inCodeBlock = true;
            code.clear();
            codeInfo = QByteArray(d->info.text, d->info.size);
            break;
        }
        case MD_BLOCK_HTML: break;
        case MD_BLOCK_P: out += "<p>"; break;
        case MD_BLOCK_TABLE: out += "<table>\n"; columnAligns.clear(); break;
        case MD_BLOCK_THEAD: out += "<thead>\n"; break;
        case MD_BLOCK_TBODY: out += "<tbody>\n"; break;
        case MD_BLOCK_TR: out += "<tr>\n"; column = 0; break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            const auto align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
            out += type == MD_BLOCK_TH ? "<th" : "<td";
            static const char *names[] = {"", "left", "center", "right"};
            if (align != MD_ALIGN_DEFAULT)
                out += QByteArray(" style=\"text-align: ") + names[align] + ";\"";
            out += ">";
            ++column;
            break;
        }
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: out += "</blockquote>\n"; break;
        case MD_BLOCK_UL: out += "</ul>\n"; break;
        case MD_BLOCK_OL: out += "</ol>\n"; break;
        case MD_BLOCK_LI: out += "</li>\n"; break;
        case MD_BLOCK_HR: break;
        case MD_BLOCK_H: finishHeading(); break;
        case MD_BLOCK_CODE: finishCode(); break;
        case MD_BLOCK_HTML: break;
        case MD_BLOCK_P: out += "</p>\n"; break;
        case MD_BLOCK_TABLE: out += "</table>\n"; break;
        case MD_BLOCK_THEAD: out += "</thead>\n"; break;
        case MD_BLOCK_TBODY: out += "</tbody>\n"; break;
        case MD_BLOCK_TR: out += "</tr>\n"; break;
        case MD_BLOCK_TH: out += "</th>\n"; break;
        case MD_BLOCK_TD: out += "</td>\n"; break;
        }
    }

    void finishHeading()
    {
        QString inner = QString::fromUtf8(out.mid(headingStart));
        out.truncate(headingStart);
        static const QRegularExpression trailingAttrs(QStringLiteral(R"(\s*\{:?\s*([^}]*)\}\s*$)"));
        QString id;
        QString attrs;
        if (const auto m = trailingAttrs.match(inner); m.hasMatch()) {
            attrs = attrList(m.captured(1), &id);
            inner.truncate(m.capturedStart());
        }
        const QString title = plainText(inner).trimmed();
        id = uniqueId(id.isEmpty() ? slugify(title) : id, usedIds);
        if (headingLevel == 1 && result.title.isEmpty())
            result.title = title;
        result.toc.append({headingLevel, id, title});
        const QByteArray tag = "h" + QByteArray::number(headingLevel);
        const QByteArray idHtml = escaped(id.toUtf8());
        out += "<" + tag + " id=\"" + idHtml + "\"" + attrs.toUtf8() + ">" + inner.toUtf8() + "<a class=\"headerlink\" href=\"#"
            + idHtml + "\" title=\"Permanent link\">&para;</a></" + tag + ">\n";
    }

    void finishCode()
    {
        inCodeBlock = false;
        // superfences info: "python title=\"a.py\" linenums=\"1\"" or "{ .python title=\"a.py\" }"
        static const QRegularExpression langRe(QStringLiteral(R"(^\{?\s*\.?([\w+#.-]+))"));
        static const QRegularExpression titleRe(QStringLiteral(R"(title=\"([^\"]*)\")"));
        const QString info = QString::fromUtf8(codeInfo).trimmed();
        const QString lang = info.startsWith(u'{') || !info.contains(u'=') || info.indexOf(u' ') > 0
            ? langRe.match(info).captured(1)
            : QString();
        const QString title = titleRe.match(info).captured(1);
        if (lang == u"mermaid") {
            result.hasMermaid = true;
            out += "<pre class=\"mermaid\">" + escaped(code) + "</pre>\n";
            return;
        }
        const QByteArray langAttr = escaped(lang.toUtf8());
        out += "<div class=\"highlight" + (lang.isEmpty() ? QByteArray() : " language-" + langAttr) + "\">";
        if (!title.isEmpty())
            out += "<span class=\"filename\">" + escaped(title.toUtf8()) + "</span>";
        if (options.highlighter && !lang.isEmpty()) {
            // integrator: the real KSyntaxHighlighting service is injected through MarkdownOptions::highlighter.
            out += options.highlighter->toHtml(QString::fromUtf8(code), lang, options.theme).toUtf8();
        } else {
            out += "<pre><code" + (lang.isEmpty() ? QByteArray() : " class=\"language-" + langAttr + "\"") + ">" + escaped(code)
                + "</code></pre>";
        }
        out += "</div>\n";
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (imageDepth > 0 && type != MD_SPAN_IMG)
            return;
        switch (type) {
        case MD_SPAN_EM: out += "<em>"; break;
        case MD_SPAN_STRONG: out += "<strong>"; break;
        case MD_SPAN_CODE: out += "<code>"; break;
        case MD_SPAN_DEL: out += "<del>"; break;
        case MD_SPAN_U: out += "<u>"; break;
        case MD_SPAN_A: {
            const auto *d = static_cast<MD_SPAN_A_DETAIL *>(detail);
            QString href = attributeText(d->href);
            if (href.contains(u'@') && !href.contains(u':') && !href.contains(u'/'))
                href.prepend(QStringLiteral("mailto:"));
            result.links.append(href);
            const QString target = options.rewriteUrl ? options.rewriteUrl(href, false) : href;
            out += "<a href=\"" + htmlEscape(target).toUtf8() + "\"";
            if (d->title.size > 0)
                out += " title=\"" + htmlEscape(attributeText(d->title)).toUtf8() + "\"";
            if (target.startsWith(QLatin1String("http://")) || target.startsWith(QLatin1String("https://")))
                out += " target=\"_blank\" rel=\"noopener noreferrer\"";
            out += ">";
            break;
        }
        case MD_SPAN_IMG: {
            if (imageDepth++ > 0)
                return;
            const auto *d = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            const QString src = attributeText(d->src);
            result.links.append(src);
            imageAlt.clear();
            out += "<img src=\"" + htmlEscape(options.rewriteUrl ? options.rewriteUrl(src, true) : src).toUtf8() + "\"";
            if (d->title.size > 0)
                out += " title=\"" + htmlEscape(attributeText(d->title)).toUtf8() + "\"";
            break;
        }
        default: break;
        }
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (type == MD_SPAN_IMG) {
            if (--imageDepth == 0)
                out += " alt=\"" + imageAlt.replace('"', "&quot;") + "\">";
            return;
        }
        if (imageDepth > 0)
            return;
        switch (type) {
        case MD_SPAN_EM: out += "</em>"; break;
        case MD_SPAN_STRONG: out += "</strong>"; break;
        case MD_SPAN_CODE: out += "</code>"; break;
        case MD_SPAN_DEL: out += "</del>"; break;
        case MD_SPAN_U: out += "</u>"; break;
        case MD_SPAN_A: out += "</a>"; break;
        default: break;
        }
    }
};

int onEnterBlock(MD_BLOCKTYPE t, void *d, void *u) { static_cast<Renderer *>(u)->enterBlock(t, d); return 0; }
int onLeaveBlock(MD_BLOCKTYPE t, void *, void *u) { static_cast<Renderer *>(u)->leaveBlock(t); return 0; }
int onEnterSpan(MD_SPANTYPE t, void *d, void *u) { static_cast<Renderer *>(u)->enterSpan(t, d); return 0; }
int onLeaveSpan(MD_SPANTYPE t, void *, void *u) { static_cast<Renderer *>(u)->leaveSpan(t); return 0; }
int onText(MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *u) { static_cast<Renderer *>(u)->text(t, s, n); return 0; }

RenderedMarkdown parse(const QByteArray &markdown, const MarkdownOptions &options,
                       const QList<QPair<QString, QString>> &abbreviations)
{
    Renderer renderer{options, abbreviations, {}, {}, {}};
    renderer.out.reserve(markdown.size() * 2);
    MD_PARSER parser{};
    parser.flags = kFlags;
    parser.enter_block = onEnterBlock;
    parser.leave_block = onLeaveBlock;
    parser.enter_span = onEnterSpan;
    parser.leave_span = onLeaveSpan;
    parser.text = onText;
    md_parse(markdown.constData(), MD_SIZE(markdown.size()), &parser, &renderer);
    QString html = QString::fromUtf8(renderer.out);
    // attr_list after images and links: ![a](b.png){ width="300" .center }
    static const QRegularExpression inlineAttrs(QStringLiteral(R"((<img [^>]*?)>\{:?\s*([^}]*)\}|(<a [^>]*)>([^<]*)</a>\{:?\s*([^}]*)\})"));
    if (html.contains(QLatin1String(">{"))) {
        QString rewritten;
        qsizetype last = 0;
        auto it = inlineAttrs.globalMatch(html);
        while (it.hasNext()) {
            const auto m = it.next();
            QString id;
            rewritten += html.mid(last, m.capturedStart() - last);
            if (m.capturedStart(1) >= 0) {
                const QString attrs = attrList(decodeEntities(m.captured(2)), &id);
                rewritten += m.captured(1) + attrs + (id.isEmpty() ? QString() : QStringLiteral(" id=\"") + htmlEscape(id) + u'"') + u'>';
            } else {
                const QString attrs = attrList(decodeEntities(m.captured(5)), &id);
                rewritten += m.captured(3) + attrs + (id.isEmpty() ? QString() : QStringLiteral(" id=\"") + htmlEscape(id) + u'"')
                    + u'>' + m.captured(4) + QStringLiteral("</a>");
            }
            last = m.capturedEnd();
        }
        html = rewritten + html.mid(last);
    }
    renderer.result.html = sanitizeFragment(html);
    return std::move(renderer.result);
}

} // namespace

QString renderInlineMarkdown(const QString &source)
{
    const MarkdownOptions options;
    QString html = parse(source.toUtf8(), options, {}).html.trimmed();
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

RenderedMarkdown renderMarkdown(const QString &source, const MarkdownOptions &options)
{
    PreprocessContext context{options.projectDir, options.file, renderInlineMarkdown};
    const Preprocessed pre = preprocess(source, context);
    RenderedMarkdown result = parse(pre.markdown.toUtf8(), options, pre.abbreviations);
    result.problems = pre.problems;
    return result;
}

} // namespace techdocs
