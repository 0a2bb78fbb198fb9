// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// One sync source in Settings: what it is, when it last synced, its entities, its last error with the time, and
// while syncing its live progress; Sync now / Cancel for this source alone.
Rectangle {
    id: row
    required property string sourceId
    required property string name
    required property string kind
    required property string target
    required property var lastSync
    required property int entities
    required property string lastError
    required property var lastErrorAt
    required property string phase
    required property real objects
    required property real totalObjects
    required property bool active
    required property bool configured

    function when(date: var): string {
        return date && !isNaN(date.getTime()) ? Qt.formatDateTime(date, "yyyy-MM-dd hh:mm") : ""
    }
    function phaseText(): string {
        switch (phase) {
        case "queued": return qsTr("queued", "@info:status sync phase")
        case "connecting": return qsTr("connecting…", "@info:status sync phase")
        case "fetching": return totalObjects > 0 ? qsTr("fetching %1/%2 objects…", "@info:status sync phase").arg(objects).arg(totalObjects)
                                                 : qsTr("connecting…", "@info:status sync phase")
        case "reading": return qsTr("reading catalog files…", "@info:status sync phase")
        case "writing": return qsTr("saving…", "@info:status sync phase")
        case "done": return qsTr("updated", "@info:status sync phase")
        case "unchanged": return qsTr("no changes", "@info:status sync phase")
        case "failed": return qsTr("failed", "@info:status sync phase")
        case "cancelled": return qsTr("cancelled", "@info:status sync phase")
        }
        return ""
    }

    implicitHeight: layout.implicitHeight + 16
    color: Theme.surfaceAlt
    radius: Theme.radius

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 8
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Badge { text: row.kind; tint: Theme.accent }
            Label { text: row.name; font.weight: Font.DemiBold; color: Theme.text }
            Label {
                Layout.fillWidth: true
                text: row.target
                elide: Text.ElideMiddle
                color: Theme.mutedText
            }
            Button {
                text: row.active ? qsTr("Cancel", "@action:button stop syncing this source") : qsTr("Sync now", "@action:button")
                enabled: row.active || (Sync.available && !Sync.syncing && row.configured)
                onClicked: row.active ? Sync.cancelSource(row.sourceId) : Sync.syncSource(row.sourceId)
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: row.when(row.lastSync).length > 0 ? qsTr("Synced %1", "@info").arg(row.when(row.lastSync))
                                                         : qsTr("Never synced", "@info")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Label {
                text: qsTr("%n entities", "@info", row.entities)
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Label {
                visible: !row.configured
                text: qsTr("no longer configured; removed at the next full sync", "@info")
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
            Label {
                visible: text.length > 0
                text: row.phaseText()
                color: row.phase === "failed" ? Theme.danger : Theme.accent
                font.pixelSize: Theme.fontSmall
            }
            ProgressBar {
                visible: row.phase === "fetching" && row.totalObjects > 0
                from: 0
                to: Math.max(1, row.totalObjects)
                value: row.objects
                Layout.preferredWidth: 120
            }
        }
        Label {
            Layout.fillWidth: true
            visible: row.lastError.length > 0
            text: qsTr("Last error (%1): %2", "@info").arg(row.when(row.lastErrorAt)).arg(row.lastError)
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.pixelSize: Theme.fontSmall
        }
    }
}
