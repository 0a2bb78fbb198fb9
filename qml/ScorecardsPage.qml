// SPDX-License-Identifier: Apache-2.0
import QtQuick

ComingPage {
    title: qsTr("Scorecards", "@title:page")
    summary: qsTr("Checks over the catalog, such as every component has an owner, docs and a lifecycle, scored per team.", "@info")
    plans: [qsTr("See which entities miss what, grouped by owner.", "@info"),
            qsTr("Follow a team's score over time.", "@info")]
}
