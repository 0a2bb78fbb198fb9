// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Every entity with TechDocs on the left, with a search over all of their docs; the selected one's docs (or the
// search results) on the right. Locations "page/docs?ref=…&page=…&anchor=…" open a page at a heading, so search
// results, Ctrl+K hits and Back all go through Navigation.
Item {
    id: page
    property string selectedRef
    property bool showResults: false
    readonly property string location: Navigation.current

    function search(text: string) {
        searchField.text = text
        page.showResults = text.length > 0
    }

    // "page/docs?ref=a&page=b&anchor=c" -> {ref, page, anchor}
    function parseLocation(location: string): var {
        const query = location.indexOf("?") >= 0 ? location.substring(location.indexOf("?") + 1) : ""
        const args = {}
        for (const part of query.split("&")) {
            const eq = part.indexOf("=")
            if (eq > 0)
                args[part.substring(0, eq)] = decodeURIComponent(part.substring(eq + 1))
        }
        return args
    }
    function openLocation() {
        if (!page.location.startsWith("page/docs?"))
            return
        const args = parseLocation(page.location)
        if (!args.ref)
            return
        page.showResults = false
        page.selectedRef = args.ref
        if (viewLoader.item)
            viewLoader.item.openPage(args.page || "", args.anchor || "")
    }
    onLocationChanged: openLocation()
    Component.onCompleted: openLocation()

    DocsSiteModel { id: sites }
    DocsSearchModel {
        id: results
        text: searchField.text
        matchColor: Theme.accent
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.preferredWidth: 280
            Layout.fillHeight: true
            color: Theme.surfaceAlt
            ColumnLayout {
                anchors.fill: parent
                spacing: 0
                Label {
                    Layout.margins: 12
                    Layout.bottomMargin: 6
                    text: qsTr("Docs", "@title:page")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
                TextField {
                    id: searchField
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.bottomMargin: 8
                    placeholderText: qsTr("Search all docs…", "@info:placeholder")
                    selectByMouse: true
                    onTextEdited: page.showResults = text.length > 0
                    onAccepted: page.showResults = text.length > 0
                    Keys.onEscapePressed: { text = ""; page.showResults = false }
                    Keys.onDownPressed: { if (page.showResults) { resultList.forceActiveFocus(); resultList.currentIndex = 0 } }
                    Accessible.name: qsTr("Search all docs", "@info accessible")
                }
                Label {
                    visible: sites.count === 0
                    Layout.margins: 12
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.mutedText
                    text: qsTr("No entity in the catalog has a backstage.io/techdocs-ref annotation.", "@info")
                }
                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: sites
                    delegate: ItemDelegate {
                        id: item
                        required property string ref
                        required property string title
                        required property string kind
                        required property string description
                        width: ListView.view.width
                        highlighted: page.selectedRef === ref && !page.showResults
                        onClicked: { page.showResults = false; page.selectedRef = ref }
                        contentItem: ColumnLayout {
                            spacing: 2
                            Label { text: item.title; color: Theme.text; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: item.description.length > 0 ? item.description : item.kind
                                    color: Theme.mutedText; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                }
            }
        }
        Rectangle { Layout.fillHeight: true; Layout.preferredWidth: 1; color: Theme.border }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.showResults ? 0 : (page.selectedRef.length > 0 ? 1 : 2)

            // Search results: entity, page › heading, snippet with the matches highlighted.
            ColumnLayout {
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    Layout.bottomMargin: 8
                    color: Theme.mutedText
                    text: results.count === 0
                          ? (results.indexing ? qsTr("No matches yet: the docs are still being indexed…", "@info")
                                              : qsTr("No docs match “%1”.", "@info").arg(searchField.text))
                          : qsTr("Sections matching “%1”: %2", "@info").arg(searchField.text).arg(results.count)
                          + (results.indexing ? qsTr(" (indexing…)", "@info") : "")
                }
                ListView {
                    id: resultList
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: results
                    spacing: 2
                    ScrollBar.vertical: ScrollBar {}
                    Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                    Keys.onEnterPressed: if (currentItem) currentItem.clicked()
                    delegate: ItemDelegate {
                        id: hit
                        required property string entityTitle
                        required property string pageTitle
                        required property string heading
                        required property string snippet
                        required property string location
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem && resultList.activeFocus
                        // Visiting the current location again changes nothing, so open it directly then.
                        onClicked: {
                            if (Navigation.current === hit.location)
                                page.openLocation()
                            else
                                Navigation.visit(hit.location)
                        }
                        background: Rectangle { color: hit.highlighted ? Theme.selection : (hit.hovered ? Theme.hover : "transparent") }
                        contentItem: ColumnLayout {
                            spacing: 3
                            Label {
                                Layout.fillWidth: true
                                text: hit.entityTitle + "  ›  " + hit.pageTitle
                                color: Theme.mutedText
                                font.pixelSize: Theme.fontSmall
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: hit.heading
                                color: Theme.accent
                                font.pixelSize: Theme.fontHeading
                                font.weight: Font.DemiBold
                                elide: Text.ElideRight
                            }
                            Label {
                                Layout.fillWidth: true
                                text: hit.snippet
                                textFormat: Text.StyledText
                                color: Theme.text
                                wrapMode: Text.Wrap
                                maximumLineCount: 3
                                elide: Text.ElideRight
                            }
                        }
                    }
                }
            }

            Loader {
                id: viewLoader
                active: page.selectedRef.length > 0
                sourceComponent: DocsView { entityRef: page.selectedRef }
                onLoaded: page.openLocation()
            }
            Label {
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                color: Theme.mutedText
                text: qsTr("Choose a documentation site, or search all docs.", "@info")
            }
        }
    }
}
