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

    Repeater {
        model: card.scorecard
        delegate: RowLayout {
            id: check
            required property string name
            required property bool passed
            required property string reason
            required property string fix
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 16
                text: check.passed ? "✓" : "✗"
                color: check.passed ? Theme.good : Theme.danger
                font.weight: Font.Bold
                Accessible.name: check.passed ? qsTr("passed", "@info") : qsTr("failed", "@info")
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 1
                Label {
                    Layout.fillWidth: true
                    text: check.name
                    color: check.passed ? Theme.text : Theme.danger
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !check.passed
                    text: check.reason
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: !check.passed
                    text: qsTr("**Fix:** %1", "@info markdown").arg(check.fix)
                    textFormat: Text.MarkdownText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
