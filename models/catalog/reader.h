// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"

#include <QByteArray>
#include <QStringList>

namespace catalog {

/// Reads Backstage catalog files (multi-document YAML) the way Backstage's catalog does: envelope and
/// field-format policies, kind validators, relations, placeholders ($text/$json/$yaml) and Location
/// entities followed relative to their file (cycles detected). Invalid documents become diagnostics;
/// valid siblings are kept.
class Reader
{
public:
    /// Files are read as given; folders are searched for **/catalog-info.yaml.
    [[nodiscard]] ReadResult readPaths(const QStringList &paths);
    [[nodiscard]] ReadResult readFile(const QString &path);
    /// Parses text already in memory (e.g. a blob read from Git). fileName is used in diagnostics and for
    /// locationKey; placeholders and Location targets resolve relative to it through the resolver.
    [[nodiscard]] ReadResult readText(const QByteArray &text, const QString &fileName);
};

} // namespace catalog
