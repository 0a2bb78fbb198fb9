// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// The catalog's Software Templates as cards; choosing one opens its wizard in place.
Item {
    id: page
    property string templatePath: ""

    function openTemplate(path: string) { templatePath = path }
    // For --screenshot: open a template (a catalog ref or a template.yaml), fill it with `values` and go to the
    // review ("review"), or run it ("dry-run", "create" into `workspace`).
    function openTemplateRef(ref: string, values: var, action: string) {
        openTemplateWith(templates.pathOf(ref), values, action, "")
    }
    function openTemplateWith(path: string, values: var, action: string, workspace: string) {
        openTemplate(path)
        if (values && wizardLoader.item)
            wizardLoader.item.fillWith(values, action, workspace)
    }

    TemplateListModel { id: templates }

    ScrollView {
        anchors.fill: parent
        visible: page.templatePath.length === 0
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width - 40
            x: 20
            y: 20
            spacing: 16

            Label {
                text: qsTr("Create", "@title:page")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: templates.count > 0
                      ? qsTr("Pick a Software Template: fill in its form, then create the project in a folder or preview it with a dry run.", "@info")
                      : qsTr("The catalog has no Software Templates (entities of kind Template) yet.", "@info")
                wrapMode: Text.WordWrap
                color: Theme.mutedText
            }
            Flow {
                Layout.fillWidth: true
                spacing: 16
                Repeater {
                    model: templates
                    delegate: TemplateCard {
                        onChosen: (path) => page.openTemplate(path)
                    }
                }
            }
        }
    }

    Loader {
        id: wizardLoader
        anchors.fill: parent
        active: page.templatePath.length > 0
        sourceComponent: TemplateWizardPage {
            templatePath: page.templatePath
            onClosed: page.templatePath = ""
        }
    }
}
