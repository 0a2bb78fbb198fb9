// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Portolan.Views

// A ref shown short ("team-payments") that opens the entity's page when clicked.
Label {
    id: link
    property string ref
    property string title
    readonly property string shown: title.length > 0 ? title : Catalog.shortRef(ref)
    text: ref.length > 0 ? shown : qsTr("—", "@label no value")
    color: ref.length > 0 ? Theme.accent : Theme.mutedText
    font.underline: mouse.containsMouse
    elide: Text.ElideRight
    Accessible.role: Accessible.Link

    MouseArea {
        id: mouse
        anchors.fill: parent
        enabled: link.ref.length > 0
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: Navigation.openEntity(link.ref)
    }
}
