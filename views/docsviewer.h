// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "docsremote.h"
#include "techdocs/watcher.h"

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace store {
class CatalogStore;
}

/// What a docs view shows for one entity: resolves its `backstage.io/techdocs-ref` against the entity's source
/// location, registers the project with the DocsSchemeHandler and gives QML the `portolan-docs://` URL. Watches
/// the local project (live preview) and asks the view to reload when a page or the structure changes. A local
/// folder holding a pre-built site (techdocs_metadata.json, no mkdocs.yml) is served as such. When the docs are not
/// on this machine and a TechDocs storage URL is configured (setRemoteSource), the entity's pre-built site is
/// downloaded on a worker thread (`downloading`) and the cached copy is served; offline, an earlier copy is.
class DocsViewer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY entityRefChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QUrl url READ url NOTIFY resolved)
    Q_PROPERTY(QString projectDir READ projectDir NOTIFY resolved)
    Q_PROPERTY(QString error READ error NOTIFY resolved)
    Q_PROPERTY(bool downloading READ downloading NOTIFY downloadingChanged)
    /// Shown above a site that may be stale (offline: the copy of an earlier download).
    Q_PROPERTY(QString notice READ notice NOTIFY resolved)
    /// The entity whose docs are shown: entityRef, or where its backstage.io/techdocs-entity points.
    Q_PROPERTY(QString docsRef READ docsRef NOTIFY resolved)
    /// The site is a copy downloaded from a TechDocs storage URL (refresh() asks the server again).
    Q_PROPERTY(bool remote READ remote NOTIFY resolved)

public:
    explicit DocsViewer(QObject *parent = nullptr);
    /// Tests hand in their own store; the app uses CatalogBackend's.
    void setStore(store::CatalogStore *store);
    /// Where pre-built sites of entities without local docs come from (the app sets it once at start-up).
    static void setRemoteSource(DocsRemoteSource source);
    [[nodiscard]] static DocsRemoteSource remoteSource();
    /// A downloaded site is revalidated with the server at most this often (per site; refresh() always does).
    static void setRevalidateInterval(int ms);
    static constexpr int kRevalidateMs = 5 * 60 * 1000;

    [[nodiscard]] QString entityRef() const { return m_ref; }
    void setEntityRef(const QString &ref);
    [[nodiscard]] bool dark() const { return m_dark; }
    void setDark(bool dark);
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString projectDir() const { return m_projectDir; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool downloading() const { return m_downloading; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] QString docsRef() const { return m_docsRef; }
    [[nodiscard]] bool remote() const { return m_remote; }
    /// Resolves again; a downloaded site is revalidated with the server now, whenever it was last checked.
    Q_INVOKABLE void refresh();
    /// The URL of one page of the site (site-relative `pageUrl` as MkDocs makes it) at `anchor`; empty before
    /// the site resolved.
    Q_INVOKABLE [[nodiscard]] QUrl pageUrl(const QString &pageUrl, const QString &anchor = {}) const;

    /// The folder docs of `annotations` live in, as techdocs-node resolves it: source-location first, else
    /// managed-by-location, else the file the entity was read from. Empty with `error` set when not local.
    [[nodiscard]] static QString resolveProject(const QJsonObject &entity, const QString &file, QString *error);

Q_SIGNALS:
    void entityRefChanged();
    void darkChanged();
    void resolved();
    void downloadingChanged();
    /// The project changed on disk: reload, keeping the scroll position.
    void reloadRequested();

private:
    void resolve();
    void projectChanged(bool structure, const QStringList &sources = {});
    /// Docs not on this machine: read from the Git cache, else the pre-built site is downloaded (or its cached
    /// copy used), all on a worker thread; `localReason` is shown when neither has them.
    void startRemote(const QJsonObject &entity, const QString &file, const QString &localReason, bool force);
    void showProject(const QString &dir, bool live);
    void setDownloading(bool downloading);
    [[nodiscard]] store::CatalogStore *catalogStore();

    store::CatalogStore *m_store = nullptr;
    techdocs::SiteWatcher m_watcher;
    QString m_ref;
    bool m_dark = false;
    QUrl m_url;
    QString m_projectDir;
    QString m_error;
    QString m_notice;
    QString m_docsRef;
    QString m_startPath; ///< backstage.io/techdocs-entity-path: the page the site opens at
    bool m_remote = false;
    bool m_downloading = false;
    bool m_forceRevalidate = false;
    quint64 m_generation = 0; ///< bumped by every resolve: a download finishing for an older one is ignored
};
