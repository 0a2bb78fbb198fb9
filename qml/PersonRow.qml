// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A user or group with a link to its page and its e-mail.
RowLayout {
    id: person
    required property var modelData
    spacing: 10
    KindIcon { kind: person.modelData.kind; size: 24 }
    EntityLink { ref: person.modelData.ref; title: person.modelData.title; Layout.preferredWidth: 160 }
    Label {
        Layout.fillWidth: true
        text: person.modelData.email ?? ""
        color: Theme.mutedText
        elide: Text.ElideRight
    }
}
