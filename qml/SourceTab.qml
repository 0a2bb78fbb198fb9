// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Portolan.Views

// The YAML document the entity was read from, with its file and line.
CodeView {
    required property EntityController controller
    code: controller.yaml
    language: "YAML"
    caption: controller.file + (controller.line > 0 ? ":" + controller.line : "")
    emptyText: qsTr("The source file is not readable from here (it may come from a remote location).", "@info")
}
