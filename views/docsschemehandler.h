// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/pagecache.h"

#include <QFuture>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QWebEngineUrlSchemeHandler>
#include <atomic>
#include <memory>

namespace highlight {
class Highlighter;
}
namespace techdocs {
class Site;
}

/// Serves TechDocs sites to Qt WebEngine under `portolan-docs://<site id>/<page url>`: pages rendered from the
/// project's Markdown (off the UI thread), the built-in assets under `assets/techdocs/`, and the project's own
/// files (images). A site id is a short hash of the project folder, so a URL stays valid while the app runs and
/// never exposes a path. Rendered pages are kept in a techdocs::PageCache (keyed by the page's source stamp, the
/// site's structure and the theme; the live-preview watcher invalidates through invalidatePages()), and carry
/// "Last updated" from Git history, looked up once per site on a worker thread. Every page carries the strict CSP of techdocs::assemblePage (Qt 6.4's request job
/// cannot set response headers, so the policy travels in the page's <meta http-equiv>).
class DocsSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    static constexpr const char *kScheme = "portolan-docs";

    explicit DocsSchemeHandler(QObject *parent = nullptr);
    ~DocsSchemeHandler() override;

    /// Registers the scheme with WebEngine. Must run before the application object exists.
    static void registerScheme();
    /// The handler the app installed on the default profile (null in processes without docs).
    [[nodiscard]] static DocsSchemeHandler *instance();
    static void setInstance(DocsSchemeHandler *handler);

    /// Shared, thread-safe highlighter for fenced code (not owned); null means plain escaped code.
    void setHighlighter(highlight::Highlighter *highlighter) { m_highlighter = highlighter; }
    /// Pages and code colours follow the app's theme.
    void setDark(bool dark) { m_dark = dark; }
    [[nodiscard]] bool dark() const { return m_dark; }

    /// Opens the MkDocs project (or re-opens it after its structure changed) and returns its site id, or an
    /// empty id with `error` set.
    [[nodiscard]] QString registerSite(const QString &projectDir, QString *error = nullptr);
    /// Opens a pre-built site (a folder with techdocs_metadata.json, e.g. a copy techdocs::fetchPrebuiltSite
    /// downloaded) and returns its site id, or an empty id with `error` set. Its pages are sanitized as the
    /// Backstage reader does and carry the same CSP as rendered pages; its other files are served as they are.
    [[nodiscard]] QString registerPrebuiltSite(const QString &siteDir, QString *error = nullptr);
    /// `portolan-docs://<id>/`
    [[nodiscard]] static QUrl siteUrl(const QString &siteId);

    /// The HTML document for `pagePath` (site-relative, "" for home) of site `id`: ready at once from the cache,
    /// else rendered on a worker thread. An invalid (default) future when the site or page is unknown.
    [[nodiscard]] QFuture<QByteArray> pageHtml(const QString &id, const QString &pagePath);
    /// The live-preview watcher saw `sources` (relative to docs_dir) of the project change: render them again.
    void invalidatePages(const QString &projectDir, const QStringList &sources);
    [[nodiscard]] techdocs::PageCache &pageCache() { return m_cache; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    struct SiteEntry;
    [[nodiscard]] std::shared_ptr<const SiteEntry> site(const QString &id) const;
    [[nodiscard]] QFuture<QByteArray> prebuiltPageHtml(const QString &id, const SiteEntry &entry, const QString &pagePath);

    mutable QMutex m_mutex;
    QHash<QString, std::shared_ptr<const SiteEntry>> m_sites;
    techdocs::PageCache m_cache;
    highlight::Highlighter *m_highlighter = nullptr;
    std::atomic<bool> m_dark{false};
};
