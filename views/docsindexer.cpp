// SPDX-License-Identifier: Apache-2.0
#include "docsindexer.h"

#include "docsviewer.h"
#include "store/catalogstore.h"
#include "techdocs/searchindex.h"

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
};

QList<store::DocSection> toSections(const QList<techdocs::SearchRow> &rows)
{
    QList<store::DocSection> sections;
    sections.reserve(rows.size());
    for (const techdocs::SearchRow &row : rows)
        sections.append({row.pageUrl, row.pageTitle, row.heading, row.anchor, row.text});
    return sections;
}

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

void DocsIndexer::indexEntity(const QString &ref, bool force)
{
    if (m_queued.contains(ref))
        return;
    const auto row = m_store->entity(ref);
    if (!row)
        return;
    QString error;
    const QString projectDir = DocsViewer::resolveProject(row->data, row->file, &error);
    if (projectDir.isEmpty())
        return; // no local docs: nothing to index (remote docs are indexed once a sync fetched them)
    QString knownHash;
    if (!force) {
        if (const auto info = m_store->docsIndexInfo(ref))
            knownHash = info->contentHash;
    }
    const bool wasBusy = busy();
    m_queued.insert(ref);
    m_queue.enqueue({ref, projectDir, knownHash});
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
    auto work = [job, dbPath, ownConnection, cancel = &m_cancel]() {
        Outcome out{job.ref, {}, {}, {}, 0, false};
        auto opened = techdocs::Site::open(job.projectDir);
        if (const auto *problem = std::get_if<techdocs::Problem>(&opened)) {
            out.error = problem->toString();
            return out;
        }
        const techdocs::Site &site = std::get<techdocs::Site>(opened);
        out.hash = techdocs::contentHash(site);
        if (out.hash == job.knownHash) {
            out.skipped = true;
            return out;
        }
        QList<store::DocSection> sections = toSections(techdocs::siteSearchRows(site, kMaxPages, cancel));
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
        if (out.error.isEmpty() && !out.skipped && !ownConnection)
            out.error = m_store->replaceDocsIndex(out.ref, out.hash, out.sections);
        m_queued.remove(out.ref);
        m_running = false;
        if (!out.error.isEmpty())
            Q_EMIT failed(out.ref, out.error);
        else
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
