// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The entities to fix, lowest score first, each failure with its reason and what to change; a click on an
// entity opens its page. Scrolls inside so thousands of rows stay cheap.
Card {
    id: card
    property ScoreEntityModel model
    property string checkName
    title: checkName.length > 0 ? qsTr("Failing “%1” (%2)", "@title card").arg(checkName).arg(model ? model.count : 0)
                                : qsTr("Entities to fix (%1)", "@title card").arg(model ? model.count : 0)

    // The fix as styled text: Markdown code spans in a code colour. Plain styled text lays out like plain text;
    // rich text kept a stale wrapped height inside list delegates.
    function fixText(fix: string): string {
        const escaped = fix.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        const code = Theme.kindColor("api")
        return qsTr("<b>Fix:</b> %1", "@info styled text").arg(escaped.replace(/`([^`]+)`/g, "<font color=\"" + code + "\">$1</font>"))
    }

    function scoreColor(percent: real): color {
        return percent >= 90 ? Theme.good : (percent >= 70 ? Theme.warning : Theme.danger)
    }

    Label {
        visible: card.model !== null && card.model.count === 0
        text: card.checkName.length > 0 ? qsTr("Every entity it applies to passes this check.", "@info")
                                        : qsTr("Every entity passes every check that applies to it.", "@info")
        color: Theme.good
    }

    ListView {
        id: list
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(contentHeight, 560)
        visible: count > 0
        clip: true
        spacing: 4
        model: card.model
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        delegate: ColumnLayout {
            id: entry
            required property string ref
            required property string title
            required property string kind
            required property string owner
            required property real percent
            required property int passed
            required property int applicable
            required property var failures
            width: ListView.view.width - 12
            spacing: 3

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 6
                spacing: 8
                KindIcon { kind: entry.kind; size: 20 }
                EntityLink {
                    ref: entry.ref
                    title: entry.title
                    font.weight: Font.DemiBold
                    Layout.maximumWidth: 260
                }
                Label {
                    Layout.fillWidth: true
                    text: entry.owner.length > 0 ? Catalog.shortRef(entry.owner) : qsTr("no owner", "@info")
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
                Badge {
                    text: qsTr("%1 of %2", "@label checks passed of applicable").arg(entry.passed).arg(entry.applicable)
                    tint: card.scoreColor(entry.percent)
                }
            }
            Repeater {
                model: entry.failures
                delegate: ColumnLayout {
                    id: failure
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: 28
                    spacing: 1
                    Label {
                        Layout.fillWidth: true
                        text: "✗  " + failure.modelData.name
                        color: Theme.danger
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 18
                        text: failure.modelData.reason
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.leftMargin: 18
                        text: card.fixText(failure.modelData.fix)
                        textFormat: Text.StyledText
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                    }
                }
            }
            Rectangle { Layout.fillWidth: true; Layout.topMargin: 4; Layout.preferredHeight: 1; color: Theme.border }
        }
    }
}
