// SPDX-License-Identifier: Apache-2.0
import QtQuick
import Portolan.Views

// Shown when the entity has backstage.io/techdocs-ref: its docs, rendered locally from the mkdocs project.
DocsView {
    required property EntityController controller
    entityRef: controller.ref
}
