// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The clusters Portolan reads (app-config files and the user's kubeconfig) with whether they answer, and the
// catalog's components that have kubernetes annotations, with what was last seen for each.
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    KubernetesStatus {
        id: status
        active: page.visible
    }

    component Muted: Label {
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }

    ColumnLayout {
        x: 24
        width: page.availableWidth - 48
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 20
            Label {
                text: qsTr("Kubernetes", "@title:page")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: status.busy
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
            Button {
                text: qsTr("Check again", "@action:button")
                enabled: !status.busy
                onClicked: status.refresh()
            }
        }

        Card {
            title: qsTr("Clusters", "@title card")
            Layout.fillWidth: true

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: status.message
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            Repeater {
                model: status.clusters
                delegate: ColumnLayout {
                    id: clusterRow
                    required property string name
                    required property string title
                    required property string source
                    required property bool reachable
                    required property string errorText
                    required property string dashboardUrl
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        spacing: 8
                        Rectangle { width: 10; height: 10; radius: 5; color: clusterRow.reachable ? Theme.good : Theme.danger }
                        Label { text: clusterRow.title; color: Theme.text; font.weight: Font.DemiBold }
                        Muted { text: clusterRow.name !== clusterRow.title ? clusterRow.name : "" }
                        Badge { text: clusterRow.source; visible: clusterRow.source.length > 0 }
                        Badge {
                            text: clusterRow.reachable ? qsTr("reachable", "@label") : qsTr("unreachable", "@label")
                            tint: clusterRow.reachable ? Theme.good : Theme.danger
                        }
                        Label {
                            visible: clusterRow.dashboardUrl.length > 0
                            text: "<a href=\"%1\">%2</a>".arg(clusterRow.dashboardUrl).arg(qsTr("Open dashboard", "@action"))
                            textFormat: Text.StyledText
                            linkColor: Theme.accent
                            onLinkActivated: link => Qt.openUrlExternally(link)
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: clusterRow.errorText.length > 0
                        text: clusterRow.errorText
                        wrapMode: Text.WordWrap
                        color: Theme.danger
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            Repeater {
                model: status.configProblems
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                    font.pixelSize: Theme.fontSmall
                }
            }
        }

        Card {
            title: qsTr("Components with Kubernetes objects", "@title card")
            Layout.fillWidth: true
            Layout.bottomMargin: 20

            Muted {
                visible: status.components.length === 0
                text: qsTr("No catalog entity has a backstage.io/kubernetes-id or kubernetes-label-selector annotation.", "@info")
            }
            Repeater {
                model: status.components
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    EntityLink { ref: modelData.ref }
                    Muted {
                        Layout.fillWidth: true
                        text: (modelData.namespace.length > 0 ? qsTr("namespace %1", "@info").arg(modelData.namespace) + "  ·  " : "")
                              + modelData.selector
                              + (modelData.cluster.length > 0 ? "  ·  " + qsTr("cluster %1", "@info").arg(modelData.cluster) : "")
                    }
                    Badge {
                        visible: modelData.checkedAge !== undefined
                        text: modelData.errorCount > 0 ? qsTr("%n problem(s)", "", modelData.errorCount)
                                                       : qsTr("healthy", "@label")
                        tint: modelData.errorCount > 0 ? Theme.danger : Theme.good
                    }
                    Muted {
                        visible: modelData.checkedAge !== undefined
                        text: qsTr("seen %1", "@info").arg(modelData.checkedAge ?? "")
                    }
                }
            }
        }
    }
}
