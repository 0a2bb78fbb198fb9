// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"
#include "techdocs/markdown.h"
#include "techdocs/mkdocsconfig.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>
#include <variant>

namespace techdocs {

struct PageInfo {
    QString source; ///< relative to docs_dir: "guide/intro.md"
    QString url;    ///< relative to the site root, as MkDocs makes it: "guide/intro/" ("" for the home page)
    QString title;     ///< MkDocs' page title: nav title, else front matter title, else first H1, else file name
    QString metaTitle; ///< front matter `title:` (the theme's <title> prefers it, as Material does)
    bool inNav = false;
};

struct NavNode {
    NavItem::Kind kind = NavItem::Kind::Page;
    QString title;
    int page = -1;   ///< index into Site::pages() for pages
    QString url;     ///< external URL for links
    QList<NavNode> children;
};

struct RenderOptions {
    highlight::Highlighter *highlighter = nullptr; ///< not owned; nullptr = plain escaped code
    highlight::Theme theme = highlight::Theme::Light;
};

struct RenderedPage {
    int index = -1;
    PageInfo info;
    QString contentHtml; ///< sanitized article body
    QList<TocEntry> toc;
    QStringList links;
    QList<Problem> problems; ///< broken links, unsupported syntax, snippet problems — with file:line
    bool hasMermaid = false;
    QString editUrl;         ///< empty without repo_url/edit_uri
    QStringList breadcrumb;  ///< titles of the sections above the page
    int previous = -1;
    int next = -1;
    struct AnchorLink {
        int page;
        QString fragment;
        QString href;
    };
    QList<AnchorLink> anchorLinks; ///< links into other pages with #fragment, verified by Site::check()
};

/// One FTS row: a page's text split at its headings.
struct SearchRow {
    QString pageUrl;
    QString pageTitle;
    QString heading;
    QString anchor;
    QString text;
};

/// A MkDocs project opened for rendering: config, pages, nav. Cheap to open (reads only the first heading of each
/// page); pages are rendered on demand. Immutable after open(), so render() may run on worker threads.
class Site
{
public:
    [[nodiscard]] static std::variant<Site, Problem> open(const QString &projectDir);

    [[nodiscard]] const MkDocsConfig &config() const { return m_config; }
    [[nodiscard]] const QList<NavNode> &nav() const { return m_nav; }
    [[nodiscard]] const QList<PageInfo> &pages() const { return m_pages; }
    [[nodiscard]] const QList<Problem> &problems() const { return m_problems; } ///< nav entries pointing nowhere
    [[nodiscard]] int pageForSource(const QString &source) const { return m_bySource.value(source, -1); }
    /// "guide/intro/", "guide/intro/index.html", "guide/intro" and "" (home) all find their page.
    [[nodiscard]] int pageForUrl(const QString &url) const;
    /// A non-Markdown file below docs_dir (image, download) for a site-relative URL; refuses escapes/symlinks out.
    [[nodiscard]] std::optional<QString> assetPath(const QString &url) const;

    [[nodiscard]] RenderedPage render(int index, const RenderOptions &options = {}) const;
    [[nodiscard]] QList<SearchRow> searchRows(const RenderedPage &page) const;
    /// Renders every page and adds cross-page anchor checks: what `portolan docs check` prints.
    [[nodiscard]] QList<Problem> check(const RenderOptions &options = {}) const;

    /// URL of `toUrl` relative to the page at `fromUrl` (both site-relative), as MkDocs writes links.
    [[nodiscard]] static QString relativeUrl(const QString &fromUrl, const QString &toUrl);

private:
    void buildNav();
    void collectPages();

    MkDocsConfig m_config;
    QList<PageInfo> m_pages;
    QHash<QString, int> m_bySource;
    QList<NavNode> m_nav;
    QList<int> m_readingOrder;
    QHash<int, QStringList> m_breadcrumbs;
    QList<Problem> m_problems;
};

/// Strips YAML front matter (as MkDocs' meta extension does) and returns its `title:` if any.
QString stripFrontMatter(QString &markdown);

} // namespace techdocs
