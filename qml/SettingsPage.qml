// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// Who you are (for "owned by me"), the theme, and the catalog sources: those in the store and those you add
// for the sync engine to read.
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    EntityListModel {
        id: users
        kind: "user"
    }

    ColumnLayout {
        width: Math.min(page.availableWidth - 40, 820)
        x: 20
        y: 20
        spacing: 16

        Label {
            text: qsTr("Settings", "@title:page")
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
        }

        Card {
            title: qsTr("You", "@title card")
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Pick yourself among the catalog's users: \"Owned by me\" then shows what you and your groups own.", "@info")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            ComboBox {
                id: identityBox
                Layout.preferredWidth: 360
                model: users
                textRole: "title"
                valueRole: "ref"
                displayText: currentIndex < 0 ? qsTr("Not chosen", "@item:inlistbox") : currentText
                Component.onCompleted: currentIndex = indexOfValue(App.identity)
                onActivated: App.identity = currentValue
                Connections {
                    target: users
                    function onModelReset() { identityBox.currentIndex = identityBox.indexOfValue(App.identity) }
                }
            }
            Label {
                visible: App.identityRefs.length > 1
                text: qsTr("Member of: %1", "@info").arg(App.groupsText())
                color: Theme.mutedText
            }
        }

        Card {
            title: qsTr("Sync", "@title card")
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: 10
                BusyIndicator {
                    visible: Sync.syncing
                    running: visible
                    implicitWidth: 18
                    implicitHeight: 18
                }
                Label {
                    Layout.fillWidth: true
                    text: Sync.statusText
                    wrapMode: Text.WordWrap
                    color: Sync.offline ? Theme.warning : Theme.mutedText
                }
                Button {
                    text: Sync.syncing ? qsTr("Cancel all", "@action:button") : qsTr("Sync now", "@action:button")
                    enabled: Sync.syncing || Sync.available
                    onClicked: Sync.syncing ? Sync.cancel() : Sync.syncNow()
                }
            }
            RowLayout {
                spacing: 8
                Label {
                    text: qsTr("Sync automatically every", "@label:spinbox")
                    color: Theme.text
                }
                SpinBox {
                    from: 1
                    to: 24 * 60
                    value: Sync.intervalMinutes
                    editable: true
                    enabled: Sync.available
                    onValueModified: Sync.intervalMinutes = value
                }
                Label {
                    text: qsTr("minutes", "@label:spinbox unit")
                    color: Theme.text
                }
            }
            Repeater {
                model: Sync.configErrors
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                    color: Theme.danger
                }
            }
            Repeater {
                model: Sync.sources
                delegate: SyncSourceRow {
                    Layout.fillWidth: true
                }
            }
        }

        Card {
            title: qsTr("Appearance", "@title card")
            Layout.fillWidth: true
            RowLayout {
                spacing: 12
                Repeater {
                    model: [
                        { mode: "system", text: qsTr("Follow the system", "@option:radio") },
                        { mode: "light", text: qsTr("Light", "@option:radio") },
                        { mode: "dark", text: qsTr("Dark", "@option:radio") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.text
                        checked: App.themeMode === modelData.mode
                        onToggled: App.themeMode = modelData.mode
                    }
                }
            }
        }

        Card {
            title: qsTr("Language", "@title card")
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("Applies at once; the window is translated without a restart.", "@info")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            ComboBox {
                id: languageBox
                // Language names are written in their own language, so anyone can find theirs.
                readonly property var languages: [
                    { value: "", text: qsTr("System", "@item:inlistbox follow the system language") },
                    { value: "en", text: "English" },
                    { value: "de", text: "Deutsch" },
                    { value: "fr", text: "Français" }
                ]
                function sync() {
                    currentIndex = Math.max(0, languages.findIndex(l => l.value === App.language))
                }
                Layout.preferredWidth: 240
                model: languages
                textRole: "text"
                valueRole: "value"
                Component.onCompleted: sync()
                // Retranslating rebuilds the list, which would reset the choice shown.
                onModelChanged: sync()
                onActivated: App.language = currentValue
            }
        }

        Card {
            title: qsTr("Catalog sources", "@title card")
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("In the catalog now:", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: Catalog.sources
                delegate: RowLayout {
                    id: storeSource
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    Badge { text: storeSource.modelData.kind; tint: Theme.accent }
                    Label { text: storeSource.modelData.id; font.weight: Font.DemiBold; color: Theme.text }
                    Label {
                        Layout.fillWidth: true
                        text: storeSource.modelData.target
                        elide: Text.ElideMiddle
                        color: Theme.mutedText
                    }
                    Label {
                        text: qsTr("%n entities", "@info", storeSource.modelData.entityCount)
                        color: Theme.mutedText
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: 8
                text: qsTr("Added here, read by the sync engine:", "@info")
                color: Theme.mutedText
            }
            Label {
                visible: App.configuredSources.length === 0
                text: qsTr("None yet.", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: App.configuredSources
                delegate: RowLayout {
                    id: configured
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    Badge {
                        text: configured.modelData.kind === "app-config" ? qsTr("app-config", "@label") : qsTr("repository", "@label")
                        tint: Theme.accent
                    }
                    Label {
                        Layout.fillWidth: true
                        text: configured.modelData.path
                        elide: Text.ElideMiddle
                        color: Theme.text
                    }
                    Button {
                        text: qsTr("Remove", "@action:button")
                        onClicked: App.removeSource(configured.modelData.path)
                    }
                }
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                ComboBox {
                    id: sourceKind
                    textRole: "text"
                    valueRole: "value"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    model: [
                        { value: "app-config", text: qsTr("app-config.yaml", "@item:inlistbox") },
                        { value: "repository", text: qsTr("Repository folder", "@item:inlistbox") }
                    ]
                }
                TextField {
                    id: sourcePath
                    Layout.fillWidth: true
                    placeholderText: sourceKind.currentValue === "app-config"
                                     ? qsTr("/path/to/app-config.yaml", "@info:placeholder")
                                     : qsTr("/path/to/repository", "@info:placeholder")
                    selectByMouse: true
                    onAccepted: addButton.clicked()
                }
                Button {
                    id: addButton
                    text: qsTr("Add", "@action:button")
                    onClicked: {
                        sourceError.text = App.addSource(sourcePath.text, sourceKind.currentValue)
                        if (sourceError.text.length === 0)
                            sourcePath.clear()
                    }
                }
            }
            Label {
                id: sourceError
                Layout.fillWidth: true
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
        }

        // Plugins found in the plugin folders: what each adds, and why one contributes nothing.
        Card {
            title: qsTr("Plugins", "@title card")
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("A plugin is a folder with a portolan-plugin.json, dropped into one of these folders (the first wins when two plugins share an id):", "@info")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            Repeater {
                model: PluginRegistry.folders
                delegate: Label {
                    required property var modelData
                    Layout.fillWidth: true
                    text: modelData.path + "  (" + modelData.origin + ")"
                    elide: Text.ElideMiddle
                    color: Theme.mutedText
                    font.pixelSize: Theme.fontSmall
                }
            }
            Label {
                visible: PluginRegistry.plugins.length === 0
                text: qsTr("No plugins found.", "@info")
                color: Theme.mutedText
            }
            Repeater {
                model: PluginRegistry.plugins
                delegate: ColumnLayout {
                    id: pluginRow
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    spacing: 4
                    RowLayout {
                        spacing: 10
                        Badge {
                            text: pluginRow.modelData.status === "active" ? qsTr("active", "@label plugin state")
                                : pluginRow.modelData.status === "overridden" ? qsTr("overridden", "@label plugin state")
                                : pluginRow.modelData.status === "errors" ? qsTr("errors", "@label plugin state")
                                : qsTr("broken", "@label plugin state")
                            tint: pluginRow.modelData.status === "active" ? Theme.good
                                : pluginRow.modelData.status === "overridden" ? Theme.mutedText : Theme.danger
                        }
                        Label { text: pluginRow.modelData.name; font.weight: Font.DemiBold; color: Theme.text }
                        Label { text: pluginRow.modelData.version; color: Theme.mutedText }
                        Label { text: pluginRow.modelData.id; color: Theme.mutedText; font.pixelSize: Theme.fontSmall }
                        Badge {
                            // Native code runs with the app's rights; the HTTP host list binds only the QML side.
                            visible: pluginRow.modelData.native === true
                            text: qsTr("C++ part", "@label plugin with native code")
                            tint: Theme.warning
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: pluginRow.modelData.folder + "  (" + pluginRow.modelData.origin + ")"
                        elide: Text.ElideMiddle
                        color: Theme.mutedText
                        font.pixelSize: Theme.fontSmall
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: pluginRow.modelData.description.length > 0
                        text: pluginRow.modelData.description
                        wrapMode: Text.WordWrap
                        color: Theme.text
                    }
                    Repeater {
                        model: pluginRow.modelData.problems.concat(pluginRow.modelData.errors)
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            textFormat: Text.PlainText
                            wrapMode: Text.WrapAnywhere
                            color: Theme.danger
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Repeater {
                        model: pluginRow.modelData.active ? pluginRow.modelData.settings : []
                        delegate: RowLayout {
                            id: settingRow
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 8
                            Label { text: settingRow.modelData.key; color: Theme.text; Layout.preferredWidth: 120 }
                            TextField {
                                Layout.fillWidth: true
                                text: settingRow.modelData.value
                                placeholderText: settingRow.modelData.defaultValue
                                selectByMouse: true
                                // API tokens and the like are not shown to whoever looks at the screen.
                                echoMode: /token|secret|password|key$/i.test(settingRow.modelData.key) ? TextInput.PasswordEchoOnEdit
                                                                                                    : TextInput.Normal
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("$%1 overrides this.", "@info:tooltip").arg(settingRow.modelData.environment)
                                onEditingFinished: if (text !== settingRow.modelData.value)
                                    PluginRegistry.setSetting(pluginRow.modelData.id, settingRow.modelData.key, text)
                            }
                        }
                    }
                }
            }
            Repeater {
                model: PluginRegistry.notes
                delegate: Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                }
            }
            Button {
                text: qsTr("Read the plugin folders again", "@action:button")
                onClicked: PluginRegistry.reload()
            }
        }
    }
}
