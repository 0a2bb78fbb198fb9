// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// An entity: header, then tabs. Tabs are declared in `tabs`; one appears when its `when` names a true
// EntityController property (or is empty). A later tab plugs in by adding its QML file and an entry.
Item {
    id: page
    property string entityRef
    property string currentTab: "overview"

    onEntityRefChanged: currentTab = "overview"

    // The current tab's item (--screenshot scrolls it to show the plugin cards).
    readonly property var tabItem: tabLoader.item

    EntityController {
        id: controller
        ref: page.entityRef
    }

    readonly property var tabs: [
        { key: "overview", title: qsTr("Overview", "@title:tab"), source: "OverviewTab.qml", when: "" },
        { key: "relations", title: qsTr("Relations", "@title:tab"), source: "RelationsTab.qml", when: "" },
        { key: "source", title: qsTr("Source", "@title:tab"), source: "SourceTab.qml", when: "" },
        { key: "api", title: qsTr("API Definition", "@title:tab"), source: "ApiDefinitionTab.qml", when: "isApi" },
        { key: "docs", title: qsTr("Docs", "@title:tab"), source: "EntityDocsTab.qml", when: "hasTechDocs" },
        { key: "kubernetes", title: qsTr("Kubernetes", "@title:tab"), source: "EntityKubernetesTab.qml", when: "hasKubernetes" }
    ]
    readonly property var visibleTabs: {
        controller.exists // re-evaluate when the entity loads
        PluginRegistry.revision
        // Plugin tabs (PluginRegistry) follow the built-in ones; PluginView loads them from the plugin's folder.
        const fromPlugins = PluginRegistry.tabsFor(controller.ref).map(c => ({
            key: "plugin-" + c.pluginId + "-" + c.id, title: c.title, source: "PluginView.qml", plugin: c }))
        return tabs.filter(tab => tab.when.length === 0 || controller[tab.when] === true).concat(fromPlugins)
    }
    readonly property int currentIndex: Math.max(0, visibleTabs.findIndex(tab => tab.key === currentTab))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 12
        visible: controller.exists

        EntityHeader {
            Layout.fillWidth: true
            controller: controller
        }

        TabBar {
            id: tabBar
            Layout.fillWidth: true
            currentIndex: page.currentIndex
            background: Rectangle {
                color: "transparent"
                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            }
            Repeater {
                model: page.visibleTabs
                delegate: TabButton {
                    id: tabButton
                    required property var modelData
                    required property int index
                    readonly property bool current: index === page.currentIndex
                    text: modelData.title
                    width: implicitWidth
                    padding: 10
                    leftPadding: 14
                    rightPadding: 14
                    onClicked: page.currentTab = modelData.key
                    contentItem: Label {
                        text: tabButton.text
                        font.pixelSize: Theme.fontBody
                        font.weight: tabButton.current ? Font.DemiBold : Font.Normal
                        color: tabButton.current ? Theme.text : Theme.mutedText
                        horizontalAlignment: Text.AlignHCenter
                    }
                    background: Rectangle {
                        color: tabButton.hovered ? Theme.hover : "transparent"
                        radius: 4
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: 2
                            color: Theme.accent
                            visible: tabButton.current
                        }
                    }
                }
            }
        }

        Loader {
            id: tabLoader
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Tabs get the controller as a required property; plugin tabs also get their contribution.
            readonly property var wantedTab: page.visibleTabs[page.currentIndex] ?? null
            readonly property string wanted: wantedTab ? wantedTab.key : ""
            function show() {
                if (!wantedTab)
                    setSource("", {})
                else if (wantedTab.plugin)
                    setSource(wantedTab.source, { controller: controller, contribution: wantedTab.plugin })
                else
                    setSource(wantedTab.source, { controller: controller })
            }
            onWantedChanged: show()
            Component.onCompleted: show()
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        visible: !controller.exists
        spacing: 8
        Label {
            text: qsTr("%1 is not in the catalog.", "@info").arg(page.entityRef)
            font.pixelSize: Theme.fontHeading
            color: Theme.text
        }
        Label {
            text: qsTr("It may have been removed by the last sync. Press Esc to go back.", "@info")
            color: Theme.mutedText
        }
    }
}
