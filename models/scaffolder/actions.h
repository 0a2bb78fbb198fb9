// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

#include <QJSValue>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace scaffolder {

class NunjucksEngine;

/// A catalog:register request for the app to import (the store belongs to the app, not to this library).
struct Registration {
    QString catalogInfoUrl; ///< file:// URL or remote URL of the catalog-info.yaml
    QString entityRef;      ///< best guess from the file when it could be read ("component:default/x")
    bool optional = false;
};

/// Who commits when publish:* creates a repository.
struct GitAuthor {
    QString name = QStringLiteral("Scaffolder");
    QString email = QStringLiteral("scaffolder@backstage.io");
};

/// What an action sees. Inputs arrive rendered: `input` for reading options, `inputJs` for passing values
/// on with their key order (fetch:template's `values`, catalog:write's `entity`).
struct ActionContext {
    NunjucksEngine &engine;
    QString workspace;     ///< absolute
    QString templateDir;   ///< folder of template.yaml (relative URLs resolve here)
    QString templateRef;   ///< template:default/name
    QString stepId;
    bool dryRun = false;
    QJsonObject input;
    QJSValue inputJs;
    QHash<QString, QString> secrets; ///< task secrets (e.g. a token for publish:*)
    GitAuthor author;
    std::function<void(const QString &)> log;
    std::function<void(const QString &, const QJsonValue &)> output;
    QList<Registration> *registrations = nullptr;
};

using ActionHandler = std::function<std::optional<Error>(ActionContext &)>;

struct ActionInfo {
    QString id;
    bool supportsDryRun = true;
    QJsonObject exampleOutput; ///< what a skipped dry-run step outputs (Backstage's generateExampleOutput)
    ActionHandler handler;
};

/// The built-in actions: fetch:template, fetch:template:file, fetch:plain, fetch:plain:file, fs:rename,
/// fs:delete, debug:log, catalog:write, catalog:register, publish:git, publish:github, publish:gitlab,
/// publish:bitbucket (plus publish:bitbucketCloud/bitbucketServer aliases).
[[nodiscard]] const QList<ActionInfo> &builtinActions();
[[nodiscard]] const ActionInfo *findAction(const QString &id);

// Groups of handlers, one file each.
void addFetchActions(QList<ActionInfo> &list);
void addFsActions(QList<ActionInfo> &list);
void addCatalogActions(QList<ActionInfo> &list);
void addPublishActions(QList<ActionInfo> &list);

/// Resolves a fetch URL against the template folder: relative paths and file:// URLs inside it.
[[nodiscard]] Result<QString> resolveFetchUrl(const ActionContext &ctx, const QString &url);

} // namespace scaffolder
