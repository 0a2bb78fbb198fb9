// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/environment.h"

namespace scaffolder {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Null: return QStringLiteral("null");
    default: return QStringLiteral("string");
    }
}

} // namespace

DefaultEnvironment defaultEnvironmentFromConfig(const QJsonObject &appConfig)
{
    DefaultEnvironment env;
    const QString base = QStringLiteral("scaffolder.defaultEnvironment");
    const QJsonValue section = appConfig.value(QStringLiteral("scaffolder")).toObject().value(QStringLiteral("defaultEnvironment"));
    if (section.isUndefined() || section.isNull())
        return env;
    if (!section.isObject()) {
        env.errors << QStringLiteral("%1: must be a mapping with parameters and secrets (found %2)").arg(base, typeName(section));
        return env;
    }
    // Backstage reads each entry with Config.getString, which refuses anything but a string; so does this.
    for (const char *part : {"parameters", "secrets"}) {
        const QString key = QLatin1String(part);
        const QJsonValue group = section.toObject().value(key);
        if (group.isUndefined() || group.isNull())
            continue;
        if (!group.isObject()) {
            env.errors << QStringLiteral("%1.%2: must be a mapping of names to strings (found %3)").arg(base, key, typeName(group));
            continue;
        }
        const QJsonObject o = group.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString()) {
                env.errors << QStringLiteral("%1.%2.%3: Invalid type in config, got %4, wanted string")
                                  .arg(base, key, it.key(), typeName(it.value()));
                continue;
            }
            if (key == QLatin1String("parameters"))
                env.parameters.insert(it.key(), it.value());
            else
                env.secrets.insert(it.key(), it.value().toString());
        }
    }
    return env;
}

} // namespace scaffolder
