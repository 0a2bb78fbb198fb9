// SPDX-License-Identifier: Apache-2.0
#include "pluginregistry.h"

#include "catalogbackend.h"
#include "pluginnetworkguard.h"
#include "store/catalogstore.h"
#include "sync/credentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

PluginRegistry *s_instance = nullptr;

QVariantMap contributionMap(const plugins::Plugin &plugin, const plugins::Contribution &c)
{
    return {{QStringLiteral("pluginId"), plugin.id},
            {QStringLiteral("pluginName"), plugin.manifest->name},
            {QStringLiteral("id"), c.id},
            // Through the plugin's own catalogue, context "portolan-plugin" (see the plugin author's guide).
            {QStringLiteral("title"), QCoreApplication::translate("portolan-plugin", c.title.toUtf8().constData())},
            {QStringLiteral("glyph"), c.glyph},
            // A file URL: plugins live outside the app's resources.
            {QStringLiteral("url"), QUrl::fromLocalFile(c.qml).toString()}};
}

QString settingEnvName(const QString &pluginId, const QString &key)
{
    QString name = QStringLiteral("PORTOLAN_PLUGIN_") + pluginId + u'_' + key;
    for (QChar &c : name)
        c = c.isLetterOrNumber() && c.unicode() < 128 ? c.toUpper() : u'_';
    return name;
}

QString settingStoreKey(const QString &pluginId, const QString &key)
{
    return QStringLiteral("plugin/") + pluginId + u'/' + key;
}

// The same rule as Settings' password fields: these values are credentials.
bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(QStringLiteral("token|secret|password|key$"),
                                           QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

portolan::sync::TokenStore pluginKeychain()
{
    return portolan::sync::TokenStore(QStringLiteral("portolan"), QStringLiteral("plugin-setting:"));
}

} // namespace

PluginRegistry::PluginRegistry(const QList<plugins::Folder> &folders, QObject *parent)
    : QObject(parent)
    , m_folders(folders)
    , m_discovery(plugins::discover(folders))
{
}

PluginRegistry::~PluginRegistry()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

void PluginRegistry::loadTranslations()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
    const QLocale locale;
    for (const plugins::Plugin &p : std::as_const(m_discovery.plugins)) {
        if (!p.active() || p.manifest->translations.isEmpty())
            continue;
        // <id>_de_AT.qm, <id>_de.qm, ...: the locale's UI languages in turn, as the app's own catalogue.
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(locale, p.id, QStringLiteral("_"), p.manifest->translations)
            && QCoreApplication::installTranslator(translator.get()))
            m_translators.push_back(std::move(translator));
    }
    // Contribution titles are translated when listed: bindings that list them read `revision`.
    ++m_revision;
    Q_EMIT changed();
}

PluginRegistry *PluginRegistry::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->watchWarnings(engine);
    return s_instance;
}

void PluginRegistry::setInstance(PluginRegistry *instance)
{
    s_instance = instance;
}

PluginRegistry *PluginRegistry::instance()
{
    return s_instance;
}

void PluginRegistry::watchWarnings(QQmlEngine *engine)
{
    if (m_engine == engine || !engine)
        return;
    m_engine = engine;
    applyImportPaths();
    // Created on the first network use, which comes after the first page touched this singleton.
    static LocalOnlyNetworkFactory localOnly;
    if (!engine->networkAccessManagerFactory())
        engine->setNetworkAccessManagerFactory(&localOnly);
    connect(engine, &QQmlEngine::warnings, this, [this](const QList<QQmlError> &warnings) {
        for (const QQmlError &warning : warnings) {
            if (!warning.url().isLocalFile())
                continue;
            const QString file = warning.url().toLocalFile();
            for (const plugins::Plugin &p : std::as_const(m_discovery.plugins)) {
                if (p.active() && file.startsWith(p.folder + u'/'))
                    reportError(p.id, warning.toString());
            }
        }
    });
}

void PluginRegistry::applyImportPaths()
{
    if (!m_engine)
        return;
    QStringList paths = m_engine->importPathList();
    for (const QString &old : std::as_const(m_importPaths))
        paths.removeAll(old);
    m_importPaths.clear();
    for (const plugins::Plugin &p : std::as_const(m_discovery.plugins)) {
        if (p.active())
            m_importPaths << p.manifest->importPaths;
    }
    // Searched last: a plugin's module can never shadow one of the app's (qrc:/qt/qml) or Qt's own.
    m_engine->setImportPathList(paths + m_importPaths);
}

store::CatalogStore *PluginRegistry::catalogStore() const
{
    if (m_store)
        return m_store;
    auto *backend = CatalogBackend::instance();
    return backend ? backend->store() : nullptr;
}

const plugins::Plugin *PluginRegistry::plugin(const QString &id) const
{
    for (const plugins::Plugin &p : m_discovery.plugins) {
        if (p.active() && p.id == id)
            return &p;
    }
    return nullptr;
}

QVariantList PluginRegistry::pluginList() const
{
    QVariantList out;
    for (const plugins::Plugin &p : m_discovery.plugins) {
        QStringList problems;
        for (const plugins::Problem &problem : p.problems)
            problems << problem.toString();
        const QString status = !p.manifest ? QStringLiteral("broken")
            : !p.overriddenBy.isEmpty()    ? QStringLiteral("overridden")
            : m_fatal.contains(p.id)       ? QStringLiteral("errors")
                                           : QStringLiteral("active");
        out << QVariantMap{{QStringLiteral("id"), p.id},
                           {QStringLiteral("name"), p.manifest ? p.manifest->name : p.id},
                           {QStringLiteral("version"), p.manifest ? p.manifest->version : QString()},
                           {QStringLiteral("description"), p.manifest ? p.manifest->description : QString()},
                           {QStringLiteral("folder"), QDir::toNativeSeparators(p.folder)},
                           {QStringLiteral("native"), p.manifest && !p.manifest->importPaths.isEmpty()},
                           {QStringLiteral("origin"), plugins::originName(p.origin)},
                           {QStringLiteral("active"), p.active()},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("problems"), problems},
                           {QStringLiteral("overriddenBy"), p.overriddenBy},
                           {QStringLiteral("errors"), p.active() ? m_errors.value(p.id) : QStringList()},
                           {QStringLiteral("settings"), settingsList(p)}};
    }
    return out;
}

QVariantList PluginRegistry::folders() const
{
    QVariantList out;
    for (const plugins::Folder &folder : m_folders) {
        out << QVariantMap{{QStringLiteral("path"), QDir::toNativeSeparators(folder.path)},
                           {QStringLiteral("origin"), plugins::originName(folder.origin)}};
    }
    return out;
}

QVariantList PluginRegistry::pages() const
{
    QVariantList out;
    for (const plugins::Plugin &p : m_discovery.plugins) {
        if (!p.active())
            continue;
        for (const plugins::Contribution &c : p.manifest->pages) {
            out << QVariantMap{{QStringLiteral("key"), QString(QStringLiteral("plugin-") + p.id + u'-' + c.id)},
                               // Through the plugin's own catalogue, context "portolan-plugin" (see the plugin author's guide).
            {QStringLiteral("title"), QCoreApplication::translate("portolan-plugin", c.title.toUtf8().constData())},
                               {QStringLiteral("glyph"), c.glyph.isEmpty() ? QStringLiteral("◆") : c.glyph},
                               {QStringLiteral("plugin"), QVariant(contributionMap(p, c))}};
        }
    }
    return out;
}

QVariantList PluginRegistry::contributionsFor(const QString &ref, bool tabs) const
{
    store::CatalogStore *store = catalogStore();
    const auto row = store && !ref.isEmpty() ? store->entity(ref) : std::nullopt;
    if (!row)
        return {};
    const QStringList annotations =
        row->data.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject().keys();
    QVariantList out;
    for (const plugins::Plugin &p : m_discovery.plugins) {
        if (!p.active())
            continue;
        for (const plugins::Contribution &c : tabs ? p.manifest->entityTabs : p.manifest->entityCards) {
            if (c.appliesTo(row->kind, annotations))
                out << contributionMap(p, c);
        }
    }
    return out;
}

QVariantList PluginRegistry::cardsFor(const QString &ref) const
{
    return contributionsFor(ref, false);
}

QVariantList PluginRegistry::tabsFor(const QString &ref) const
{
    return contributionsFor(ref, true);
}

void PluginRegistry::reload()
{
    if (m_engine)
        m_engine->clearComponentCache();
    m_discovery = plugins::discover(m_folders);
    applyImportPaths();
    loadTranslations();
    m_errors.clear();
    m_fatal.clear();
    ++m_revision;
    Q_EMIT changed();
    Q_EMIT pluginsChanged();
}

void PluginRegistry::reportError(const QString &pluginId, const QString &message, bool fatal)
{
    QStringList &errors = m_errors[pluginId];
    if (errors.contains(message))
        return;
    errors << message;
    if (fatal)
        m_fatal[pluginId] << message;
    Q_EMIT errorReported(pluginId, message);
    Q_EMIT pluginsChanged();
}

QString PluginRegistry::setting(const QString &pluginId, const QString &key) const
{
    if (const QString env = qEnvironmentVariable(settingEnvName(pluginId, key).toLatin1().constData()); !env.isEmpty())
        return env;
    const QString storeKey = settingStoreKey(pluginId, key);
    if (isSecretKey(key)) {
        if (!m_secrets.contains(storeKey) && portolan::sync::TokenStore::available())
            m_secrets.insert(storeKey, pluginKeychain().token(storeKey).value_or(QString()));
        if (const QString saved = m_secrets.value(storeKey); !saved.isEmpty())
            return saved;
    } else if (store::CatalogStore *store = catalogStore()) {
        if (const QString saved = store->setting(storeKey); !saved.isEmpty())
            return saved;
    }
    const plugins::Plugin *p = plugin(pluginId);
    return p ? p->manifest->settings.value(key) : QString();
}

void PluginRegistry::setSetting(const QString &pluginId, const QString &key, const QString &value)
{
    const QString storeKey = settingStoreKey(pluginId, key);
    if (isSecretKey(key)) {
        QString error = tr("no system keychain is available; set $%1 instead", "@info").arg(settingEnvName(pluginId, key));
        if (portolan::sync::TokenStore::available())
            error = value.isEmpty() ? pluginKeychain().remove(storeKey) : pluginKeychain().store(storeKey, value);
        if (error.isEmpty())
            m_secrets.insert(storeKey, value);
        else
            reportError(pluginId, tr("%1 was not saved: %2", "@info").arg(key, error), false);
    } else if (store::CatalogStore *store = catalogStore()) {
        if (const QString error = store->setSetting(storeKey, value); !error.isEmpty())
            qWarning("plugins: cannot save %s: %s", qPrintable(key), qPrintable(error));
    }
    Q_EMIT pluginsChanged();
}

QVariantList PluginRegistry::settingsList(const plugins::Plugin &p) const
{
    QVariantList out;
    if (!p.manifest)
        return out;
    for (auto it = p.manifest->settings.cbegin(); it != p.manifest->settings.cend(); ++it) {
        out << QVariantMap{{QStringLiteral("key"), it.key()},
                           {QStringLiteral("value"), setting(p.id, it.key())},
                           {QStringLiteral("defaultValue"), it.value()},
                           {QStringLiteral("environment"), settingEnvName(p.id, it.key())}};
    }
    return out;
}
