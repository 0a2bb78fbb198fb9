// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Portolan.Views

// Draws a RelationGraph: nodes as kind-coloured cards, edges as arrows labelled with the relation.
// Click a node to open it.
Rectangle {
    id: view
    required property RelationGraph graph
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    clip: true

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 1
        contentWidth: Math.max(width, view.graph.width + 48)
        contentHeight: Math.max(height, view.graph.height + 80)
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        ScrollBar.horizontal: ScrollBar {}

        Item {
            id: canvas
            x: Math.max(24, (flick.width - view.graph.width) / 2)
            y: Math.max(40, (flick.height - view.graph.height) / 2)
            width: view.graph.width
            height: view.graph.height

            Repeater {
                model: view.graph.edges
                delegate: Item {
                    id: edge
                    required property var modelData
                    readonly property real midX: (modelData.x1 + modelData.x2) / 2
                    anchors.fill: parent
                    Shape {
                        anchors.fill: parent
                        ShapePath {
                            strokeColor: Theme.mutedText
                            strokeWidth: 1.3
                            fillColor: "transparent"
                            startX: edge.modelData.x1
                            startY: edge.modelData.y1
                            PathCubic {
                                x: edge.modelData.x2
                                y: edge.modelData.y2
                                control1X: edge.midX
                                control1Y: edge.modelData.y1
                                control2X: edge.midX
                                control2Y: edge.modelData.y2
                            }
                        }
                        ShapePath {
                            id: head
                            // Arrow head at the target
                            readonly property real dir: edge.modelData.x2 >= edge.modelData.x1 ? -1 : 1
                            strokeColor: "transparent"
                            fillColor: Theme.mutedText
                            startX: edge.modelData.x2
                            startY: edge.modelData.y2
                            PathLine { x: edge.modelData.x2 + 9 * head.dir; y: edge.modelData.y2 - 4.5 }
                            PathLine { x: edge.modelData.x2 + 9 * head.dir; y: edge.modelData.y2 + 4.5 }
                            PathLine { x: edge.modelData.x2; y: edge.modelData.y2 }
                        }
                    }
                }
            }

            Repeater {
                model: view.graph.edges
                // Labels sit next to the end away from the root, where edges have fanned out and do not overlap.
                delegate: Label {
                    required property var modelData
                    readonly property bool atStart: modelData.labelAtStart
                    readonly property bool rightwards: modelData.x2 >= modelData.x1
                    x: atStart ? (rightwards ? modelData.x1 + 8 : modelData.x1 - width - 8)
                               : (rightwards ? modelData.x2 - width - 14 : modelData.x2 + 14)
                    y: (atStart ? modelData.y1 : modelData.y2) - height - 1
                    text: modelData.label
                    font.pixelSize: 11
                    color: Theme.mutedText
                    background: Rectangle { color: Theme.surface; radius: 3; opacity: 0.9 }
                    padding: 2
                }
            }

            Repeater {
                model: view.graph.nodes
                delegate: Rectangle {
                    id: node
                    required property var modelData
                    x: modelData.x
                    y: modelData.y
                    width: 184
                    height: 48
                    radius: Theme.radius
                    color: modelData.root ? Theme.selection : (nodeMouse.containsMouse ? Theme.hover : Theme.surfaceAlt)
                    border.color: modelData.root ? Theme.accent : Theme.border
                    border.width: modelData.root ? 2 : 1

                    KindIcon {
                        id: nodeIcon
                        anchors.left: parent.left
                        anchors.leftMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        kind: node.modelData.kind
                        size: 26
                    }
                    Column {
                        anchors.left: nodeIcon.right
                        anchors.leftMargin: 8
                        anchors.right: parent.right
                        anchors.rightMargin: 8
                        anchors.verticalCenter: parent.verticalCenter
                        Label {
                            width: parent.width
                            text: node.modelData.title
                            elide: Text.ElideRight
                            font.weight: Font.DemiBold
                            color: Theme.text
                        }
                        Label {
                            width: parent.width
                            text: node.modelData.kind
                            elide: Text.ElideRight
                            font.pixelSize: 11
                            color: Theme.mutedText
                        }
                    }
                    MouseArea {
                        id: nodeMouse
                        anchors.fill: parent
                        hoverEnabled: true
                        cursorShape: node.modelData.root ? Qt.ArrowCursor : Qt.PointingHandCursor
                        onClicked: if (!node.modelData.root) Navigation.openEntity(node.modelData.ref)
                    }
                    ToolTip.visible: nodeMouse.containsMouse
                    ToolTip.text: node.modelData.ref
                }
            }
        }
    }
}
