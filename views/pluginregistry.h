// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "plugins/discovery.h"

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

#include <memory>

namespace store {
class CatalogStore;
}

/// The plugins found on disk and what they add: entity cards and tabs (matched on kind and annotations) and
/// sidebar pages. Built in main() from plugins::defaultFolders(); the `PluginRegistry` singleton in QML.
/// QML warnings from a plugin's files (a TypeError in a binding, a throwing callback) are recorded against that
/// plugin, so its views turn into error cards and Settings lists them, instead of a half-drawn page.
class PluginRegistry : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(PluginRegistry)
    QML_SINGLETON
    /// [{id, name, version, description, folder, origin, active, status, problems, overriddenBy, errors}]
    Q_PROPERTY(QVariantList plugins READ pluginList NOTIFY pluginsChanged)
    /// Sidebar pages: [{key, title, glyph, plugin: contribution}] (see contributionMap for contribution).
    Q_PROPERTY(QVariantList pages READ pages NOTIFY changed)
    /// Overrides in words ("… is used instead of …").
    Q_PROPERTY(QStringList notes READ notes NOTIFY changed)
    /// The folders searched, first wins: [{path, origin}].
    Q_PROPERTY(QVariantList folders READ folders CONSTANT)
    /// Bumped on reload: bindings that list contributions read it to refresh.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    // No default argument: Qt 6.4 would construct its own instance instead of calling create().
    PluginRegistry(const QList<plugins::Folder> &folders, QObject *parent);
    ~PluginRegistry() override;

    [[nodiscard]] QVariantList pluginList() const;
    [[nodiscard]] QVariantList pages() const;
    [[nodiscard]] QStringList notes() const { return m_discovery.notes; }
    [[nodiscard]] QVariantList folders() const;
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] const plugins::Discovery &discovery() const { return m_discovery; }

    /// The active plugin with this id, or null.
    [[nodiscard]] const plugins::Plugin *plugin(const QString &id) const;
    /// The store entity lookups use; defaults to the app's catalog.
    void setStore(store::CatalogStore *store) { m_store = store; }
    [[nodiscard]] store::CatalogStore *catalogStore() const;

    /// Cards / tabs for the entity `ref` (its kind and annotation keys decide), in plugin order.
    Q_INVOKABLE [[nodiscard]] QVariantList cardsFor(const QString &ref) const;
    Q_INVOKABLE [[nodiscard]] QVariantList tabsFor(const QString &ref) const;
    /// Errors that stop a plugin's views (load errors, warnings from its QML, throwing callbacks).
    Q_INVOKABLE [[nodiscard]] QStringList errorsOf(const QString &pluginId) const { return m_fatal.value(pluginId); }
    /// Reads the folders again (and forgets cached plugin QML), e.g. after dropping a plugin in.
    Q_INVOKABLE void reload();
    /// Installs the active plugins' own translations for the current default QLocale (replacing earlier ones).
    /// Called on reload, and by main() once the app's language is set and whenever the user picks another one.
    void loadTranslations();
    /// A plugin setting: $PORTOLAN_PLUGIN_<ID>_<KEY> (upper case, '_' for other characters) if set, else the
    /// value saved with setSetting, else the manifest's default. Secret-like keys (token, secret, password,
    /// ...key) are saved in the system keychain, never in the catalog database; without a keychain they are not
    /// saved at all and the plugin gets an error in Settings.
    Q_INVOKABLE [[nodiscard]] QString setting(const QString &pluginId, const QString &key) const;
    Q_INVOKABLE void setSetting(const QString &pluginId, const QString &key, const QString &value);
    /// Records a runtime error of a plugin for Settings (also called by PluginView.qml when a plugin's QML does not
    /// load). `fatal` errors also turn the plugin's views into error cards; refused requests are not fatal: the
    /// plugin gets them as a result and may carry on.
    Q_INVOKABLE void reportError(const QString &pluginId, const QString &message, bool fatal = true);

    static PluginRegistry *create(QQmlEngine *engine, QJSEngine *);
    static void setInstance(PluginRegistry *instance);
    [[nodiscard]] static PluginRegistry *instance();

Q_SIGNALS:
    void changed();
    void pluginsChanged();
    void errorReported(const QString &pluginId, const QString &message);

private:
    [[nodiscard]] QVariantList contributionsFor(const QString &ref, bool tabs) const;
    void watchWarnings(QQmlEngine *engine);
    /// Puts the active plugins' qmlImportPaths (and no others) on the engine's QML import path.
    void applyImportPaths();
    [[nodiscard]] QVariantList settingsList(const plugins::Plugin &p) const;
    QList<plugins::Folder> m_folders;
    plugins::Discovery m_discovery;
    QHash<QString, QStringList> m_errors; ///< all, for Settings
    QHash<QString, QStringList> m_fatal;
    mutable QHash<QString, QString> m_secrets; ///< keychain values read so far, by store key (memory only)
    store::CatalogStore *m_store = nullptr;
    QQmlEngine *m_engine = nullptr;
    QStringList m_importPaths; ///< the plugin folders this registry put on m_engine's import path
    std::vector<std::unique_ptr<QTranslator>> m_translators; ///< installed on the application, one per plugin
    int m_revision = 0;
};
