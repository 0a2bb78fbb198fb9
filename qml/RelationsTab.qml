// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The dependency graph around the entity (depth, direction and kinds to show), then every relation by type.
SplitView {
    id: tab
    required property EntityController controller
    orientation: Qt.Horizontal

    RelationGraph {
        id: graph
        root: tab.controller.ref
        depth: depthBox.value
        direction: directionBox.currentValue ?? "both"
        kinds: tab.hiddenKinds.length === 0 ? [] : tab.shownKinds()
    }
    property var hiddenKinds: []

    function shownKinds(): var {
        const out = []
        const all = graph.availableKinds
        for (let i = 0; i < all.length; ++i) {
            if (hiddenKinds.indexOf(all[i]) < 0)
                out.push(all[i])
        }
        return out
    }

    ColumnLayout {
        SplitView.fillWidth: true
        SplitView.minimumWidth: 400
        spacing: 10

        RowLayout {
            Layout.fillWidth: true
            spacing: 10
            Label { text: qsTr("Depth", "@label"); color: Theme.mutedText }
            SpinBox {
                id: depthBox
                from: 1
                to: 3
                value: 1
                Accessible.name: qsTr("Graph depth", "@label")
            }
            Label { text: qsTr("Direction", "@label"); color: Theme.mutedText }
            ComboBox {
                id: directionBox
                textRole: "text"
                valueRole: "value"
                implicitContentWidthPolicy: ComboBox.WidestText
                model: [
                    { value: "both", text: qsTr("Both ways", "@item:inlistbox") },
                    { value: "outgoing", text: qsTr("What it uses", "@item:inlistbox") },
                    { value: "incoming", text: qsTr("What uses it", "@item:inlistbox") }
                ]
            }
            Label { text: qsTr("Kinds", "@label"); color: Theme.mutedText; Layout.leftMargin: 6 }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                Repeater {
                    model: tab.hiddenKinds.concat(tab.shownKinds()).sort()
                    delegate: CheckBox {
                        required property string modelData
                        text: modelData
                        checked: tab.hiddenKinds.indexOf(modelData) < 0
                        onToggled: tab.hiddenKinds = checked ? tab.hiddenKinds.filter(k => k !== modelData)
                                                             : tab.hiddenKinds.concat([modelData])
                    }
                }
            }
        }

        RelationGraphView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            graph: graph
        }
    }

    ScrollView {
        SplitView.preferredWidth: 290
        SplitView.minimumWidth: 240
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 14
            Label {
                visible: tab.controller.relationGroups.length === 0
                text: qsTr("No relations.", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: tab.controller.relationGroups
                delegate: ColumnLayout {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    spacing: 4
                    Label {
                        text: group.modelData.label + "  (" + group.modelData.items.length + ")"
                        font.weight: Font.DemiBold
                        color: Theme.text
                    }
                    Repeater {
                        model: group.modelData.items
                        delegate: RowLayout {
                            id: item
                            required property var modelData
                            spacing: 8
                            KindIcon { kind: item.modelData.kind; size: 18 }
                            EntityLink {
                                ref: item.modelData.ref
                                title: item.modelData.title
                                Layout.maximumWidth: 260
                            }
                        }
                    }
                }
            }
        }
    }
}
