// SPDX-License-Identifier: Apache-2.0
#include "techdocs/watcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace techdocs {

SiteWatcher::SiteWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(150);
    connect(&m_timer, &QTimer::timeout, this, &SiteWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SiteWatcher::fileChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        m_structure = true;
        m_timer.start();
    });
}

bool SiteWatcher::watch(const QString &projectDir, const QString &docsDir)
{
    if (!QFileInfo(projectDir).isDir() || !QFileInfo(docsDir).isDir())
        return false;
    m_projectDir = QFileInfo(projectDir).canonicalFilePath();
    m_docsDir = QFileInfo(docsDir).canonicalFilePath();
    rescan();
    return true;
}

void SiteWatcher::rescan()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    QStringList paths{m_projectDir, m_docsDir};
    for (const auto *name : {"mkdocs.yml", "mkdocs.yaml"})
        if (QFileInfo::exists(m_projectDir + u'/' + QLatin1String(name)))
            paths.append(m_projectDir + u'/' + QLatin1String(name));
    // Every file of the project: pages, but also snippets and assets outside docs_dir that pages include.
    QDirIterator it(m_projectDir, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(m_projectDir).relativeFilePath(path);
        if (relative.startsWith(u'.') || relative.startsWith(QLatin1String("site/")) || relative == u"site")
            continue; // VCS metadata and mkdocs' own output would make a build loop
        paths.append(path);
    }
    m_watcher.addPaths(paths);
}

void SiteWatcher::fileChanged(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (name == u"mkdocs.yml" || name == u"mkdocs.yaml" || !QFileInfo::exists(path)) {
        m_structure = true; // editors that save by rename drop the watch: rescan re-adds it
    } else if (path.startsWith(m_docsDir + u'/') && (path.endsWith(QLatin1String(".md")) || path.endsWith(QLatin1String(".markdown")))) {
        m_changedPages.insert(QDir(m_docsDir).relativeFilePath(path));
    } else {
        // a snippet or asset: which page uses it is not tracked, so every page is stale
        m_structure = true;
    }
    m_timer.start();
}

void SiteWatcher::flush()
{
    if (m_structure) {
        m_structure = false;
        m_changedPages.clear();
        rescan();
        Q_EMIT structureChanged();
        return;
    }
    if (m_changedPages.isEmpty())
        return;
    QStringList pages(m_changedPages.begin(), m_changedPages.end());
    pages.sort();
    m_changedPages.clear();
    // Saving by rename replaces the inode: watch the paths again.
    for (const QString &p : pages)
        if (!m_watcher.files().contains(m_docsDir + u'/' + p))
            m_watcher.addPath(m_docsDir + u'/' + p);
    Q_EMIT pagesChanged(pages);
}

} // namespace techdocs
