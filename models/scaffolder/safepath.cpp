// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/safepath.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace scaffolder {

QString realPathLenient(const QString &absolutePath)
{
    namespace fs = std::filesystem;
    QStringList pending = QDir::cleanPath(absolutePath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::reverse(pending.begin(), pending.end());
    QString resolved;
    bool missing = false; // once a component is missing, nothing below it can be a link
    int hops = 0;
    while (!pending.isEmpty()) {
        const QString part = pending.takeLast();
        if (part == QLatin1String(".."))  {
            resolved = resolved.left(std::max<qsizetype>(0, resolved.lastIndexOf(QLatin1Char('/'))));
            continue;
        }
        if (part == QLatin1String("."))
            continue;
        const QString candidate = resolved + QLatin1Char('/') + part;
        std::error_code ec;
        const fs::path native = candidate.toStdString();
        if (!missing && fs::is_symlink(fs::symlink_status(native, ec)) && ++hops < 64) {
            const QString target = QString::fromStdString(fs::read_symlink(native, ec).string());
            QStringList parts = target.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            std::reverse(parts.begin(), parts.end());
            pending += parts;
            if (target.startsWith(QLatin1Char('/')))
                resolved.clear();
            continue;
        }
        if (!missing && !fs::exists(fs::symlink_status(native, ec)))
            missing = true;
        resolved = candidate;
    }
    return resolved.isEmpty() ? QStringLiteral("/") : resolved;
}

bool isChildPath(const QString &base, const QString &path)
{
    const QString realBase = realPathLenient(QDir(base).absolutePath());
    const QString realPath = realPathLenient(QDir(base).absoluteFilePath(path));
    const QString relative = QDir(realBase).relativeFilePath(realPath);
    if (relative.isEmpty() || relative == QLatin1String("."))
        return true;
    return !relative.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(relative);
}

Result<QString> resolveSafeChildPath(const QString &base, const QString &path)
{
    const QString target = QDir::cleanPath(QDir(base).absoluteFilePath(path));
    if (!isChildPath(base, target))
        return Error{QStringLiteral("NotAllowedError"),
                     QStringLiteral("Relative path is not allowed to refer to a directory outside its parent"),
                     {}, 0, {}};
    return target;
}

} // namespace scaffolder
