// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Kind mark, title, what it is, lifecycle, owner, system and tags, with a star toggle.
RowLayout {
    id: header
    required property EntityController controller
    spacing: 16

    KindIcon {
        Layout.alignment: Qt.AlignTop
        size: 52
        kind: header.controller.kind
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 6

        RowLayout {
            spacing: 10
            Label {
                text: header.controller.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                elide: Text.ElideRight
                Layout.maximumWidth: header.width - 260
            }
            Badge {
                visible: (header.controller.facts.lifecycle ?? "").length > 0
                text: header.controller.facts.lifecycle ?? ""
                tint: Theme.lifecycleColor(header.controller.facts.lifecycle ?? "")
            }
            ToolButton {
                text: App.starred.length >= 0 && App.isStarred(header.controller.ref) ? "★" : "☆"
                font.pixelSize: 18
                palette.buttonText: Theme.warning
                onClicked: App.toggleStar(header.controller.ref)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Star (shown with the Starred filter)", "@info:tooltip")
                Accessible.name: qsTr("Star", "@action")
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 14
            Label {
                readonly property string entityType: header.controller.facts.type ?? ""
                text: header.controller.kind + (entityType.length > 0 ? " · " + entityType : "")
                color: Theme.mutedText
            }
            Label {
                text: header.controller.ref
                color: Theme.mutedText
            }
            Row {
                spacing: 6
                visible: (header.controller.facts.owner ?? "").length > 0
                Label { text: qsTr("Owner", "@label"); color: Theme.mutedText }
                EntityLink { ref: header.controller.facts.owner ?? "" }
            }
            Row {
                spacing: 6
                visible: (header.controller.facts.system ?? "").length > 0
                Label { text: qsTr("System", "@label"); color: Theme.mutedText }
                EntityLink { ref: header.controller.facts.system ?? "" }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6
            visible: header.controller.tags.length > 0
            Repeater {
                model: header.controller.tags
                delegate: Badge {
                    required property string modelData
                    text: modelData
                    tint: Theme.accent
                }
            }
        }
    }
}
