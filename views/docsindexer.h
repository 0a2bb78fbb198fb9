// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QThreadPool>
#include <atomic>

namespace store {
class CatalogStore;
}

/// Keeps the docs search index (store::CatalogStore::replaceDocsIndex) current for entities whose TechDocs are on
/// this machine: local folders, MkDocs projects that live only in Git (read from the sync's clone, as the Docs view
/// does) and pre-built sites (a local folder or the copy a download left in the cache; never fetched for
/// indexing). It runs when docs are first opened or downloaded, after the catalog changes and when the
/// live-preview watcher sees an edit. Where the docs are is worked out, pages are rendered (or the HTML read) and
/// the rows written on one worker thread (bounded: one site at a time, at most kMaxPages pages per site); a site
/// whose content hash (pre-built: its build) is unchanged costs a hash and nothing else. An entity with
/// backstage.io/techdocs-entity is not indexed itself: the entity it points to is (its docs, once).
class DocsIndexer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    static constexpr int kMaxPages = 2000;

    /// `store` is the UI thread's connection: used for quick lookups, and for writes only when the catalog is
    /// in memory (a second connection cannot share it).
    explicit DocsIndexer(store::CatalogStore *store, QObject *parent = nullptr);
    ~DocsIndexer() override;

    /// The indexer main() built (null in processes without one).
    [[nodiscard]] static DocsIndexer *instance();
    static void setInstance(DocsIndexer *indexer);

    /// Queues `ref` unless it is queued already; `force` re-renders even when the hash is unchanged.
    void indexEntity(const QString &ref, bool force = false);
    /// Queues every entity with a backstage.io/techdocs-ref annotation.
    void indexCatalog();
    [[nodiscard]] bool busy() const { return m_running || !m_queue.isEmpty(); }
    /// Blocks until the queue is empty (tests, CLI).
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    /// The store holds `ref`'s rows (`sections` of them); `skipped` when the content was unchanged.
    void indexed(const QString &ref, int sections, bool skipped);
    void failed(const QString &ref, const QString &error);
    void busyChanged();

private:
    struct Job {
        QString ref;
        QJsonObject entity;
        QString file;
        QString knownHash;
    };
    void startNext();

    store::CatalogStore *m_store;
    QQueue<Job> m_queue;
    QSet<QString> m_queued;
    bool m_running = false;
    QThreadPool m_pool;
    std::atomic<bool> m_cancel{false};
};
