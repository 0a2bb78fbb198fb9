// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick
import Portolan.Views

// Colours and sizes shared by every page; follows App.dark (system theme unless the user chose one).
QtObject {
    readonly property bool dark: App.dark
    readonly property color window: dark ? "#1f2227" : "#f6f7f9"
    readonly property color surface: dark ? "#262a31" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#2c3139" : "#f1f3f6"
    readonly property color sidebar: dark ? "#181a1e" : "#eaedf1"
    readonly property color border: dark ? "#3a3f47" : "#d9dee4"
    readonly property color text: dark ? "#e6e8eb" : "#1d2127"
    readonly property color mutedText: dark ? "#a3abb5" : "#59626e"
    readonly property color accent: dark ? "#7cb4ff" : "#1f5fbf"
    readonly property color selection: dark ? "#2d4a73" : "#dbe7fa"
    readonly property color hover: dark ? "#2a2f37" : "#eef2f7"
    readonly property color good: dark ? "#5cc98a" : "#1d7a46"
    readonly property color warning: dark ? "#f0b44c" : "#95600a"
    readonly property color danger: dark ? "#ff7b72" : "#b42318"
    readonly property color codeBackground: dark ? "#1b1d21" : "#fbfbfc"

    readonly property int spacing: 8
    readonly property int radius: 6
    readonly property int fontSmall: 12
    readonly property int fontBody: 14
    readonly property int fontHeading: 16
    readonly property int fontTitle: 22
    readonly property string monoFamily: "DejaVu Sans Mono"

    readonly property var kindColors: ({
        component: dark ? "#4f8fe8" : "#2f6fce",
        api: dark ? "#3fb8a6" : "#11806f",
        resource: dark ? "#c58af0" : "#7d3cc0",
        system: dark ? "#e39a4c" : "#b25f10",
        domain: dark ? "#d77aa8" : "#a93b72",
        group: dark ? "#6fbf62" : "#2f7d24",
        user: dark ? "#8a9bb0" : "#52606f",
        template: dark ? "#d6b44a" : "#866a0c"
    })
    readonly property var lifecycleColors: ({ production: good, experimental: warning, deprecated: danger })

    // Plain lookups: qmllint 6.4 crashes on switch statements in a singleton's functions.
    function kindColor(kind: string): string {
        const found = kindColors[kind.toLowerCase()]
        return found !== undefined ? found : (dark ? "#7d8794" : "#6b7380")
    }

    function lifecycleColor(lifecycle: string): string {
        const found = lifecycleColors[lifecycle.toLowerCase()]
        return found !== undefined ? String(found) : String(mutedText)
    }
}
