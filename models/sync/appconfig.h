// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

// `sync` alone would collide with POSIX ::sync() (pulled in by <atomic>), hence portolan::sync.
namespace portolan::sync {

using EnvLookup = std::function<std::optional<QString>(const QString &name)>;

/// The process environment.
[[nodiscard]] std::optional<QString> systemEnv(const QString &name);

/// Backstage app-config files read and merged as Backstage does: later files win, objects merge key by key,
/// arrays and scalars are replaced whole. `${VAR}` in strings is substituted (`$${` escapes), and
/// `$env`, `$file` and `$include` objects are resolved relative to the file that contains them.
struct AppConfig {
    QJsonObject data;
    QStringList files;  ///< files actually read, lowest priority first
    QStringList errors; ///< "file: path.to.key: message"
    QStringList warnings;
};

[[nodiscard]] AppConfig loadAppConfig(const QStringList &paths, const EnvLookup &env = systemEnv);

/// Deep merge: `higher` wins; objects merge recursively, anything else is replaced.
[[nodiscard]] QJsonObject mergeConfig(const QJsonObject &lower, const QJsonObject &higher);

/// app-config.yaml and app-config.local.yaml in `dir`, those that exist, in Backstage's order.
[[nodiscard]] QStringList defaultAppConfigFiles(const QString &dir);

/// Portolan's own settings: $PORTOLAN_CONFIG, else <XDG config>/portolan/portolan.yaml.
[[nodiscard]] QString portolanConfigPath();

} // namespace portolan::sync
