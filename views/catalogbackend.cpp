// SPDX-License-Identifier: Apache-2.0
#include "catalogbackend.h"

#include "catalog/reader.h"
#include "refs.h"

#include <QNetworkInformation>

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace {
CatalogBackend *s_instance = nullptr;

struct ImportOutcome {
    QString error;
    int entities = 0;
    int problems = 0;
};
} // namespace

CatalogBackend::CatalogBackend(QObject *parent)
    : QObject(parent)
{
}

CatalogBackend::~CatalogBackend() = default;

CatalogBackend *CatalogBackend::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

CatalogBackend *CatalogBackend::instance()
{
    return s_instance;
}

void CatalogBackend::setInstance(CatalogBackend *instance)
{
    s_instance = instance;
}

QString CatalogBackend::open(const QString &databasePath)
{
    return m_store.open(databasePath);
}

int CatalogBackend::entityCount() const
{
    return m_store.entityCount();
}

QVariantList CatalogBackend::sources() const
{
    QVariantList out;
    for (const auto &source : m_store.sources()) {
        out << QVariantMap{{QStringLiteral("id"), source.id},
                           {QStringLiteral("kind"), source.kind},
                           {QStringLiteral("target"), source.target},
                           {QStringLiteral("lastSync"), source.lastSync},
                           {QStringLiteral("lastError"), source.lastError},
                           {QStringLiteral("entityCount"), source.entityCount},
                           {QStringLiteral("problemCount"), source.diagnosticCount}};
    }
    return out;
}

void CatalogBackend::setStatus(const QString &status)
{
    if (m_status == status)
        return;
    m_status = status;
    Q_EMIT statusChanged();
}

void CatalogBackend::importPaths(const QStringList &paths, const QString &sourceId)
{
    m_busy = true;
    Q_EMIT busyChanged();
    setStatus(tr("Importing %1…", "@info:status").arg(sourceId));
    const QString dbPath = m_store.path();
    // In-memory catalogs cannot be shared with a second connection: write through the UI connection then.
    const bool shared = dbPath != u":memory:";
    auto work = [paths, sourceId, dbPath, shared, this]() {
        catalog::Reader reader;
        const catalog::ReadResult result = reader.readPaths(paths);
        ImportOutcome outcome{{}, int(result.entities.size()), int(result.diagnostics.size())};
        const store::SourceInfo source{sourceId, QStringLiteral("file"), paths.join(u' ')};
        if (shared) {
            store::CatalogStore writer;
            outcome.error = writer.open(dbPath);
            if (outcome.error.isEmpty())
                outcome.error = writer.replaceSnapshot(source, result);
        } else {
            QMetaObject::invokeMethod(this, [this, source, result]() { (void)m_store.replaceSnapshot(source, result); },
                                      Qt::BlockingQueuedConnection);
        }
        return outcome;
    };
    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, sourceId]() {
        const ImportOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        Q_EMIT busyChanged();
        setStatus(outcome.error.isEmpty()
                      ? tr("%1: %n entities", "@info:status", outcome.entities).arg(sourceId)
                      : tr("%1: import failed: %2", "@info:status").arg(sourceId, outcome.error));
        Q_EMIT catalogChanged();
        Q_EMIT importFinished(sourceId, outcome.entities, outcome.problems);
    });
    watcher->setFuture(QtConcurrent::run(work));
}

QVariantMap CatalogBackend::entity(const QString &ref) const
{
    const auto row = m_store.entity(ref);
    if (!row)
        return {};
    return row->data.toVariantMap();
}

QVariantList CatalogBackend::diagnostics() const
{
    QVariantList out;
    for (const auto &source : m_store.sources()) {
        if (!source.lastError.isEmpty()) {
            out << QVariantMap{{QStringLiteral("source"), source.id},
                               {QStringLiteral("file"), source.target},
                               {QStringLiteral("line"), 0},
                               {QStringLiteral("message"), source.lastError}};
        }
        for (const auto &diagnostic : m_store.diagnostics(source.id)) {
            out << QVariantMap{{QStringLiteral("source"), source.id},
                               {QStringLiteral("file"), diagnostic.file},
                               {QStringLiteral("line"), diagnostic.line},
                               {QStringLiteral("column"), diagnostic.column},
                               {QStringLiteral("field"), diagnostic.field},
                               {QStringLiteral("message"), diagnostic.message},
                               {QStringLiteral("entityRef"), diagnostic.entityRef}};
        }
    }
    return out;
}

int CatalogBackend::problemCount() const
{
    int count = 0;
    for (const auto &source : m_store.sources())
        count += source.diagnosticCount + (source.lastError.isEmpty() ? 0 : 1);
    return count;
}

QString CatalogBackend::shortRef(const QString &ref) const
{
    return views::shortRef(ref);
}

void CatalogBackend::watchNetwork()
{
    if (!QNetworkInformation::loadDefaultBackend())
        return;
    auto *info = QNetworkInformation::instance();
    auto update = [this, info]() {
        const bool offline = info->reachability() == QNetworkInformation::Reachability::Disconnected;
        if (offline != m_offline) {
            m_offline = offline;
            Q_EMIT offlineChanged();
        }
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update();
}
