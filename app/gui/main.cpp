// SPDX-License-Identifier: Apache-2.0
// Composition root of the desktop app: build the services, wire them, expose them to QML, load the window.
#include "catalogbackend.h"
#include "gui/democatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QStandardPaths>
#include <QTimer>
#include <QtWebEngineQuick>
#include <git2.h>

Q_IMPORT_QML_PLUGIN(Portolan_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(PortolanPlugin)

namespace {

// --self-test fails on any QML warning, so broken bindings cannot hide behind a window that still opens.
int s_qmlWarnings = 0;
QtMessageHandler s_previousHandler = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg
        && (message.contains(QLatin1String(".qml")) || QLatin1String(context.category ? context.category : "").startsWith(QLatin1String("qt.qml"))))
        ++s_qmlWarnings;
    s_previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QtWebEngineQuick::initialize();
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("portolan"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Portolan"));
    QGuiApplication::setOrganizationName(QStringLiteral("portolan"));
    QGuiApplication::setApplicationVersion(QStringLiteral(PORTOLAN_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portolan.Portolan"));
    git_libgit2_init();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Portolan, a desktop developer portal for Backstage catalogs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("The catalog database."), QStringLiteral("file"),
                      store::CatalogStore::defaultPath()});
    parser.addOption({QStringLiteral("self-test"), QStringLiteral("Load the UI on the demo catalog, then quit; exit 1 on QML warnings.")});
    parser.process(app);
    const bool selfTest = parser.isSet(QStringLiteral("self-test"));
    if (selfTest)
        s_previousHandler = qInstallMessageHandler(countingHandler);

    CatalogBackend catalog(nullptr);
    if (const QString error = catalog.open(parser.value(QStringLiteral("db"))); !error.isEmpty()) {
        qCritical("portolan-desktop: %s", qPrintable(error));
        return 2;
    }
    CatalogBackend::setInstance(&catalog);

    // First run: the bundled demo catalog, so the app is useful at once.
    if (catalog.entityCount() == 0 && catalog.sources().isEmpty()) {
        const QString dataDir = selfTest ? QDir::tempPath() + QStringLiteral("/portolan-self-test-demo")
                                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                + QStringLiteral("/demo-catalog");
        QString error;
        const QString root = app::extractDemoCatalog(dataDir, &error);
        if (root.isEmpty())
            qWarning("portolan-desktop: demo catalog unavailable: %s", qPrintable(error));
        else
            catalog.importPaths({root}, QStringLiteral("demo"));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Portolan/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (selfTest) {
        // Wait for the demo import so the self-test covers a populated catalog.
        QObject::connect(&catalog, &CatalogBackend::importFinished, &app, [&](const QString &, int entities, int) {
            QTimer::singleShot(500, &app, [&, entities]() {
                const bool ok = s_qmlWarnings == 0 && entities > 0;
                qInfo("self-test: %d entities, %d QML warnings", entities, s_qmlWarnings);
                app.exit(ok ? 0 : 1);
            });
        });
        QTimer::singleShot(60000, &app, [&]() {
            qWarning("self-test: timed out waiting for the demo catalog");
            app.exit(1);
        });
    }
    const int code = app.exec();
    git_libgit2_shutdown();
    return code;
}
