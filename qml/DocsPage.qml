// SPDX-License-Identifier: Apache-2.0
import QtQuick

ComingPage {
    title: qsTr("Docs", "@title:page")
    summary: qsTr("TechDocs of every entity with a backstage.io/techdocs-ref annotation, built locally from its mkdocs.yml and shown offline.", "@info")
    plans: [qsTr("Browse documentation sites by entity, with search across all of them.", "@info"),
            qsTr("Read pages without a network: everything is rendered from the catalog's own files.", "@info")]
}
