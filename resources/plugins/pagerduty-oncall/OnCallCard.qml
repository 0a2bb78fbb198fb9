// SPDX-License-Identifier: Apache-2.0
// Example Portolan plugin (plugin API 1): the PagerDuty service of an entity and who is on call for it, read
// from PagerDuty's REST API (v2) the way Backstage's PagerDuty plugin does: the service (with its escalation
// policy) by id or integration key, then the on-calls of that policy.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan
import Portolan.Views

ColumnLayout {
    id: card
    required property PluginContext api

    readonly property var annotations: (api.entity.metadata ?? {}).annotations ?? {}
    readonly property string serviceId: annotations["pagerduty.com/service-id"] ?? ""
    readonly property string integrationKey: annotations["pagerduty.com/integration-key"] ?? ""
    // Settings (Settings › Plugins, or $PORTOLAN_PLUGIN_PAGERDUTY_ONCALL_BASEURL / _TOKEN / _WEBURL).
    readonly property string baseUrl: api.setting("baseUrl").replace(/\/+$/, "")
    readonly property string token: api.setting("token")
    readonly property string webUrl: api.setting("webUrl").replace(/\/+$/, "")
    // The entity's own links to PagerDuty, shown even when the API cannot be reached.
    readonly property var pagerDutyLinks: (api.entity.metadata?.links ?? []).filter(link => /pagerduty/i.test(link.url))

    // PagerDuty's own API needs a token; without one only a proxy (a base URL elsewhere, which adds it) can answer.
    readonly property bool configured: token.length > 0 || !/^https:\/\/api(\.eu)?\.pagerduty\.com$/.test(baseUrl)

    property var service: null
    property var oncalls: []
    property string problem: ""
    property bool loading: false

    spacing: 8

    function serviceUrl(): string {
        if (service && service.html_url)
            return service.html_url
        return webUrl.length > 0 && serviceId.length > 0 ? webUrl + "/service-directory/" + serviceId : ""
    }

    function explain(reply): string {
        if (reply.status === 401)
            return qsTr("PagerDuty refused the request (401): set an API token in Settings › Plugins.")
        const errors = reply.json && reply.json.error ? reply.json.error.message : ""
        return reply.status > 0 ? qsTr("PagerDuty answered %1 %2").arg(reply.status).arg(errors) : reply.error
    }

    function get(path, onAnswer) {
        const headers = { "Accept": "application/vnd.pagerduty+json;version=2" }
        if (token.length > 0)
            headers["Authorization"] = "Token token=" + token
        api.httpGet(baseUrl + path, reply => {
            if (!reply.ok || !reply.json) {
                card.loading = false
                card.problem = card.explain(reply)
                return
            }
            onAnswer(reply.json)
        }, headers)
    }

    function refresh() {
        problem = ""
        if (!configured) {
            problem = qsTr("Set an API token (or the base URL of a proxy that adds one) in Settings › Plugins to see who is on call.")
            return
        }
        loading = true
        const path = serviceId.length > 0
            ? "/services/" + encodeURIComponent(serviceId) + "?time_zone=UTC&include[]=escalation_policies"
            : "/services?time_zone=UTC&include[]=integrations&include[]=escalation_policies&query=" + encodeURIComponent(integrationKey)
        get(path, json => {
            const found = serviceId.length > 0 ? json.service : (json.services ?? [])[0]
            if (!found) {
                card.loading = false
                card.problem = qsTr("No PagerDuty service has the integration key %1.").arg(card.integrationKey)
                return
            }
            card.service = found
            const policy = found.escalation_policy ? found.escalation_policy.id : ""
            card.get("/oncalls?time_zone=UTC&include[]=users&escalation_policy_ids[]=" + encodeURIComponent(policy), answer => {
                card.oncalls = (answer.oncalls ?? []).slice().sort((a, b) => a.escalation_level - b.escalation_level)
                card.loading = false
            })
        })
    }

    Component.onCompleted: refresh()

    component Link: Label {
        id: link
        property string url
        color: url.length > 0 ? Theme.accent : Theme.text
        font.underline: url.length > 0 && linkArea.containsMouse
        elide: Text.ElideRight
        MouseArea {
            id: linkArea
            anchors.fill: parent
            enabled: link.url.length > 0
            hoverEnabled: true
            cursorShape: Qt.PointingHandCursor
            onClicked: card.api.openUrl(link.url)
        }
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: 16
        rowSpacing: 6
        Label { text: qsTr("Service"); color: Theme.mutedText; font.pixelSize: Theme.fontSmall; font.weight: Font.DemiBold }
        Link {
            Layout.fillWidth: true
            text: card.service ? card.service.name + "  ·  " + card.service.id
                               : (card.serviceId.length > 0 ? card.serviceId : qsTr("integration key %1").arg(card.integrationKey))
            url: card.serviceUrl()
        }
        Label {
            text: qsTr("Escalation")
            visible: escalation.visible
            color: Theme.mutedText
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
        }
        Link {
            id: escalation
            Layout.fillWidth: true
            visible: !!(card.service && card.service.escalation_policy)
            text: visible ? card.service.escalation_policy.summary ?? card.service.escalation_policy.id : ""
            url: visible ? card.service.escalation_policy.html_url ?? "" : ""
        }
    }

    Label {
        text: qsTr("On call now")
        color: Theme.mutedText
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    BusyIndicator {
        visible: card.loading
        running: visible
        Layout.preferredHeight: 24
        Layout.preferredWidth: 24
    }
    Label {
        Layout.fillWidth: true
        visible: card.problem.length > 0
        text: card.problem
        wrapMode: Text.WordWrap
        color: Theme.warning
    }
    Label {
        visible: !card.loading && card.problem.length === 0 && card.oncalls.length === 0
        text: qsTr("Nobody is on call for this service.")
        color: Theme.mutedText
    }
    Repeater {
        model: card.oncalls
        delegate: ColumnLayout {
            id: row
            required property var modelData
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                spacing: 10
                Badge {
                    text: "L" + row.modelData.escalation_level
                    tint: row.modelData.escalation_level === 1 ? Theme.good : Theme.mutedText
                }
                Link {
                    text: row.modelData.user.name ?? row.modelData.user.summary
                    url: row.modelData.user.html_url ?? ""
                    font.weight: Font.DemiBold
                }
                Link {
                    visible: (row.modelData.user.email ?? "").length > 0
                    text: row.modelData.user.email ?? ""
                    url: "mailto:" + (row.modelData.user.email ?? "")
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 38
                text: (row.modelData.schedule ? row.modelData.schedule.summary + " · " : "")
                      + (row.modelData.end ? qsTr("until %1").arg(new Date(row.modelData.end).toLocaleString(Qt.locale(), Locale.ShortFormat))
                                           : qsTr("always on call"))
                color: Theme.mutedText
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 16
        Repeater {
            model: card.pagerDutyLinks
            delegate: Link {
                required property var modelData
                text: modelData.title ?? modelData.url
                url: modelData.url
            }
        }
        Button {
            text: qsTr("Refresh")
            enabled: !card.loading
            onClicked: card.refresh()
        }
    }
}
