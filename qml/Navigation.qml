// SPDX-License-Identifier: Apache-2.0
pragma Singleton
import QtQuick
import Portolan.Views

// The one history of the window: every page and link navigates through it, so Alt+Left/Right and Esc work
// everywhere. Locations are "page/<key>" or "entity/<ref>".
NavigationHistory {
    function openEntity(ref: string) {
        visit("entity/" + ref)
    }
    function openPage(key: string) {
        visit("page/" + key)
    }
}
