// SPDX-License-Identifier: Apache-2.0
#include "screencapture.h"

#include "catalogbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace views {

namespace {

struct Shot {
    const char *screen; ///< argument of Main.qml's showScreen()
    const char *file;
    int settleMs;       ///< highlighting and layout finish asynchronously
};

constexpr Shot kShots[] = {
    {"catalog", "catalog", 400},
    {"entity", "entity-overview", 500},
    {"graph", "entity-graph", 500},
    {"source", "entity-yaml", 1500},
    {"api", "api-definition", 1500},
    {"group", "group-page", 500},
    {"palette", "palette", 500},
    {"entitydocs", "docs", 2500},
    {"docs-search", "docs-search", 2500}, // results appear once the background indexer has the demo docs
    {"palette-docs", "palette-docs", 500},
    {"docs-hit", "docs-hit", 2500},
    {"k8s", "kubernetes", 2500}, // live state: run with PORTOLAN_K8S_FIXTURE=demo (scripts/screenshots does)
    {"scorecards", "scorecards", 800},
    {"scorecards-owner", "scorecards-owner", 800},
    {"entity-scorecard", "entity-scorecard", 600},
    // The PagerDuty example plugin; scripts/screenshots points it at scripts/pagerduty-demo-server.
    {"plugin-card", "plugin-card", 1500},
    {"plugin-settings", "plugin-settings", 800},
    {"plugin-native", "plugin-native", 1000},
    {"wizard", "wizard", 800},
    {"wizard-review", "wizard-review", 1000},
    {"wizard-run", "wizard-run", 6000}, // the dry run renders the skeleton with nunjucks first
    {"wizard-done", "wizard-done", 8000}, // only with $PORTOLAN_SCREENSHOT_SCRATCH (scripts/screenshots sets it)
};

void shoot(QQuickWindow *window, const QString &dir, const QString &theme, int index)
{
    if (index >= int(std::size(kShots))) {
        QCoreApplication::exit(0);
        return;
    }
    const Shot &shot = kShots[index];
    if (qstrcmp(shot.screen, "wizard-done") == 0) {
        // A real run needs a template and a bare repository to publish to, outside the user's folders.
        const QString scratch = qEnvironmentVariable("PORTOLAN_SCREENSHOT_SCRATCH");
        if (scratch.isEmpty()) {
            shoot(window, dir, theme, index + 1);
            return;
        }
        window->setProperty("screenshotScratch", scratch);
    }
    QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QString, QString::fromLatin1(shot.screen)));
    QTimer::singleShot(shot.settleMs, window, [=]() {
        if (saveScreenshot(window, dir + u'/' + QLatin1String(shot.file) + u'-' + theme + QStringLiteral(".png")))
            shoot(window, dir, theme, index + 1);
    });
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

void takeScreenshots(QQuickWindow *window, CatalogBackend *catalog, const QString &dir, const QString &theme)
{
    QDir().mkpath(dir);
    auto start = [=]() { QTimer::singleShot(600, window, [=]() { shoot(window, dir, theme, 0); }); };
    if (catalog->busy())
        QObject::connect(catalog, &CatalogBackend::importFinished, window, start, Qt::SingleShotConnection);
    else
        start();
}

void reportStartup(QQuickWindow *window, CatalogBackend *catalog, const QElapsedTimer &sinceStart)
{
    auto *done = new bool(false);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [=]() {
        if (*done || catalog->busy() || window->property("catalogRows").toInt() <= 0)
            return;
        *done = true;
        qInfo("startup: first catalog frame after %lld ms, %d entities, RSS %lld KiB",
              sinceStart.elapsed(), catalog->entityCount(), residentKiB());
        QTimer::singleShot(0, qApp, []() { QCoreApplication::exit(0); });
    });
}

bool saveScreenshot(QQuickWindow *window, const QString &path)
{
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        qWarning("screenshot: could not save %s", qPrintable(path));
        QCoreApplication::exit(1);
        return false;
    }
    qInfo("screenshot: %s", qPrintable(path));
    return true;
}

} // namespace views
