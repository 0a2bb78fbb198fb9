// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A titled panel on the page background; children go into its column.
Rectangle {
    id: card
    property string title
    default property alias content: column.data
    implicitHeight: column.implicitHeight + 32
    implicitWidth: 320
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            text: card.title
            visible: card.title.length > 0
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }
    }
}
