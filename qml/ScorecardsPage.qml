// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// How complete the catalog is against the scorecard rules: overall and over syncs, per owner and per kind,
// per check, and the entities to fix with what to change. Scoring runs off the UI thread after every sync.
ScrollView {
    id: page
    clip: true
    contentWidth: availableWidth

    ScorecardModel {
        id: scores
    }

    readonly property bool filtered: scores.owner.length > 0 || scores.kind.length > 0
    readonly property bool nothingScored: scores.ready && scores.ruleProblems.length === 0 && scores.entityCount === 0

    // Used by --screenshot to show a filtered page.
    function filterBy(owner: string, kind: string) {
        scores.owner = owner
        scores.kind = kind
    }

    function scoreColor(percent: real): color {
        return percent >= 90 ? Theme.good : (percent >= 70 ? Theme.warning : Theme.danger)
    }
    function percentText(percent: real): string {
        return qsTr("%1%", "@label percentage").arg(Math.round(percent))
    }

    component Muted: Label {
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }

    // A filter box over [{value, label}] that follows the model's filter, whoever changed it.
    component FilterBox: ComboBox {
        id: box
        property string selected
        signal chosen(string value)
        textRole: "label"
        valueRole: "value"
        Layout.preferredWidth: 200
        onActivated: box.chosen(box.currentValue)
        onSelectedChanged: box.currentIndex = Math.max(0, box.indexOfValue(box.selected))
        onModelChanged: box.currentIndex = Math.max(0, box.indexOfValue(box.selected))
    }

    ColumnLayout {
        x: 24
        width: page.availableWidth - 48
        spacing: 16

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 20
            spacing: 10
            Label {
                text: qsTr("Scorecards", "@title:page")
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
            }
            Badge {
                visible: scores.ruleCount > 0
                text: qsTr("%1 rules · %n checks", "@label rule set name and size", scores.ruleCount).arg(scores.ruleSetName)
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: scores.loading
                visible: running
                Layout.preferredHeight: 24
                Layout.preferredWidth: 24
            }
            FilterBox {
                model: scores.ownerOptions
                selected: scores.owner
                onChosen: value => scores.owner = value
                Accessible.name: qsTr("Owner", "@label filter")
            }
            FilterBox {
                model: scores.kindOptions
                selected: scores.kind
                Layout.preferredWidth: 160
                onChosen: value => scores.kind = value
                Accessible.name: qsTr("Kind", "@label filter")
            }
            Button {
                text: qsTr("Clear filters", "@action:button")
                visible: page.filtered || scores.check.length > 0
                onClicked: scores.clearFilters()
            }
            Button {
                text: qsTr("Score again", "@action:button")
                enabled: !scores.loading
                onClicked: scores.refresh()
            }
        }

        // Why there is nothing to show: rules that do not load, or rules that apply to nothing.
        Card {
            Layout.fillWidth: true
            visible: scores.ruleProblems.length > 0 || page.nothingScored || !scores.ready || scores.error.length > 0
            title: !scores.ready ? qsTr("Scoring the catalog…", "@info")
                 : scores.ruleProblems.length > 0 ? qsTr("The scorecard rules have problems", "@title card")
                 : page.nothingScored && page.filtered ? qsTr("Nothing matches these filters", "@title card")
                 : page.nothingScored ? qsTr("No rule applies to the catalog", "@title card")
                 : qsTr("The scores could not be saved", "@title card")
            Muted {
                Layout.fillWidth: true
                visible: scores.ready && scores.ruleProblems.length === 0 && page.nothingScored
                text: page.filtered ? qsTr("No scored entity has this owner and kind.", "@info")
                                    : qsTr("Checks apply to kinds such as Component, API and System. Add catalog sources in Settings, or rule files under ~/.config/portolan/scorecards/.", "@info")
            }
            Repeater {
                model: scores.ruleProblems
                delegate: ProblemLabel {
                    required property string modelData
                    text: modelData
                }
            }
            ProblemLabel {
                visible: text.length > 0
                text: scores.error
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: width > 1100 ? 3 : 1
            columnSpacing: 16
            rowSpacing: 16
            visible: scores.ready && scores.ruleProblems.length === 0

            Card {
                title: qsTr("Completeness", "@title card")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                RowLayout {
                    spacing: 12
                    Label {
                        text: page.percentText(scores.percent)
                        font.pixelSize: 40
                        font.weight: Font.DemiBold
                        color: scores.entityCount > 0 ? page.scoreColor(scores.percent) : Theme.mutedText
                    }
                    ColumnLayout {
                        spacing: 2
                        Label {
                            text: qsTr("%1 of %2 checks pass", "@info").arg(scores.passed).arg(scores.applicable)
                            color: Theme.text
                        }
                        Muted { text: scores.entityCount === 1 ? qsTr("over 1 entity", "@info") : qsTr("over %n entities", "@info", scores.entityCount) }
                    }
                }
                ScorecardTrend {
                    id: trendChart
                    Layout.fillWidth: true
                    overall: scores.trend
                    selection: scores.selectionTrend
                }
                RowLayout {
                    spacing: 14
                    LegendItem { tint: trendChart.overallColor; text: qsTr("Whole catalog", "@label chart legend") }
                    LegendItem {
                        visible: scores.selectionTrend.count > 0
                        tint: trendChart.selectionColor
                        dashed: true
                        text: scores.selectionTrend.label
                    }
                    Muted { text: qsTr("Syncs recorded: %1", "@info").arg(scores.trend.count) }
                }
            }

            Card {
                title: qsTr("By owner", "@title card")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                ScorecardBars {
                    Layout.fillWidth: true
                    model: scores.owners
                    emptyText: qsTr("No owner has scored entities of this kind.", "@info")
                    onPicked: key => scores.owner = scores.owner === key ? "" : key
                }
                Item { Layout.fillHeight: true }
            }

            Card {
                title: qsTr("By kind", "@title card")
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                ScorecardBars {
                    Layout.fillWidth: true
                    model: scores.kinds
                    emptyText: qsTr("This owner has no scored entities.", "@info")
                    onPicked: key => scores.kind = scores.kind === key ? "" : key
                }
                Item { Layout.fillHeight: true }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.bottomMargin: 20
            columns: width > 1100 ? 2 : 1
            columnSpacing: 16
            rowSpacing: 16
            visible: scores.ready && scores.ruleProblems.length === 0 && scores.entityCount > 0

            ScorecardChecks {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 2
                model: scores.checks
                selected: scores.check
                onPicked: checkId => scores.check = scores.check === checkId ? "" : checkId
            }

            ScorecardFailing {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: 3
                model: scores.failing
                checkName: scores.checkName
            }
        }
    }

    component ProblemLabel: Label {
        Layout.fillWidth: true
        color: Theme.danger
        wrapMode: Text.WordWrap
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontSmall
    }

    component LegendItem: RowLayout {
        id: legend
        property color tint
        property bool dashed: false
        property alias text: legendLabel.text
        spacing: 6
        Row {
            spacing: 2
            Repeater {
                model: legend.dashed ? 3 : 1
                delegate: Rectangle { width: legend.dashed ? 5 : 19; height: 2; color: legend.tint }
            }
        }
        Label {
            id: legendLabel
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
        }
    }
}
