// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Facet filters with counts; each count is what choosing that value would leave under the other filters.
ScrollView {
    id: panel
    required property EntityFilterProxy filter
    clip: true
    contentWidth: availableWidth

    readonly property var facets: [
        { facet: "kind", title: qsTr("Kind", "@title facet") },
        { facet: "type", title: qsTr("Type", "@title facet") },
        { facet: "lifecycle", title: qsTr("Lifecycle", "@title facet") },
        { facet: "owner", title: qsTr("Owner", "@title facet") },
        { facet: "system", title: qsTr("System", "@title facet") },
        { facet: "tag", title: qsTr("Tags", "@title facet") },
        { facet: "namespace", title: qsTr("Namespace", "@title facet") }
    ]

    ColumnLayout {
        width: panel.availableWidth
        spacing: 16

        Repeater {
            model: panel.facets
            delegate: FacetSection {
                required property var modelData
                Layout.fillWidth: true
                filter: panel.filter
                facet: modelData.facet
                title: modelData.title
            }
        }
    }
}
