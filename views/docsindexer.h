// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QQueue>
#include <QSet>
#include <QThreadPool>
#include <atomic>

namespace store {
class CatalogStore;
}

/// Keeps the docs search index (store::CatalogStore::replaceDocsIndex) current for entities whose TechDocs are
/// local folders: when docs are first opened, after the catalog changes and when the live-preview watcher sees an
/// edit. Pages are rendered and the rows written on one worker thread (bounded: one site at a time, at most
/// kMaxPages pages per site); a site whose content hash is unchanged costs a hash and nothing else.
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
        QString projectDir;
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
