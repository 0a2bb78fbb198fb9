// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QJSValue>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>

namespace scaffolder {

class NunjucksEngine;

/// One filesystem change a fetch action will make. Actions plan first and write afterwards, so a template
/// error or a refused path leaves the workspace untouched.
struct FileOp {
    enum class Kind { Directory, Write, Copy, Symlink };
    Kind kind = Kind::Write;
    QString target;        ///< absolute output path
    QString source;        ///< absolute skeleton path (Copy, Symlink)
    QByteArray data;       ///< rendered content (Write)
    QFileDevice::Permissions permissions;
    bool exactPermissions = false; ///< Copy keeps the mode as is; Write applies the umask like Node
};

struct FetchPlan {
    QString outputDir;
    QList<FileOp> ops;
    QStringList log;
};

/// Plans Backstage's fetch:template over a local skeleton directory. `input` is the action input
/// (targetPath, values, copyWithoutTemplating, copyWithoutRender, templateFileExtension, cookiecutterCompat,
/// replace, trimBlocks, lstripBlocks); `values` its `values` as a JS value (key order matters);
/// `templateDir` the resolved skeleton.
[[nodiscard]] Result<FetchPlan> planFetchTemplate(NunjucksEngine &engine, const QString &templateDir,
                                                  const QString &workspace, const QJsonObject &input,
                                                  const QJSValue &values);

/// fetch:template:file: one templated file to `targetPath`.
[[nodiscard]] Result<FetchPlan> planFetchTemplateFile(NunjucksEngine &engine, const QString &templateFile,
                                                      const QString &workspace, const QJsonObject &input,
                                                      const QJSValue &values);

/// Carries out a plan. Returns the first I/O failure.
[[nodiscard]] std::optional<Error> applyPlan(const FetchPlan &plan);

/// Node's path.extname (".tpl" of "a.tpl", "" of ".tpl").
[[nodiscard]] QString nodeExtname(const QString &path);

} // namespace scaffolder
