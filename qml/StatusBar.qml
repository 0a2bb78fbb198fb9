// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Sync: live progress of the running sync, Sync now / Cancel and the last sync time; then the catalog's sources,
// an "offline" badge and the problems found, linked to details.
ToolBar {
    id: bar
    implicitHeight: 30
    background: Rectangle {
        color: Theme.sidebar
        Rectangle { width: parent.width; height: 1; color: Theme.border }
    }

    function syncedText(source: var): string {
        if (!source.lastSync || isNaN(source.lastSync.getTime()))
            return qsTr("never synced", "@info:status")
        return qsTr("synced %1", "@info:status").arg(Qt.formatDateTime(source.lastSync, "yyyy-MM-dd hh:mm"))
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        spacing: 16

        RowLayout {
            spacing: 6
            ProgressBar {
                visible: Sync.syncing
                from: 0
                to: 1
                value: Sync.progress
                implicitWidth: 80
            }
            Label {
                id: syncLine
                text: Sync.statusText
                elide: Text.ElideRight
                Layout.maximumWidth: 520
                color: Sync.offline ? Theme.warning : Theme.mutedText
                font.pixelSize: Theme.fontSmall
                ToolTip.visible: syncLineMouse.containsMouse && syncLine.truncated
                ToolTip.text: Sync.statusText
                MouseArea {
                    id: syncLineMouse
                    anchors.fill: parent
                    hoverEnabled: true
                }
            }
            ToolButton {
                text: Sync.syncing ? qsTr("Cancel", "@action:button stop the sync") : qsTr("Sync now", "@action:button")
                enabled: Sync.syncing || Sync.available
                font.pixelSize: Theme.fontSmall
                implicitHeight: 24
                ToolTip.visible: hovered
                ToolTip.text: Sync.available ? qsTr("Fetch every configured source now (Ctrl+R)", "@info:tooltip")
                                             : Sync.unavailableReason
                onClicked: Sync.syncing ? Sync.cancel() : Sync.syncNow()
            }
        }

        Repeater {
            model: Catalog.sources.length <= 3 ? Catalog.sources : []
            delegate: RowLayout {
                id: source
                required property var modelData
                readonly property bool failed: modelData.lastError.length > 0
                spacing: 6
                Rectangle {
                    implicitWidth: 8
                    implicitHeight: 8
                    radius: 4
                    color: Catalog.busy ? Theme.accent : (source.failed ? Theme.danger : Theme.good)
                }
                Label {
                    text: qsTr("%1 · %n entities · %2", "@info:status", source.modelData.entityCount)
                              .arg(source.modelData.id)
                              .arg(source.failed ? qsTr("sync failed", "@info:status") : bar.syncedText(source.modelData))
                    color: source.failed ? Theme.danger : Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        Label {
            visible: Catalog.sources.length > 3
            text: qsTr("%n entities from %1 sources", "@info:status", Catalog.entityCount).arg(Catalog.sources.length)
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }

        Label {
            visible: Catalog.sources.length === 0
            text: qsTr("No catalog sources yet", "@info:status")
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }

        BusyIndicator {
            visible: Catalog.busy
            running: visible
            implicitWidth: 16
            implicitHeight: 16
        }
        Label {
            visible: Catalog.busy
            text: Catalog.status
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }

        Item { Layout.fillWidth: true }

        Badge {
            visible: Catalog.offline || Sync.offline
            text: qsTr("offline", "@info:status")
            tint: Theme.warning
            strong: true
        }

        Label {
            visible: Catalog.problemCount > 0
            text: qsTr("%n problem(s) in the sources", "@info:status", Catalog.problemCount)
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
            font.underline: problemsMouse.containsMouse
            MouseArea {
                id: problemsMouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: problems.open()
            }
        }
    }

    ProblemsDialog {
        id: problems
    }
}
