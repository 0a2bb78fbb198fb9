// SPDX-License-Identifier: Apache-2.0
import QtQuick
import QtTest
import Portolan
import Portolan.Views

TestCase {
    id: testCase
    name: "Components"
    width: 400
    height: 300
    when: windowShown
    visible: true

    Component { id: kindIcon; KindIcon {} }
    Component { id: badge; Badge {} }
    Component { id: entityLink; EntityLink {} }
    Component { id: comingPage; ComingPage {} }

    function test_kindIconLetters_data() {
        return [
            { tag: "component", kind: "Component", letter: "C" },
            { tag: "api", kind: "API", letter: "A" },
            { tag: "lowercase", kind: "group", letter: "G" },
            { tag: "empty", kind: "", letter: "?" }
        ]
    }
    function test_kindIconLetters(data) {
        const icon = createTemporaryObject(kindIcon, testCase, { kind: data.kind, size: 40 })
        verify(icon)
        compare(icon.letter, data.letter)
        compare(icon.width, 40)
    }

    function test_kindsHaveTheirOwnColours() {
        const a = createTemporaryObject(kindIcon, testCase, { kind: "Component" })
        const b = createTemporaryObject(kindIcon, testCase, { kind: "API" })
        verify(!Qt.colorEqual(a.color, b.color))
    }

    function test_badgeFitsItsText() {
        const brief = createTemporaryObject(badge, testCase, { text: "prod" })
        const wide = createTemporaryObject(badge, testCase, { text: "experimental and deprecated" })
        verify(brief.implicitWidth > 0)
        verify(wide.implicitWidth > brief.implicitWidth)
        compare(brief.radius, brief.height / 2)
    }

    function test_lifecycleColours() {
        verify(!Qt.colorEqual(Theme.lifecycleColor("production"), Theme.lifecycleColor("deprecated")))
        verify(Qt.colorEqual(Theme.lifecycleColor("Production"), Theme.lifecycleColor("production")))
    }

    function test_entityLinkShowsShortRefs_data() {
        return [
            { tag: "default namespace", ref: "group:default/team-web", title: "", shown: "team-web" },
            { tag: "other namespace", ref: "group:ops/team-web", title: "", shown: "ops/team-web" },
            { tag: "title wins", ref: "group:default/team-web", title: "Merchant Web Team", shown: "Merchant Web Team" }
        ]
    }
    function test_entityLinkShowsShortRefs(data) {
        const link = createTemporaryObject(entityLink, testCase, { ref: data.ref, title: data.title })
        compare(link.text, data.shown)
        compare(link.color, Theme.accent)
    }

    function test_entityLinkWithoutRef() {
        const link = createTemporaryObject(entityLink, testCase, { ref: "" })
        compare(link.text, "—")
        compare(link.color, Theme.mutedText)
    }

    function test_entityLinkNavigates() {
        const link = createTemporaryObject(entityLink, testCase, { ref: "component:default/x" })
        verify(link.width > 0 && link.height > 0)
        tryVerify(() => link.visible)
        mouseClick(link, link.width / 2, link.height / 2, Qt.LeftButton)
        compare(Navigation.current, "entity/component:default/x")
    }

    function test_comingPageSaysWhatComes() {
        const page = createTemporaryObject(comingPage, testCase,
                                           { title: "Docs", summary: "TechDocs, offline.", plans: ["one", "two"] })
        verify(page)
        compare(page.plans.length, 2)
    }
}
