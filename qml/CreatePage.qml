// SPDX-License-Identifier: Apache-2.0
import QtQuick

ComingPage {
    title: qsTr("Create", "@title:page")
    summary: qsTr("Software templates from the catalog (kind Template) as step-by-step wizards that render the skeleton locally.", "@info")
    plans: [qsTr("Fill in each template's parameters with validation as you type.", "@info"),
            qsTr("Preview the generated files, then write them to a folder or a new repository.", "@info")]
}
