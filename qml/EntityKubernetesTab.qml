// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Portolan.Views

// Shown when the entity has a kubernetes annotation; the Kubernetes view will replace this placeholder.
ComingPage {
    required property EntityController controller
    title: qsTr("Kubernetes", "@title:tab")
    summary: qsTr("The pods and deployments matching this entity's kubernetes annotations will be listed here, per cluster.", "@info")
}
