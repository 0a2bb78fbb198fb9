// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace scaffolder {

/// `environment.parameters.*` / `environment.secrets.*` of a run: app-config's `scaffolder.defaultEnvironment`,
/// read like Backstage's resolveDefaultEnvironment (every value must be a string). The app-config files are read
/// and merged by sync::loadAppConfig; this only picks the section out of the merged data.
struct DefaultEnvironment {
    QJsonObject parameters;           ///< visible to every template expression
    QHash<QString, QString> secrets;  ///< step inputs only; redacted in logs, never written by Portolan
    QStringList errors;               ///< "scaffolder.defaultEnvironment.parameters.x: ..." (the run must not start)
};

[[nodiscard]] DefaultEnvironment defaultEnvironmentFromConfig(const QJsonObject &appConfig);

} // namespace scaffolder
