// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The entity's scorecard: every check that applies to it, passed or not, with the reason and how to fix it.
// Hidden when no check applies (users and groups under the default rules).
Card {
    id: card
    required property string entityRef
    readonly property EntityScorecard scorecard: EntityScorecard { ref: card.entityRef }
    readonly property color tint: scorecard.percent >= 90 ? Theme.good : (scorecard.percent >= 70 ? Theme.warning : Theme.danger)
    title: qsTr("Scorecard", "@title card")
    visible: scorecard.count > 0

    // The fix as styled text: Markdown code spans in a code colour. Plain styled text lays out like plain text;
    // rich text kept a stale wrapped height inside list delegates.
    function fixText(fix: string): string {
        const escaped = fix.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        const code = Theme.kindColor("api")
        return qsTr("<b>Fix:</b> %1", "@info styled text").arg(escaped.replace(/`([^`]+)`/g, "<font color=\"" + code + "\">$1</font>"))
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12
        Label {
            text: qsTr("%1%", "@label percentage").arg(Math.round(card.scorecard.percent))
            font.pixelSize: 28
            font.weight: Font.DemiBold
            color: card.tint
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: qsTr("%1 of %2 checks pass", "@info").arg(card.scorecard.passed).arg(card.scorecard.count)
                color: Theme.text
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 8
                radius: 3
                color: Theme.surfaceAlt
                border.color: Theme.border
                Rectangle {
                    width: parent.width * card.scorecard.percent / 100
                    height: parent.height
                    radius: 3
                    color: card.tint
                }
            }
        }
        Label {
            text: qsTr("All scorecards", "@action link")
            color: Theme.accent
            font.underline: allMouse.containsMouse
            MouseArea {
                id: allMouse
                anchors.fill: parent
                hoverEnabled: true
                cursorShape: Qt.PointingHandCursor
                onClicked: Navigation.openPage("scorecards")
            }
        }
    }

    // Failures (they come first) with the reason and the fix.
    Repeater {
        model: card.scorecard
        delegate: RowLayout {
            id: failure
            required property string name
            required property bool passed
            required property string reason
            required property string fix
            visible: !passed
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 14
                text: "✗"
                color: Theme.danger
                font.weight: Font.Bold
                Accessible.name: qsTr("failed", "@info")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: failure.name
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: failure.reason
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: card.fixText(failure.fix)
                    textFormat: Text.StyledText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // Passed checks, compact.
    Flow {
        Layout.fillWidth: true
        visible: card.scorecard.passed > 0
        spacing: 12
        Repeater {
            model: card.scorecard
            delegate: Label {
                required property string name
                required property bool passed
                visible: passed
                text: "✓ " + name
                color: Theme.good
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
