// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// "Label: link, link, link" for a list of entity briefs ({ref, title}).
RowLayout {
    id: list
    property string label
    property var items: []
    spacing: 10
    Label {
        text: list.label
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        Layout.preferredWidth: 70
        Layout.alignment: Qt.AlignTop
    }
    Label {
        visible: list.items.length === 0
        text: qsTr("none", "@info")
        color: Theme.mutedText
    }
    Flow {
        Layout.fillWidth: true
        spacing: 12
        Repeater {
            model: list.items
            delegate: EntityLink {
                required property var modelData
                ref: modelData.ref
                title: modelData.title
            }
        }
    }
}
