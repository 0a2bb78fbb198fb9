// SPDX-License-Identifier: Apache-2.0
#pragma once

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
/// the local project (live preview) and asks the view to reload when a page or the structure changes.
class DocsViewer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY entityRefChanged)
    Q_PROPERTY(bool dark READ dark WRITE setDark NOTIFY darkChanged)
    Q_PROPERTY(QUrl url READ url NOTIFY resolved)
    Q_PROPERTY(QString projectDir READ projectDir NOTIFY resolved)
    Q_PROPERTY(QString error READ error NOTIFY resolved)

public:
    explicit DocsViewer(QObject *parent = nullptr);
    /// Tests hand in their own store; the app uses CatalogBackend's.
    void setStore(store::CatalogStore *store);

    [[nodiscard]] QString entityRef() const { return m_ref; }
    void setEntityRef(const QString &ref);
    [[nodiscard]] bool dark() const { return m_dark; }
    void setDark(bool dark);
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString projectDir() const { return m_projectDir; }
    [[nodiscard]] QString error() const { return m_error; }
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
    /// The project changed on disk: reload, keeping the scroll position.
    void reloadRequested();

private:
    void resolve();
    void projectChanged(bool structure, const QStringList &sources = {});
    [[nodiscard]] store::CatalogStore *catalogStore();

    store::CatalogStore *m_store = nullptr;
    techdocs::SiteWatcher m_watcher;
    QString m_ref;
    bool m_dark = false;
    QUrl m_url;
    QString m_projectDir;
    QString m_error;
};
