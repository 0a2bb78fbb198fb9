// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJSValue>
#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class QNetworkAccessManager;
class PluginRegistry;

/// What a plugin's QML sees as its `api` (plugin API 1): the current entity, catalog lookups, highlighting,
/// opening links and HTTP GET to the hosts its manifest declares, nothing else. One per plugin view, created by
/// PluginView.qml with the plugin id and the entity shown.
class PluginContext : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString pluginId READ pluginId WRITE setPluginId NOTIFY pluginChanged)
    Q_PROPERTY(QString pluginName READ pluginName NOTIFY pluginChanged)
    Q_PROPERTY(QString pluginVersion READ pluginVersion NOTIFY pluginChanged)
    Q_PROPERTY(int apiVersion READ apiVersion CONSTANT)
    /// Empty on sidebar pages.
    Q_PROPERTY(QString entityRef READ entityRef WRITE setEntityRef NOTIFY entityChanged)
    /// The entity as in its catalog-info.yaml (apiVersion, kind, metadata, spec, relations); empty without one.
    Q_PROPERTY(QVariant entity READ entity NOTIFY entityChanged)
    /// Errors that stopped this plugin (QML errors in its files, throwing callbacks): PluginView shows them.
    Q_PROPERTY(QStringList errors READ errors NOTIFY errorsChanged)
    /// The errors, one per line.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)

public:
    explicit PluginContext(QObject *parent = nullptr);

    [[nodiscard]] QString pluginId() const { return m_pluginId; }
    void setPluginId(const QString &id);
    [[nodiscard]] QString pluginName() const;
    [[nodiscard]] QString pluginVersion() const;
    [[nodiscard]] int apiVersion() const;
    [[nodiscard]] QString entityRef() const { return m_entityRef; }
    void setEntityRef(const QString &ref);
    [[nodiscard]] QVariant entity() const { return m_entity; }
    [[nodiscard]] QStringList errors() const;
    [[nodiscard]] QString errorText() const { return errors().join(u'\n'); }

    /// Another entity by ref ("component:default/x"), or an empty object.
    Q_INVOKABLE [[nodiscard]] QVariant findEntity(const QString &ref) const;
    /// Entities matching {text, kind, type, lifecycle, owner, namespace, tag, system, annotation, limit}; values
    /// are strings or lists of strings (any of). Throws on an unknown key.
    Q_INVOKABLE QVariantList query(const QVariantMap &filter);
    /// Calls callback(html) with `code` highlighted as `language` (a name or a file name), off the UI thread.
    Q_INVOKABLE void highlight(const QString &code, const QString &language, const QJSValue &callback, bool dark = false);
    /// Opens http, https and mailto links in the system's handler; anything else is refused (returns false).
    Q_INVOKABLE bool openUrl(const QString &url);
    /// GETs `url` and calls callback({ok, status, body, json, error}); refused unless the manifest declares the host.
    Q_INVOKABLE int httpGet(const QString &url, const QJSValue &callback, const QVariantMap &headers = {});
    /// A setting: $PORTOLAN_PLUGIN_<ID>_<KEY> if set, else the value saved in Settings, else the manifest default.
    Q_INVOKABLE [[nodiscard]] QString setting(const QString &key) const;

Q_SIGNALS:
    void pluginChanged();
    void entityChanged();
    void errorsChanged();

private:
    void loadEntity();
    void fail(const QString &message, bool fatal);
    void deliver(QJSValue callback, const QVariantMap &result);
    [[nodiscard]] PluginRegistry *registry() const;
    QString m_pluginId;
    QString m_entityRef;
    QVariant m_entity;
    QNetworkAccessManager *m_network = nullptr;
    int m_nextRequest = 0;
};
