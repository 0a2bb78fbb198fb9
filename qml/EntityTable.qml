// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The catalog table: a virtualized list over EntityFilterProxy (only visible rows exist), click a header to
// sort, arrows to move, Enter to open, Space to star.
Rectangle {
    id: table
    required property EntityFilterProxy filter
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    function focusTable() {
        list.forceActiveFocus()
        if (list.currentIndex < 0 && list.count > 0)
            list.currentIndex = 0
    }

    // Column order follows EntityTableModel.Column. Widths share the view by weight above a minimum; a window
    // too narrow for the minimums scrolls sideways.
    readonly property var columnSpecs: [
        { column: EntityTableModel.NameColumn, title: qsTr("Name", "@title:column"), weight: 2.5, min: 190 },
        { column: EntityTableModel.KindColumn, title: qsTr("Kind", "@title:column"), weight: 1.05, min: 100 },
        { column: EntityTableModel.TypeColumn, title: qsTr("Type", "@title:column"), weight: 1.0, min: 84 },
        { column: EntityTableModel.OwnerColumn, title: qsTr("Owner", "@title:column"), weight: 1.2, min: 96 },
        { column: EntityTableModel.SystemColumn, title: qsTr("System", "@title:column"), weight: 1.2, min: 96 },
        { column: EntityTableModel.LifecycleColumn, title: qsTr("Lifecycle", "@title:column"), weight: 1.05, min: 108 },
        { column: EntityTableModel.TagsColumn, title: qsTr("Tags", "@title:column"), weight: 1.2, min: 90 },
        { column: EntityTableModel.DescriptionColumn, title: qsTr("Description", "@title:column"), weight: 2.0, min: 140 }
    ]
    readonly property int starWidth: 34
    readonly property real available: list.width - starWidth
    readonly property real totalWeight: columnSpecs.reduce((sum, c) => sum + c.weight, 0)
    readonly property var columns: columnSpecs.map(c => ({ column: c.column, title: c.title,
                                                           width: Math.max(c.min, Math.floor(available * c.weight / totalWeight)) }))
    readonly property int rowWidth: starWidth + columns.reduce((sum, c) => sum + c.width, 0)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 1
        spacing: 0

        // Header
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 36
            color: Theme.surfaceAlt
            radius: Theme.radius

            Row {
                x: -list.contentX
                height: parent.height
                Item { width: table.starWidth; height: parent.height }
                Repeater {
                    model: table.columns
                    delegate: ItemDelegate {
                        id: header
                        required property var modelData
                        readonly property bool sorted: table.filter.sortColumn === modelData.column
                        width: modelData.width
                        height: parent.height
                        padding: 8
                        onClicked: table.filter.sortBy(modelData.column)
                        Accessible.name: qsTr("Sort by %1", "@action").arg(modelData.title)
                        background: Item {}
                        contentItem: Label {
                            text: header.modelData.title + (header.sorted ? (table.filter.sortDescending ? "  ▾" : "  ▴") : "")
                            font.weight: Font.DemiBold
                            font.pixelSize: Theme.fontSmall
                            color: header.sorted ? Theme.text : Theme.mutedText
                            elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                        }
                    }
                }
            }
        }

        Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.border }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: table.filter
            contentWidth: table.rowWidth
            flickableDirection: Flickable.AutoFlickIfNeeded
            boundsBehavior: Flickable.StopAtBounds
            reuseItems: true
            currentIndex: -1
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }
            Keys.onReturnPressed: if (currentIndex >= 0) Navigation.openEntity(table.filter.refAt(currentIndex))
            Keys.onEnterPressed: if (currentIndex >= 0) Navigation.openEntity(table.filter.refAt(currentIndex))
            Keys.onSpacePressed: if (currentIndex >= 0) App.toggleStar(table.filter.refAt(currentIndex))

            delegate: EntityRowDelegate {
                width: table.rowWidth
                columns: table.columns
                starWidth: table.starWidth
                current: ListView.isCurrentItem && list.activeFocus
                onActivated: Navigation.openEntity(ref)
                onPressed: { list.currentIndex = index; list.forceActiveFocus() }
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                // The rows are read on a worker thread; until they arrive the table is not "empty".
                text: table.filter.table && table.filter.table.loading ? qsTr("Loading…", "@info")
                      : table.filter.hasFilters ? qsTr("No entity matches these filters.", "@info")
                                                : qsTr("The catalog is empty. Add a source in Settings.", "@info")
                color: Theme.mutedText
            }
        }
    }
}
