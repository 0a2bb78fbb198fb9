// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QQuickWindow;
class SyncStatus;

namespace views {

/// Screenshots of the sync feature (scripts/screenshots-sync): starts a sync, saves
/// `<dir>/sync-statusbar-<theme>.png` while objects are being fetched, waits for the end and saves
/// `<dir>/sync-settings-<theme>.png` with the per-source state, then quits.
void takeSyncScreenshots(QQuickWindow *window, SyncStatus *sync, const QString &dir, const QString &theme);

} // namespace views
