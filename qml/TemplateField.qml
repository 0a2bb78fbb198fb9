// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// One parameter of a template: the editor follows ui:field / ui:widget / the JSON Schema type; the error
// under it comes from the wizard's validation.
ColumnLayout {
    id: field
    required property TemplateWizard wizard
    required property string name
    required property string title
    required property string description
    required property string type
    required property string widget
    required property string uiField
    required property bool required
    required property var enumValues
    required property var enumNames
    required property var value
    required property string error
    required property string help
    required property string placeholder
    required property bool autofocus
    required property bool multiSelect
    required property bool secret
    required property var uiOptions
    required property var choices

    readonly property bool hasEnum: enumValues !== undefined && enumValues.length > 0
    readonly property string editor: {
        if (widget === "hidden") return "hidden"
        if (uiField === "RepoUrlPicker") return "repo"
        if (uiField === "OwnerPicker" || uiField === "EntityPicker") return "entity"
        if (multiSelect || widget === "checkboxes") return "checkboxes"
        if (hasEnum && widget === "radio") return "radio"
        if (hasEnum) return "select"
        if (type === "boolean") return "boolean"
        if (widget === "textarea") return "textarea"
        return "text"
    }
    readonly property string valueText: value === undefined || value === null ? "" : String(value)

    function set(v) { wizard.setValue(name, v) }

    visible: editor !== "hidden"
    Layout.fillWidth: true
    spacing: 4

    Label {
        visible: field.editor !== "boolean"
        text: field.title + (field.required ? " *" : "")
        font.weight: Font.DemiBold
        color: Theme.text
    }

    TextField {
        id: textInput
        visible: field.editor === "text"
        Layout.fillWidth: true
        text: field.valueText
        placeholderText: field.placeholder
        echoMode: field.secret ? TextInput.Password : TextInput.Normal
        inputMethodHints: field.secret ? Qt.ImhSensitiveData | Qt.ImhNoPredictiveText : Qt.ImhNone
        focus: field.autofocus && visible
        onTextEdited: field.set(textInput.text)
    }
    TextArea {
        visible: field.editor === "textarea"
        Layout.fillWidth: true
        Layout.preferredHeight: 96
        text: field.valueText
        placeholderText: field.placeholder
        wrapMode: TextEdit.Wrap
        onTextChanged: if (activeFocus) field.set(text)
    }
    CheckBox {
        visible: field.editor === "boolean"
        text: field.title
        checked: field.value === true
        onToggled: field.set(checked)
    }
    ComboBox {
        visible: field.editor === "select"
        Layout.preferredWidth: 360
        model: field.enumNames
        currentIndex: field.hasEnum ? field.enumValues.indexOf(field.value) : -1
        onActivated: (index) => field.set(field.enumValues[index])
    }
    Column {
        visible: field.editor === "radio"
        Repeater {
            model: field.editor === "radio" ? field.enumValues.length : 0
            delegate: RadioButton {
                required property int index
                text: field.enumNames[index]
                checked: field.value === field.enumValues[index]
                onToggled: if (checked) field.set(field.enumValues[index])
            }
        }
    }
    Flow {
        visible: field.editor === "checkboxes"
        Layout.fillWidth: true
        spacing: 8
        Repeater {
            model: field.editor === "checkboxes" ? field.enumValues.length : 0
            delegate: CheckBox {
                required property int index
                readonly property var item: field.enumValues[index]
                text: field.enumNames[index]
                checked: Array.isArray(field.value) && field.value.indexOf(item) >= 0
                onToggled: {
                    const current = Array.isArray(field.value) ? field.value.slice() : []
                    const at = current.indexOf(item)
                    if (checked && at < 0) current.push(item)
                    if (!checked && at >= 0) current.splice(at, 1)
                    field.set(current)
                }
            }
        }
    }
    ComboBox {
        id: entity
        visible: field.editor === "entity"
        Layout.preferredWidth: 360
        editable: true
        model: field.choices
        currentIndex: field.choices ? field.choices.indexOf(field.valueText) : -1
        Component.onCompleted: if (field.editor === "entity") editText = field.valueText
        onActivated: (index) => field.set(field.choices[index])
        onAccepted: field.set(editText)
        onEditTextChanged: if (activeFocus) field.set(editText)
    }
    RowLayout {
        id: repo
        visible: field.editor === "repo"
        Layout.fillWidth: true
        readonly property var parts: field.editor === "repo" ? field.wizard.parseRepoUrl(field.valueText) : ({})
        readonly property var hosts: field.uiOptions && field.uiOptions.allowedHosts ? field.uiOptions.allowedHosts : []
        readonly property var owners: field.uiOptions && field.uiOptions.allowedOwners ? field.uiOptions.allowedOwners : []
        function update() { field.set(field.wizard.composeRepoUrl(host.editable ? host.editText : host.currentText, owner.editText, repoName.text)) }
        ComboBox {
            id: host
            editable: repo.hosts.length === 0
            model: repo.hosts
            Layout.preferredWidth: 180
            Component.onCompleted: {
                if (field.editor !== "repo") return
                if (editable) editText = repo.parts.host || ""
                else currentIndex = Math.max(0, repo.hosts.indexOf(repo.parts.host))
            }
            onActivated: repo.update()
            onEditTextChanged: if (activeFocus) repo.update()
        }
        ComboBox {
            id: owner
            editable: true
            model: repo.owners
            Layout.preferredWidth: 180
            Component.onCompleted: if (field.editor === "repo") editText = repo.parts.owner || (repo.owners[0] || "")
            onActivated: repo.update()
            onEditTextChanged: if (activeFocus) repo.update()
        }
        Label { text: "/"; color: Theme.mutedText }
        TextField {
            id: repoName
            Layout.fillWidth: true
            placeholderText: qsTr("repository", "@info:placeholder")
            text: repo.parts.repo || ""
            onTextEdited: repo.update()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.error
        color: Theme.danger
        wrapMode: Text.WordWrap
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.help.length > 0 ? field.help : field.description
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
