// SPDX-License-Identifier: Apache-2.0
#include "plugincontext.h"

#include "catalogbackend.h"
#include "highlightedcode.h"
#include "pluginregistry.h"
#include "store/catalogstore.h"

#include <QDesktopServices>

namespace {
constexpr int kMaxQueryRows = 500;
} // namespace

PluginContext::PluginContext(QObject *parent)
    : QObject(parent)
{
    if (auto *backend = CatalogBackend::instance())
        connect(backend, &CatalogBackend::catalogChanged, this, &PluginContext::loadEntity);
}

PluginRegistry *PluginContext::registry() const
{
    return PluginRegistry::instance();
}

void PluginContext::setPluginId(const QString &id)
{
    if (m_pluginId == id)
        return;
    if (auto *r = registry()) {
        disconnect(r, nullptr, this, nullptr);
        connect(r, &PluginRegistry::errorReported, this, [this](const QString &pluginId) {
            if (pluginId == m_pluginId)
                Q_EMIT errorsChanged();
        });
    }
    m_pluginId = id;
    Q_EMIT pluginChanged();
    Q_EMIT errorsChanged();
}

QString PluginContext::pluginName() const
{
    const plugins::Plugin *p = registry() ? registry()->plugin(m_pluginId) : nullptr;
    return p ? p->manifest->name : m_pluginId;
}

QString PluginContext::pluginVersion() const
{
    const plugins::Plugin *p = registry() ? registry()->plugin(m_pluginId) : nullptr;
    return p ? p->manifest->version : QString();
}

int PluginContext::apiVersion() const
{
    return plugins::kApiVersion;
}

QStringList PluginContext::errors() const
{
    return registry() ? registry()->errorsOf(m_pluginId) : QStringList();
}

void PluginContext::setEntityRef(const QString &ref)
{
    if (m_entityRef == ref)
        return;
    m_entityRef = ref;
    loadEntity();
}

void PluginContext::loadEntity()
{
    m_entity = m_entityRef.isEmpty() ? QVariantMap() : findEntity(m_entityRef);
    Q_EMIT entityChanged();
}

QVariant PluginContext::findEntity(const QString &ref) const
{
    store::CatalogStore *store = registry() ? registry()->catalogStore() : nullptr;
    const auto row = store ? store->entity(ref) : std::nullopt;
    return row ? row->data.toVariantMap() : QVariantMap();
}

QVariantList PluginContext::query(const QVariantMap &filter)
{
    store::CatalogStore *store = registry() ? registry()->catalogStore() : nullptr;
    store::Query q;
    q.limit = -1;
    int limit = 50;
    QStringList annotations;
    const QStringList facets = store::facetNames();
    for (auto it = filter.cbegin(); it != filter.cend(); ++it) {
        const QStringList values = it.value().typeId() == QMetaType::QString ? QStringList{it.value().toString()}
                                                                             : it.value().toStringList();
        if (it.key() == u"text")
            q.text = it.value().toString();
        else if (it.key() == u"limit")
            limit = std::clamp(it.value().toInt(), 1, kMaxQueryRows);
        else if (it.key() == u"annotation")
            annotations = values;
        else if (facets.contains(it.key()))
            q.filters.insert(it.key(), values);
        else {
            const QString message = tr("query(): unknown filter \"%1\"; use text, %2, annotation or limit", "@info")
                                        .arg(it.key(), facets.join(QStringLiteral(", ")));
            fail(message, false);
            if (QJSEngine *engine = qjsEngine(this))
                engine->throwError(message);
            return {};
        }
    }
    QVariantList out;
    if (!store)
        return out;
    for (const store::EntityRow &row : store->search(q)) {
        const QJsonObject present =
            row.data.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
        if (!annotations.isEmpty()
            && std::none_of(annotations.cbegin(), annotations.cend(), [&](const QString &k) { return present.contains(k); }))
            continue;
        out << row.data.toVariantMap();
        if (out.size() >= limit)
            break;
    }
    return out;
}

void PluginContext::highlight(const QString &code, const QString &language, const QJSValue &callback, bool dark)
{
    auto *job = new HighlightedCode(this);
    connect(job, &HighlightedCode::htmlChanged, this, [this, job, callback]() {
        if (job->busy())
            return; // the plain text comes first; wait for the highlighted answer
        deliver(callback, {{QStringLiteral("html"), job->html()}});
        job->deleteLater();
    });
    job->setDark(dark);
    job->setLanguage(language);
    job->setCode(code);
}

bool PluginContext::openUrl(const QString &text)
{
    const QUrl url(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https" && scheme != u"mailto")) {
        fail(tr("openUrl(): refused \"%1\": only http, https and mailto links open", "@info").arg(text), false);
        return false;
    }
    return QDesktopServices::openUrl(url);
}

QString PluginContext::setting(const QString &key) const
{
    return registry() ? registry()->setting(m_pluginId, key) : QString();
}

void PluginContext::fail(const QString &message, bool fatal)
{
    if (auto *r = registry())
        r->reportError(m_pluginId, message, fatal);
}

void PluginContext::deliver(QJSValue callback, const QVariantMap &result)
{
    QJSEngine *engine = qjsEngine(this);
    if (!engine || !callback.isCallable())
        return;
    const QJSValue returned = callback.call({engine->toScriptValue(result)});
    if (returned.isError()) {
        fail(tr("%1:%2: %3", "@info file:line: error thrown by a plugin callback")
                 .arg(returned.property(QStringLiteral("fileName")).toString(),
                      returned.property(QStringLiteral("lineNumber")).toString(), returned.toString()),
             true);
    }
}
