// SPDX-License-Identifier: Apache-2.0
#include "docsindexer.h"

#include "docsgitsource.h"
#include "docsviewer.h"
#include "docsources/siteindex.h"
#include "store/catalogstore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {

DocsIndexer *s_instance = nullptr;

struct Outcome {
    QString ref;
    QString error;
    QString hash;
    QList<store::DocSection> sections; ///< only filled when the UI thread must write them
    int count = 0;
    bool skipped = false;
    bool none = false; ///< no docs on this machine (not synced, never downloaded): nothing to index, no error
};

} // namespace

DocsIndexer::DocsIndexer(store::CatalogStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    // One site at a time: indexing is background work and must leave the second core to the UI and WebEngine.
    m_pool.setMaxThreadCount(1);
}

DocsIndexer::~DocsIndexer()
{
    m_cancel = true;
    m_pool.waitForDone();
    if (s_instance == this)
        s_instance = nullptr;
}

DocsIndexer *DocsIndexer::instance()
{
    return s_instance;
}

void DocsIndexer::setInstance(DocsIndexer *indexer)
{
    s_instance = indexer;
}

void DocsIndexer::indexCatalog()
{
    for (const store::EntityRow &row : m_store->withAnnotation(QStringLiteral("backstage.io/techdocs-ref")))
        indexEntity(row.ref);
}

void DocsIndexer::indexEntity(const QString &requested, bool force)
{
    // An entity showing another one's docs (backstage.io/techdocs-entity): index those, under their owner.
    QString ownerError;
    const auto row = docsOwner(*m_store, requested, &ownerError);
    if (!row)
        return;
    const QString ref = row->ref;
    if (m_queued.contains(ref))
        return;
    if (row->data.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject()
            .value(QLatin1String("backstage.io/techdocs-ref")).toString().isEmpty())
        return;
    QString knownHash;
    if (!force) {
        if (const auto info = m_store->docsIndexInfo(ref))
            knownHash = info->contentHash;
    }
    const bool wasBusy = busy();
    m_queued.insert(ref);
    m_queue.enqueue({ref, row->data, row->file, knownHash});
    if (!wasBusy)
        Q_EMIT busyChanged();
    startNext();
}

void DocsIndexer::startNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    const Job job = m_queue.dequeue();
    m_running = true;
    const QString dbPath = m_store->path();
    const bool ownConnection = dbPath != u":memory:";
    auto work = [job, dbPath, ownConnection, cancel = &m_cancel, source = DocsViewer::remoteSource()]() {
        Outcome out{job.ref, {}, {}, {}, 0, false, false};
        // Where the docs are and their rows: the same code `portolan docs index` runs (models/docsources).
        const docsources::Located located = docsources::locateDocs(
            job.entity, job.file, {source.storageUrl, source.cacheRoot, source.gitCacheDir});
        if (located.dir.isEmpty() && located.error.isEmpty()) {
            out.none = true;
            return out;
        }
        docsources::SiteRows rows = docsources::siteRows(located, job.knownHash, kMaxPages, cancel);
        out.hash = rows.hash;
        if (!rows.error.isEmpty()) {
            out.error = rows.error;
            return out;
        }
        if (rows.unchanged) {
            out.skipped = true;
            return out;
        }
        QList<store::DocSection> sections = std::move(rows.sections);
        out.count = int(sections.size());
        if (cancel->load())
            return out;
        if (!ownConnection) {
            out.sections = std::move(sections);
            return out;
        }
        store::CatalogStore writer;
        out.error = writer.open(dbPath);
        if (out.error.isEmpty())
            out.error = writer.replaceDocsIndex(job.ref, out.hash, sections);
        return out;
    };
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, ownConnection]() {
        watcher->deleteLater();
        Outcome out = watcher->result();
        if (out.error.isEmpty() && !out.skipped && !out.none && !ownConnection)
            out.error = m_store->replaceDocsIndex(out.ref, out.hash, out.sections);
        m_queued.remove(out.ref);
        m_running = false;
        // Without docs on this machine there is nothing to index and nothing to report.
        if (!out.none && !out.error.isEmpty())
            Q_EMIT failed(out.ref, out.error);
        else if (!out.none)
            Q_EMIT indexed(out.ref, out.count, out.skipped);
        startNext();
        if (!busy())
            Q_EMIT busyChanged();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, work));
}

bool DocsIndexer::waitForIdle(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (busy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return !busy();
}
