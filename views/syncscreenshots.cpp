// SPDX-License-Identifier: Apache-2.0
#include "syncscreenshots.h"

#include "screencapture.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

namespace views {

void takeSyncScreenshots(QQuickWindow *window, SyncStatus *sync, const QString &dir, const QString &theme)
{
    QDir().mkpath(dir);
    const QString suffix = u'-' + theme + QStringLiteral(".png");
    // The status bar shot waits for a fetch with object counts: the moment the feature is about.
    auto *poll = new QTimer(window);
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, window, [=]() {
        static const QRegularExpression receiving(QStringLiteral("fetching [1-9]\\d*/\\d+ objects"));
        if (!receiving.match(sync->statusText()).hasMatch())
            return;
        poll->stop(); // kept (owned by the window): the finished handler asks whether it is still waiting
        saveScreenshot(window, dir + QStringLiteral("/sync-statusbar") + suffix);
    });
    QObject::connect(sync, &SyncStatus::syncFinished, window, [=]() {
        if (poll->isActive()) {
            qWarning("screenshot: the sync ended before a fetch with object counts was seen");
            QCoreApplication::exit(1);
            return;
        }
        QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QString, QStringLiteral("settings")));
        QTimer::singleShot(800, window, [=]() {
            saveScreenshot(window, dir + QStringLiteral("/sync-settings") + suffix);
            QCoreApplication::exit(0);
        });
    }, Qt::SingleShotConnection);
    QTimer::singleShot(800, window, [=]() {
        QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QString, QStringLiteral("catalog")));
        sync->syncNow();
        poll->start();
    });
}

} // namespace views
