// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Every problem the sources reported, with file, line and field, as the reader wrote them.
Dialog {
    id: dialog
    title: qsTr("Problems in the catalog sources", "@title:window")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(900, parent.width - 80)
    height: Math.min(600, parent.height - 80)
    standardButtons: Dialog.Close
    property var items: []
    onAboutToShow: items = Catalog.diagnostics()

    ListView {
        anchors.fill: parent
        clip: true
        model: dialog.items
        spacing: 8
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: problem
            required property var modelData
            width: ListView.view.width
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: problem.modelData.file + (problem.modelData.line > 0 ? ":" + problem.modelData.line : "")
                      + ((problem.modelData.field ?? "").length > 0 ? "  ·  " + problem.modelData.field : "")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideMiddle
            }
            Label {
                Layout.fillWidth: true
                text: problem.modelData.message
                wrapMode: Text.WordWrap
                color: Theme.text
            }
        }
    }
}
