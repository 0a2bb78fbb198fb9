// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Source code highlighted by KSyntaxHighlighting (off the UI thread), with a caption; selectable, read-only.
ColumnLayout {
    id: view
    property string code
    property string language
    property string caption
    property string emptyText: qsTr("Nothing to show.", "@info")
    spacing: 8

    HighlightedCode {
        id: highlighted
        code: view.code
        language: view.language
        dark: Theme.dark
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 10
        Label {
            Layout.fillWidth: true
            text: view.caption
            color: Theme.mutedText
            elide: Text.ElideMiddle
        }
        Badge {
            visible: highlighted.definition.length > 0
            text: highlighted.definition
            tint: Theme.accent
        }
        BusyIndicator {
            visible: highlighted.busy
            running: visible
            implicitWidth: 20
            implicitHeight: 20
        }
        Button {
            text: qsTr("Copy", "@action:button")
            enabled: view.code.length > 0
            onClicked: { source.selectAll(); source.copy(); source.deselect() }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: highlighted.problem.length > 0
        text: highlighted.problem
        color: Theme.warning
        wrapMode: Text.WordWrap
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        color: Theme.codeBackground
        border.color: Theme.border
        radius: Theme.radius

        ScrollView {
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            TextEdit {
                id: source
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.RichText
                text: view.code.length > 0 ? highlighted.html : ""
                font.family: Theme.monoFamily
                font.pixelSize: 13
                color: Theme.text
                selectionColor: Theme.selection
                selectedTextColor: Theme.text
                padding: 12
            }
        }
        Label {
            anchors.centerIn: parent
            visible: view.code.length === 0
            text: view.emptyText
            color: Theme.mutedText
        }
    }
}
