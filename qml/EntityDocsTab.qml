// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Portolan.Views

// Shown when the entity has backstage.io/techdocs-ref; the TechDocs viewer will replace this placeholder.
ComingPage {
    required property EntityController controller
    title: qsTr("Docs", "@title:tab")
    summary: qsTr("This entity's TechDocs will be built from its documentation folder and shown here, offline.", "@info")
}
