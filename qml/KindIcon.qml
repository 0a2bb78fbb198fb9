// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls

// A kind's mark: its initial on the kind's colour, so kinds are told apart at a glance in lists and graphs.
Rectangle {
    id: icon
    property string kind
    property int size: 28
    readonly property string letter: {
        const k = kind.toLowerCase()
        if (k === "api") return "A"
        return k.length > 0 ? k.charAt(0).toUpperCase() : "?"
    }
    implicitWidth: size
    implicitHeight: size
    radius: size / 4
    color: Theme.kindColor(kind)
    Accessible.name: kind

    Label {
        anchors.centerIn: parent
        text: icon.letter
        color: "white"
        font.pixelSize: Math.round(icon.size * 0.5)
        font.bold: true
    }
}
