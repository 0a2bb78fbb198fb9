// SPDX-License-Identifier: Apache-2.0
#include "docsviewer.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"
#include "docsindexer.h"
#include "docsgitsource.h"
#include "docsschemehandler.h"
#include "techdocs/mkdocsconfig.h"
#include "techdocs/remotesite.h"
#include "techdocs/techdocsref.h"

#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QMutex>
#include <QJsonObject>
#include <QtConcurrent>

namespace {

DocsRemoteSource &sharedSource()
{
    static DocsRemoteSource source;
    return source;
}

// When each downloaded site was last revalidated with its server (worker threads read and write it).
struct Revalidation {
    QMutex mutex;
    QHash<QString, qint64> checkedAt; ///< "<storage URL>|<storage path>" -> ms since epoch
    int intervalMs = DocsViewer::kRevalidateMs;
};

Revalidation &revalidation()
{
    static Revalidation r;
    return r;
}

// What the worker found for docs that are not in a local folder.
struct RemoteOutcome {
    enum Kind { NotConfigured, Project, Prebuilt, Failed } kind = NotConfigured;
    QString dir;
    QString error;
    QString warning; ///< offline: why the copy may be stale
    QUrl base;
};

RemoteOutcome fetchRemote(const DocsRemoteSource &source, const QJsonObject &entity, const QString &file, bool force)
{
    RemoteOutcome out;
    // Docs in a synced repository: read from the clone's tree, no network.
    const techdocs::TechDocsRef ref = techdocs::resolveEntityDocs(entity, file);
    if (const auto *remote = std::get_if<techdocs::RemoteDocs>(&ref); remote && !source.gitCacheDir.isEmpty()
        && !source.cacheRoot.isEmpty()) {
        QString error;
        if (const auto copy = materializeGitDocs(remote->url, source.gitCacheDir, source.cacheRoot + QStringLiteral("/.git-docs"), &error)) {
            out.kind = RemoteOutcome::Project;
            out.dir = copy->projectDir;
            return out;
        }
        if (!error.isEmpty()) {
            out.kind = RemoteOutcome::Failed;
            out.error = error;
            return out;
        }
    }
    // Reading app-config files for the URL is file I/O: here, not on the UI thread.
    out.base = source.storageUrl ? source.storageUrl() : QUrl();
    if (out.base.isEmpty() || source.cacheRoot.isEmpty())
        return out;
    const QString storage = techdocs::storagePath(entity);
    const QString key = out.base.toString() + u'|' + storage;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Revalidation &r = revalidation();
    if (!force) {
        QMutexLocker locker(&r.mutex);
        const auto it = r.checkedAt.constFind(key);
        const bool fresh = it != r.checkedAt.constEnd() && now - *it < r.intervalMs;
        locker.unlock();
        if (fresh) {
            if (const auto copy = techdocs::cachedPrebuiltSite(out.base, storage, source.cacheRoot)) {
                out.kind = RemoteOutcome::Prebuilt;
                out.dir = copy->siteDir;
                return out;
            }
        }
    }
    techdocs::RemoteFetchOptions options;
    if (source.token)
        options.bearerToken = source.token(out.base);
    const auto result = techdocs::fetchPrebuiltSite(out.base, storage, source.cacheRoot, options);
    if (const auto *problem = std::get_if<techdocs::Problem>(&result)) {
        out.kind = RemoteOutcome::Failed;
        out.error = problem->message;
        return out;
    }
    const auto &copy = std::get<techdocs::RemoteSiteCopy>(result);
    out.kind = RemoteOutcome::Prebuilt;
    out.dir = copy.siteDir;
    if (copy.offline) {
        out.warning = copy.warning;
    } else {
        QMutexLocker locker(&r.mutex);
        r.checkedAt.insert(key, now);
    }
    return out;
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
    sharedSource() = std::move(source);
}

DocsRemoteSource DocsViewer::remoteSource()
{
    return sharedSource();
}

void DocsViewer::setRevalidateInterval(int ms)
{
    QMutexLocker locker(&revalidation().mutex);
    revalidation().intervalMs = ms;
}

void DocsViewer::refresh()
{
    m_forceRevalidate = true;
    resolve();
    m_forceRevalidate = false;
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
    m_docsRef.clear();
    m_startPath.clear();
    m_remote = false;
    store::CatalogStore *store = catalogStore();
    const auto row = store && !m_ref.isEmpty() ? store->entity(m_ref) : std::nullopt;
    auto *handler = DocsSchemeHandler::instance();
    if (!row) {
        if (!m_ref.isEmpty())
            m_error = tr("%1 is not in the catalog.").arg(m_ref);
    } else if (!handler) {
        m_error = tr("The docs viewer is not available in this process.");
    } else {
        // backstage.io/techdocs-entity: this entity shows another one's docs (at techdocs-entity-path).
        QString ownerError;
        const auto owner = docsOwner(*store, m_ref, &ownerError);
        if (!owner) {
            m_error = ownerError;
            Q_EMIT resolved();
            return;
        }
        m_docsRef = owner->ref;
        if (owner->ref != m_ref)
            m_startPath = techdocsEntityPath(row->data);
        m_projectDir = resolveProject(owner->data, owner->file, &m_error);
        const bool annotated = !owner->data.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations"))
                                    .toObject().value(QLatin1String("backstage.io/techdocs-ref")).toString().isEmpty();
        if (m_projectDir.isEmpty() && annotated) {
            startRemote(owner->data, owner->file, m_error, m_forceRevalidate);
            m_error.clear();
        } else if (!m_projectDir.isEmpty() && isPrebuiltFolder(m_projectDir)) {
            const QString id = handler->registerPrebuiltSite(m_projectDir, &m_error);
            if (!id.isEmpty())
                m_url = DocsSchemeHandler::siteUrl(id);
        } else if (!m_projectDir.isEmpty()) {
            showProject(m_projectDir, true);
        }
    }
    if (!m_url.isEmpty() && !m_startPath.isEmpty())
        m_url.setPath(u'/' + m_startPath);
    Q_EMIT resolved();
}

void DocsViewer::showProject(const QString &dir, bool live)
{
    auto *handler = DocsSchemeHandler::instance();
    handler->setDark(m_dark);
    const QString id = handler->registerSite(dir, &m_error);
    if (id.isEmpty())
        return;
    m_url = DocsSchemeHandler::siteUrl(id);
    // First opened: make sure search knows these docs (a no-op when the index is current).
    if (auto *indexer = DocsIndexer::instance())
        indexer->indexEntity(m_docsRef);
    if (!live)
        return; // a copy out of the Git cache: it changes with the next sync, not under an editor
    const auto config = techdocs::loadConfig(dir);
    if (const auto *ok = std::get_if<techdocs::MkDocsConfig>(&config))
        m_watcher.watch(dir, ok->docsDir);
}

void DocsViewer::setDownloading(bool downloading)
{
    if (downloading == m_downloading)
        return;
    m_downloading = downloading;
    Q_EMIT downloadingChanged();
}

void DocsViewer::startRemote(const QJsonObject &entity, const QString &file, const QString &localReason, bool force)
{
    auto *watcher = new QFutureWatcher<RemoteOutcome>(this);
    connect(watcher, &QFutureWatcher<RemoteOutcome>::finished, this, [this, watcher, generation = m_generation, localReason]() {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another entity (or a catalog change) meanwhile
        const RemoteOutcome out = watcher->result();
        auto *handler = DocsSchemeHandler::instance();
        switch (out.kind) {
        case RemoteOutcome::NotConfigured:
            m_error = localReason;
            break;
        case RemoteOutcome::Failed:
            m_error = out.base.isEmpty()
                ? out.error
                : tr("The docs could not be downloaded from %1 and no earlier copy is on this machine: %2", "@info")
                          .arg(out.base.toDisplayString(), out.error)
                    + u'\n' + localReason;
            break;
        case RemoteOutcome::Project:
            m_projectDir = out.dir;
            if (handler)
                showProject(out.dir, false);
            break;
        case RemoteOutcome::Prebuilt:
            m_projectDir = out.dir;
            m_remote = true;
            if (handler) {
                const QString id = handler->registerPrebuiltSite(out.dir, &m_error);
                if (!id.isEmpty())
                    m_url = DocsSchemeHandler::siteUrl(id);
            }
            if (!out.warning.isEmpty())
                m_notice = tr("Offline: showing the copy downloaded earlier (%1).", "@info").arg(out.warning);
            if (auto *indexer = DocsIndexer::instance())
                indexer->indexEntity(m_docsRef);
            break;
        }
        if (!m_url.isEmpty() && !m_startPath.isEmpty())
            m_url.setPath(u'/' + m_startPath);
        setDownloading(false);
        Q_EMIT resolved();
    });
    setDownloading(true);
    // Blocking I/O (app-config files, Git objects, the network with its own event loop): never on the UI thread.
    watcher->setFuture(QtConcurrent::run([source = sharedSource(), entity, file, force]() {
        return fetchRemote(source, entity, file, force);
    }));
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
