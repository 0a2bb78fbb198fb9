// SPDX-License-Identifier: Apache-2.0
// fs:rename, fs:delete, debug:log.
#include "scaffolder/actions.h"
#include "scaffolder/globmatcher.h"
#include "scaffolder/safepath.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>

#include <filesystem>

namespace scaffolder {

namespace {

QStringList workspaceEntries(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(root).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

std::optional<Error> fsRename(ActionContext &ctx)
{
    const QJsonValue files = ctx.input.value(QStringLiteral("files"));
    if (!files.isArray())
        return inputError(QStringLiteral("files must be an Array"));
    for (const QJsonValue &v : files.toArray()) {
        const QJsonObject file = v.toObject();
        const QString fromRel = file.value(QStringLiteral("from")).toString();
        const QString toRel = file.value(QStringLiteral("to")).toString();
        if (fromRel.isEmpty() || toRel.isEmpty())
            return inputError(QStringLiteral("each file must have a from and to property"));
        auto from = resolveSafeChildPath(ctx.workspace, fromRel);
        if (isError(from))
            return std::get<Error>(from);
        auto to = resolveSafeChildPath(ctx.workspace, toRel);
        if (isError(to))
            return std::get<Error>(to);
        namespace fs = std::filesystem;
        const fs::path src = std::get<QString>(from).toStdString(), dst = std::get<QString>(to).toStdString();
        std::error_code ec;
        if (!fs::exists(fs::symlink_status(src, ec)))
            return Error{QStringLiteral("Error"), QStringLiteral("no such file or directory: %1").arg(fromRel), {}, 0,
                         {}};
        if (fs::exists(fs::symlink_status(dst, ec))) {
            if (!file.value(QStringLiteral("overwrite")).toBool())
                return Error{QStringLiteral("Error"), QStringLiteral("dest already exists."), toRel, 0, {}};
            fs::remove_all(dst, ec);
        }
        fs::create_directories(dst.parent_path(), ec);
        fs::rename(src, dst, ec);
        if (ec)
            return Error{QStringLiteral("Error"), QString::fromStdString(ec.message()), toRel, 0, {}};
        ctx.log(QStringLiteral("Renamed %1 to %2").arg(fromRel, toRel));
    }
    return std::nullopt;
}

std::optional<Error> fsDelete(ActionContext &ctx)
{
    const QJsonValue files = ctx.input.value(QStringLiteral("files"));
    if (!files.isArray())
        return inputError(QStringLiteral("files must be an Array"));
    QStringList patterns;
    for (const QJsonValue &v : files.toArray())
        patterns << v.toString();
    const GlobMatcher matcher(patterns);
    for (const QString &rel : workspaceEntries(ctx.workspace)) {
        if (!matcher.matches(rel))
            continue;
        auto path = resolveSafeChildPath(ctx.workspace, rel);
        if (isError(path))
            return std::get<Error>(path);
        std::error_code ec;
        std::filesystem::remove_all(std::get<QString>(path).toStdString(), ec);
        ctx.log(QStringLiteral("File %1 deleted successfully").arg(rel));
    }
    return std::nullopt;
}

std::optional<Error> debugLog(ActionContext &ctx)
{
    if (ctx.input.contains(QStringLiteral("message")))
        ctx.log(ctx.input.value(QStringLiteral("message")).toVariant().toString());
    const QJsonValue list = ctx.input.value(QStringLiteral("listWorkspace"));
    if (list.toBool() || list.isString()) {
        const bool contents = list.toString() == QLatin1String("with-contents");
        QStringList lines;
        for (const QString &rel : workspaceEntries(ctx.workspace)) {
            lines << QStringLiteral("  ") + rel;
            QFile f(QDir(ctx.workspace).filePath(rel));
            if (contents && QFileInfo(f.fileName()).isFile() && f.open(QIODevice::ReadOnly))
                lines << QString::fromUtf8(f.read(4096));
        }
        ctx.log(QStringLiteral("Workspace:\n") + lines.join(QLatin1Char('\n')));
    }
    return std::nullopt;
}

} // namespace

void addFsActions(QList<ActionInfo> &list)
{
    list << ActionInfo{QStringLiteral("fs:rename"), true, {}, fsRename}
         << ActionInfo{QStringLiteral("fs:delete"), true, {}, fsDelete}
         << ActionInfo{QStringLiteral("debug:log"), true, {}, debugLog};
}

} // namespace scaffolder
