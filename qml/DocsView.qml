// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtWebEngine
import Portolan.Views

// One entity's TechDocs in a WebEngineView on portolan-docs://, with find-in-page (Ctrl+F), external links in
// the system browser and live preview (the page reloads at the same scroll position when its files change).
Item {
    id: root
    property string entityRef
    readonly property alias viewer: viewer
    readonly property alias web: web
    property real savedScroll: 0
    property bool restoreScroll: false
    // A page to show once the site resolved (search results open a page at a heading).
    property string pendingPage
    property string pendingAnchor
    property bool hasPending: false

    DocsViewer {
        id: viewer
        entityRef: root.entityRef
        dark: Theme.dark
        onReloadRequested: root.reloadKeepingScroll()
        onResolved: root.showSite()
    }

    function reloadKeepingScroll() {
        web.runJavaScript("window.scrollY", function(y) {
            root.savedScroll = y || 0
            root.restoreScroll = true
            web.reload()
        })
    }

    // Opens the site-relative page URL at `anchor`, now or as soon as the site resolved.
    function openPage(pageUrl: string, anchor: string) {
        root.pendingPage = pageUrl
        root.pendingAnchor = anchor
        root.hasPending = true
        root.showPending()
    }
    function showPending() {
        if (!root.hasPending || viewer.url.toString().length === 0)
            return
        root.hasPending = false
        web.url = viewer.pageUrl(root.pendingPage, root.pendingAnchor)
    }
    // The URL is set imperatively (not bound): links inside the page navigate the view themselves.
    function showSite() {
        if (root.hasPending)
            showPending()
        else if (viewer.url.toString().length > 0)
            web.url = viewer.url
    }
    Component.onCompleted: showSite()

    function find(backward: bool) {
        web.findText(findField.text, backward ? WebEngineView.FindBackward : 0)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            id: findBar
            visible: false
            Layout.fillWidth: true
            Layout.margins: 6
            spacing: 6
            TextField {
                id: findField
                Layout.preferredWidth: 280
                placeholderText: qsTr("Find in page", "@info:placeholder")
                onTextChanged: root.find(false)
                onAccepted: root.find(false)
                Keys.onEscapePressed: { findBar.visible = false; web.findText("") }
            }
            Button { text: qsTr("Previous", "@action:button"); onClicked: root.find(true) }
            Button { text: qsTr("Next", "@action:button"); onClicked: root.find(false) }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Close", "@action:button"); onClicked: { findBar.visible = false; web.findText("") } }
        }

        // Pre-built site of an entity without local docs, fetched from the TechDocs storage URL.
        RowLayout {
            visible: viewer.downloading
            Layout.margins: 24
            spacing: 8
            BusyIndicator {
                running: viewer.downloading
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
            }
            Label {
                color: Theme.mutedText
                text: qsTr("Downloading docs…", "@info:status")
            }
        }

        // backstage.io/techdocs-entity: this entity shows another one's docs; a downloaded site can be re-checked.
        RowLayout {
            visible: (viewer.docsRef.length > 0 && viewer.docsRef !== root.entityRef) || (viewer.remote && !viewer.downloading)
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 6
            spacing: 8
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                color: Theme.mutedText
                text: viewer.docsRef.length > 0 && viewer.docsRef !== root.entityRef
                      ? qsTr("Docs of %1", "@info backstage.io/techdocs-entity").arg(viewer.docsRef)
                      : qsTr("Downloaded from the TechDocs server", "@info")
            }
            Button {
                visible: viewer.remote
                enabled: !viewer.downloading
                text: qsTr("Refresh", "@action:button")
                onClicked: viewer.refresh()
            }
        }

        Label {
            visible: viewer.notice.length > 0
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 6
            wrapMode: Text.Wrap
            color: Theme.warning
            text: viewer.notice
        }

        Label {
            visible: viewer.error.length > 0
            Layout.fillWidth: true
            Layout.margins: 24
            wrapMode: Text.Wrap
            color: Theme.danger
            text: viewer.error
        }

        WebEngineView {
            id: web
            visible: viewer.url.toString().length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            backgroundColor: Theme.surface
            onNewWindowRequested: (request) => Qt.openUrlExternally(request.requestedUrl)
            onNavigationRequested: (request) => {
                const scheme = request.url.toString().split(":")[0]
                if (scheme === "http" || scheme === "https" || scheme === "mailto") {
                    request.action = WebEngineNavigationRequest.IgnoreRequest
                    Qt.openUrlExternally(request.url)
                }
            }
            onLoadingChanged: (info) => {
                if (info.status === WebEngineView.LoadSucceededStatus && root.restoreScroll) {
                    root.restoreScroll = false
                    web.runJavaScript("window.scrollTo(0, " + root.savedScroll + ")")
                }
            }
        }
    }

    Shortcut {
        sequence: StandardKey.Find
        enabled: root.visible && viewer.url.toString().length > 0
        onActivated: { findBar.visible = true; findField.forceActiveFocus(); findField.selectAll() }
    }
}
