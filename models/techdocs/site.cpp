// SPDX-License-Identifier: Apache-2.0
#include "techdocs/site.h"
#include "techdocs/pathguard.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace techdocs {
namespace {

QString readText(const QString &path, qint64 limit = -1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (limit < 0 || file.size() <= limit)
        return QString::fromUtf8(file.readAll());
    QByteArray head = file.read(limit);
    head.truncate(head.lastIndexOf('\n') + 1); // whole lines only (and no split UTF-8 sequence)
    return QString::fromUtf8(head);
}

// MkDocs' dirname_to_title / filename title: dashes and underscores become spaces, all-lowercase gets capitalized.
QString nameToTitle(QString name)
{
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (name.toLower() == name && !name.isEmpty())
        name = name.left(1).toUpper() + name.mid(1);
    return name;
}

int fileRank(const QString &name) { return name == u"index.md" ? 0 : name == u"README.md" ? 1 : 2; }

// os.walk order with MkDocs' _sort_files: a folder's files (index.md, README.md, then by name) come before its
// subfolders, and subfolders go by name.
bool walkOrder(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'/'), pb = b.split(u'/');
    for (int k = 0; k < pa.size() && k < pb.size(); ++k) {
        if (pa.at(k) == pb.at(k))
            continue;
        const bool fileA = k == pa.size() - 1, fileB = k == pb.size() - 1;
        if (fileA != fileB)
            return fileA;
        if (fileA && fileRank(pa.at(k)) != fileRank(pb.at(k)))
            return fileRank(pa.at(k)) < fileRank(pb.at(k));
        return pa.at(k) < pb.at(k);
    }
    return pa.size() < pb.size();
}

// The first "# Title" outside code fences, like mkdocs' get_markdown_title.
QString markdownTitle(const QString &markdown)
{
    static const QRegularExpression h1(QStringLiteral(R"(^#\s+(.*?)(?:\s+#+)?\s*(?:\{[^}]*\})?\s*$)"));
    bool inFence = false;
    for (const auto &line : QStringView(markdown).split(u'\n')) {
        const auto t = line.trimmed();
        if (t.startsWith(u"```") || t.startsWith(u"~~~"))
            inFence = !inFence;
        if (!inFence && line.startsWith(u'#')) {
            const auto m = h1.match(line.toString());
            if (m.hasMatch())
                return m.captured(1).trimmed();
        }
    }
    return {};
}


} // namespace

QString stripFrontMatter(QString &markdown)
{
    if (!markdown.startsWith(QLatin1String("---\n")) && !markdown.startsWith(QLatin1String("---\r\n")))
        return {};
    static const QRegularExpression end(QStringLiteral(R"(\n(---|\.\.\.)\s*(\n|$))"));
    const auto m = end.match(markdown, 3);
    if (!m.hasMatch())
        return {};
    const QString yaml = markdown.mid(4, m.capturedStart() - 4);
    QString title;
    try {
        const YAML::Node node = YAML::Load(yaml.toStdString());
        if (node.IsMap() && node["title"] && node["title"].IsScalar())
            title = QString::fromStdString(node["title"].Scalar());
    } catch (const YAML::Exception &) {
        return {}; // not front matter after all: MkDocs renders it as Markdown too
    }
    // Keep the line count so problems still point at the right line.
    markdown = QString(int(QStringView(markdown).left(m.capturedEnd()).count(u'\n')), u'\n') + markdown.mid(m.capturedEnd());
    return title;
}

std::variant<Site, Problem> Site::open(const QString &projectDir)
{
    auto config = loadConfig(projectDir);
    if (auto *problem = std::get_if<Problem>(&config))
        return *problem;
    Site site;
    site.m_config = std::get<MkDocsConfig>(std::move(config));
    site.collectPages();
    site.buildNav();
    return site;
}

void Site::collectPages()
{
    const QDir docs(m_config.docsDir);
    QStringList sources;
    QDirIterator it(m_config.docsDir, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        // A symlink out of docs_dir is refused, as techdocs-node's validateInputDirectory does.
        if (!isInside(m_config.docsDir, QFileInfo(path).canonicalFilePath()))
            continue;
        sources.append(docs.relativeFilePath(path));
    }
    // os.walk order with MkDocs' _sort_files: a folder's files (index/README first) before its subfolders.
    std::sort(sources.begin(), sources.end(), walkOrder);
    for (const QString &source : sources) {
        PageInfo page;
        page.source = source;
        const QString dir = source.section(u'/', 0, -2);
        const QString file = source.section(u'/', -1);
        const QString stem = QFileInfo(file).completeBaseName();
        const QString prefix = dir.isEmpty() ? QString() : QString(dir + u'/');
        const bool readmeIsIndex = file == u"README.md" && !sources.contains(prefix + QStringLiteral("index.md"));
        if (file == u"index.md" || readmeIsIndex)
            page.url = m_config.useDirectoryUrls ? prefix : QString(prefix + QStringLiteral("index.html"));
        else
            page.url = m_config.useDirectoryUrls ? QString(prefix + stem + u'/') : QString(prefix + stem + QStringLiteral(".html"));
        // Titles sit near the top: read a head first and the whole file only when the head has none.
        QString text = readText(docs.filePath(source), 8192);
        page.metaTitle = stripFrontMatter(text);
        page.title = page.metaTitle.isEmpty() ? markdownTitle(text) : page.metaTitle;
        if (page.title.isEmpty()) {
            text = readText(docs.filePath(source));
            page.metaTitle = stripFrontMatter(text);
            page.title = page.metaTitle.isEmpty() ? markdownTitle(text) : page.metaTitle;
        }
        if (page.title.isEmpty())
            page.title = page.url.isEmpty() || page.url == u"index.html" ? QStringLiteral("Home") : nameToTitle(stem);
        m_bySource.insert(source, int(m_pages.size()));
        m_pages.append(page);
    }
}

int Site::pageForUrl(const QString &url) const
{
    QString u = url;
    if (u.startsWith(u'/'))
        u.remove(0, 1);
    if (m_config.useDirectoryUrls) {
        if (u.endsWith(QLatin1String("index.html")))
            u.chop(10);
        if (!u.isEmpty() && !u.endsWith(u'/'))
            u += u'/';
    }
    for (int i = 0; i < m_pages.size(); ++i)
        if (m_pages.at(i).url == u)
            return i;
    return -1;
}

std::optional<QString> Site::assetPath(const QString &url) const
{
    const QString decoded = QUrl::fromPercentEncoding(url.toUtf8());
    auto path = resolveInside(m_config.docsDir, decoded.startsWith(u'/') ? decoded.mid(1) : decoded);
    if (!path || !QFileInfo(*path).isFile())
        return std::nullopt;
    return path;
}

QString Site::relativeUrl(const QString &fromUrl, const QString &toUrl)
{
    QStringList from = fromUrl.split(u'/');
    from.removeLast(); // the page's "file" part (empty for directory URLs)
    QStringList to = toUrl.split(u'/');
    int common = 0;
    while (common < from.size() && common < to.size() - 1 && from.at(common) == to.at(common))
        ++common;
    QString result;
    for (int i = common; i < from.size(); ++i)
        result += QLatin1String("../");
    result += to.mid(common).join(u'/');
    return result.isEmpty() ? QStringLiteral("./") : result;
}

} // namespace techdocs
