// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import Portolan.Views

// One catalog row; roles come from EntityTableModel through the filter proxy.
Rectangle {
    id: row
    required property int index
    required property string ref
    required property string title
    required property string kind
    required property string type
    required property string owner
    required property string system
    required property string lifecycle
    required property var tags
    required property string description
    required property bool starred
    property var columns: []
    property int starWidth: 34
    property bool current: false
    signal activated()
    signal pressed()

    height: 38
    color: current ? Theme.selection : (mouse.containsMouse ? Theme.hover : (index % 2 ? Theme.surfaceAlt : Theme.surface))

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onPressed: row.pressed()
        onClicked: row.activated()
    }

    Row {
        anchors.fill: parent

        ToolButton {
            width: row.starWidth
            height: row.height
            text: row.starred ? "★" : "☆"
            font.pixelSize: 15
            palette.buttonText: row.starred ? Theme.warning : Theme.mutedText
            focusPolicy: Qt.NoFocus
            onClicked: App.toggleStar(row.ref)
            Accessible.name: row.starred ? qsTr("Unstar %1", "@action").arg(row.title) : qsTr("Star %1", "@action").arg(row.title)
        }
        // Name with kind mark
        Item {
            width: row.columns[0].width
            height: row.height
            KindIcon {
                id: icon
                anchors.verticalCenter: parent.verticalCenter
                x: 4
                size: 20
                kind: row.kind
            }
            Label {
                anchors.left: icon.right
                anchors.leftMargin: 8
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.verticalCenter: parent.verticalCenter
                text: row.title
                elide: Text.ElideRight
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        Cell { width: row.columns[1].width; text: row.kind }
        Cell { width: row.columns[2].width; text: row.type }
        Cell { width: row.columns[3].width; text: Catalog.shortRef(row.owner) }
        Cell { width: row.columns[4].width; text: Catalog.shortRef(row.system) }
        Item {
            width: row.columns[5].width
            height: row.height
            Badge {
                anchors.verticalCenter: parent.verticalCenter
                x: 8
                visible: row.lifecycle.length > 0
                text: row.lifecycle
                tint: Theme.lifecycleColor(row.lifecycle)
            }
        }
        Cell { width: row.columns[6].width; text: row.tags.join(", "); muted: true }
        Cell { width: row.columns[7].width; text: row.description; muted: true }
    }

    component Cell: Label {
        property bool muted: false
        height: 38
        leftPadding: 8
        rightPadding: 8
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: muted ? Theme.mutedText : Theme.text
    }
}
