// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// One facet: its most frequent values as check boxes with counts, the rest behind "Show all".
ColumnLayout {
    id: section
    required property EntityFilterProxy filter
    required property string facet
    required property string title
    property bool expanded: false
    spacing: 2
    visible: values.total > 0

    FacetModel {
        id: values
        filter: section.filter
        facet: section.facet
        limit: section.expanded ? 0 : 6
    }

    Label {
        text: section.title
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        font.capitalization: Font.AllUppercase
        color: Theme.mutedText
        Layout.bottomMargin: 2
    }

    Repeater {
        model: values
        delegate: ItemDelegate {
            id: valueRow
            required property string value
            required property string label
            required property int count
            required property bool selected
            Layout.fillWidth: true
            implicitHeight: 28
            padding: 4
            onClicked: values.toggle(value)
            Accessible.name: label
            background: Rectangle {
                radius: 4
                color: valueRow.selected ? Theme.selection : (valueRow.hovered ? Theme.hover : "transparent")
            }
            contentItem: RowLayout {
                spacing: 8
                CheckBox {
                    checked: valueRow.selected
                    padding: 0
                    focusPolicy: Qt.NoFocus
                    onClicked: values.toggle(valueRow.value)
                }
                Label {
                    Layout.fillWidth: true
                    text: valueRow.label
                    elide: Text.ElideRight
                    color: Theme.text
                }
                Label {
                    text: valueRow.count
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }

    Button {
        visible: values.total > 6
        flat: true
        text: section.expanded ? qsTr("Show fewer", "@action:button")
                               : qsTr("Show all %1", "@action:button").arg(values.total)
        font.pixelSize: Theme.fontSmall
        onClicked: section.expanded = !section.expanded
    }
}
