// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

#include <QHash>
#include <QJSValue>
#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <optional>

class QJSEngine;

namespace scaffolder {

/// Nunjucks options of one fetch:template run (Backstage's SecureTemplater options).
struct NunjucksOptions {
    bool cookiecutterCompat = false;   ///< `{{ }}` delimiters, jinja compat, `jsonify`
    std::optional<bool> trimBlocks;    ///< passed through only when given, like Backstage
    std::optional<bool> lstripBlocks;
};

/// nunjucks 3.2.4 (the npm build, bundled as a Qt resource) in a QJSEngine, configured like Backstage's
/// classic templater. Compiled templates are cached. A QJSEngine belongs to its thread: create, use and
/// destroy an engine on one thread.
class NunjucksEngine
{
public:
    NunjucksEngine();
    ~NunjucksEngine();
    NunjucksEngine(const NunjucksEngine &) = delete;
    NunjucksEngine &operator=(const NunjucksEngine &) = delete;

    /// Empty when nunjucks loaded; otherwise why not (missing resource, script error).
    [[nodiscard]] QString loadError() const { return m_loadError; }

    /// Template data lives as JS values: they keep object key order (QJsonObject sorts keys, which would
    /// change `dump`, loops over mappings and every `| jsonify`).
    [[nodiscard]] QJSValue fromJson(const QString &jsonText);
    [[nodiscard]] QJSValue fromJson(const QJsonValue &value);
    [[nodiscard]] QString toJsonText(const QJSValue &value); ///< '' for undefined
    [[nodiscard]] QJsonValue toJson(const QJSValue &value);   ///< Undefined for undefined
    [[nodiscard]] QJSValue newObject();

    /// Renders one template string against `context` (copied per render, as Backstage does). The error text is
    /// nunjucks' own, e.g. "(unknown path) [Line 2, Column 5]\n  unknown block tag: endfor".
    [[nodiscard]] Result<QString> render(const QString &source, const QJSValue &context,
                                         const NunjucksOptions &options = {});

    /// Renders every string of a value like Backstage's step runner: a lone `${{ expr }}` keeps its JSON
    /// type, '' becomes undefined (the key is dropped), a failing render keeps the original string.
    [[nodiscard]] QJSValue renderValue(const QJSValue &input, const QJSValue &context);

    /// Warnings from the last renderValue() ("Failed to parse template string: ...").
    [[nodiscard]] QStringList lastWarnings() const;

    /// SCM hosts the parseRepoUrl filter accepts, host -> type (github, gitlab, bitbucket, azure, gitea,
    /// gerrit, ...). Defaults to Backstage's implicit integrations.
    void setIntegrations(const QHash<QString, QString> &hostTypes);

    /// Compile templates by shape (literal text swapped for lookups, see templater.js); on by default. Off only
    /// to measure what it saves (bench/template_bench --no-shapes).
    void setShapeCache(bool enabled);

    /// Where compiled templates are kept between runs (CompileCache::defaultDirectory() unless changed);
    /// an empty string turns the disk cache off.
    void setCompileCacheDirectory(const QString &directory);

private:
    std::unique_ptr<QJSEngine> m_engine;
    QJSValue m_api;
    QJSValue m_render;
    QJSValue m_renderValue;
    QJSValue m_parseJson;
    QJSValue m_stringify;
    QString m_loadError;
    std::unique_ptr<class CompileCache> m_cache;
};

} // namespace scaffolder
