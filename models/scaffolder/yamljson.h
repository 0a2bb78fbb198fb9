// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

#include <QHash>
#include <QJSValue>
#include <QString>

namespace YAML {
class Node;
class Emitter;
}

namespace scaffolder {

/// YAML turned into JSON text that keeps mapping order (templates iterate mappings and `dump` objects, so order
/// is visible in output), typed by the YAML 1.2 core schema like the `yaml` npm package Backstage uses.
/// `lines` maps field paths ("spec.steps[1].action") to 1-based lines, for errors that name file:line: field.
struct YamlJson {
    QString json;
    QHash<QString, int> lines;
};

[[nodiscard]] Result<YamlJson> yamlToJson(const QByteArray &yaml, const QString &fileName);
[[nodiscard]] QString yamlNodeToJson(const YAML::Node &node, const QString &path, QHash<QString, int> *lines);

/// A JS value (insertion order kept) written as block YAML, the way catalog:write stores an entity.
[[nodiscard]] QByteArray jsValueToYaml(const QJSValue &value);

/// JSON string literal for `s`.
[[nodiscard]] QString jsonQuote(const QString &s);

} // namespace scaffolder
