// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "catalog/entity.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <optional>

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

    /// Serves placeholder and Location target reads (and readFile/readPaths file contents) from somewhere
    /// else than the disk, e.g. a Git tree. Return nullopt when the path does not exist. Glob patterns in
    /// Location targets are only expanded on disk.
    void setFileLoader(std::function<std::optional<QByteArray>(const QString &path)> loader);
    /// The location type written into locationKey and the managed-by-location annotations
    /// (`<type>:<path>`), and the type Location entities inherit when they give none. Default "file".
    void setLocationType(const QString &type);

    /// Files larger than this are refused unread.
    static constexpr qint64 kMaxFileBytes = 10 * 1024 * 1024;

private:
    std::function<std::optional<QByteArray>(const QString &path)> m_loader;
    QString m_locationType = QStringLiteral("file");
};

} // namespace catalog
