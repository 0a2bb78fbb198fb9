// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QString>

class CatalogBackend;
class QQuickWindow;

namespace views {

/// Walks the window through its main screens (catalog, entity, graph, YAML, API, group, palette), saving
/// `<dir>/<screen>-<theme>.png` for each, then quits the application. Waits for a running import first.
void takeScreenshots(QQuickWindow *window, CatalogBackend *catalog, const QString &dir, const QString &theme);

/// Grabs the window into `path`; on failure warns and makes the application exit with 1. Returns whether it saved.
bool saveScreenshot(QQuickWindow *window, const QString &path);

/// Prints the time from `sinceStart` to the first frame showing catalog rows and the resident memory, then quits.
void reportStartup(QQuickWindow *window, CatalogBackend *catalog, const QElapsedTimer &sinceStart);

} // namespace views
