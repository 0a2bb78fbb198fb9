// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The checks with how many entities fail each, most failures first; picking one lists its failures.
Card {
    id: card
    property ScoreCheckModel model
    property string selected
    signal picked(string checkId)
    title: qsTr("Checks", "@title card")

    function scoreColor(percent: real): color {
        return percent >= 90 ? Theme.good : (percent >= 70 ? Theme.warning : Theme.danger)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        HeaderLabel { text: qsTr("Check", "@title:column"); Layout.fillWidth: true }
        HeaderLabel { text: qsTr("Failing", "@title:column"); Layout.minimumWidth: 64; Layout.preferredWidth: 64; horizontalAlignment: Text.AlignRight }
        HeaderLabel { text: qsTr("Passing", "@title:column"); Layout.minimumWidth: 150; Layout.maximumWidth: 150 }
    }
    Rectangle { Layout.fillWidth: true; Layout.preferredHeight: 1; color: Theme.border }

    Repeater {
        model: card.model
        delegate: Rectangle {
            id: row
            required property string checkId
            required property string name
            required property string description
            required property string fix
            required property int applicable
            required property int failed
            required property real percent
            required property bool selected
            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 10
            radius: 4
            color: selected ? Theme.selection : (mouse.containsMouse ? Theme.hover : "transparent")

            RowLayout {
                id: rowLayout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        color: Theme.text
                        elide: Text.ElideRight
                        font.weight: row.selected ? Font.DemiBold : Font.Normal
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.applicable === 1 ? qsTr("applies to 1 entity", "@info") : qsTr("applies to %n entities", "@info", row.applicable)
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                    }
                }
                Label {
                    Layout.minimumWidth: 64
                    Layout.preferredWidth: 64
                    horizontalAlignment: Text.AlignRight
                    text: row.failed > 0 ? row.failed : "✓"
                    color: row.failed > 0 ? Theme.danger : Theme.good
                    font.weight: Font.DemiBold
                }
                RowLayout {
                    Layout.fillWidth: false // its bar fills only this column
                    Layout.minimumWidth: 150
                    Layout.preferredWidth: 150
                    Layout.maximumWidth: 150
                    spacing: 6
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 8
                        radius: 3
                        color: Theme.surfaceAlt
                        border.color: Theme.border
                        Rectangle {
                            width: parent.width * row.percent / 100
                            height: parent.height
                            radius: 3
                            color: card.scoreColor(row.percent)
                        }
                    }
                    Label {
                        Layout.preferredWidth: 38
                        horizontalAlignment: Text.AlignRight
                        text: qsTr("%1%", "@label percentage").arg(Math.round(row.percent))
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            MouseArea {
                id: mouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: card.picked(row.checkId)
            }
            ToolTip.visible: mouse.containsMouse
            ToolTip.delay: 500
            ToolTip.text: (row.description.length > 0 ? row.description + "\n" : "") + qsTr("Fix: %1", "@info:tooltip").arg(row.fix)
        }
    }

    component HeaderLabel: Label {
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
