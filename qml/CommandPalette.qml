// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Ctrl+K: type to find pages, entities and docs sections; arrows move, Enter opens, Esc closes.
Popup {
    id: palette
    property alias commands: results.commands
    parent: Overlay.overlay
    x: Math.round((parent.width - width) / 2)
    y: Math.round(parent.height * 0.12)
    width: Math.min(680, parent.width - 80)
    height: Math.min(480, parent.height * 0.7)
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    function openWith(text: string) {
        field.text = text
        open()
    }
    function accept() {
        const target = results.targetAt(list.currentIndex)
        if (target.length === 0)
            return
        close()
        if (target === "action/sync")  // the sync feature's command
            Sync.syncNow()
        else
            Navigation.visit(target)
    }

    onOpened: { field.forceActiveFocus(); field.selectAll(); list.currentIndex = 0 }

    PaletteModel {
        id: results
        text: field.text
        onCountChanged: list.currentIndex = 0
    }

    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: 10
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: field
            Layout.fillWidth: true
            Layout.margins: 12
            placeholderText: qsTr("Search entities, pages and docs…", "@info:placeholder")
            font.pixelSize: 16
            selectByMouse: true
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: palette.accept()
            Keys.onEnterPressed: palette.accept()
            Accessible.name: qsTr("Search", "@info accessible")
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: results
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: entry
                required property int index
                required property string kind
                required property string title
                required property string subtitle
                required property string section
                required property bool firstInSection
                width: ListView.view.width
                // The first row of a group carries the group's title above it. (A ListView section delegate
                // cannot be created from a file with ComponentBehavior: Bound on Qt 6.4.)
                implicitHeight: 48 + (firstInSection ? sectionTitle.height : 0)
                topInset: firstInSection ? sectionTitle.height : 0
                topPadding: firstInSection ? sectionTitle.height : 0
                Label {
                    id: sectionTitle
                    visible: entry.firstInSection
                    parent: entry
                    x: 12
                    y: 0
                    topPadding: 6
                    bottomPadding: 2
                    text: entry.section
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                }
                highlighted: ListView.isCurrentItem
                onClicked: { list.currentIndex = index; palette.accept() }
                background: Rectangle { color: entry.highlighted ? Theme.selection : (entry.hovered ? Theme.hover : "transparent") }
                contentItem: RowLayout {
                    spacing: 12
                    KindIcon {
                        visible: entry.kind !== "command"
                        kind: entry.kind
                        size: 26
                    }
                    Rectangle {
                        visible: entry.kind === "command"
                        implicitWidth: 26
                        implicitHeight: 26
                        radius: 6
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        Label { anchors.centerIn: parent; text: "›"; color: Theme.text; font.pixelSize: 16 }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0
                        Label {
                            Layout.fillWidth: true
                            text: entry.title
                            color: Theme.text
                            font.weight: Font.DemiBold
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: entry.subtitle
                            color: Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                            elide: Text.ElideRight
                        }
                    }
                    Label {
                        text: entry.kind === "command" ? qsTr("Page", "@label")
                            : entry.kind === "docs" ? qsTr("Docs", "@label") : entry.kind
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing matches “%1”.", "@info").arg(field.text)
                color: Theme.mutedText
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.margins: 8
            text: qsTr("↑↓ move   Enter open   Esc close", "@info keyboard hints")
            horizontalAlignment: Text.AlignRight
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }
    }
}
