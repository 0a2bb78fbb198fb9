// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

ApplicationWindow {
    id: root
    width: 1440
    height: 900
    minimumWidth: 960
    minimumHeight: 600
    visible: true
    title: qsTr("Portolan", "@title:window")
    color: Theme.window
    // Every control takes its colours from here, so the light and dark themes reach popups and inputs too.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.brightText: Theme.text
    palette.placeholderText: Theme.mutedText
    palette.highlight: Theme.dark ? "#3d7ed6" : "#2f6fce"
    palette.highlightedText: "#ffffff"
    palette.link: Theme.accent
    palette.toolTipBase: Theme.surfaceAlt
    palette.toolTipText: Theme.text
    palette.light: Theme.dark ? "#444952" : "#ffffff"
    palette.midlight: Theme.dark ? "#33373e" : "#eef0f3"
    palette.mid: Theme.border
    palette.dark: Theme.dark ? "#121417" : "#b9bfc7"
    palette.shadow: "#000000"

    // Sidebar pages, declared here only: a later page plugs in by adding its QML file and one entry.
    readonly property var builtInPages: [
        { key: "catalog", title: qsTr("Catalog", "@title:menu"), glyph: "▦", source: "CatalogPage.qml" },
        { key: "docs", title: qsTr("Docs", "@title:menu"), glyph: "❏", source: "DocsPage.qml" },
        { key: "create", title: qsTr("Create", "@title:menu"), glyph: "+", source: "CreatePage.qml" },
        { key: "kubernetes", title: qsTr("Kubernetes", "@title:menu"), glyph: "⎈", source: "KubernetesPage.qml" },
        { key: "scorecards", title: qsTr("Scorecards", "@title:menu"), glyph: "✓", source: "ScorecardsPage.qml" }
    ]
    // Pages from plugins (PluginRegistry, shown through PluginView.qml) come before Settings, which stays last.
    readonly property var pages: {
        const fromPlugins = []
        for (const page of PluginRegistry.pages)
            fromPlugins.push({ key: page.key, title: page.title, glyph: page.glyph, source: "PluginView.qml", plugin: page.plugin })
        return builtInPages.concat(fromPlugins,
            [{ key: "settings", title: qsTr("Settings", "@title:menu"), glyph: "⚙", source: "SettingsPage.qml" }])
    }
    readonly property string location: Navigation.current
    readonly property bool onEntity: location.startsWith("entity/")
    // A page location may carry arguments after "?" (e.g. docs search hits), which the page itself reads.
    readonly property string pageKey: onEntity ? "" : location.substring(5).split("?")[0]
    // Read by --startup-report: the first frame counts once the table has rows.
    readonly property int catalogRows: entityProxy.count
    // --screenshot: a folder with a template and a bare repository for the "wizard-done" shot (see screencapture).
    property string screenshotScratch: ""

    function pageFor(key: string): var {
        return pages.find(page => page.key === key) ?? null
    }
    function pageSource(key: string): string {
        const page = pageFor(key)
        return page ? page.source : ""
    }

    // Used by --screenshot to walk through the screens.
    function showScreen(name: string) {
        palette.close()
        switch (name) {
        case "catalog": Navigation.openPage("catalog"); break
        case "entity": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("overview"); break
        case "graph": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("relations"); break
        case "source": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("source"); break
        case "api": Navigation.openEntity("api:default/payments-api"); entityPage.showTab("api"); break
        case "entitydocs": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("docs"); break
        case "group": Navigation.openEntity("group:default/team-payments"); entityPage.showTab("overview"); break
        case "palette": Navigation.openPage("catalog"); palette.openWith("pay"); break
        // An entity that fails some checks, so its scorecard card has something to say (Scorecards feature).
        case "entity-scorecard": Navigation.openEntity("component:default/payments-webhook-worker"); entityPage.showTab("overview"); break
        case "scorecards-owner": Navigation.openPage("scorecards"); pageLoader.item.filterBy("group:default/team-risk", ""); break
        case "docs-search": Navigation.openPage("docs"); pageLoader.item.search("deploy"); break
        case "palette-docs": Navigation.openPage("catalog"); palette.openWith("deploy"); break
        // What clicking a docs search hit does: the page opens at the heading.
        case "docs-hit": Navigation.visit("page/docs?ref=component%3Adefault%2Fpayments-service&page=runbook%2F&anchor=restarting-the-outbox-relay"); break
        case "k8s": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("kubernetes"); break
        // The overview scrolled to the plugin cards (the bundled PagerDuty on-call example).
        case "plugin-card": Navigation.openEntity("component:default/payments-service"); entityPage.showTab("overview"); scrollLater.start(); break
        case "plugin-settings": Navigation.openPage("settings"); scrollLater.start(); break
        // The example plugin with a C++ part (scripts/screenshots puts the built example on the plugin path).
        case "plugin-native": Navigation.openEntity("api:default/payments-api"); entityPage.showTab("overview"); scrollLater.start(); break
        // The Create wizard on the demo Go template: its first page, then a dry run (Create page feature).
        case "wizard": Navigation.openPage("create"); pageLoader.item.openTemplateRef("template:default/go-service", null, ""); break
        case "wizard-review":
        case "wizard-run":
            Navigation.openPage("create")
            pageLoader.item.openTemplateRef("template:default/go-service", {
                name: "ledger", description: "Double-entry ledger for payments", owner: "group:default/team-payments",
                system: "system:default/payments", repoUrl: "github.com?owner=acme-payments&repo=ledger",
                token: "ghp_demo_0123456789abcdef" }, name === "wizard-review" ? "review" : "dry-run")
            break
        // A real Create: publish:git into a bare repository and catalog:register (screencapture prepares the folder).
        case "wizard-done":
            Navigation.openPage("create")
            pageLoader.item.openTemplateWith(screenshotScratch + "/template/template.yaml", {
                name: "orders", kind: "service", port: 8443, token: "demo-deploy-token-42",
                remote: "file://" + screenshotScratch + "/remote.git" }, "create", screenshotScratch + "/projects/orders")
            break
        default:
            // "tab:<key>" shows a tab of payments-service (plugin tabs have keys like plugin-<id>-<tab>).
            if (name.startsWith("tab:")) {
                Navigation.openEntity("component:default/payments-service")
                entityPage.showTab(name.substring(4))
            } else {
                Navigation.openPage(name)
            }
        }
    }

    Component.onCompleted: Navigation.openPage("catalog")

    // The entity tab lays out after it is shown: scroll once it has its height.
    Timer {
        id: scrollLater
        interval: 400
        onTriggered: {
            // Entity tabs and pages (ScrollViews) alike: scroll the visible one's Flickable to its end.
            const flickable = root.onEntity ? (entityPage.tabItem ? entityPage.tabItem.contentItem : null)
                                            : (pageLoader.item ? pageLoader.item.contentItem : null)
            if (flickable && flickable.contentHeight > flickable.height)
                flickable.contentY = flickable.contentHeight - flickable.height
        }
    }

    EntityTableModel {
        id: entityTable
        starred: App.starred
    }
    EntityFilterProxy {
        id: entityProxy
        table: entityTable
        myRefs: App.identityRefs
    }

    Shortcut {
        sequences: ["Ctrl+K"]
        onActivated: palette.openWith("")
    }
    Shortcut {
        sequences: ["Alt+Left"]
        onActivated: Navigation.back()
    }
    Shortcut {
        sequences: ["Alt+Right"]
        onActivated: Navigation.forward()
    }
    Shortcut {
        sequences: ["Esc"]
        enabled: !palette.opened
        onActivated: Navigation.back()
    }
    Shortcut { // catalog sync
        sequences: ["Ctrl+R"]
        enabled: Sync.available
        onActivated: Sync.syncNow()
    }
    Shortcut {
        sequences: ["Ctrl+F"]
        onActivated: { Navigation.openPage("catalog"); catalogPage.focusSearch() }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            Layout.preferredWidth: 196
            pages: root.pages
            currentKey: root.onEntity ? "catalog" : root.pageKey
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: Theme.border
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            // The catalog stays alive behind other pages, so filters and scroll position survive a visit.
            CatalogPage {
                id: catalogPage
                anchors.fill: parent
                visible: root.pageKey === "catalog"
                table: entityTable
                filter: entityProxy
            }
            Loader {
                id: pageLoader
                anchors.fill: parent
                active: !root.onEntity && root.pageKey !== "catalog" && root.pageKey.length > 0
                source: active ? root.pageSource(root.pageKey) : ""
                // Plugin pages share PluginView.qml: the contribution says which plugin it shows.
                readonly property var pluginPage: active ? (root.pageFor(root.pageKey)?.plugin ?? null) : null
                onPluginPageChanged: if (item && pluginPage && item.contribution !== undefined) item.contribution = pluginPage
                onLoaded: {
                    if (pluginPage) {
                        item.padding = 20
                        item.contribution = pluginPage
                    }
                }
            }
            EntityPage {
                id: entityPage
                // Shows a tab of the current entity (used by --screenshot and the self-test).
                function showTab(key: string) {
                    currentTab = key
                }
                anchors.fill: parent
                visible: root.onEntity
                entityRef: root.onEntity ? root.location.substring(7) : ""
            }
        }
    }

    footer: StatusBar {}

    CommandPalette {
        id: palette
        commands: root.pages.map(page => ({ title: page.title, target: "page/" + page.key }))
                  .concat(Sync.available ? [{ title: qsTr("Sync now", "@action palette command"), target: "action/sync",
                                              subtitle: qsTr("Fetch every configured catalog source", "@info palette item") }] : [])
    }
}
