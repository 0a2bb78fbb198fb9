// SPDX-License-Identifier: Apache-2.0
// Discovery over real folders: search order (PORTOLAN_PLUGIN_PATH, user, system, app), overrides reported,
// broken manifests listed with their problems and contributing nothing.
#include "plugins/discovery.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestDiscovery : public QObject
{
    Q_OBJECT
    QTemporaryDir m_root;

    QString path(const QString &relative) const { return m_root.filePath(relative); }

    void plugin(const QString &folder, const QString &id, const QString &version, const QByteArray &extra = {})
    {
        QDir().mkpath(folder);
        QFile qml(folder + QStringLiteral("/Card.qml"));
        QVERIFY(qml.open(QIODevice::WriteOnly));
        qml.write("import QtQuick\nItem {}\n");
        QFile manifest(folder + QStringLiteral("/portolan-plugin.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(extra.isEmpty()
                           ? QStringLiteral("{\"id\": \"%1\", \"name\": \"N\", \"version\": \"%2\", \"apiVersion\": 1,"
                                            " \"contributes\": {\"entityCards\": [{\"id\": \"c\", \"title\": \"C\", \"qml\": \"Card.qml\"}]}}")
                                 .arg(id, version).toUtf8()
                           : extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        qputenv("XDG_DATA_HOME", path(QStringLiteral("home")).toUtf8());
        qputenv("XDG_DATA_DIRS", (path(QStringLiteral("sys1")) + u':' + path(QStringLiteral("sys2"))).toUtf8());
        qputenv("PORTOLAN_PLUGIN_PATH", (path(QStringLiteral("env1")) + QStringLiteral("::") + path(QStringLiteral("env2"))).toUtf8());
    }

    void defaultFolderOrder()
    {
        const QList<plugins::Folder> folders = plugins::defaultFolders(path(QStringLiteral("prefix/bin")));
        QStringList actual;
        for (const plugins::Folder &folder : folders)
            actual << plugins::originName(folder.origin) + u' ' + QDir(m_root.path()).relativeFilePath(folder.path);
        QCOMPARE(actual, (QStringList{
                             QStringLiteral("PORTOLAN_PLUGIN_PATH env1"),
                             QStringLiteral("PORTOLAN_PLUGIN_PATH env2"),
                             QStringLiteral("user home/portolan/plugins"),
                             QStringLiteral("system sys1/portolan/plugins"),
                             QStringLiteral("system sys2/portolan/plugins"),
                             QStringLiteral("app prefix/share/portolan/plugins"),
                         }));
    }

    void overridesAndBrokenPlugins()
    {
        plugin(path(QStringLiteral("prefix/share/portolan/plugins/oncall")), QStringLiteral("oncall"), QStringLiteral("1.0"));
        plugin(path(QStringLiteral("prefix/share/portolan/plugins/grafana")), QStringLiteral("grafana"), QStringLiteral("1.0"));
        plugin(path(QStringLiteral("sys1/portolan/plugins/oncall-copy")), QStringLiteral("oncall"), QStringLiteral("2.0"));
        plugin(path(QStringLiteral("home/portolan/plugins/my-oncall")), QStringLiteral("oncall"), QStringLiteral("3.0"));
        plugin(path(QStringLiteral("home/portolan/plugins/broken")), {}, {}, "{\"id\": \"broken\", \"apiVersion\": 7}");
        QDir().mkpath(path(QStringLiteral("home/portolan/plugins/not-a-plugin")));

        const plugins::Discovery found = plugins::discover(plugins::defaultFolders(path(QStringLiteral("prefix/bin"))));
        QStringList actual;
        for (const plugins::Plugin &p : found.plugins) {
            actual << QStringLiteral("%1 %2 %3 %4").arg(p.id, plugins::originName(p.origin),
                                                     p.manifest ? p.manifest->version : QStringLiteral("-"),
                                                     p.active() ? QStringLiteral("active") : QStringLiteral("inactive"));
        }
        QCOMPARE(actual, (QStringList{QStringLiteral("broken user - inactive"), QStringLiteral("oncall user 3.0 active"),
                                      QStringLiteral("oncall system 2.0 inactive"), QStringLiteral("grafana app 1.0 active"),
                                      QStringLiteral("oncall app 1.0 inactive")}));
        // The broken one says why, with its file.
        const plugins::Plugin &broken = found.plugins.at(0);
        QVERIFY(!broken.problems.isEmpty());
        QCOMPARE(broken.problems.at(0).file, path(QStringLiteral("home/portolan/plugins/broken/portolan-plugin.json")));
        QStringList messages;
        for (const plugins::Problem &problem : broken.problems)
            messages << problem.field + QStringLiteral(": ") + problem.message;
        QVERIFY2(messages.contains(QStringLiteral("apiVersion: the plugin needs API 7; this Portolan supports API 1")),
                 qPrintable(messages.join(u'\n')));
        // Overrides are reported, naming the folder used and the one ignored.
        QCOMPARE(found.notes.size(), 2);
        QVERIFY(found.notes.at(0).contains(path(QStringLiteral("home/portolan/plugins/my-oncall"))));
        QVERIFY(found.notes.at(0).contains(path(QStringLiteral("sys1/portolan/plugins/oncall-copy"))));
        QCOMPARE(found.plugins.at(2).overriddenBy, path(QStringLiteral("home/portolan/plugins/my-oncall")));
    }

    void environmentWins()
    {
        plugin(path(QStringLiteral("env2/oncall-dev")), QStringLiteral("oncall"), QStringLiteral("9.9-dev"));
        const plugins::Discovery found = plugins::discover(plugins::defaultFolders(path(QStringLiteral("prefix/bin"))));
        QCOMPARE(found.plugins.at(0).id, QStringLiteral("oncall"));
        QVERIFY(found.plugins.at(0).active());
        QCOMPARE(found.plugins.at(0).manifest->version, QStringLiteral("9.9-dev"));
        QCOMPARE(found.plugins.at(0).origin, plugins::Origin::Environment);
    }
};

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
