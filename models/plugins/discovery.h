// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "plugins/manifest.h"

namespace plugins {

/// Where a plugin folder comes from; decides which of two plugins with one id is used.
enum class Origin { Environment, User, System, App };
[[nodiscard]] QString originName(Origin origin);

struct Folder {
    QString path;
    Origin origin = Origin::App;
};

/// The folders searched, first wins: $PORTOLAN_PLUGIN_PATH (colon-separated), the user's XDG data folder, the
/// system's XDG data folders (each + "/portolan/plugins"), then the app's own (<appDir>/../share/portolan/plugins,
/// which is also where the build tree puts the bundled plugins). Duplicates are dropped.
[[nodiscard]] QList<Folder> defaultFolders(const QString &applicationDir);

/// A plugin folder found on disk, usable or not.
struct Plugin {
    QString id; ///< from the manifest, or the folder name when the manifest is unreadable
    QString folder;
    QString manifestPath;
    Origin origin = Origin::App;
    std::optional<Manifest> manifest; ///< empty when the manifest has problems
    QList<Problem> problems;
    QString overriddenBy; ///< folder of the plugin with the same id that is used instead

    /// Contributes to the UI: a valid manifest and not overridden.
    [[nodiscard]] bool active() const { return manifest.has_value() && overriddenBy.isEmpty(); }
};

struct Discovery {
    QList<Plugin> plugins; ///< in search order
    QStringList notes;     ///< overrides, in words ("… in <folder> is used instead of the one in <folder>")
};

/// Reads every `<folder>/<plugin>/portolan-plugin.{json,yaml}`; the first folder's plugin wins an id.
[[nodiscard]] Discovery discover(const QList<Folder> &folders);

} // namespace plugins
