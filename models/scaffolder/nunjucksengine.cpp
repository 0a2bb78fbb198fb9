// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/nunjucksengine.h"

#include "scaffolder/compilecache.h"

#include <QFile>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <mutex>

namespace scaffolder {

namespace {

QString readResource(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1 (was `npm ci` run in resources/npm before building?)").arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// V4's compiler warns "Variable ... is used before its declaration" about the minified nunjucks bundle; it is
// harmless and would flood stderr (and --json consumers). Only that category is silenced, other rules stay.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void silenceQmlCompiler(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0)
        category->setEnabled(QtWarningMsg, false);
}

QString optionsKey(const NunjucksOptions &o)
{
    auto flag = [](const std::optional<bool> &b) {
        return !b ? QLatin1Char('-') : (*b ? QLatin1Char('1') : QLatin1Char('0'));
    };
    return QString(o.cookiecutterCompat ? QLatin1Char('1') : QLatin1Char('0')) + flag(o.trimBlocks)
        + flag(o.lstripBlocks);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap in an array and strip the brackets, QJsonDocument only serializes containers.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

} // namespace

NunjucksEngine::NunjucksEngine()
    : m_engine(std::make_unique<QJSEngine>())
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousFilter = QLoggingCategory::installFilter(silenceQmlCompiler); });
    const QString prelude = readResource(QStringLiteral(":/scaffolder/prelude.js"), &m_loadError);
    if (!m_loadError.isEmpty())
        return;
    const QString nunjucks = readResource(QStringLiteral(":/scaffolder/nunjucks.min.js"), &m_loadError);
    if (!m_loadError.isEmpty())
        return;
    const QString bridge = readResource(QStringLiteral(":/scaffolder/templater.js"), &m_loadError);
    if (!m_loadError.isEmpty())
        return;
    for (const auto &[source, name] : {std::pair{prelude, QStringLiteral("prelude.js")},
                                       std::pair{nunjucks, QStringLiteral("nunjucks.min.js")},
                                       std::pair{bridge, QStringLiteral("templater.js")}}) {
        const QJSValue result = m_engine->evaluate(source, name);
        if (result.isError()) {
            m_loadError = QStringLiteral("%1: %2").arg(name, result.toString());
            return;
        }
    }
    m_api = m_engine->globalObject().property(QStringLiteral("__portolan"));
    m_render = m_api.property(QStringLiteral("render"));
    m_renderValue = m_api.property(QStringLiteral("renderValue"));
    m_parseJson = m_api.property(QStringLiteral("parseJson"));
    m_stringify = m_api.property(QStringLiteral("stringify"));
    if (!m_render.isCallable())
        m_loadError = QStringLiteral("templater.js did not define __portolan.render");
    setCompileCacheDirectory(CompileCache::defaultDirectory());
}

void NunjucksEngine::setCompileCacheDirectory(const QString &directory)
{
    QJSValue host;
    m_cache.reset(directory.isEmpty() ? nullptr : new CompileCache(directory));
    if (m_cache) {
        QJSEngine::setObjectOwnership(m_cache.get(), QJSEngine::CppOwnership); // we delete it, not the GC
        host = m_engine->newQObject(m_cache.get());
    }
    m_engine->globalObject().setProperty(QStringLiteral("__portolanCodeCache"), host);
}

NunjucksEngine::~NunjucksEngine() = default;

QJSValue NunjucksEngine::fromJson(const QString &jsonText)
{
    if (!m_loadError.isEmpty())
        return {};
    return m_parseJson.callWithInstance(m_api, {jsonText});
}

QJSValue NunjucksEngine::fromJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return QJSValue(QJSValue::UndefinedValue);
    return fromJson(jsonText(value));
}

QString NunjucksEngine::toJsonText(const QJSValue &value)
{
    if (!m_loadError.isEmpty())
        return {};
    return m_stringify.callWithInstance(m_api, {value}).toString();
}

QJsonValue NunjucksEngine::toJson(const QJSValue &value)
{
    const QString text = toJsonText(value);
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + ']').array().at(0);
}

QJSValue NunjucksEngine::newObject()
{
    return m_engine->newObject();
}

Result<QString> NunjucksEngine::render(const QString &source, const QJSValue &context, const NunjucksOptions &options)
{
    if (!m_loadError.isEmpty())
        return Error{QStringLiteral("Error"), m_loadError, {}, 0, {}};
    const QJSValue out = m_render.callWithInstance(m_api, {optionsKey(options), source, context});
    if (out.isString())
        return out.toString();
    if (out.isError())
        return Error{QStringLiteral("Error"), out.toString(), {}, 0, {}};
    return Error{QStringLiteral("Error"), m_api.property(QStringLiteral("lastError")).toString(), {}, 0, {}};
}

QJSValue NunjucksEngine::renderValue(const QJSValue &input, const QJSValue &context)
{
    if (!m_loadError.isEmpty())
        return input;
    const QJSValue out = m_renderValue.callWithInstance(m_api, {input, context});
    if (out.isError())
        qWarning("scaffolder: renderValue failed: %s", qPrintable(out.toString()));
    return out.isError() ? input : out;
}

QStringList NunjucksEngine::lastWarnings() const
{
    QStringList warnings;
    const QJSValue list = m_api.property(QStringLiteral("warnings"));
    const int n = list.property(QStringLiteral("length")).toInt();
    for (int i = 0; i < n; ++i)
        warnings << list.property(quint32(i)).toString();
    return warnings;
}

void NunjucksEngine::setShapeCache(bool enabled)
{
    if (m_loadError.isEmpty())
        m_api.setProperty(QStringLiteral("shapes"), enabled);
}

void NunjucksEngine::setIntegrations(const QHash<QString, QString> &hostTypes)
{
    QJsonObject map;
    for (auto it = hostTypes.cbegin(); it != hostTypes.cend(); ++it)
        map.insert(it.key().toLower(), it.value());
    m_api.property(QStringLiteral("setIntegrations")).callWithInstance(m_api, {jsonText(map)});
}

} // namespace scaffolder

