// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/componentstate.h"

namespace k8s
{

struct DetectionOptions {
    QDateTime now; ///< injected for tests; invalid = current time
    int pendingTooLongSecs = 300; ///< Portolan addition: a pod Pending longer than this is flagged
};

/// Backstage's kubernetes-common detectors (pod readiness, waiting containers, restarts, deployment
/// conditions, HPA at max), followed by Portolan's additions (marked portolanAddition): pods pending too
/// long, deployments with unavailable replicas, failed jobs, containers currently terminated OOMKilled.
[[nodiscard]] QList<DetectedError> detectErrors(const ClusterState &cluster, const DetectionOptions &options = {});

} // namespace k8s
