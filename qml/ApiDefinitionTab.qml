// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Portolan.Views

// An API's spec.definition (OpenAPI, AsyncAPI, GraphQL, protobuf…), highlighted as its type says.
CodeView {
    required property EntityController controller
    code: controller.definition
    language: controller.definitionLanguage
    caption: qsTr("%1 definition", "@info").arg(controller.facts.type ?? "")
    emptyText: qsTr("This API has no definition.", "@info")
}
