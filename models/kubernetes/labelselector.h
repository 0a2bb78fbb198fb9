// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace k8s
{

/// A Kubernetes label selector (`a=b,c!=d,e in (x,y),f notin (z),g,!h`). Portolan checks the
/// backstage.io/kubernetes-label-selector annotation with it before sending, and the fixture server
/// filters recorded lists with it the way the API server would.
class LabelSelector
{
public:
    [[nodiscard]] static std::optional<LabelSelector> parse(const QString &text, QString *error);
    [[nodiscard]] bool matches(const QJsonObject &labels) const;

private:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Op op;
        QStringList values;
    };
    QList<Requirement> m_requirements;
};

} // namespace k8s
