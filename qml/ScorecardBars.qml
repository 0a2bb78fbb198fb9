// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Completeness per owner or kind as horizontal bars; a click picks that bar as the page's filter. Long lists
// scroll inside after ten rows so a catalog with many teams keeps the page readable.
ColumnLayout {
    id: bars
    property ScoreTallyModel model
    property string emptyText
    readonly property int rowHeight: 28
    signal picked(string key)
    spacing: 4

    // The same thresholds everywhere scores are shown: 90% and up is good, under 70% needs attention.
    function scoreColor(percent: real): color {
        return percent >= 90 ? Theme.good : (percent >= 70 ? Theme.warning : Theme.danger)
    }

    Label {
        visible: bars.model !== null && bars.model.count === 0
        text: bars.emptyText
        color: Theme.mutedText
        wrapMode: Text.WordWrap
        Layout.fillWidth: true
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(count, 10) * bars.rowHeight
        interactive: count > 10
        clip: true
        model: bars.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: list.count > 10 ? ScrollBar.AsNeeded : ScrollBar.AlwaysOff }
        delegate: Rectangle {
            id: bar
            required property string key
            required property string label
            required property int entities
            required property int passed
            required property int applicable
            required property real percent
            required property bool selected
            width: ListView.view.width
            height: bars.rowHeight
            radius: 4
            color: selected ? Theme.selection : (mouse.containsMouse ? Theme.hover : "transparent")

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 6
                anchors.rightMargin: 6
                spacing: 8
                Label {
                    text: bar.label
                    Layout.preferredWidth: Math.min(150, bars.width * 0.32)
                    elide: Text.ElideRight
                    color: Theme.text
                    font.weight: bar.selected ? Font.DemiBold : Font.Normal
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 10
                    radius: 3
                    color: Theme.surfaceAlt
                    border.color: Theme.border
                    Rectangle {
                        width: parent.width * bar.percent / 100
                        height: parent.height
                        radius: 3
                        color: bars.scoreColor(bar.percent)
                    }
                }
                Label {
                    text: qsTr("%1%", "@label percentage").arg(Math.round(bar.percent))
                    Layout.preferredWidth: 40
                    horizontalAlignment: Text.AlignRight
                    color: Theme.text
                    font.weight: Font.DemiBold
                }
                Label {
                    // English has no plural rules file: the singular is its own string.
                    text: bar.entities === 1 ? qsTr("1 entity", "@label") : qsTr("%n entities", "@label", bar.entities)
                    Layout.preferredWidth: 76
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            MouseArea {
                id: mouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: bars.picked(bar.key)
            }
            ToolTip.visible: mouse.containsMouse
            ToolTip.delay: 500
            ToolTip.text: qsTr("%1: %2 of %3 checks pass", "@info:tooltip").arg(bar.label).arg(bar.passed).arg(bar.applicable)
        }
    }
}
