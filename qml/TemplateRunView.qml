// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// A template run: each step with its state and log, then the outcome (files of a dry run, outputs,
// catalog registrations).
ScrollView {
    id: view
    required property TemplateWizard wizard
    clip: true
    contentWidth: availableWidth

    function stateGlyph(state: string): string {
        switch (state) {
        case "completed": return "✓"
        case "failed": return "✗"
        case "skipped": return "↷"
        case "cancelled": return "■"
        case "running": return "●"
        default: return "○"
        }
    }
    function stateColor(state: string): color {
        switch (state) {
        case "completed": return Theme.good
        case "failed": return Theme.danger
        case "running": return Theme.accent
        case "cancelled": return Theme.warning
        default: return Theme.mutedText
        }
    }

    ColumnLayout {
        width: view.availableWidth - 8
        spacing: 12

        Label {
            Layout.fillWidth: true
            text: view.wizard.running ? (view.wizard.dryRun ? qsTr("Dry run in progress…", "@info") : qsTr("Creating…", "@info"))
                  : view.wizard.succeeded ? (view.wizard.dryRun ? qsTr("Dry run finished: nothing was published or registered.", "@info")
                                                                : qsTr("Done: created in %1", "@info").arg(view.wizard.workspace))
                  : qsTr("Failed: %1", "@info").arg(view.wizard.runError)
            wrapMode: Text.WordWrap
            font.weight: Font.DemiBold
            color: view.wizard.running ? Theme.text : view.wizard.succeeded ? Theme.good : Theme.danger
        }

        // Outputs first: they are what the run was for (links to the new repository and entity, next steps).
        Card {
            Layout.fillWidth: true
            visible: view.wizard.outputLinks.length > 0 || view.wizard.outputText.length > 0 || view.wizard.registrations.length > 0
            title: qsTr("Output", "@title card")
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: view.wizard.outputLinks
                    delegate: Button {
                        required property var modelData
                        text: modelData.title || modelData.url || modelData.entityRef
                        onClicked: modelData.entityRef ? Navigation.openEntity(modelData.entityRef)
                                                       : Qt.openUrlExternally(modelData.url)
                    }
                }
                Repeater {
                    model: view.wizard.registrations
                    delegate: Button {
                        required property var modelData
                        // An output link to the same entity already says it.
                        visible: !!modelData.entityRef
                                 && !view.wizard.outputLinks.some(link => link.entityRef === modelData.entityRef)
                        text: qsTr("Open %1 in catalog", "@action:button").arg(modelData.entityRef)
                        onClicked: Navigation.openEntity(modelData.entityRef)
                    }
                }
            }
            Repeater {
                model: view.wizard.outputText
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Label { text: modelData.title || ""; font.weight: Font.DemiBold; color: Theme.text }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.content || ""
                        textFormat: Text.MarkdownText
                        wrapMode: Text.WordWrap
                        color: Theme.text
                    }
                }
            }
        }
        Repeater {
            model: view.wizard.steps
            delegate: Card {
                id: stepCard
                required property string name
                required property string action
                required property string state
                required property string log
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: view.stateGlyph(stepCard.state)
                        color: view.stateColor(stepCard.state)
                        font.pixelSize: Theme.fontHeading
                        Layout.preferredWidth: 20
                    }
                    Label { text: stepCard.name; font.weight: Font.DemiBold; color: Theme.text }
                    Badge { text: stepCard.action }
                    Item { Layout.fillWidth: true }
                    Label { text: stepCard.state; color: view.stateColor(stepCard.state) }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: stepCard.log
                    wrapMode: Text.WrapAnywhere
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    maximumLineCount: 5
                    elide: Text.ElideRight
                }
            }
        }

        // The tree; a file is read and highlighted only when it is opened.
        Card {
            id: filesCard
            property string openFile: ""
            Layout.fillWidth: true
            visible: view.wizard.ran && view.wizard.files.length > 0
            title: view.wizard.dryRun ? qsTr("Files the template produces (%1)", "@title card").arg(view.wizard.files.length)
                                      : qsTr("Files (%1)", "@title card").arg(view.wizard.files.length)
            Connections {
                target: view.wizard
                function onRunChanged() { if (view.wizard.running) filesCard.openFile = "" }
            }
            Label {
                text: qsTr("Select a file to preview it.", "@info")
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
            }
            Repeater {
                model: view.wizard.ran ? view.wizard.files : []
                delegate: Label {
                    id: fileRow
                    required property string modelData
                    readonly property bool isDir: modelData.endsWith("/")
                    Layout.fillWidth: true
                    text: modelData
                    elide: Text.ElideMiddle
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall
                    font.underline: fileHover.hovered && !fileRow.isDir
                    color: fileRow.isDir ? Theme.mutedText : filesCard.openFile === fileRow.modelData ? Theme.accent : Theme.text
                    HoverHandler { id: fileHover; enabled: !fileRow.isDir; cursorShape: Qt.PointingHandCursor }
                    TapHandler { enabled: !fileRow.isDir; onTapped: filesCard.openFile = fileRow.modelData }
                }
            }
            CodeView {
                Layout.fillWidth: true
                Layout.preferredHeight: 380
                visible: filesCard.openFile.length > 0
                caption: filesCard.openFile
                language: filesCard.openFile
                code: filesCard.openFile.length > 0 ? view.wizard.fileContent(filesCard.openFile) : ""
            }
        }

    }
}
