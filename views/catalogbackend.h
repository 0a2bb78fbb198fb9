// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/catalogstore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

/// The catalog as QML sees it: counts, sources, imports (off the UI thread) and single-entity lookups.
/// Built in main() (the composition root) and handed to QML as the `Catalog` singleton.
class CatalogBackend : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Catalog)
    QML_SINGLETON
    Q_PROPERTY(int entityCount READ entityCount NOTIFY catalogChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString status READ status NOTIFY statusChanged)
    Q_PROPERTY(QVariantList sources READ sources NOTIFY catalogChanged)
    /// Problems found while reading the sources (invalid files, rejected entities).
    Q_PROPERTY(int problemCount READ problemCount NOTIFY catalogChanged)
    /// True when the system says there is no network (only known where Qt has a reachability backend).
    Q_PROPERTY(bool offline READ offline NOTIFY offlineChanged)

public:
    // No default argument: Qt 6.4 would then construct a second, unopened instance instead of calling create().
    explicit CatalogBackend(QObject *parent);
    ~CatalogBackend() override;

    /// Opens the catalog database for the UI thread; returns an error text or empty.
    QString open(const QString &databasePath);
    [[nodiscard]] store::CatalogStore *store() { return &m_store; }
    [[nodiscard]] QString databasePath() const { return m_store.path(); }

    [[nodiscard]] int entityCount() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] QVariantList sources() const;

    /// Reads `paths` into the catalog as source `sourceId` on a worker thread; `catalogChanged` follows.
    Q_INVOKABLE void importPaths(const QStringList &paths, const QString &sourceId);
    Q_INVOKABLE QVariantMap entity(const QString &ref) const;
    /// [{source, file, line, column, field, message, entityRef}] of every source.
    Q_INVOKABLE QVariantList diagnostics() const;
    /// "group:default/team-a" -> "team-a", for showing refs.
    Q_INVOKABLE QString shortRef(const QString &ref) const;
    [[nodiscard]] int problemCount() const;
    [[nodiscard]] bool offline() const { return m_offline; }
    /// Watches the system's network reachability where a backend exists.
    void watchNetwork();

    static CatalogBackend *create(QQmlEngine *, QJSEngine *);
    static void setInstance(CatalogBackend *instance);
    /// The app's catalog, or null (e.g. in tests that build their own store).
    [[nodiscard]] static CatalogBackend *instance();

Q_SIGNALS:
    void catalogChanged();
    void busyChanged();
    void statusChanged();
    void offlineChanged();
    void importFinished(const QString &sourceId, int entities, int problems);

private:
    void setStatus(const QString &status);
    store::CatalogStore m_store;
    bool m_busy = false;
    bool m_offline = false;
    QString m_status;
};
