// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// An honest placeholder for a page another part of Portolan will provide: says what it will do, shows no data.
Item {
    id: page
    property string title
    property string summary
    property var plans: []

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 560)
        spacing: 12

        Label {
            text: page.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Badge {
            text: qsTr("Coming", "@label page not yet available")
            tint: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            text: page.summary
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
        Repeater {
            model: page.plans
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: "•  " + modelData
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
        }
    }
}
