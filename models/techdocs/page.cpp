// SPDX-License-Identifier: Apache-2.0
#include "techdocs/page.h"
#include "techdocs/preprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace techdocs {
namespace {

bool containsPage(const NavNode &node, int page)
{
    if (node.page == page)
        return true;
    for (const auto &child : node.children)
        if (containsPage(child, page))
            return true;
    return false;
}

void navList(const Site &site, const QList<NavNode> &nodes, const RenderedPage &page, QString &out)
{
    out += QLatin1String("<ul>");
    for (const NavNode &node : nodes) {
        const QString title = htmlEscape(node.title);
        switch (node.kind) {
        case NavItem::Kind::Section:
            out += QStringLiteral("<li class=\"td-nav-section\"><details%1><summary>%2</summary>")
                       .arg(containsPage(node, page.index) ? QStringLiteral(" open") : QString(), title);
            navList(site, node.children, page, out);
            out += QLatin1String("</details></li>");
            break;
        case NavItem::Kind::Link:
            out += QStringLiteral("<li><a class=\"td-external\" href=\"%1\" target=\"_blank\" rel=\"noopener noreferrer\">%2</a></li>")
                       .arg(htmlEscape(node.url), title);
            break;
        case NavItem::Kind::Page: {
            const QString href = htmlEscape(Site::relativeUrl(page.info.url, site.pages().at(node.page).url));
            out += node.page == page.index
                ? QStringLiteral("<li><a class=\"active\" aria-current=\"page\" href=\"%1\">%2</a></li>").arg(href, title)
                : QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(href, title);
            break;
        }
        }
    }
    out += QLatin1String("</ul>");
}

QString tocList(const RenderedPage &page)
{
    QString out;
    for (const TocEntry &entry : page.toc) {
        if (entry.level < 2 || entry.level > 4)
            continue;
        out += QStringLiteral("<li class=\"td-toc-l%1\"><a href=\"#%2\">%3</a></li>")
                   .arg(entry.level)
                   .arg(htmlEscape(entry.id), htmlEscape(entry.title));
    }
    return out.isEmpty() ? out : QStringLiteral("<ul>") + out + QStringLiteral("</ul>");
}

QString pagerLink(const Site &site, const RenderedPage &page, int target, const char *rel, const char *label)
{
    if (target < 0)
        return {};
    const PageInfo &info = site.pages().at(target);
    return QStringLiteral("<a class=\"td-%1\" rel=\"%1\" href=\"%2\"><span>%3</span> %4</a>")
        .arg(QLatin1String(rel), htmlEscape(Site::relativeUrl(page.info.url, info.url)), QLatin1String(label),
             htmlEscape(info.title));
}

} // namespace

QString contentSecurityPolicy(const QStringList &allowedIframeHosts)
{
    QString frames = QStringLiteral("'none'");
    if (!allowedIframeHosts.isEmpty()) {
        frames.clear();
        for (const QString &host : allowedIframeHosts)
            frames += QStringLiteral("https://") + host + u' ';
        frames = frames.trimmed();
    }
    // Scripts only from our own origin (mermaid and techdocs.js), never inline; styles may be inline because the
    // highlighter and mermaid colour with style attributes. No forms, no plugins, no base rewriting.
    return QStringLiteral("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                          "img-src 'self' data: https:; font-src 'self' data:; media-src 'self'; connect-src 'none'; "
                          "frame-src %1; object-src 'none'; base-uri 'none'; form-action 'none'")
        .arg(frames);
}

QString assemblePage(const Site &site, const RenderedPage &page, const PageOptions &options)
{
    const MkDocsConfig &config = site.config();
    const QString root = htmlEscape(Site::relativeUrl(page.info.url, QString()));
    const QString assets = root + QStringLiteral("assets/techdocs/");
    const char *scheme = options.colorScheme == PageOptions::ColorScheme::Dark ? "dark"
        : options.colorScheme == PageOptions::ColorScheme::Light                ? "light"
                                                                                : "system";
    QString html;
    html.reserve(page.contentHtml.size() + 8192);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\" class=\"td-theme-%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(QLatin1String(scheme));
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n")
                .arg(htmlEscape(contentSecurityPolicy(options.allowedIframeHosts)));
    html += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    if (!config.siteDescription.isEmpty())
        html += QStringLiteral("<meta name=\"description\" content=\"%1\">\n").arg(htmlEscape(config.siteDescription));
    // Like Material: the home page is titled by the site alone.
    if (page.info.url.isEmpty() || page.info.url == u"index.html")
        html += QStringLiteral("<title>%1</title>\n").arg(htmlEscape(config.siteName));
    else
        html += QStringLiteral("<title>%1 - %2</title>\n").arg(htmlEscape(page.info.metaTitle.isEmpty() ? page.info.title : page.info.metaTitle), htmlEscape(config.siteName));
    html += QStringLiteral("<link rel=\"stylesheet\" href=\"%1techdocs.css\">\n</head>\n<body>\n").arg(assets);
    html += QStringLiteral("<header class=\"td-header\"><a class=\"td-site\" href=\"%1\">%2</a>").arg(root, htmlEscape(config.siteName));
    if (!config.siteDescription.isEmpty())
        html += QStringLiteral("<span class=\"td-description\">%1</span>").arg(htmlEscape(config.siteDescription));
    html += QLatin1String("</header>\n<div class=\"td-layout\">\n<nav class=\"td-nav\" aria-label=\"Site\">");
    navList(site, site.nav(), page, html);
    html += QLatin1String("</nav>\n<main class=\"td-main\">\n<nav class=\"td-breadcrumb\" aria-label=\"Breadcrumb\"><ol>");
    html += QStringLiteral("<li><a href=\"%1\">%2</a></li>").arg(root, htmlEscape(config.siteName));
    for (const QString &crumb : page.breadcrumb)
        html += QStringLiteral("<li>%1</li>").arg(htmlEscape(crumb));
    html += QStringLiteral("<li aria-current=\"page\">%1</li></ol></nav>\n").arg(htmlEscape(page.info.title));
    if (!page.editUrl.isEmpty())
        html += QStringLiteral("<a class=\"td-edit\" href=\"%1\" target=\"_blank\" rel=\"noopener noreferrer\">Edit this page</a>\n")
                    .arg(htmlEscape(page.editUrl));
    html += QLatin1String("<article class=\"md-content\" id=\"content\">\n");
    html += page.contentHtml;
    html += QLatin1String("</article>\n<footer class=\"td-footer\"><nav class=\"td-pager\" aria-label=\"Pages\">");
    html += pagerLink(site, page, page.previous, "prev", "Previous");
    html += pagerLink(site, page, page.next, "next", "Next");
    html += QLatin1String("</nav>");
    if (!options.lastUpdated.isEmpty())
        html += QStringLiteral("<p class=\"td-updated\">Last updated: <time>%1</time></p>").arg(htmlEscape(options.lastUpdated));
    html += QLatin1String("</footer>\n</main>\n<aside class=\"td-toc\" aria-label=\"On this page\">");
    if (const QString toc = tocList(page); !toc.isEmpty())
        html += QStringLiteral("<p class=\"td-toc-title\">On this page</p>") + toc;
    html += QLatin1String("</aside>\n</div>\n");
    if (page.hasMermaid)
        html += QStringLiteral("<script src=\"%1mermaid.min.js\"></script>\n").arg(assets);
    html += QStringLiteral("<script src=\"%1techdocs.js\"></script>\n</body>\n</html>\n").arg(assets);
    return html;
}

QStringList builtinAssetNames()
{
    return {QStringLiteral("techdocs.css"), QStringLiteral("techdocs.js"), QStringLiteral("mermaid.min.js")};
}

std::optional<QByteArray> builtinAsset(const QString &name)
{
    if (name == u"techdocs.css" || name == u"techdocs.js") {
        QFile file(QStringLiteral(":/techdocs/") + name);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
        return std::nullopt;
    }
    if (name != u"mermaid.min.js")
        return std::nullopt;
    QStringList candidates;
    if (const QString env = qEnvironmentVariable("PORTOLAN_MERMAID_JS"); !env.isEmpty())
        candidates << env;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/portolan/mermaid.min.js");
#ifdef PORTOLAN_MERMAID_SOURCE
    candidates << QStringLiteral(PORTOLAN_MERMAID_SOURCE);
#endif
    for (const QString &path : candidates) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    return std::nullopt;
}

} // namespace techdocs
