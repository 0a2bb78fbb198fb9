// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <yaml-cpp/yaml.h>

#include <optional>

// Small helpers shared by the app-config and kubeconfig readers; yaml-cpp stays inside this library.
namespace k8s::yaml
{

/// 1-based line of @p node, 0 when the node does not exist in the file.
[[nodiscard]] inline int lineOf(const YAML::Node &node)
{
    return node.IsDefined() && node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

/// The node under @p key of a map, or an undefined node. yaml-cpp throws when a missing key of a const map
/// is asked its type, so every lookup of something that may be absent goes through here.
[[nodiscard]] inline YAML::Node child(const YAML::Node &map, const char *key)
{
    if (!map.IsDefined() || !map.IsMap() || !map[key].IsDefined())
        return YAML::Node(YAML::NodeType::Undefined);
    return map[key];
}

/// The scalar under @p key of a map, or nullopt when absent, null or not a scalar.
[[nodiscard]] inline std::optional<QString> scalar(const YAML::Node &map, const char *key)
{
    const YAML::Node value = child(map, key);
    if (!value.IsDefined() || !value.IsScalar())
        return std::nullopt;
    return QString::fromStdString(value.Scalar());
}

/// YAML 1.1/1.2 truthy spellings people put in config files.
[[nodiscard]] inline std::optional<bool> toBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"true" || t == u"yes" || t == u"on")
        return true;
    if (t == u"false" || t == u"no" || t == u"off")
        return false;
    return std::nullopt;
}

} // namespace k8s::yaml
