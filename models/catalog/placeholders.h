// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/validator.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace catalog {

using FileLoader = std::function<std::optional<QByteArray>(const QString &path)>;

/// Replaces every `{$text: path}`, `{$json: path}` and `{$yaml: path}` object with the file's content.
/// Paths resolve against the directory of `baseFile`. Backstage itself refuses relative placeholders in
/// `file:` locations; Portolan allows them because local files are its main source. Objects with other
/// `$` keys (e.g. JSON Schema's `$ref`) or more than one key are left alone.
[[nodiscard]] ValidationOutcome resolvePlaceholders(QJsonObject &entity, const QString &baseFile,
                                                    const FileLoader &loader);

} // namespace catalog
