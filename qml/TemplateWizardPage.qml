// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Portolan.Views

// A Software Template as a wizard: one step per parameter page, a review, then the run.
// Enter moves on, Esc goes back (or returns to the template list from the first page).
FocusScope {
    id: page
    required property string templatePath
    signal closed()

    // Children with their own `wizard` property bind to this, not to themselves.
    property alias backend: wizard
    readonly property int pageCount: wizard.pageTitles.length
    readonly property bool reviewing: wizard.currentPage >= pageCount
    readonly property bool runView: wizard.running || wizard.ran

    function goNext() {
        if (runView)
            return
        if (!reviewing)
            wizard.next()
    }
    function goBack() {
        if (wizard.running)
            return
        if (runView) { wizard.restart(); return }
        if (!wizard.back())
            page.closed()
    }

    // Fills the form with `values` and walks through the pages to the review; then `action` "dry-run" or
    // "create" starts a run (used by --screenshot).
    function fillWith(values: var, action: string, workspace: string) {
        for (const name in values)
            wizard.setValue(name, values[name])
        while (wizard.next()) {}
        if (workspace.length > 0)
            wizard.workspace = workspace
        if (page.reviewing && action !== "review")
            wizard.run(action === "dry-run")
    }

    TemplateWizard {
        id: wizard
        templatePath: page.templatePath
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Create the project in", "@title:window")
        onAccepted: wizard.workspace = selectedFolder
    }

    focus: true
    Keys.onShortcutOverride: (event) => { if (event.key === Qt.Key_Escape) event.accepted = true }
    Keys.onEscapePressed: page.goBack()
    Keys.onReturnPressed: page.goNext()
    Keys.onEnterPressed: page.goNext()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 20
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            ToolButton {
                text: "←"
                enabled: !wizard.running
                onClicked: page.closed()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("All templates", "@info:tooltip")
            }
            Label {
                text: wizard.title
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            text: wizard.loadError.length > 0 ? wizard.loadError : wizard.description
            color: wizard.loadError.length > 0 ? Theme.danger : Theme.mutedText
            wrapMode: Text.WordWrap
        }

        // Progress: the parameter pages, then Review and Run.
        RowLayout {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: wizard.stepTitles
                delegate: RowLayout {
                    id: stepLabel
                    required property int index
                    required property string modelData
                    readonly property int current: page.runView ? page.pageCount + 1 : wizard.currentPage
                    // A page whose `when` condition is false is passed over: shown faded, without a number.
                    readonly property bool skipped: stepLabel.index < page.pageCount && wizard.skippedPages[stepLabel.index] === true
                    spacing: 6
                    opacity: stepLabel.skipped ? 0.45 : 1
                    Rectangle {
                        width: 24; height: 24; radius: 12
                        color: stepLabel.skipped ? Theme.surfaceAlt
                               : stepLabel.index < stepLabel.current ? Theme.good
                               : stepLabel.index === stepLabel.current ? Theme.accent : Theme.surfaceAlt
                        border.color: Theme.border
                        Label {
                            anchors.centerIn: parent
                            text: stepLabel.skipped ? "–" : stepLabel.index < stepLabel.current ? "✓" : String(stepLabel.index + 1)
                            color: stepLabel.index <= stepLabel.current && !stepLabel.skipped ? "#ffffff" : Theme.mutedText
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                    Label {
                        text: stepLabel.modelData
                        font.strikeout: stepLabel.skipped
                        color: stepLabel.index === stepLabel.current ? Theme.text : Theme.mutedText
                        font.weight: stepLabel.index === stepLabel.current ? Font.DemiBold : Font.Normal
                    }
                    Rectangle { width: 28; height: 1; color: Theme.border; visible: stepLabel.index < page.pageCount + 1 }
                }
            }
            Item { Layout.fillWidth: true }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

        // Form of the current page.
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.reviewing && !page.runView
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: Math.min(parent.width - 16, 760)
                spacing: 16
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: wizard.pageDescription
                    wrapMode: Text.WordWrap
                    color: Theme.mutedText
                }
                Repeater {
                    model: wizard.fields
                    delegate: TemplateField { wizard: page.backend }
                }
            }
        }

        // Review: every value, secrets masked, and where to create the project.
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.reviewing && !page.runView
            clip: true
            contentWidth: availableWidth
            ColumnLayout {
                width: Math.min(parent.width - 16, 760)
                spacing: 12
                GridLayout {
                    columns: 2
                    columnSpacing: 24
                    rowSpacing: 6
                    Repeater {
                        model: page.reviewing ? wizard.review().length * 2 : 0
                        delegate: Label {
                            required property int index
                            readonly property var row: wizard.review()[Math.floor(index / 2)]
                            text: index % 2 === 0 ? row.title : (row.value.length > 0 ? row.value : "—")
                            color: index % 2 === 0 ? Theme.mutedText : Theme.text
                            font.family: index % 2 === 0 ? Qt.application.font.family : Theme.monoFamily
                        }
                    }
                }
                Label { text: qsTr("Create the project in", "@label"); font.weight: Font.DemiBold; color: Theme.text }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        Layout.fillWidth: true
                        text: wizard.workspace
                        onEditingFinished: wizard.workspace = text
                    }
                    Button { text: qsTr("Browse…", "@action:button"); onClicked: folderDialog.open() }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: wizard.pageError
                    color: Theme.danger
                    wrapMode: Text.WordWrap
                }
            }
        }

        TemplateRunView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.runView
            wizard: page.backend
        }

        RowLayout {
            Layout.fillWidth: true
            Button {
                text: page.runView ? qsTr("Start over", "@action:button") : qsTr("Back", "@action:button")
                enabled: !wizard.running
                onClicked: page.goBack()
            }
            Item { Layout.fillWidth: true }
            Button {
                visible: wizard.running
                text: qsTr("Cancel", "@action:button")
                onClicked: wizard.cancel()
            }
            Button {
                visible: !page.reviewing && !page.runView
                enabled: wizard.loadError.length === 0
                text: wizard.lastPage ? qsTr("Review", "@action:button") : qsTr("Next", "@action:button")
                highlighted: true
                onClicked: page.goNext()
            }
            Button {
                visible: page.reviewing && !page.runView
                text: qsTr("Dry run", "@action:button")
                onClicked: wizard.run(true)
            }
            Button {
                visible: page.reviewing && !page.runView
                text: qsTr("Create", "@action:button")
                highlighted: true
                onClicked: wizard.run(false)
            }
        }
    }
}
