// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace techdocs {

/// Live preview: watches a MkDocs project (mkdocs.yml/yaml, every folder and Markdown file under docs_dir, and the
/// snippet files pages include) and reports what changed, debounced so an editor's save-rename-write burst is one
/// update. The view re-renders `pagesChanged` pages; `structureChanged` means re-open the Site (nav or files
/// changed).
class SiteWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SiteWatcher(QObject *parent = nullptr);

    /// Starts watching `projectDir` (replacing any previous project). Returns false when it cannot be read.
    bool watch(const QString &projectDir, const QString &docsDir);
    void setDebounce(int milliseconds) { m_timer.setInterval(milliseconds); }
    [[nodiscard]] QStringList watchedFiles() const { return m_watcher.files(); }

Q_SIGNALS:
    /// Paths relative to docs_dir of Markdown pages whose content changed.
    void pagesChanged(const QStringList &sources);
    /// mkdocs.yml, a folder, or the set of files changed: re-open the Site.
    void structureChanged();

private:
    void rescan();
    void fileChanged(const QString &path);
    void flush();

    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    QString m_projectDir;
    QString m_docsDir;
    QSet<QString> m_changedPages;
    bool m_structure = false;
};

} // namespace techdocs
