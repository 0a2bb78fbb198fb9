// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Every entity with TechDocs on the left; the selected one's docs on the right.
Item {
    id: page
    property string selectedRef

    DocsSiteModel { id: sites }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            color: Theme.surfaceAlt
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                Label {
                    Layout.margins: 12
                    text: qsTr("Docs", "@title:page")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                Label {
                    visible: sites.count === 0
                    Layout.margins: 12
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("No entity in the catalog has a backstage.io/techdocs-ref annotation.", "@info")
                }
                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: sites
                    delegate: ItemDelegate {
                        id: item
                        required property string ref
                        required property string title
                        required property string kind
                        required property string description
                        width: ListView.view.width
                        highlighted: page.selectedRef === ref
                        onClicked: page.selectedRef = ref
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label { text: item.title; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: item.description.length > 0 ? item.description : item.kind
                                    color: Theme.mutedText; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                }
            }
        }
        Rectangle { Layout.fillHeight: true; Layout.preferredWidth: 1; color: Theme.border }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: page.selectedRef.length > 0
            visible: active
            sourceComponent: DocsView { entityRef: page.selectedRef }
        }
        Label {
            visible: page.selectedRef.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            color: Theme.mutedText
            text: qsTr("Choose a documentation site.", "@info")
        }
    }
}
