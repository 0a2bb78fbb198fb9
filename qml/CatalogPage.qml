// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The catalog browser: search-as-you-type over the full-text index, facet filters with counts, starred and
// "owned by me" switches, and the sortable entity table.
Item {
    id: page
    required property EntityTableModel table
    required property EntityFilterProxy filter

    function focusSearch() {
        search.forceActiveFocus()
        search.selectAll()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                text: qsTr("Catalog", "@title:page")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            TextField {
                id: search
                Layout.fillWidth: true
                Layout.maximumWidth: 520
                placeholderText: qsTr("Search names, descriptions, tags, owners… (Ctrl+F)", "@info:placeholder")
                selectByMouse: true
                onTextChanged: searchDelay.restart()
                Keys.onDownPressed: table.focusTable()
                Keys.onReturnPressed: table.focusTable()
                Accessible.name: qsTr("Search the catalog", "@info accessible")
            }
            Timer {
                id: searchDelay
                interval: 120
                onTriggered: page.filter.text = search.text
            }
            Switch {
                text: qsTr("Starred", "@option:check")
                checked: page.filter.starredOnly
                onToggled: page.filter.starredOnly = checked
            }
            Switch {
                text: qsTr("Owned by me", "@option:check")
                enabled: App.identity.length > 0
                checked: page.filter.mineOnly
                onToggled: page.filter.mineOnly = checked
                ToolTip.visible: hovered && !enabled
                ToolTip.text: qsTr("Pick who you are in Settings first.", "@info:tooltip")
                hoverEnabled: true
            }
            Item { Layout.fillWidth: true }
            Label {
                text: page.filter.count === page.table.count
                      ? qsTr("%n entities", "@info", page.table.count)
                      : qsTr("%1 of %2 entities", "@info").arg(page.filter.count).arg(page.table.count)
                color: Theme.mutedText
            }
            Button {
                text: qsTr("Clear filters", "@action:button")
                visible: page.filter.hasFilters
                onClicked: { search.clear(); page.filter.clearFilters() }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16

            FacetPanel {
                Layout.preferredWidth: 230
                Layout.fillHeight: true
                filter: page.filter
            }

            EntityTable {
                id: table
                Layout.fillWidth: true
                Layout.fillHeight: true
                filter: page.filter
            }
        }
    }
}
