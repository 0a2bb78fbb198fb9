// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The app's sections, listed from Main.qml's page declarations; Ctrl+K search sits on top.
Rectangle {
    id: sidebar
    property var pages: []
    property string currentKey
    color: Theme.sidebar

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 10
        spacing: 4

        Label {
            Layout.leftMargin: 8
            Layout.topMargin: 6
            Layout.bottomMargin: 10
            text: qsTr("Portolan", "@title app name")
            font.pixelSize: 18
            font.weight: Font.Bold
            color: Theme.text
        }

        Repeater {
            model: sidebar.pages
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                readonly property bool current: sidebar.currentKey === modelData.key
                Layout.fillWidth: true
                implicitHeight: 36
                highlighted: current
                onClicked: Navigation.openPage(modelData.key)
                Accessible.name: modelData.title
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.current ? Theme.selection : (entry.hovered ? Theme.hover : "transparent")
                }
                contentItem: RowLayout {
                    spacing: 10
                    Label {
                        Layout.preferredWidth: 20
                        horizontalAlignment: Text.AlignHCenter
                        text: entry.modelData.glyph
                        color: entry.current ? Theme.accent : Theme.mutedText
                        font.pixelSize: 15
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.title
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.weight: entry.current ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }

        Item { Layout.fillHeight: true }

        Label {
            Layout.leftMargin: 8
            Layout.fillWidth: true
            text: qsTr("Ctrl+K  search everything\nAlt+←/→  back / forward", "@info keyboard hints")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
    }
}
