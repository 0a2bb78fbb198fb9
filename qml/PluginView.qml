// SPDX-License-Identifier: Apache-2.0
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Portolan.Views

// One plugin contribution (entity card, entity tab or sidebar page). Its QML is created from the plugin's folder
// with `api` (a PluginContext) set. When it does not load, or reports errors while running, a card naming the
// plugin and the error takes its place: a broken plugin never breaks the page around it.
Item {
    id: view
    /// {pluginId, pluginName, id, title, url} from PluginRegistry.
    property var contribution: null
    /// Set by EntityPage for tabs; cards set entityRef directly.
    property EntityController controller: null
    property string entityRef: controller ? controller.ref : ""
    /// Entity cards: framed in a Card titled with the contribution; tabs and pages fill the view.
    property bool framed: false
    /// Space around a tab or page (sidebar pages get the margin built-in pages have).
    property int padding: 0
    property string loadError: ""
    property Item content: null
    property bool completed: false
    readonly property bool failed: loadError.length > 0 || context.errors.length > 0
    readonly property string pluginName: contribution ? contribution.pluginName : ""

    implicitHeight: framed || failed ? frame.implicitHeight + 2 * padding : 0

    function load() {
        if (content) {
            content.destroy()
            content = null
        }
        loadError = ""
        if (!contribution)
            return
        const component = Qt.createComponent(contribution.url)
        if (component.status !== Component.Ready) {
            loadError = component.errorString().trim()
            PluginRegistry.reportError(contribution.pluginId, loadError)
            return
        }
        const item = component.createObject(framed ? slot : fill, { api: context })
        if (!item) {
            loadError = qsTr("%1 could not be created.", "@info").arg(contribution.url)
            PluginRegistry.reportError(contribution.pluginId, loadError)
            return
        }
        if (framed) {
            item.width = Qt.binding(() => slot.width)
        } else {
            item.anchors.fill = fill
        }
        content = item
    }

    onContributionChanged: if (completed) load()
    onFramedChanged: if (completed) load()
    Component.onCompleted: {
        completed = true
        load()
    }

    PluginContext {
        id: context
        pluginId: view.contribution ? view.contribution.pluginId : ""
        entityRef: view.entityRef
    }

    Item {
        id: fill
        anchors.fill: parent
        anchors.margins: view.padding
        visible: !view.framed && !view.failed
    }

    Card {
        id: frame
        x: view.padding
        y: view.padding
        width: view.width - 2 * view.padding
        visible: view.framed || view.failed
        title: view.failed ? qsTr("%1: plugin error", "@title card").arg(view.pluginName)
                           : (view.contribution ? view.contribution.title : "")

        Item {
            id: slot
            Layout.fillWidth: true
            visible: !view.failed
            implicitHeight: view.content && view.framed ? view.content.implicitHeight : 0
        }
        Label {
            Layout.fillWidth: true
            visible: view.failed
            text: qsTr("The plugin “%1” stopped with an error; the rest of the page is not affected.", "@info").arg(view.pluginName)
            wrapMode: Text.WordWrap
            color: Theme.danger
        }
        Label {
            Layout.fillWidth: true
            visible: view.failed
            text: view.loadError.length > 0 ? view.loadError : context.errorText
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.mutedText
        }
    }
}
