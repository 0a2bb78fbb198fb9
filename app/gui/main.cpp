// SPDX-License-Identifier: Apache-2.0
// Composition root of the desktop app: build the services, wire them, expose them to QML, load the window.
#include "appstate.h"
#include "catalogbackend.h"
#include "docsindexer.h"
#include "docsschemehandler.h"
#include "docsviewer.h"
#include "highlightedcode.h"
#include "kubernetesstatus.h"
#include "templatewizard.h"
#include "scorecardservice.h"
#include "pluginregistry.h"
#include "highlight/factory.h"
#include "screencapture.h"
#include "syncscreenshots.h"
#include "syncstatus.h"
#include "sync/syncengine.h"
#include "sync/syncservice.h"
#include "translationloader.h"
#include "gui/democatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QQuickWebEngineProfile>
#include <QPalette>
#include <QElapsedTimer>
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

// Scoring and docs indexing of the whole catalog wait this long after start-up (they run on workers, but would
// compete with the first frame for the two cores and for memory).
constexpr int kBackgroundWorkDelayMs = 1500;

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startClock;
    startClock.start();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    // TechDocs: the portolan-docs:// scheme must be known to WebEngine before the application object exists.
    DocsSchemeHandler::registerScheme();
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
    parser.addOption({QStringLiteral("screenshot"),
                      QStringLiteral("Walk through the main pages, save a PNG of each into <dir>, then quit."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("Force the theme: light or dark."),
                      QStringLiteral("mode")});
    parser.addOption({QStringLiteral("startup-report"),
                      QStringLiteral("Print the time to the first catalog frame and the resident memory, then quit.")});
    parser.addOption({QStringLiteral("lang"),
                      QStringLiteral("Use this language (en, de, fr) instead of the one from Settings or the system."),
                      QStringLiteral("code")});
    parser.process(app);
    // Fusion draws every control from the palette, so light and dark themes apply to the whole UI.
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    const bool selfTest = parser.isSet(QStringLiteral("self-test"));
    const bool screenshots = parser.isSet(QStringLiteral("screenshot"));
    if (selfTest || screenshots)
        s_previousHandler = qInstallMessageHandler(countingHandler);

    CatalogBackend catalog(nullptr);
    if (const QString error = catalog.open(parser.value(QStringLiteral("db"))); !error.isEmpty()) {
        qCritical("portolan-desktop: %s", qPrintable(error));
        return 2;
    }
    CatalogBackend::setInstance(&catalog);
    catalog.watchNetwork();

    // Scorecards: the whole catalog is rescored off the UI thread after every import or sync (one trend point
    // per sync); the Scorecards page and the entity cards read this service.
    // Scoring (and the docs index below) start after the first frame: start-up pays only for window and catalog.
    ScorecardService scorecards(catalog.store(), nullptr);
    ScorecardService::setInstance(&scorecards);
    QTimer::singleShot(kBackgroundWorkDelayMs, &scorecards, [&]() { scorecards.watch(&catalog); });

    // Highlighting runs in a persistent helper process (KF5 on Debian 12); pages call it from worker threads.
    const std::unique_ptr<highlight::Highlighter> highlighter = highlight::createHighlighter();
    HighlightedCode::setHighlighter(highlighter.get());

    // TechDocs pages are served to WebEngineView by this handler, sharing the highlighter.
    DocsSchemeHandler docsHandler;
    docsHandler.setHighlighter(highlighter.get());
    DocsSchemeHandler::setInstance(&docsHandler);
    QQuickWebEngineProfile::defaultProfile()->installUrlSchemeHandler(DocsSchemeHandler::kScheme, &docsHandler);
    // Docs search: local TechDocs are indexed in the background after every catalog change (unchanged ones skip).
    DocsIndexer docsIndexer(catalog.store());
    DocsIndexer::setInstance(&docsIndexer);
    QObject::connect(&catalog, &CatalogBackend::catalogChanged, &docsIndexer, &DocsIndexer::indexCatalog);
    QTimer::singleShot(kBackgroundWorkDelayMs, &docsIndexer, &DocsIndexer::indexCatalog);

    // Qt 6.4 has no colour-scheme API: a dark system palette at start-up means a dark desktop.
    const bool systemDark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    AppState appState(&catalog, systemDark);
    AppState::setInstance(&appState);
    if (parser.isSet(QStringLiteral("theme")))
        appState.forceTheme(parser.value(QStringLiteral("theme")));

    // Plugins: folders with a portolan-plugin.json under $PORTOLAN_PLUGIN_PATH, the user's and the system's
    // XDG data folders and the app's own share/portolan/plugins (the `PluginRegistry` singleton in QML).
    PluginRegistry pluginRegistry(plugins::defaultFolders(QCoreApplication::applicationDirPath()), nullptr);
    PluginRegistry::setInstance(&pluginRegistry);

    // Translations: --lang (screenshots) wins over the Settings choice, which wins over the system locale.
    TranslationLoader translations;
    translations.apply(parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : appState.language());
    pluginRegistry.loadTranslations(); // plugins' own catalogues, for the language just chosen

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

    // Catalog sync: the SyncService writes the catalog file through its own connection off the UI thread (an
    // in-memory catalog cannot be shared, so it has none); `Sync` in QML shows its progress and per-source state.
    std::unique_ptr<portolan::sync::SyncService> syncService;
    if (catalog.databasePath() != u":memory:")
        syncService = std::make_unique<portolan::sync::SyncService>(catalog.databasePath());
    SyncStatus syncStatus(syncService.get(), &catalog);
    SyncStatus::setInstance(&syncStatus);
    syncStatus.setConfiguredSources(appState.configuredSources());
    QObject::connect(&appState, &AppState::configuredSourcesChanged, &syncStatus,
                     [&]() { syncStatus.setConfiguredSources(appState.configuredSources()); });
    if (!selfTest && !screenshots && !parser.isSet(QStringLiteral("startup-report")))
        QTimer::singleShot(2000, &syncStatus, &SyncStatus::syncNow); // then every intervalMinutes

    // Kubernetes: clusters come from the configured app-config files and the user's kubeconfig; with
    // PORTOLAN_K8S_FIXTURE=demo (or a recorded fixture file) a loopback "demo-cluster" is added (demo mode).
    KubernetesStatus::Environment k8sEnvironment;
    k8sEnvironment.appConfigFiles = [&appState]() {
        QStringList files;
        for (const QVariant &source : appState.configuredSources())
            if (source.toMap().value(QStringLiteral("kind")) == QLatin1String("app-config"))
                files << source.toMap().value(QStringLiteral("path")).toString();
        return files;
    };
    std::unique_ptr<k8s::FixtureServer> k8sFixture;
    if (const QString fixture = qEnvironmentVariable("PORTOLAN_K8S_FIXTURE"); !fixture.isEmpty()) {
        QString error;
        k8sFixture = app::startKubernetesFixture(fixture, &error);
        if (k8sFixture)
            k8sEnvironment.extraClusters << k8sFixture->cluster(QStringLiteral("demo-cluster"), QStringLiteral("Demo cluster (recorded)"));
        else
            qWarning("portolan-desktop: PORTOLAN_K8S_FIXTURE: %s", qPrintable(error));
    }
    KubernetesStatus::setEnvironment(k8sEnvironment);
    // Software Templates: scaffolder.defaultEnvironment of the same app-config files gives `environment.*`.
    TemplateWizard::setAppConfigFiles(k8sEnvironment.appConfigFiles);

    // TechDocs pre-built sites over HTTP(S) for entities without local docs: from $PORTOLAN_TECHDOCS_URL, else
    // techdocs.storageUrl / backend.baseUrl of the configured app-config files; copies kept for offline reading.
    // Both lookups run on the docs workers, so they read a copy of the file list the UI thread keeps current. Docs
    // that live only in Git are read from the sync's bare clones; a Backstage instance's sites are fetched with the
    // token of its portolan.backstage entry.
    auto docsConfigFiles = std::make_shared<SharedFileList>();
    docsConfigFiles->set(k8sEnvironment.appConfigFiles());
    QObject::connect(&appState, &AppState::configuredSourcesChanged, &appState,
                     [docsConfigFiles, files = k8sEnvironment.appConfigFiles]() { docsConfigFiles->set(files()); });
    DocsViewer::setRemoteSource({[docsConfigFiles]() { return configuredTechdocsStorageUrl(docsConfigFiles->get()); },
                                 QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/techdocs-sites"),
                                 [docsConfigFiles](const QUrl &url) { return backstageTokenFor(url, docsConfigFiles->get()); },
                                 portolan::sync::SyncEngine::defaultCacheDir()});

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Picking a language in Settings retranslates the loaded QML at once (every qsTr binding is re-evaluated).
    QObject::connect(&appState, &AppState::languageChanged, &engine, [&]() {
        translations.apply(appState.language());
        pluginRegistry.loadTranslations();
        engine.retranslate();
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Portolan/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    QQuickWindow *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (parser.isSet(QStringLiteral("startup-report")))
        views::reportStartup(window, &catalog, startClock);
    // PORTOLAN_SCREENSHOTS=sync (scripts/screenshots-sync): the sync feature's shots instead of the main screens.
    if (parser.isSet(QStringLiteral("screenshot")) && qEnvironmentVariable("PORTOLAN_SCREENSHOTS") == u"sync")
        views::takeSyncScreenshots(window, &syncStatus, parser.value(QStringLiteral("screenshot")),
                                   appState.dark() ? QStringLiteral("dark") : QStringLiteral("light"));
    else if (parser.isSet(QStringLiteral("screenshot")))
        views::takeScreenshots(window, &catalog, parser.value(QStringLiteral("screenshot")),
                            appState.dark() ? QStringLiteral("dark") : QStringLiteral("light"));

    if (selfTest) {
        // Wait for the demo import so the self-test covers a populated catalog.
        // Then visit every screen, so a broken binding on any page fails the test.
        QObject::connect(&catalog, &CatalogBackend::importFinished, &app, [&, window](const QString &, int entities, int) {
            static const QStringList screens{QStringLiteral("entity"), QStringLiteral("graph"), QStringLiteral("source"),
                                             QStringLiteral("api"), QStringLiteral("group"), QStringLiteral("palette"),
                                             QStringLiteral("settings"), QStringLiteral("docs"), QStringLiteral("entitydocs"), QStringLiteral("docs-search"), QStringLiteral("create"),
                                             QStringLiteral("kubernetes"), QStringLiteral("scorecards"),
                                             QStringLiteral("catalog")};
            for (qsizetype i = 0; i < screens.size(); ++i) {
                QTimer::singleShot(int(300 * (i + 1)), window, [window, screen = screens.at(i)]() {
                    if (!QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QString, screen)))
                        ++s_qmlWarnings;
                });
            }
            QTimer::singleShot(int(300 * (screens.size() + 2)), &app, [&, entities]() {
                const bool ok = s_qmlWarnings == 0 && entities > 0;
                qInfo("self-test: %d entities, %lld screens, %d QML warnings", entities, qint64(screens.size()), s_qmlWarnings);
                app.exit(ok ? 0 : 1);
            });
        });
        QTimer::singleShot(60000, &app, [&]() {
            qWarning("self-test: timed out waiting for the demo catalog");
            app.exit(1);
        });
    }
    int code = app.exec();
    if (screenshots && s_qmlWarnings > 0) {
        qWarning("screenshot: %d QML warnings", s_qmlWarnings);
        code = 1;
    }
    git_libgit2_shutdown();
    return code;
}
