// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The entity's objects in every cluster: what is wrong first (in words), then per cluster its workloads with
// their pods underneath. Refreshed every minute while shown; a stored copy is shown, and says so, when offline.
ScrollView {
    id: tab
    required property EntityController controller
    clip: true
    contentWidth: availableWidth

    KubernetesStatus {
        id: status
        ref: tab.controller.ref
        active: tab.visible
    }

    component Muted: Label {
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    ColumnLayout {
        width: tab.availableWidth - 4
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label {
                text: qsTr("Kubernetes", "@title")
                font.pixelSize: Theme.fontHeading
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Badge {
                visible: status.cachedAge.length > 0
                text: qsTr("offline copy, as of %1", "@label").arg(status.cachedAge)
                tint: Theme.warning
            }
            Badge {
                visible: status.detectedErrors.length > 0
                text: qsTr("%n problem(s)", "@label", status.detectedErrors.length)
                tint: Theme.danger
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: status.busy
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
            Button {
                text: qsTr("Refresh", "@action:button")
                enabled: !status.busy
                onClicked: status.refresh()
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: status.message
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.fontBody
        }

        Card {
            title: qsTr("Problems", "@title card")
            Layout.fillWidth: true
            visible: status.detectedErrors.length > 0

            Repeater {
                model: status.detectedErrors
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 5
                        width: 10; height: 10; radius: 5
                        color: modelData.severity >= 6 ? Theme.danger : Theme.warning
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: modelData.message
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.DemiBold
                        }
                        Muted {
                            Layout.fillWidth: true
                            text: modelData.object + "  ·  " + modelData.cluster
                                  + (modelData.occurrences > 1 ? "  ·  " + qsTr("%n time(s)", "", modelData.occurrences) : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: modelData.explanation
                            wrapMode: Text.WordWrap
                            color: Theme.text
                            font.pixelSize: Theme.fontSmall
                        }
                        Muted {
                            Layout.fillWidth: true
                            visible: modelData.actions.length > 0
                            text: modelData.actions.map(a => "→ " + a).join("\n")
                            wrapMode: Text.WordWrap
                            elide: Text.ElideNone
                        }
                    }
                }
            }
        }

        Repeater {
            model: status.clusters
            delegate: Card {
                id: clusterCard
                required property var model
                required property string name
                required property bool reachable
                required property bool fromCache
                required property string ageText
                required property string errorText
                required property string dashboardUrl
                required property var ingressHosts
                required property int workloadCount
                Layout.fillWidth: true
                title: clusterCard.model.title

                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Badge {
                        text: clusterCard.reachable ? qsTr("reachable", "@label") : qsTr("unreachable", "@label")
                        tint: clusterCard.reachable ? Theme.good : Theme.danger
                    }
                    Badge {
                        visible: clusterCard.fromCache
                        text: qsTr("as of %1", "@label").arg(clusterCard.ageText)
                        tint: Theme.warning
                    }
                    Muted {
                        visible: !clusterCard.fromCache && clusterCard.ageText.length > 0
                        text: qsTr("read %1", "@info").arg(clusterCard.ageText)
                    }
                    Muted {
                        Layout.fillWidth: true
                        visible: clusterCard.ingressHosts.length > 0
                        text: qsTr("Ingress: %1", "@info").arg(clusterCard.ingressHosts.join(", "))
                    }
                    Item { Layout.fillWidth: true; visible: clusterCard.ingressHosts.length === 0 }
                    Label {
                        visible: clusterCard.dashboardUrl.length > 0
                        text: "<a href=\"%1\">%2</a>".arg(clusterCard.dashboardUrl).arg(qsTr("Open dashboard", "@action"))
                        textFormat: Text.StyledText
                        linkColor: Theme.accent
                        onLinkActivated: link => Qt.openUrlExternally(link)
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: clusterCard.errorText.length > 0
                    text: clusterCard.errorText
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                    font.pixelSize: Theme.fontSmall
                }
                Muted {
                    visible: clusterCard.workloadCount === 0 && clusterCard.reachable
                    text: qsTr("No objects match this entity in this cluster.", "@info")
                }

                Repeater {
                    model: status.workloads
                    delegate: Rectangle {
                        id: row
                        required property string cluster
                        required property string kind
                        required property string name
                        required property bool isPod
                        required property string readyText
                        required property string image
                        required property string age
                        required property string status
                        required property int restarts
                        required property string node
                        required property int errorCount
                        required property string containers
                        required property string hpa
                        required property bool healthy
                        readonly property color stateColor: healthy ? Theme.good : (isPod ? Theme.danger : Theme.warning)
                        visible: cluster === clusterCard.name
                        Layout.fillWidth: true
                        Layout.leftMargin: isPod ? 24 : 0
                        Layout.topMargin: isPod ? 0 : 6
                        implicitHeight: rowColumn.implicitHeight + 12
                        color: isPod ? "transparent" : Theme.surfaceAlt
                        radius: Theme.radius
                        border.color: isPod ? "transparent" : Theme.border

                        ColumnLayout {
                            id: rowColumn
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.leftMargin: 10
                            anchors.rightMargin: 10
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 8
                                Rectangle { width: 8; height: 8; radius: 4; color: row.stateColor; visible: row.isPod }
                                Badge { visible: !row.isPod; text: row.kind; tint: Theme.accent }
                                Label {
                                    text: row.name
                                    color: Theme.text
                                    font.family: row.isPod ? Theme.monoFamily : Qt.application.font.family
                                    font.pixelSize: row.isPod ? Theme.fontSmall : Theme.fontBody
                                    font.weight: row.isPod ? Font.Normal : Font.DemiBold
                                }
                                Badge {
                                    visible: row.readyText.length > 0
                                    text: qsTr("%1 ready", "@label replicas").arg(row.readyText)
                                    tint: row.healthy ? Theme.good : Theme.warning
                                }
                                Label {
                                    text: row.status
                                    color: row.healthy ? Theme.mutedText : row.stateColor
                                    font.pixelSize: Theme.fontSmall
                                    font.weight: row.healthy ? Font.Normal : Font.DemiBold
                                }
                                Muted {
                                    visible: row.restarts > 0
                                    text: qsTr("%n restart(s)", "", row.restarts)
                                    color: row.restarts > 3 ? Theme.danger : Theme.mutedText
                                }
                                Item { Layout.fillWidth: true }
                                Muted { visible: row.node.length > 0; text: row.node }
                                Muted { visible: row.age.length > 0; text: row.age }
                            }
                            Muted {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: row.isPod ? row.containers : row.image
                                font.family: Theme.monoFamily
                            }
                            Muted {
                                Layout.fillWidth: true
                                visible: row.hpa.length > 0
                                text: qsTr("HPA: %1", "@info").arg(row.hpa)
                                color: row.hpa.indexOf("at maximum") >= 0 ? Theme.warning : Theme.mutedText
                            }
                        }
                    }
                }
            }
        }
    }
}
