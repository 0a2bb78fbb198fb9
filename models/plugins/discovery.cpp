// SPDX-License-Identifier: Apache-2.0
#include "discovery.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QStandardPaths>

namespace plugins {

namespace {
const QString kSubfolder = QStringLiteral("/portolan/plugins");
}

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Environment:
        return QStringLiteral("PORTOLAN_PLUGIN_PATH");
    case Origin::User:
        return QStringLiteral("user");
    case Origin::System:
        return QStringLiteral("system");
    case Origin::App:
        return QStringLiteral("app");
    }
    return {};
}

QList<Folder> defaultFolders(const QString &applicationDir)
{
    QList<Folder> folders;
    const QString env = qEnvironmentVariable("PORTOLAN_PLUGIN_PATH");
    for (const QString &path : env.split(u':', Qt::SkipEmptyParts))
        folders << Folder{path, Origin::Environment};
    // GenericDataLocation lists the user's folder (XDG_DATA_HOME) first, then XDG_DATA_DIRS.
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    folders << Folder{user + kSubfolder, Origin::User};
    for (const QString &dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation)) {
        if (dir != user)
            folders << Folder{dir + kSubfolder, Origin::System};
    }
    if (!applicationDir.isEmpty())
        folders << Folder{QDir::cleanPath(applicationDir + QStringLiteral("/../share") + kSubfolder), Origin::App};

    // An app installed in /usr finds /usr/share twice (as system and as its own): keep the first.
    QList<Folder> unique;
    QStringList seen;
    for (const Folder &folder : std::as_const(folders)) {
        const QString key = QFileInfo(folder.path).canonicalFilePath().isEmpty() ? QDir::cleanPath(folder.path)
                                                                                  : QFileInfo(folder.path).canonicalFilePath();
        if (!seen.contains(key)) {
            seen << key;
            unique << folder;
        }
    }
    return unique;
}

Discovery discover(const QList<Folder> &folders)
{
    Discovery out;
    QHash<QString, qsizetype> winner; // id -> index in out.plugins
    for (const Folder &folder : folders) {
        const QDir dir(folder.path);
        if (!dir.exists())
            continue;
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            Plugin plugin;
            plugin.folder = dir.absoluteFilePath(name);
            plugin.origin = folder.origin;
            for (const QString &file : manifestFileNames()) {
                if (QFileInfo::exists(plugin.folder + u'/' + file)) {
                    plugin.manifestPath = plugin.folder + u'/' + file;
                    break;
                }
            }
            if (plugin.manifestPath.isEmpty())
                continue; // not a plugin (e.g. a folder of shared assets)
            ParseResult parsed = parseManifest(plugin.manifestPath);
            plugin.manifest = parsed.manifest;
            plugin.problems = parsed.problems;
            plugin.id = plugin.manifest ? plugin.manifest->id : name;
            if (const auto it = winner.constFind(plugin.id); it != winner.cend()) {
                const Plugin &used = out.plugins.at(*it);
                plugin.overriddenBy = used.folder;
                out.notes << QStringLiteral("Plugin \"%1\" in %2 (%3) is used instead of the one in %4 (%5).")
                                 .arg(plugin.id, used.folder, originName(used.origin), plugin.folder, originName(plugin.origin));
            } else {
                winner.insert(plugin.id, out.plugins.size());
            }
            out.plugins << plugin;
        }
    }
    return out;
}

} // namespace plugins
