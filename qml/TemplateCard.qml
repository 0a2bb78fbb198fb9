// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One Software Template on the Create page: title, type, description, tags, owner and a Choose button.
Card {
    id: card
    required property string title
    required property string description
    required property var tags
    required property string owner
    required property string type
    required property string path
    signal chosen(string path)

    width: 340
    implicitHeight: 210

    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: card.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontHeading
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Badge { text: card.type; visible: card.type.length > 0; tint: Theme.accent }
    }
    Label {
        Layout.fillWidth: true
        Layout.fillHeight: true
        text: card.description
        wrapMode: Text.WordWrap
        elide: Text.ElideRight
        maximumLineCount: 4
        color: Theme.mutedText
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: card.tags
            delegate: Badge { required property string modelData; text: modelData }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: card.owner.length > 0 ? qsTr("Owner: %1", "@info").arg(Catalog.shortRef(card.owner)) : ""
            elide: Text.ElideRight
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }
        Button {
            text: qsTr("Choose", "@action:button")
            enabled: card.path.length > 0
            onClicked: card.chosen(card.path)
            ToolTip.visible: !enabled && hovered
            ToolTip.text: qsTr("No local template.yaml for this template", "@info:tooltip")
        }
    }
}
