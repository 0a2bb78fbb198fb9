// SPDX-License-Identifier: Apache-2.0
#include "docsviewer.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"
#include "docsindexer.h"
#include "docsschemehandler.h"
#include "techdocs/mkdocsconfig.h"
#include "techdocs/remotesite.h"
#include "techdocs/techdocsref.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QtConcurrent>

namespace {

DocsRemoteSource &remoteSource()
{
    static DocsRemoteSource source;
    return source;
}

// A folder a publisher (or `portolan docs build`) wrote, rather than an MkDocs project.
bool isPrebuiltFolder(const QString &dir)
{
    return QFileInfo::exists(dir + QStringLiteral("/techdocs_metadata.json"))
        && !QFileInfo::exists(dir + QStringLiteral("/mkdocs.yml")) && !QFileInfo::exists(dir + QStringLiteral("/mkdocs.yaml"));
}

} // namespace

DocsViewer::DocsViewer(QObject *parent) : QObject(parent)
{
    m_watcher.setDebounce(150);
    connect(&m_watcher, &techdocs::SiteWatcher::pagesChanged, this,
            [this](const QStringList &sources) { projectChanged(false, sources); });
    connect(&m_watcher, &techdocs::SiteWatcher::structureChanged, this, [this]() { projectChanged(true); });
}

void DocsViewer::setStore(store::CatalogStore *store)
{
    m_store = store;
    resolve();
}

void DocsViewer::setRemoteSource(DocsRemoteSource source)
{
    remoteSource() = std::move(source);
}

void DocsViewer::setEntityRef(const QString &ref)
{
    if (ref == m_ref)
        return;
    m_ref = ref;
    Q_EMIT entityRefChanged();
    resolve();
}

void DocsViewer::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (auto *handler = DocsSchemeHandler::instance())
        handler->setDark(dark);
    Q_EMIT darkChanged();
    if (!m_url.isEmpty())
        Q_EMIT reloadRequested();
}

store::CatalogStore *DocsViewer::catalogStore()
{
    if (!m_store) {
        if (auto *backend = CatalogBackend::instance()) {
            m_store = backend->store();
            connect(backend, &CatalogBackend::catalogChanged, this, &DocsViewer::resolve);
        }
    }
    return m_store;
}

QString DocsViewer::resolveProject(const QJsonObject &entity, const QString &file, QString *error)
{
    const QJsonObject annotations = entity.value(QLatin1String("metadata")).toObject()
                                        .value(QLatin1String("annotations")).toObject();
    const QString ref = annotations.value(QLatin1String("backstage.io/techdocs-ref")).toString();
    if (ref.isEmpty()) {
        *error = QObject::tr("This entity has no backstage.io/techdocs-ref annotation.");
        return {};
    }
    QString location = annotations.value(QLatin1String("backstage.io/source-location")).toString();
    if (location.isEmpty())
        location = annotations.value(QLatin1String("backstage.io/managed-by-location")).toString();
    if (location.isEmpty() && !file.isEmpty())
        location = QStringLiteral("file:") + file;
    const QString name = entity.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    const techdocs::TechDocsRef resolved = techdocs::resolveTechDocsRef(ref, location, name);
    if (const auto *local = std::get_if<techdocs::LocalDocs>(&resolved))
        return local->projectDir;
    if (const auto *remote = std::get_if<techdocs::RemoteDocs>(&resolved))
        *error = QObject::tr("These docs live at %1: they are shown once a sync has fetched them.").arg(remote->url);
    else
        *error = std::get<techdocs::Problem>(resolved).toString();
    return {};
}

void DocsViewer::resolve()
{
    ++m_generation;
    setDownloading(false);
    m_url.clear();
    m_projectDir.clear();
    m_error.clear();
    m_notice.clear();
    store::CatalogStore *store = catalogStore();
    const auto row = store && !m_ref.isEmpty() ? store->entity(m_ref) : std::nullopt;
    auto *handler = DocsSchemeHandler::instance();
    if (!row) {
        if (!m_ref.isEmpty())
            m_error = tr("%1 is not in the catalog.").arg(m_ref);
    } else if (!handler) {
        m_error = tr("The docs viewer is not available in this process.");
    } else {
        m_projectDir = resolveProject(row->data, row->file, &m_error);
        const bool annotated = !row->data.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"))
                                    .toObject().value(QLatin1String("backstage.io/techdocs-ref")).toString().isEmpty();
        if (m_projectDir.isEmpty() && annotated && startDownload(row->data, m_error)) {
            m_error.clear();
        } else if (!m_projectDir.isEmpty() && isPrebuiltFolder(m_projectDir)) {
            const QString id = handler->registerPrebuiltSite(m_projectDir, &m_error);
            if (!id.isEmpty())
                m_url = DocsSchemeHandler::siteUrl(id);
        } else if (!m_projectDir.isEmpty()) {
            handler->setDark(m_dark);
            const QString id = handler->registerSite(m_projectDir, &m_error);
            if (!id.isEmpty()) {
                m_url = DocsSchemeHandler::siteUrl(id);
                // First opened: make sure search knows these docs (a no-op when the index is current).
                if (auto *indexer = DocsIndexer::instance())
                    indexer->indexEntity(m_ref);
                const auto config = techdocs::loadConfig(m_projectDir);
                if (const auto *ok = std::get_if<techdocs::MkDocsConfig>(&config))
                    m_watcher.watch(m_projectDir, ok->docsDir);
            }
        }
    }
    Q_EMIT resolved();
}

void DocsViewer::setDownloading(bool downloading)
{
    if (downloading == m_downloading)
        return;
    m_downloading = downloading;
    Q_EMIT downloadingChanged();
}

bool DocsViewer::startDownload(const QJsonObject &entity, const QString &localReason)
{
    const DocsRemoteSource &source = remoteSource();
    const QUrl base = source.storageUrl ? source.storageUrl() : QUrl();
    if (base.isEmpty() || source.cacheRoot.isEmpty())
        return false;
    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    QString ns = metadata.value(QLatin1String("namespace")).toString();
    if (ns.isEmpty())
        ns = QStringLiteral("default");
    const QString storage = techdocs::storagePath(ns, entity.value(QLatin1String("kind")).toString(),
                                                  metadata.value(QLatin1String("name")).toString());
    using Result = std::variant<techdocs::RemoteSiteCopy, techdocs::Problem>;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation = m_generation, base, localReason]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another entity (or a catalog change) meanwhile
        const Result result = watcher->result();
        auto *handler = DocsSchemeHandler::instance();
        if (const auto *problem = std::get_if<techdocs::Problem>(&result)) {
            m_error = tr("The docs could not be downloaded from %1 and no earlier copy is on this machine: %2",
                         "@info")
                          .arg(base.toDisplayString(), problem->message)
                + u'\n' + localReason;
        } else if (handler) {
            const auto &copy = std::get<techdocs::RemoteSiteCopy>(result);
            const QString id = handler->registerPrebuiltSite(copy.siteDir, &m_error);
            if (!id.isEmpty())
                m_url = DocsSchemeHandler::siteUrl(id);
            if (copy.offline)
                m_notice = tr("Offline: showing the copy downloaded earlier (%1).", "@info").arg(copy.warning);
        }
        setDownloading(false);
        Q_EMIT resolved();
    });
    setDownloading(true);
    // Blocking network I/O with its own event loop: never on the UI thread.
    watcher->setFuture(QtConcurrent::run([base, storage, cacheRoot = source.cacheRoot]() {
        return techdocs::fetchPrebuiltSite(base, storage, cacheRoot);
    }));
    return true;
}

void DocsViewer::projectChanged(bool structure, const QStringList &sources)
{
    auto *handler = DocsSchemeHandler::instance();
    // Cached pages: the edited ones, or all of them (a snippet or the config changed; which pages use it is
    // not tracked).
    if (handler && !m_projectDir.isEmpty())
        handler->invalidatePages(m_projectDir, structure ? QStringList() : sources);
    if (structure && handler && !m_projectDir.isEmpty()) {
        // Nav or files changed: the Site is immutable, so open it again under the same id.
        QString error;
        if (handler->registerSite(m_projectDir, &error).isEmpty()) {
            m_error = error;
            Q_EMIT resolved();
            return;
        }
    }
    if (auto *indexer = DocsIndexer::instance())
        indexer->indexEntity(m_ref);
    Q_EMIT reloadRequested();
}

QUrl DocsViewer::pageUrl(const QString &pageUrl, const QString &anchor) const
{
    if (m_url.isEmpty())
        return {};
    QUrl url = m_url;
    url.setPath(u'/' + pageUrl);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}
