// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// About, links, annotations in words and who owns it; groups and users add members, structure and ownership.
ScrollView {
    id: tab
    required property EntityController controller
    readonly property string kindKey: controller.kind.toLowerCase()
    readonly property bool isGroup: kindKey === "group"
    readonly property bool isUser: kindKey === "user"
    clip: true
    contentWidth: availableWidth

    GridLayout {
        width: tab.availableWidth - 4
        columns: width > 980 ? 2 : 1
        columnSpacing: 16
        rowSpacing: 16

        Card {
            title: qsTr("About", "@title card")
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1

            Label {
                Layout.fillWidth: true
                text: (tab.controller.facts.description ?? "").length > 0 ? tab.controller.facts.description
                                                                          : qsTr("No description.", "@info")
                wrapMode: Text.WordWrap
                color: (tab.controller.facts.description ?? "").length > 0 ? Theme.text : Theme.mutedText
                font.pixelSize: Theme.fontBody
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                FactLabel { text: qsTr("Kind", "@label") }
                Label { text: tab.controller.kind; color: Theme.text }
                FactLabel { text: qsTr("Type", "@label"); visible: typeValue.visible }
                Label { id: typeValue; text: tab.controller.facts.type ?? ""; visible: text.length > 0; color: Theme.text }
                FactLabel { text: qsTr("Owner", "@label"); visible: ownerValue.visible }
                EntityLink { id: ownerValue; ref: tab.controller.facts.owner ?? ""; visible: ref.length > 0 }
                FactLabel { text: qsTr("System", "@label"); visible: systemValue.visible }
                EntityLink { id: systemValue; ref: tab.controller.facts.system ?? ""; visible: ref.length > 0 }
                FactLabel { text: qsTr("Domain", "@label"); visible: domainValue.visible }
                EntityLink { id: domainValue; ref: (tab.controller.facts.domain ?? "").length > 0 ? "domain:default/" + tab.controller.facts.domain : ""; visible: ref.length > 0 }
                FactLabel { text: qsTr("E-mail", "@label"); visible: emailValue.visible }
                Label { id: emailValue; text: tab.controller.facts.email ?? ""; visible: text.length > 0; color: Theme.text }
                FactLabel { text: qsTr("Namespace", "@label") }
                Label { text: tab.controller.facts.namespace ?? ""; color: Theme.text }
                FactLabel { text: qsTr("Defined in", "@label") }
                Label {
                    Layout.fillWidth: true
                    text: tab.controller.file + (tab.controller.line > 0 ? ":" + tab.controller.line : "")
                    color: Theme.mutedText
                    elide: Text.ElideMiddle
                }
            }
        }

        Card {
            title: qsTr("Who owns this", "@title card")
            visible: Object.keys(tab.controller.ownerInfo).length > 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1

            RowLayout {
                spacing: 10
                KindIcon { kind: tab.controller.ownerInfo.kind ?? ""; size: 32 }
                ColumnLayout {
                    spacing: 2
                    EntityLink {
                        ref: tab.controller.ownerInfo.ref ?? ""
                        title: tab.controller.ownerInfo.title ?? ""
                        font.pixelSize: Theme.fontHeading
                    }
                    Label {
                        text: tab.controller.ownerInfo.email ?? ""
                        visible: text.length > 0
                        color: Theme.mutedText
                    }
                }
            }
            Label {
                text: qsTr("Members", "@title")
                visible: (tab.controller.ownerInfo.members ?? []).length > 0
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                font.weight: Font.DemiBold
            }
            Repeater {
                model: tab.controller.ownerInfo.members ?? []
                delegate: PersonRow { Layout.fillWidth: true }
            }
        }

        Card {
            title: qsTr("Links", "@title card")
            visible: tab.controller.links.length > 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            Repeater {
                model: tab.controller.links
                delegate: Label {
                    id: linkLabel
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.title
                    color: Theme.accent
                    elide: Text.ElideRight
                    font.underline: linkMouse.containsMouse
                    ToolTip.visible: linkMouse.containsMouse
                    ToolTip.text: modelData.url
                    MouseArea {
                        id: linkMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: Qt.PointingHandCursor
                        onClicked: Qt.openUrlExternally(linkLabel.modelData.url)
                    }
                }
            }
        }

        Card {
            title: qsTr("Annotations", "@title card")
            visible: tab.controller.annotations.length > 0
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Repeater {
                    model: tab.controller.annotations
                    delegate: FactLabel {
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 0
                        text: modelData.label
                        Layout.maximumWidth: 220
                        elide: Text.ElideRight
                    }
                }
                Repeater {
                    model: tab.controller.annotations
                    delegate: Label {
                        id: annotationValue
                        required property var modelData
                        required property int index
                        Layout.row: index
                        Layout.column: 1
                        Layout.fillWidth: true
                        text: modelData.value
                        elide: Text.ElideMiddle
                        color: modelData.url.length > 0 ? Theme.accent : Theme.text
                        MouseArea {
                            anchors.fill: parent
                            enabled: annotationValue.modelData.url.length > 0
                            cursorShape: Qt.PointingHandCursor
                            onClicked: Qt.openUrlExternally(annotationValue.modelData.url)
                        }
                    }
                }
            }
        }

        Card {
            title: qsTr("Members", "@title card")
            visible: tab.isGroup
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            Label {
                visible: tab.controller.members.length === 0
                text: qsTr("No members.", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: tab.controller.members
                delegate: PersonRow { Layout.fillWidth: true }
            }
        }

        Card {
            title: tab.isUser ? qsTr("Member of", "@title card") : qsTr("Structure", "@title card")
            visible: tab.isGroup || tab.isUser
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
            RefList { label: qsTr("Parent", "@label"); items: tab.controller.parentGroups; visible: tab.isGroup }
            RefList { label: qsTr("Children", "@label"); items: tab.controller.childGroups; visible: tab.isGroup }
            RefList { label: qsTr("Groups", "@label"); items: tab.controller.memberOf; visible: tab.isUser }
        }

        Card {
            title: qsTr("Owns (%1)", "@title card").arg(tab.controller.owned.length)
            visible: tab.isGroup || tab.isUser
            Layout.fillWidth: true
            Layout.columnSpan: parent.columns
            Label {
                visible: tab.controller.owned.length === 0
                text: qsTr("Owns nothing in the catalog.", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: tab.controller.owned
                delegate: RowLayout {
                    id: ownedRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    KindIcon { kind: ownedRow.modelData.kind; size: 20 }
                    EntityLink {
                        ref: ownedRow.modelData.ref
                        title: ownedRow.modelData.title
                        Layout.preferredWidth: 220
                    }
                    Label {
                        text: ownedRow.modelData.kind + ((ownedRow.modelData.type ?? "").length > 0 ? " · " + ownedRow.modelData.type : "")
                        color: Theme.mutedText
                        Layout.preferredWidth: 150
                    }
                    Label {
                        Layout.fillWidth: true
                        text: ownedRow.modelData.via.length > 0
                              ? qsTr("through %1", "@info owned through a child group").arg(Catalog.shortRef(ownedRow.modelData.via))
                              : (ownedRow.modelData.description ?? "")
                        color: Theme.mutedText
                        elide: Text.ElideRight
                    }
                }
            }
        }

        EntityScorecardCard {
            entityRef: tab.controller.ref
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: 1
        }

        // Cards from plugins whose kinds and annotations match this entity (PluginRegistry), after the built-in ones.
        Repeater {
            model: {
                tab.controller.exists // re-evaluate when the entity loads
                PluginRegistry.revision
                return PluginRegistry.cardsFor(tab.controller.ref)
            }
            delegate: PluginView {
                required property var modelData
                contribution: modelData
                entityRef: tab.controller.ref
                framed: true
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 1
            }
        }
    }

    component FactLabel: Label {
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
