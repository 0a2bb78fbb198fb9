// SPDX-License-Identifier: Apache-2.0
#include "techdocs/sanitizer.h"
#include "techdocs/preprocess.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace techdocs {
namespace {

QSet<QString> makeSet(const char *words)
{
    QSet<QString> set;
    for (const auto &w : QString::fromLatin1(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(w);
    return set;
}

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = makeSet(
        "a abbr acronym address area article aside audio b bdi bdo big blockquote br button caption center cite code col "
        "colgroup data datalist dd del details dfn dialog div dl dt em fieldset figcaption figure font footer h1 h2 h3 h4 "
        "h5 h6 header hgroup hr i img input ins kbd label legend li main map mark meter nav ol optgroup option output p "
        "picture pre progress q rp rt ruby s samp section select small source span strike strong sub summary sup table "
        "tbody td tfoot th thead time tr track tt u ul var video wbr "
        // SVG, as DOMPurify's svg list minus animation elements (they can set href to javascript:)
        "svg g path circle ellipse line polygon polyline rect text tspan textpath defs desc lineargradient "
        "radialgradient stop clippath mask marker pattern symbol use image");
    return tags;
}

// Removed with everything inside them. The first group is raw text for the HTML parser (content is not markup).
const QSet<QString> &rawTextDropped()
{
    static const QSet<QString> tags = makeSet("script style xmp plaintext noembed noframes iframe textarea title noscript");
    return tags;
}
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> tags = makeSet("template object embed applet frame frameset foreignobject math base animate set "
                                               "animatetransform animatemotion head");
    return tags;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> attrs = makeSet(
        "id class title lang dir role tabindex hidden style width height align valign alt colspan rowspan span start "
        "reversed type value checked disabled name for open datetime cite scope headers target rel loading decoding src "
        "href poster controls muted loop label selected multiple size max min step placeholder readonly summary abbr "
        "border cellpadding cellspacing color face nowrap shape coords usemap download xmlns "
        // SVG presentation (lowercased: the HTML parser restores camelCase in foreign content)
        "viewbox d fill stroke stroke-width stroke-linecap stroke-linejoin stroke-dasharray stroke-miterlimit opacity "
        "fill-opacity stroke-opacity fill-rule clip-rule transform x y x1 y1 x2 y2 cx cy r rx ry dx dy points "
        "preserveaspectratio font-size font-family font-weight font-style text-anchor dominant-baseline offset "
        "stop-color stop-opacity gradientunits gradienttransform clip-path mask marker-end marker-start marker-mid refx "
        "refy markerwidth markerheight markerunits orient patternunits version xlink:href xmlns:xlink");
    return attrs;
}

const QSet<QString> &uriAttributes()
{
    static const QSet<QString> attrs = makeSet("href src cite poster xlink:href action background");
    return attrs;
}

const QSet<QString> &voidTags()
{
    static const QSet<QString> tags = makeSet("area base br col embed hr img input link meta source track wbr");
    return tags;
}

struct Attribute {
    QString name;
    QString value;
};

struct Tag {
    QString name;
    QList<Attribute> attributes;
    bool end = false;
    bool selfClosing = false;
};

bool isNameChar(QChar c) { return !c.isSpace() && c != u'>' && c != u'/' && c != u'=' && c != u'"' && c != u'\''; }

// Parses the tag at `pos` (just after '<'). Returns false when this is not a tag (then '<' is text).
bool parseTag(const QString &html, qsizetype &pos, Tag &tag)
{
    qsizetype i = pos;
    if (i < html.size() && html.at(i) == u'/') {
        tag.end = true;
        ++i;
    }
    if (i >= html.size() || !(html.at(i).isLetter()))
        return false;
    const qsizetype nameStart = i;
    while (i < html.size() && isNameChar(html.at(i)))
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < html.size()) {
        while (i < html.size() && (html.at(i).isSpace() || html.at(i) == u'/')) {
            if (html.at(i) == u'/' && i + 1 < html.size() && html.at(i + 1) == u'>')
                tag.selfClosing = true;
            ++i;
        }
        if (i >= html.size())
            return false;
        if (html.at(i) == u'>') {
            pos = i + 1;
            return true;
        }
        const qsizetype attrStart = i;
        ++i; // a name may start with '=' or quotes in the HTML spec; take at least one char
        while (i < html.size() && isNameChar(html.at(i)))
            ++i;
        Attribute attr{html.mid(attrStart, i - attrStart).toLower(), {}};
        while (i < html.size() && html.at(i).isSpace())
            ++i;
        if (i < html.size() && html.at(i) == u'=') {
            ++i;
            while (i < html.size() && html.at(i).isSpace())
                ++i;
            if (i < html.size() && (html.at(i) == u'"' || html.at(i) == u'\'')) {
                const QChar quote = html.at(i);
                const qsizetype end = html.indexOf(quote, i + 1);
                if (end < 0)
                    return false;
                attr.value = html.mid(i + 1, end - i - 1);
                i = end + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < html.size() && !html.at(i).isSpace() && html.at(i) != u'>')
                    ++i;
                attr.value = html.mid(valueStart, i - valueStart);
            }
        }
        attr.value = decodeEntities(attr.value);
        tag.attributes.append(attr);
    }
    return false;
}

bool safeStyle(const QString &value)
{
    static const QRegularExpression ignored(QStringLiteral("[\\s\\\\]"));
    QString v = value.toLower();
    v.remove(ignored);
    return !v.contains(QLatin1String("url(")) && !v.contains(QLatin1String("expression(")) && !v.contains(QLatin1String("javascript:"))
        && !v.contains(QLatin1String("@import")) && !v.contains(QLatin1String("behavior:"));
}

class Sanitizer
{
public:
    Sanitizer(const SanitizerOptions &options, bool document)
        : m_options(options)
        , m_document(document)
    {
    }

    QString run(const QString &html)
    {
        m_out.reserve(html.size());
        qsizetype pos = 0;
        while (pos < html.size()) {
            const qsizetype lt = html.indexOf(u'<', pos);
            if (lt < 0) {
                m_out += html.mid(pos);
                break;
            }
            m_out += html.mid(pos, lt - pos);
            pos = lt + 1;
            if (html.mid(pos, 3) == u"!--") {
                const qsizetype end = html.indexOf(QLatin1String("-->"), pos + 3);
                pos = end < 0 ? html.size() : end + 3;
                continue;
            }
            if (pos < html.size() && (html.at(pos) == u'!' || html.at(pos) == u'?')) {
                // doctype, CDATA, processing instructions: dropped (document mode re-adds the doctype)
                const qsizetype end = html.indexOf(u'>', pos);
                pos = end < 0 ? html.size() : end + 1;
                continue;
            }
            Tag tag;
            qsizetype after = pos;
            if (!parseTag(html, after, tag)) {
                m_out += QLatin1String("&lt;");
                continue;
            }
            pos = after;
            if (!tag.end && (rawTextDropped().contains(tag.name) || droppedWithContent().contains(tag.name))
                && !keepSpecial(tag)) {
                if (!tag.selfClosing)
                    pos = skipElement(html, pos, tag.name);
                continue;
            }
            if (tag.end)
                closeTag(tag.name);
            else
                openTag(tag);
        }
        while (!m_stack.isEmpty())
            m_out += QStringLiteral("</") + m_stack.takeLast() + u'>';
        return m_document ? QStringLiteral("<!DOCTYPE html>\n") + m_out : m_out;
    }

private:
    // head/title/iframe are only kept where the policy allows them.
    bool keepSpecial(const Tag &tag) const
    {
        if (m_document && (tag.name == u"head" || tag.name == u"title"))
            return true;
        return tag.name == u"iframe" && iframeAllowed(tag);
    }

    bool iframeAllowed(const Tag &tag) const
    {
        for (const auto &a : tag.attributes) {
            if (a.name == u"src") {
                const QUrl url(a.value.trimmed());
                return (url.scheme() == u"https" || url.scheme() == u"http")
                    && m_options.allowedIframeHosts.contains(url.host(), Qt::CaseInsensitive);
            }
        }
        return false;
    }

    // Position after the matching end tag (`</name` followed by space, '/' or '>'), or the end of the input.
    // A plain scan with no shared state, so sanitizing may run on several threads at once.
    static qsizetype skipElement(const QString &html, qsizetype pos, const QString &name)
    {
        while (true) {
            const qsizetype at = html.indexOf(QLatin1String("</"), pos);
            if (at < 0)
                return html.size();
            const qsizetype after = at + 2 + name.size();
            if (QStringView(html).mid(at + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
                && (after >= html.size() || html.at(after).isSpace() || html.at(after) == u'/' || html.at(after) == u'>')) {
                const qsizetype gt = html.indexOf(u'>', after);
                return gt < 0 ? html.size() : gt + 1;
            }
            pos = at + 2;
        }
    }

    bool tagAllowed(const Tag &tag) const
    {
        if (allowedTags().contains(tag.name) || tag.name == u"iframe")
            return true;
        if (!m_document)
            return false;
        if (tag.name == u"html" || tag.name == u"head" || tag.name == u"body" || tag.name == u"title")
            return true;
        if (tag.name == u"meta") {
            QString equiv, content;
            for (const auto &a : tag.attributes) {
                if (a.name == u"http-equiv")
                    equiv = a.value.toLower();
                else if (a.name == u"content")
                    content = a.value.toLower();
                else if (a.name == u"charset")
                    return true;
            }
            // Backstage keeps refresh redirects; we also hold their target to the link rule.
            const qsizetype url = content.indexOf(QLatin1String("url="));
            return equiv == u"refresh" && url >= 0 && isAllowedUri(content.mid(url + 4).remove(u'\'').remove(u'"'));
        }
        if (tag.name == u"link") {
            static const QRegularExpression css(QStringLiteral("main\\.[A-Fa-f0-9]{8}\\.min\\.css$"));
            for (const auto &a : tag.attributes)
                if (a.name == u"href")
                    return css.match(a.value).hasMatch();
        }
        return false;
    }

    void openTag(const Tag &tag)
    {
        if (!tagAllowed(tag))
            return; // unwrapped: the content (handled as it comes) stays
        m_out += u'<' + tag.name;
        bool blankTarget = false;
        bool hasRel = false;
        for (const auto &a : tag.attributes) {
            if (!attributeAllowed(tag, a))
                continue;
            if (a.name == u"target")
                blankTarget = true;
            if (a.name == u"rel")
                hasRel = true;
            m_out += u' ' + a.name + QStringLiteral("=\"") + htmlEscape(a.value) + u'"';
        }
        if (blankTarget && !hasRel)
            m_out += QLatin1String(" rel=\"noopener noreferrer\"");
        m_out += u'>';
        if (!voidTags().contains(tag.name) && !tag.selfClosing)
            m_stack.append(tag.name);
        else if (tag.selfClosing && !voidTags().contains(tag.name))
            m_out += QStringLiteral("</") + tag.name + u'>';
    }

    bool attributeAllowed(const Tag &tag, const Attribute &a) const
    {
        const QString &n = a.name;
        if (n.startsWith(QLatin1String("on")) || n == u"srcdoc" || n == u"formaction" || n == u"action")
            return false;
        if (n == u"http-equiv" || n == u"content" || n == u"charset")
            return tag.name == u"meta";
        if (!allowedAttributes().contains(n) && !n.startsWith(QLatin1String("data-")) && !n.startsWith(QLatin1String("aria-"))
            && !(tag.name == u"iframe" && (n == u"allowfullscreen" || n == u"frameborder" || n == u"allow")))
            return false;
        if (n == u"style")
            return safeStyle(a.value);
        if (n == u"target")
            return a.value == u"_blank";
        if (uriAttributes().contains(n)) {
            if (isAllowedUri(a.value))
                return true;
            static const QRegularExpression dataImage(QStringLiteral("^data:image/(png|gif|jpeg|webp|svg\\+xml)[;,]"),
                                                      QRegularExpression::CaseInsensitiveOption);
            return n == u"src" && (tag.name == u"img" || tag.name == u"source") && dataImage.match(a.value.trimmed()).hasMatch();
        }
        return true;
    }

    void closeTag(const QString &name)
    {
        const qsizetype at = m_stack.lastIndexOf(name);
        if (at < 0)
            return; // stray or dropped: a fragment must not close the page around it
        while (m_stack.size() > at)
            m_out += QStringLiteral("</") + m_stack.takeLast() + u'>';
    }

    const SanitizerOptions &m_options;
    bool m_document;
    QString m_out;
    QStringList m_stack;
};

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    static const QHash<QString, QString> named{
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("colon"), QStringLiteral(":")}, {QStringLiteral("Tab"), QStringLiteral("\t")},
        {QStringLiteral("NewLine"), QStringLiteral("\n")}, {QStringLiteral("para"), QString(QChar(0xB6))},
        {QStringLiteral("copy"), QString(QChar(0xA9))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("hellip"), QString(QChar(0x2026))},
    };
    static const QRegularExpression ref(QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?"));
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString body = m.captured(1);
        QString replacement = m.captured(0);
        if (body.startsWith(u'#')) {
            bool ok = false;
            const uint code = (body.at(1) == u'x' || body.at(1) == u'X') ? body.mid(2).toUInt(&ok, 16) : body.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t c = code;
                replacement = QString::fromUcs4(&c, 1);
            } else {
                replacement = QString(QChar(0xFFFD));
            }
        } else if (const auto n = named.find(body); n != named.end()) {
            replacement = *n;
        }
        out += text.mid(last, m.capturedStart() - last) + replacement;
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

bool isAllowedUri(const QString &value)
{
    static const QRegularExpression allowed(
        QStringLiteral("^(?:(?:callto|cid|ftp|ftps|http|https|mailto|matrix|sms|tel|xmpp):|[^a-z]|[a-z+.\\-]+(?:[^a-z+.\\-:]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    QString v;
    v.reserve(value.size());
    for (const QChar c : value)
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            v += c;
    return allowed.match(v).hasMatch();
}

QString sanitizeFragment(const QString &html, const SanitizerOptions &options)
{
    return Sanitizer(options, false).run(html);
}

QString sanitizeDocument(const QString &html, const SanitizerOptions &options)
{
    return Sanitizer(options, true).run(html);
}

} // namespace techdocs
