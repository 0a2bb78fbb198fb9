// SPDX-License-Identifier: Apache-2.0
#include "techdocs/pathguard.h"

#include <QDir>
#include <QFileInfo>

namespace techdocs {

bool isInside(const QString &base, const QString &path)
{
    return path == base || path.startsWith(base.endsWith(u'/') ? base : base + u'/');
}

std::optional<QString> resolveInside(const QString &base, const QString &relative)
{
    const QString canonicalBase = QFileInfo(base).canonicalFilePath();
    if (canonicalBase.isEmpty() || QDir::isAbsolutePath(relative))
        return std::nullopt;
    const QString joined = QDir::cleanPath(canonicalBase + u'/' + relative);
    if (!isInside(canonicalBase, joined))
        return std::nullopt;
    // Walk up to the nearest existing ancestor and canonicalize that: it catches symlinks anywhere on the way.
    QString existing = joined;
    QString rest;
    while (!QFileInfo::exists(existing) && existing.size() > canonicalBase.size()) {
        const int slash = existing.lastIndexOf(u'/');
        rest = existing.mid(slash) + rest;
        existing = existing.left(slash);
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    if (canonical.isEmpty() || !isInside(canonicalBase, canonical))
        return std::nullopt;
    return canonical + rest;
}

} // namespace techdocs
