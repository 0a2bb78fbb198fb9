// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

ApplicationWindow {
    id: root
    width: 1280
    height: 800
    visible: true
    title: qsTr("Portolan", "@title:window")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                text: qsTr("Catalog", "@title")
                font.bold: true
                font.pixelSize: 16
            }
            TextField {
                id: searchField
                Layout.fillWidth: true
                placeholderText: qsTr("Search the catalog (Ctrl+K)", "@info:placeholder")
                focus: true
            }
            Label {
                text: qsTr("%1 of %2 entities", "@info:status").arg(entities.totalCount).arg(Catalog.entityCount)
            }
        }
    }

    Shortcut {
        sequence: "Ctrl+K"
        onActivated: searchField.forceActiveFocus()
    }

    EntityListModel {
        id: entities
        text: searchField.text
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: entities
        keyNavigationEnabled: true
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            required property string ref
            required property string kind
            required property string title
            required property string description
            required property string owner
            width: ListView.view.width
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    text: title + "  ·  " + kind
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    text: description
                    elide: Text.ElideRight
                    opacity: 0.8
                }
                Label {
                    text: owner.length > 0 ? qsTr("Owner: %1", "@label").arg(owner) : ""
                    opacity: 0.6
                    font.pixelSize: 11
                }
            }
        }
    }

    footer: Label {
        padding: 6
        text: Catalog.status
    }
}
