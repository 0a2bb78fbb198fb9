// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Portolan.Views

// The score over syncs as lines: the whole catalog and, when a filter picks one, an owner or a kind. One point
// is recorded per catalog sync. The vertical scale starts near the lowest value so small changes stay visible.
Item {
    id: chart
    property ScoreTrendModel overall
    property ScoreTrendModel selection
    readonly property color overallColor: Theme.accent
    readonly property color selectionColor: Theme.kindColor("resource")
    // Plain arrays: the models' value lists arrive as sequence wrappers, which concat() does not spread.
    readonly property var overallValues: overall ? Array.from(overall.values) : []
    readonly property var selectionValues: selection ? Array.from(selection.values) : []
    readonly property int pointCount: Math.max(overallValues.length, selectionValues.length)
    readonly property real low: {
        const all = overallValues.concat(selectionValues)
        return all.length === 0 ? 0 : Math.max(0, Math.floor((Math.min(...all) - 5) / 10) * 10)
    }
    readonly property real plotLeft: 44
    readonly property real plotTop: 8
    readonly property real plotWidth: width - plotLeft - 12
    readonly property real plotHeight: height - plotTop - 26
    implicitHeight: 170

    function xAt(index: int, count: int): real {
        return count <= 1 ? plotLeft + plotWidth / 2 : plotLeft + plotWidth * index / (count - 1)
    }
    function yAt(value: real): real {
        return plotTop + plotHeight * (1 - (value - low) / (100 - low))
    }
    function pointsOf(values: var): var {
        return values.map((value, index) => Qt.point(xAt(index, values.length), yAt(value)))
    }

    // Grid: the bottom of the scale, its middle and 100%.
    Repeater {
        model: [chart.low, (chart.low + 100) / 2, 100]
        delegate: Item {
            id: gridLine
            required property real modelData
            Rectangle {
                x: chart.plotLeft
                y: chart.yAt(gridLine.modelData)
                width: chart.plotWidth
                height: 1
                color: Theme.border
            }
            Label {
                x: chart.plotLeft - width - 6
                y: chart.yAt(gridLine.modelData) - height / 2
                text: qsTr("%1%", "@label percentage").arg(Math.round(gridLine.modelData))
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    Shape {
        anchors.fill: parent
        visible: chart.overallValues.length > 1
        ShapePath {
            strokeColor: chart.overallColor
            strokeWidth: 2
            fillColor: "transparent"
            PathPolyline { path: chart.pointsOf(chart.overallValues) }
        }
    }
    Shape {
        anchors.fill: parent
        visible: chart.selectionValues.length > 1
        ShapePath {
            strokeColor: chart.selectionColor
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            fillColor: "transparent"
            PathPolyline { path: chart.pointsOf(chart.selectionValues) }
        }
    }

    // A point with its date and value on hover; placed by the Repeater that creates it.
    component Dot: Rectangle {
        id: dot
        required property int index
        required property real percent
        required property string dateText
        property color tint
        width: 8
        height: 8
        radius: 4
        color: tint
        border.color: Theme.surface
        border.width: 1
        MouseArea {
            id: dotMouse
            anchors.fill: parent
            anchors.margins: -4
            hoverEnabled: true
        }
        ToolTip.visible: dotMouse.containsMouse
        ToolTip.text: qsTr("%1: %2%", "@info:tooltip date: percentage").arg(dot.dateText).arg(dot.percent.toFixed(1))
    }
    Repeater {
        model: chart.overall
        delegate: Dot {
            id: overallDot
            x: chart.xAt(overallDot.index, chart.overallValues.length) - 4
            y: chart.yAt(overallDot.percent) - 4
            tint: chart.overallColor
        }
    }
    Repeater {
        model: chart.selection
        delegate: Dot {
            id: selectionDot
            x: chart.xAt(selectionDot.index, chart.selectionValues.length) - 4
            y: chart.yAt(selectionDot.percent) - 4
            tint: chart.selectionColor
        }
    }

    Label {
        // Under the first point; centred when it is the only one.
        x: chart.pointCount === 1 ? chart.xAt(0, 1) - width / 2 : chart.plotLeft
        y: chart.plotTop + chart.plotHeight + 6
        visible: chart.overall !== null && chart.overall.count > 0
        text: chart.overall && chart.overall.count > 0 ? chart.overall.dates[0] : ""
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
    }
    Label {
        x: chart.plotLeft + chart.plotWidth - width
        y: chart.plotTop + chart.plotHeight + 6
        visible: chart.overall !== null && chart.overall.count > 1
        text: chart.overall && chart.overall.count > 1 ? chart.overall.dates[chart.overall.count - 1] : ""
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
    }
    Label {
        anchors.centerIn: parent
        visible: chart.pointCount === 0
        text: qsTr("No trend yet: a point is recorded after each sync.", "@info")
        color: Theme.mutedText
    }
}
