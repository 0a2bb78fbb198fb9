// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/componentstate.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <optional>

namespace cli
{

/// What `portolan k8s` needs from the rest of the app. The integrator fills these from the catalog store;
/// left empty, the command works standalone (`--entity-file`, no offline cache).
struct K8sHooks {
    /// The entity's `metadata` (name, namespace, annotations) for a ref such as "component:default/shop-api".
    std::function<std::optional<QJsonObject>(const QString &ref)> findComponent;
    /// The last good state stored for the ref (ComponentState::fromJson of what saveCache got).
    std::function<std::optional<k8s::ComponentState>(const QString &ref)> loadCache;
    /// Store k8s::ComponentState::updatedCache(...) for the ref; called after every run that reached a cluster.
    std::function<void(const QString &ref, const k8s::ComponentState &state)> saveCache;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment(); ///< KUBECONFIG, ${VAR} values
    QString homeDir; ///< default: the user's home (for ~/.kube/config)
    QTextStream *out = nullptr; ///< default: stdout
    QTextStream *err = nullptr; ///< default: stderr
};

/// `portolan k8s status REF [--json] [--entity-file catalog-info.yaml] [--app-config FILE]...
///                          [--kubeconfig FILE] [--fixture recorded.json] [--timeout SECONDS] [--offline]`
/// Exit codes: 0 healthy, 1 errors detected or a cluster could not be read, 2 usage or fatal error.
int runK8s(const QStringList &args, const K8sHooks &hooks);
int runK8s(const QStringList &args);

} // namespace cli
