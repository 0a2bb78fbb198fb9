// SPDX-License-Identifier: Apache-2.0
// Qt Quick Test runner for Portolan's reusable QML components, with the app's QML modules linked in and the
// singletons they read (Catalog, App) built over an in-memory catalog.
#include "appstate.h"
#include "catalogbackend.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Portolan_ViewsPlugin)
Q_IMPORT_QML_PLUGIN(PortolanPlugin)

class Setup : public QObject
{
    Q_OBJECT
    std::unique_ptr<CatalogBackend> m_catalog;
    std::unique_ptr<AppState> m_app;

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        m_catalog = std::make_unique<CatalogBackend>(nullptr);
        if (!m_catalog->open(QStringLiteral(":memory:")).isEmpty())
            qFatal("cannot open an in-memory catalog");
        CatalogBackend::setInstance(m_catalog.get());
        m_app = std::make_unique<AppState>(m_catalog.get(), false);
        AppState::setInstance(m_app.get());
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(portolan_components, Setup)
#include "main.moc"
