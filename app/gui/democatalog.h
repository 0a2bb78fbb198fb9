// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/fixtureserver.h"

#include <QString>
#include <memory>

namespace app {

/// Copies the embedded demo catalog (qrc :/demo-catalog) to `targetDir` unless it is already there, so that
/// docs, templates and live preview work on real files the user can open. Returns the root Location file,
/// or an empty string with `error` set.
QString extractDemoCatalog(const QString &targetDir, QString *error);

/// Demo mode for the Kubernetes views: serves a recorded cluster (see tests/data/kubernetes/README.md) on
/// loopback so the app shows real cluster state without a cluster. `spec` is a fixture file, or "demo" for the
/// bundled resources/demo-catalog/kubernetes/demo-cluster.json that matches the demo catalog's components.
/// Returns the listening server, or null with `error` set.
std::unique_ptr<k8s::FixtureServer> startKubernetesFixture(const QString &spec, QString *error);

} // namespace app
