// SPDX-License-Identifier: Apache-2.0
// Rendering one page of a Site: link resolution, broken links, prev/next, edit link, search rows, check.
#include "techdocs/site.h"
#include "techdocs/pathguard.h"
#include "techdocs/sanitizer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace techdocs {
namespace {

struct Position {
    int line = 0;
    int column = 0;
};

// Where a link target is written in the page, for file:line:column problems (md4c does not report positions).
Position locate(const QString &source, const QString &needle)
{
    if (needle.isEmpty())
        return {};
    qsizetype at = source.indexOf(u'(' + needle);
    at = at < 0 ? source.indexOf(needle) : at + 1;
    if (at < 0)
        return {};
    const qsizetype lineStart = source.lastIndexOf(u'\n', at - 1) + 1;
    return {int(QStringView(source).left(at).count(u'\n')) + 1, int(at - lineStart) + 1};
}

bool hasScheme(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return url.startsWith(QLatin1String("//")) || scheme.match(url).hasMatch();
}

QSet<QString> idsIn(const QString &html)
{
    static const QRegularExpression id(QStringLiteral(R"re(\sid="([^"]+)")re"));
    QSet<QString> ids;
    auto it = id.globalMatch(html);
    while (it.hasNext())
        ids.insert(decodeEntities(it.next().captured(1)));
    return ids;
}

QString plain(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = decodeEntities(QString(html).remove(tags));
    return text.replace(spaces, QStringLiteral(" ")).trimmed();
}

QString editUrl(const MkDocsConfig &config, const QString &source)
{
    if (config.repoUrl.isEmpty() && !config.editUri.contains(QLatin1String("://")))
        return {};
    if (config.editUri.isEmpty())
        return {};
    if (config.editUri.contains(QLatin1String("://")))
        return config.editUri + (config.editUri.endsWith(u'/') ? QString() : QStringLiteral("/")) + source;
    QString base = config.repoUrl;
    if (!base.endsWith(u'/'))
        base += u'/';
    QString uri = config.editUri;
    if (uri.startsWith(u'/'))
        uri.remove(0, 1);
    if (!uri.endsWith(u'/') && !uri.endsWith(u'=') && !uri.endsWith(u'#') && !uri.endsWith(u'?'))
        uri += u'/';
    return base + uri + source;
}

} // namespace

RenderedPage Site::render(int index, const RenderOptions &options) const
{
    RenderedPage page;
    if (index < 0 || index >= m_pages.size())
        return page;
    page.index = index;
    page.info = m_pages.at(index);
    const QString docsRelative = QDir(m_config.projectDir).relativeFilePath(m_config.docsDir);
    const QString shownFile = (docsRelative == u"." ? QString() : docsRelative + u'/') + page.info.source;
    QFile file(QDir(m_config.docsDir).filePath(page.info.source));
    if (!file.open(QIODevice::ReadOnly)) {
        page.problems.append({Problem::Kind::Error, shownFile, 0, 0, file.errorString()});
        return page;
    }
    QString source = QString::fromUtf8(file.readAll());
    stripFrontMatter(source);
    const QString pageDir = page.info.source.section(u'/', 0, -2);

    struct Broken {
        QString href;
        QString reason;
    };
    QList<Broken> broken;
    MarkdownOptions md;
    md.highlighter = options.highlighter;
    md.theme = options.theme;
    md.projectDir = m_config.projectDir;
    md.file = shownFile;
    md.rewriteUrl = [&](const QString &url, bool isImage) -> QString {
        if (url.isEmpty() || url.startsWith(u'#') || hasScheme(url) || url.startsWith(u'/'))
            return url;
        const qsizetype hash = url.indexOf(u'#');
        const QString fragment = hash < 0 ? QString() : url.mid(hash);
        QString path = url.left(hash < 0 ? url.size() : hash);
        const qsizetype query = path.indexOf(u'?');
        const QString queryPart = query < 0 ? QString() : path.mid(query);
        path = QUrl::fromPercentEncoding(path.left(query < 0 ? path.size() : query).toUtf8());
        const QString resolved = QDir::cleanPath(pageDir.isEmpty() ? path : pageDir + u'/' + path);
        if (resolved.startsWith(QLatin1String("..")) || resolved.startsWith(u'/')) {
            broken.append({url, QStringLiteral("points outside docs_dir")});
            return url;
        }
        if (!isImage && (resolved.endsWith(QLatin1String(".md")) || resolved.endsWith(QLatin1String(".markdown")))) {
            const int target = pageForSource(resolved);
            if (target < 0) {
                broken.append({url, QStringLiteral("no page %1").arg(resolved)});
                return url;
            }
            if (fragment.size() > 1)
                page.anchorLinks.append({target, fragment.mid(1), url});
            return relativeUrl(page.info.url, m_pages.at(target).url) + fragment;
        }
        if (!assetPath(resolved)) {
            const int dirIndex = pageForSource(resolved + QStringLiteral("/index.md"));
            if (dirIndex < 0) {
                broken.append({url, QStringLiteral("no file %1 in docs_dir").arg(resolved)});
                return url;
            }
            return relativeUrl(page.info.url, m_pages.at(dirIndex).url) + fragment;
        }
        return relativeUrl(page.info.url, resolved) + queryPart + fragment;
    };
    RenderedMarkdown rendered = renderMarkdown(source, md);
    page.contentHtml = rendered.html;
    page.toc = rendered.toc;
    page.links = rendered.links;
    page.hasMermaid = rendered.hasMermaid;
    page.problems = rendered.problems;
    for (const Broken &b : broken) {
        const Position at = locate(source, b.href);
        page.problems.append({Problem::Kind::BrokenLink, shownFile, at.line, at.column, QStringLiteral("\"%1\": %2").arg(b.href, b.reason)});
    }
    const QSet<QString> ids = idsIn(page.contentHtml);
    for (const QString &link : page.links) {
        if (link.startsWith(u'#') && link.size() > 1 && !ids.contains(link.mid(1))) {
            const Position at = locate(source, link);
            page.problems.append({Problem::Kind::BrokenLink, shownFile, at.line, at.column,
                                  QStringLiteral("\"%1\": no such anchor on this page").arg(link)});
        }
    }
    const qsizetype order = m_readingOrder.indexOf(index);
    if (order >= 0) {
        page.previous = order > 0 ? m_readingOrder.at(order - 1) : -1;
        page.next = order + 1 < m_readingOrder.size() ? m_readingOrder.at(order + 1) : -1;
    }
    page.breadcrumb = m_breadcrumbs.value(index);
    page.editUrl = editUrl(m_config, page.info.source);
    return page;
}

QList<SearchRow> Site::searchRows(const RenderedPage &page) const
{
    static const QRegularExpression heading(QStringLiteral(R"re(<h([1-6]) id="([^"]*)"[^>]*>(.*?)</h\1>)re"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QList<SearchRow> rows;
    const QString &html = page.contentHtml;
    QString currentHeading = page.info.title;
    QString currentAnchor;
    qsizetype last = 0;
    auto flush = [&](qsizetype end) {
        const QString text = plain(html.mid(last, end - last));
        if (!text.isEmpty() || !currentAnchor.isEmpty())
            rows.append({page.info.url, page.info.title, currentHeading, currentAnchor, text});
    };
    auto it = heading.globalMatch(html);
    while (it.hasNext()) {
        const auto m = it.next();
        flush(m.capturedStart());
        currentHeading = plain(m.captured(3));
        if (currentHeading.endsWith(QChar(0xB6)))
            currentHeading.chop(1);
        currentHeading = currentHeading.trimmed();
        currentAnchor = decodeEntities(m.captured(2));
        last = m.capturedEnd();
    }
    flush(html.size());
    return rows;
}

QList<Problem> Site::check(const RenderOptions &options) const
{
    QList<Problem> problems = m_problems;
    // Extensions whose syntax we render (or that only tune what we already do); anything else is reported.
    static const QSet<QString> supported{
        QStringLiteral("toc"), QStringLiteral("admonition"), QStringLiteral("attr_list"), QStringLiteral("def_list"),
        QStringLiteral("footnotes"), QStringLiteral("abbr"), QStringLiteral("tables"), QStringLiteral("fenced_code"),
        QStringLiteral("extra"), QStringLiteral("meta"), QStringLiteral("sane_lists"), QStringLiteral("codehilite"),
        QStringLiteral("mdx_truly_sane_lists"), QStringLiteral("pymdownx.details"), QStringLiteral("pymdownx.tabbed"),
        QStringLiteral("pymdownx.caret"), QStringLiteral("pymdownx.mark"), QStringLiteral("pymdownx.tilde"),
        QStringLiteral("pymdownx.snippets"), QStringLiteral("pymdownx.highlight"), QStringLiteral("pymdownx.superfences"),
        QStringLiteral("pymdownx.tasklist"), QStringLiteral("pymdownx.magiclink"), QStringLiteral("pymdownx.betterem"),
        QStringLiteral("pymdownx.extra")};
    const QString configName = QFileInfo(m_config.configFile).fileName();
    for (QString name : m_config.markdownExtensions) {
        name.remove(QLatin1String("markdown.extensions."));
        if (!supported.contains(name))
            problems.append({Problem::Kind::Unsupported, configName, 0, 0,
                             QStringLiteral("markdown_extensions: %1 is not rendered by Portolan").arg(name)});
    }
    QList<RenderedPage> rendered;
    QList<QSet<QString>> ids;
    for (int i = 0; i < m_pages.size(); ++i) {
        rendered.append(render(i, options));
        ids.append(idsIn(rendered.last().contentHtml));
        problems += rendered.last().problems;
    }
    for (const RenderedPage &page : rendered) {
        for (const auto &link : page.anchorLinks) {
            if (!ids.at(link.page).contains(link.fragment)) {
                QString shown = page.problems.isEmpty() ? QString() : QString();
                const QString docsRelative = QDir(m_config.projectDir).relativeFilePath(m_config.docsDir);
                shown = (docsRelative == u"." ? QString() : docsRelative + u'/') + page.info.source;
                QFile file(QDir(m_config.docsDir).filePath(page.info.source));
                QString source;
                if (file.open(QIODevice::ReadOnly))
                    source = QString::fromUtf8(file.readAll());
                const Position at = locate(source, link.href);
                problems.append({Problem::Kind::BrokenLink, shown, at.line, at.column,
                                 QStringLiteral("\"%1\": no anchor \"%2\" in %3")
                                     .arg(link.href, link.fragment, m_pages.at(link.page).source)});
            }
        }
    }
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        if (a.file != b.file)
            return a.file < b.file;
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return problems;
}

} // namespace techdocs
