// SPDX-License-Identifier: Apache-2.0
// The card: the QML half of the example plugin, over its C++ type OpenApiOperations.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan
import Portolan.Views
import Portolan.Examples.OpenApi

ColumnLayout {
    id: card
    required property PluginContext api
    readonly property string apiType: api.entity && api.entity.spec ? (api.entity.spec.type || "") : ""
    readonly property int operationCount: operations.operations.length
    // The manifest's card title, for lupdate: Portolan translates titles in the context "portolan-plugin".
    readonly property string manifestTitle: QT_TRANSLATE_NOOP("portolan-plugin", "Operations")

    spacing: 6

    OpenApiOperations {
        id: operations
        definition: card.apiType === "openapi" && card.api.entity.spec ? (card.api.entity.spec.definition || "") : ""
    }

    Label {
        Layout.fillWidth: true
        visible: card.apiType !== "openapi"
        wrapMode: Text.Wrap
        color: Theme.mutedText
        text: qsTr("This API's definition is of type \"%1\"; the card reads OpenAPI definitions.", "@info").arg(card.apiType)
    }
    Label {
        Layout.fillWidth: true
        visible: card.apiType === "openapi" && operations.error !== ""
        wrapMode: Text.Wrap
        color: Theme.danger
        text: operations.error
    }
    Label {
        Layout.fillWidth: true
        visible: operations.title !== ""
        font.bold: true
        color: Theme.text
        text: operations.title + (operations.version ? "  " + operations.version : "")
              + "  ·  " + (card.operationCount === 1 ? qsTr("1 operation") : qsTr("%1 operations").arg(card.operationCount))
    }
    Repeater {
        model: operations.operations
        delegate: RowLayout {
            required property var modelData
            Layout.fillWidth: true
            spacing: 8
            Badge {
                text: modelData.method
                tint: modelData.method === "GET" ? Theme.good : modelData.method === "DELETE" ? Theme.danger : Theme.accent
            }
            Label {
                text: modelData.path
                font.family: Theme.monoFamily
                font.strikeout: modelData.deprecated
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: modelData.summary
                elide: Text.ElideRight
                color: Theme.mutedText
            }
        }
    }
}
