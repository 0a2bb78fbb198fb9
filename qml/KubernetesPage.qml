// SPDX-License-Identifier: Apache-2.0
import QtQuick

ComingPage {
    title: qsTr("Kubernetes", "@title:page")
    summary: qsTr("Workloads of the catalog's entities across the clusters in your kubeconfig, matched by their kubernetes annotations.", "@info")
    plans: [qsTr("Pods, deployments and their health per entity and per cluster.", "@info"),
            qsTr("Several clusters side by side, read with your own credentials.", "@info")]
}
