// SPDX-License-Identifier: Apache-2.0
// Navigation: the configured `nav:` or the one MkDocs derives from the docs folder when it is absent.
#include "techdocs/site.h"

#include <QDir>
#include <QFileInfo>
#include <functional>

namespace techdocs {
namespace {

QString dirTitle(QString name)
{
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (name.toLower() == name && !name.isEmpty())
        name = name.left(1).toUpper() + name.mid(1);
    return name;
}

// mkdocs.structure.nav with no nav config: nest_paths over the files in walk order (pages.size() already is).
QList<NavItem> nest(const QList<PageInfo> &pages, int from, int to, int depth)
{
    QList<NavItem> out;
    int i = from;
    while (i < to) {
        const QStringList parts = pages.at(i).source.split(u'/');
        if (parts.size() - 1 == depth) {
            out.append({NavItem::Kind::Page, {}, pages.at(i).source, {}});
            ++i;
            continue;
        }
        const QString dir = parts.at(depth);
        int j = i;
        while (j < to) {
            const QStringList other = pages.at(j).source.split(u'/');
            if (other.size() - 1 <= depth || other.at(depth) != dir)
                break;
            ++j;
        }
        out.append({NavItem::Kind::Section, dirTitle(dir), {}, nest(pages, i, j, depth + 1)});
        i = j;
    }
    return out;
}

} // namespace

void Site::buildNav()
{
    const QList<NavItem> items = m_config.nav ? *m_config.nav : nest(m_pages, 0, int(m_pages.size()), 0);
    const QString configName = QFileInfo(m_config.configFile).fileName();
    std::function<QList<NavNode>(const QList<NavItem> &, const QStringList &)> convert;
    convert = [&](const QList<NavItem> &list, const QStringList &crumbs) {
        QList<NavNode> nodes;
        for (const NavItem &item : list) {
            NavNode node;
            node.kind = item.kind;
            node.title = item.title;
            if (item.kind == NavItem::Kind::Section) {
                node.children = convert(item.children, crumbs + QStringList{item.title});
            } else if (item.kind == NavItem::Kind::Link) {
                node.url = item.target;
            } else {
                node.page = pageForSource(QDir::cleanPath(item.target));
                if (node.page < 0) {
                    m_problems.append({Problem::Kind::BrokenLink, configName, 0, 0,
                                       QStringLiteral("nav: \"%1\" is not a page in docs_dir").arg(item.target)});
                    continue;
                }
                PageInfo &page = m_pages[node.page];
                if (!node.title.isEmpty() && !page.inNav)
                    page.title = node.title; // MkDocs titles a page after its nav entry
                if (node.title.isEmpty())
                    node.title = page.title;
                if (!page.inNav) {
                    page.inNav = true;
                    m_readingOrder.append(node.page);
                    m_breadcrumbs.insert(node.page, crumbs);
                }
            }
            nodes.append(node);
        }
        return nodes;
    };
    m_nav = convert(items, {});
}

} // namespace techdocs
