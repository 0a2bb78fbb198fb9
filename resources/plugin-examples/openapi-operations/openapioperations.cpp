// SPDX-License-Identifier: Apache-2.0
#include "openapioperations.h"

#include <yaml-cpp/yaml.h>

namespace {

QString text(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

} // namespace

void OpenApiOperations::setDefinition(const QString &definition)
{
    if (definition == m_definition)
        return;
    m_definition = definition;
    read();
    Q_EMIT definitionChanged();
}

void OpenApiOperations::read()
{
    m_title.clear();
    m_version.clear();
    m_specVersion.clear();
    m_operations.clear();
    m_error.clear();
    if (m_definition.trimmed().isEmpty()) {
        m_error = tr("The entity has no definition.");
        return;
    }
    YAML::Node root;
    try {
        // JSON is YAML too, so one parser reads both.
        root = YAML::Load(m_definition.toStdString());
    } catch (const YAML::Exception &e) {
        m_error = tr("line %1: %2").arg(e.mark.line + 1).arg(QString::fromStdString(e.msg));
        return;
    }
    if (!root.IsMap()) {
        m_error = tr("The definition is not an object.");
        return;
    }
    m_specVersion = text(root["openapi"]);
    if (m_specVersion.isEmpty())
        m_specVersion = text(root["swagger"]);
    if (m_specVersion.isEmpty()) {
        m_error = tr("Not an OpenAPI definition: it has no \"openapi\" or \"swagger\" field.");
        return;
    }
    m_title = text(root["info"]["title"]);
    m_version = text(root["info"]["version"]);
    const YAML::Node paths = root["paths"];
    if (!paths.IsDefined() || paths.IsNull())
        return; // valid: a definition may declare no paths (webhooks only, or a work in progress)
    if (!paths.IsMap()) {
        m_error = tr("line %1: \"paths\" is not an object.").arg(paths.Mark().line + 1);
        return;
    }
    static const QStringList methods = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"), QStringLiteral("delete"),
                                        QStringLiteral("options"), QStringLiteral("head"), QStringLiteral("patch"), QStringLiteral("trace")};
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (!it->second.IsMap())
            continue;
        // In the definition's order, as a reader of the file expects; other keys (parameters, summary) are skipped.
        for (auto op = it->second.begin(); op != it->second.end(); ++op) {
            const QString method = text(op->first);
            if (!methods.contains(method) || !op->second.IsMap())
                continue;
            m_operations << QVariantMap{{QStringLiteral("method"), method.toUpper()},
                                        {QStringLiteral("path"), text(it->first)},
                                        {QStringLiteral("summary"), text(op->second["summary"])},
                                        {QStringLiteral("operationId"), text(op->second["operationId"])},
                                        {QStringLiteral("deprecated"), text(op->second["deprecated"]) == u"true"}};
        }
    }
}
