// SPDX-License-Identifier: Apache-2.0
#include "docsschemehandler.h"

#include "techdocs/gitdates.h"
#include "techdocs/page.h"
#include "techdocs/prebuilt.h"
#include "techdocs/site.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeDatabase>
#include <QPointer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>
#include <QtConcurrent>
#include <mutex>

namespace {

DocsSchemeHandler *s_instance = nullptr;
const QString kAssetPrefix = QStringLiteral("assets/techdocs/");

void replyWith(QWebEngineUrlRequestJob *job, const QByteArray &contentType, const QByteArray &body)
{
    // The job owns the buffer: WebEngine reads it after reply() returns.
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(contentType, buffer);
}

QByteArray assetType(const QString &name)
{
    if (name.endsWith(QLatin1String(".css")))
        return QByteArrayLiteral("text/css");
    if (name.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript");
    return QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().toUtf8();
}

// What a page's frame depends on besides its own source: nav, titles and URLs of all pages, the config.
// Part of the cache key, so a structure change (re-registered site) never serves a stale nav.
QString structureFingerprint(const techdocs::Site &site)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const techdocs::MkDocsConfig &config = site.config();
    for (const QString &part : {config.siteName, config.siteDescription, config.repoUrl, config.editUri, config.docsDir})
        hash.addData((part + QChar(0x1f)).toUtf8());
    hash.addData(techdocs::PageCache::sourceStamp(config.configFile));
    for (const techdocs::PageInfo &page : site.pages())
        hash.addData((page.source + QChar(0x1f) + page.url + QChar(0x1f) + page.title + QChar(0x1e)).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

/// A registered site: the immutable Site, its structure fingerprint and Git dates, found on first render; or a
/// pre-built site (then `site` is null).
struct DocsSchemeHandler::SiteEntry {
    std::shared_ptr<const techdocs::Site> site;
    std::shared_ptr<const techdocs::PrebuiltSite> prebuilt;
    QString fingerprint;
    struct Dates {
        std::once_flag once;
        QHash<QString, QDateTime> byFile;
    };
    std::shared_ptr<Dates> dates = std::make_shared<Dates>();

    QString lastUpdated(const QString &source) const
    {
        std::call_once(dates->once, [this]() {
            QStringList files;
            for (const techdocs::PageInfo &page : site->pages())
                files.append(site->config().docsDir + u'/' + page.source);
            // Not in a Git repository (or unreadable): pages simply show no date.
            auto found = techdocs::gitLastUpdated(files);
            if (auto *ok = std::get_if<QHash<QString, QDateTime>>(&found))
                dates->byFile = std::move(*ok);
        });
        const QDateTime date = dates->byFile.value(site->config().docsDir + u'/' + source);
        return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
    }
};

DocsSchemeHandler::DocsSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {}

DocsSchemeHandler::~DocsSchemeHandler()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void DocsSchemeHandler::registerScheme()
{
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: a page origin that may use what https may. Local: web content cannot reach it; LocalAccessAllowed
    // lets a docs page load its own assets and images from the same scheme.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

DocsSchemeHandler *DocsSchemeHandler::instance()
{
    return s_instance;
}

void DocsSchemeHandler::setInstance(DocsSchemeHandler *handler)
{
    s_instance = handler;
}

QString DocsSchemeHandler::registerSite(const QString &projectDir, QString *error)
{
    auto opened = techdocs::Site::open(projectDir);
    if (auto *problem = std::get_if<techdocs::Problem>(&opened)) {
        if (error)
            *error = problem->toString();
        return {};
    }
    // A host name: letters and digits only, stable for the folder.
    const QString id = QStringLiteral("site-")
        + QString::fromLatin1(QCryptographicHash::hash(projectDir.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    auto entry = std::make_shared<SiteEntry>();
    entry->site = std::make_shared<const techdocs::Site>(std::move(std::get<techdocs::Site>(opened)));
    entry->fingerprint = structureFingerprint(*entry->site);
    const QMutexLocker lock(&m_mutex);
    // Re-registering an unchanged project (every time a view opens it) keeps the Git dates already found.
    if (const auto old = m_sites.value(id); old && old->fingerprint == entry->fingerprint)
        entry->dates = old->dates;
    m_sites.insert(id, std::move(entry));
    return id;
}

QString DocsSchemeHandler::registerPrebuiltSite(const QString &siteDir, QString *error)
{
    auto opened = techdocs::PrebuiltSite::open(siteDir);
    if (auto *problem = std::get_if<techdocs::Problem>(&opened)) {
        if (error)
            *error = problem->toString();
        return {};
    }
    auto entry = std::make_shared<SiteEntry>();
    entry->prebuilt = std::make_shared<const techdocs::PrebuiltSite>(std::move(std::get<techdocs::PrebuiltSite>(opened)));
    // The build identifies the content: a new download under the same folder gets fresh cache entries.
    const techdocs::SiteMetadata &meta = entry->prebuilt->metadata();
    entry->fingerprint = QStringLiteral("prebuilt/") + meta.etag + u'/'
        + QString::number(meta.buildTimestamp.isValid() ? meta.buildTimestamp.toMSecsSinceEpoch() : 0);
    const QString id = QStringLiteral("site-")
        + QString::fromLatin1(QCryptographicHash::hash(QByteArray("prebuilt:" + entry->prebuilt->root().toUtf8()),
                                                       QCryptographicHash::Sha1).toHex().left(16));
    const QMutexLocker lock(&m_mutex);
    m_sites.insert(id, std::move(entry));
    return id;
}

QUrl DocsSchemeHandler::siteUrl(const QString &siteId)
{
    QUrl url;
    url.setScheme(QString::fromLatin1(kScheme));
    url.setHost(siteId);
    url.setPath(QStringLiteral("/"));
    return url;
}

std::shared_ptr<const DocsSchemeHandler::SiteEntry> DocsSchemeHandler::site(const QString &id) const
{
    const QMutexLocker lock(&m_mutex);
    return m_sites.value(id);
}

void DocsSchemeHandler::invalidatePages(const QString &projectDir, const QStringList &sources)
{
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_sites.cbegin(); it != m_sites.cend(); ++it) {
        if (!it.value()->site)
            continue; // pre-built: not watched
        const techdocs::Site &site = *it.value()->site;
        if (site.config().projectDir != projectDir && QFileInfo(projectDir).canonicalFilePath() != site.config().projectDir)
            continue;
        QStringList urls;
        for (const QString &source : sources) {
            if (const int index = site.pageForSource(source); index >= 0)
                urls.append(site.pages().at(index).url);
        }
        if (sources.isEmpty() || !urls.isEmpty())
            m_cache.invalidate(it.key(), urls);
    }
}

QFuture<QByteArray> DocsSchemeHandler::pageHtml(const QString &id, const QString &pagePath)
{
    const std::shared_ptr<const SiteEntry> entry = site(id);
    if (!entry)
        return {};
    if (entry->prebuilt)
        return prebuiltPageHtml(id, *entry, pagePath);
    const int index = entry->site->pageForUrl(pagePath);
    if (index < 0)
        return {};
    const techdocs::Site &docs = *entry->site;
    const bool dark = m_dark;
    const techdocs::PageInfo &info = docs.pages().at(index);
    const techdocs::PageCache::Key key{id, info.url,
                                       techdocs::PageCache::sourceStamp(docs.config().docsDir + u'/' + info.source),
                                       entry->fingerprint + (dark ? QStringLiteral("/dark") : QStringLiteral("/light"))};
    if (auto cached = m_cache.find(key))
        return QtFuture::makeReadyFuture(std::move(*cached));

    // Rendering runs Markdown, the sanitizer and the highlighter: keep it off the UI thread.
    techdocs::RenderOptions render;
    render.highlighter = m_highlighter;
    render.theme = dark ? highlight::Theme::Dark : highlight::Theme::Light;
    techdocs::PageOptions page;
    page.colorScheme = dark ? techdocs::PageOptions::ColorScheme::Dark : techdocs::PageOptions::ColorScheme::Light;
    return QtConcurrent::run([entry, index, render, page, key, cache = &m_cache]() mutable {
        const techdocs::RenderedPage rendered = entry->site->render(index, render);
        page.lastUpdated = entry->lastUpdated(rendered.info.source);
        QByteArray html = techdocs::assemblePage(*entry->site, rendered, page).toUtf8();
        cache->insert(key, html);
        return html;
    });
}

QFuture<QByteArray> DocsSchemeHandler::prebuiltPageHtml(const QString &id, const SiteEntry &entry, const QString &pagePath)
{
    const auto file = entry.prebuilt->filePath(pagePath);
    if (!file || !file->endsWith(QLatin1String(".html")))
        return {};
    const bool dark = m_dark;
    const QString relative = file->mid(entry.prebuilt->root().size() + 1);
    const techdocs::PageCache::Key key{id, relative, techdocs::PageCache::sourceStamp(*file),
                                       entry.fingerprint + (dark ? QStringLiteral("/dark") : QStringLiteral("/light"))};
    if (auto cached = m_cache.find(key))
        return QtFuture::makeReadyFuture(std::move(*cached));
    // Sanitizing a whole Material page is not free: off the UI thread, like rendering.
    return QtConcurrent::run([prebuilt = entry.prebuilt, relative, key, cache = &m_cache]() {
        QString html = prebuilt->page(relative).value_or(QString());
        // The same policy as rendered pages: nothing inline runs even if the sanitizer missed something.
        const QString csp = QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">")
                                .arg(techdocs::contentSecurityPolicy().toHtmlEscaped());
        const qsizetype head = html.indexOf(QLatin1String("<head>"));
        if (head >= 0)
            html.insert(head + 6, csp);
        else
            html.prepend(csp);
        QByteArray bytes = html.toUtf8();
        cache->insert(key, bytes);
        return bytes;
    });
}

void DocsSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const std::shared_ptr<const SiteEntry> entry = site(url.host());
    if (!entry) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QString path = url.path(QUrl::FullyDecoded).mid(1);
    if (entry->site && path.startsWith(kAssetPrefix)) {
        const QString name = path.mid(kAssetPrefix.size());
        if (const auto asset = techdocs::builtinAsset(name))
            replyWith(job, assetType(name), *asset);
        else
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QFuture<QByteArray> html = pageHtml(url.host(), path);
    if (!html.isValid()) {
        const auto file = entry->site ? entry->site->assetPath(path) : entry->prebuilt->filePath(path);
        if (file) {
            QFile in(*file);
            if (in.open(QIODevice::ReadOnly)) {
                replyWith(job, assetType(*file), in.readAll());
                return;
            }
        }
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    if (html.isFinished()) {
        replyWith(job, QByteArrayLiteral("text/html;charset=utf-8"), html.result());
        return;
    }
    // The job may be destroyed meanwhile (navigation away), hence the QPointer; reply() must happen on this (the
    // UI) thread.
    auto *watcher = new QFutureWatcher<QByteArray>(this);
    connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [watcher, job = QPointer(job)]() {
        watcher->deleteLater();
        if (job)
            replyWith(job, QByteArrayLiteral("text/html;charset=utf-8"), watcher->result());
    });
    watcher->setFuture(html);
}
