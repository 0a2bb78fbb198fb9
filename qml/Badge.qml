// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A short label in a tinted pill: lifecycles, kinds, tags, states.
Rectangle {
    id: badge
    property alias text: label.text
    property color tint: Theme.mutedText
    property bool strong: false
    implicitWidth: label.implicitWidth + 14
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, strong ? 0.25 : 0.14)
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.45)
    border.width: 1

    Label {
        id: label
        anchors.centerIn: parent
        color: badge.tint
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
}
