// SPDX-License-Identifier: Apache-2.0
// Manifest parsing: every problem names the file, line, column and field; a valid manifest keeps its parts.
#include "plugins/manifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestManifest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(QStringLiteral("card.qml"), "import QtQuick\nItem {}\n");
        write(QStringLiteral("page.qml"), "import QtQuick\nItem {}\n");
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("imports/Acme/Native")));
    }

    void validJson()
    {
        const QString path = write(QStringLiteral("portolan-plugin.json"),
            "{\n"
            "  \"id\": \"pagerduty-oncall\",\n"
            "  \"name\": \"PagerDuty on-call\",\n"
            "  \"version\": \"1.2.0\",\n"
            "  \"apiVersion\": 1,\n"
            "  \"contributes\": {\n"
            "    \"entityCards\": [{\"id\": \"oncall\", \"title\": \"On call\", \"qml\": \"card.qml\",\n"
            "                     \"kinds\": [\"Component\"], \"annotations\": [\"pagerduty.com/service-id\", \"pagerduty.com/integration-key\"]}],\n"
            "    \"pages\": [{\"id\": \"incidents\", \"title\": \"Incidents\", \"glyph\": \"!\", \"qml\": \"./page.qml\"}]\n"
            "  },\n"
            "  \"http\": {\"allowedHosts\": [\"api.pagerduty.com\", \"127.0.0.1:8080\", \"*.example.com\"]},\n"
            "  \"settings\": {\"baseUrl\": \"https://api.pagerduty.com\"},\n"
            "  \"qmlImportPaths\": [\"imports\", \"./imports/\"],\n"
            "  \"translations\": \"imports/Acme\"\n"
            "}");
        const plugins::ParseResult result = plugins::parseManifest(path);
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.value(0).toString()));
        QVERIFY(result.manifest);
        const plugins::Manifest &m = *result.manifest;
        QCOMPARE(m.id, QStringLiteral("pagerduty-oncall"));
        QCOMPARE(m.version, QStringLiteral("1.2.0"));
        QCOMPARE(m.apiVersion, 1);
        QCOMPARE(m.entityCards.size(), 1);
        QCOMPARE(m.entityCards.at(0).qml, m_dir.filePath(QStringLiteral("card.qml")));
        QCOMPARE(m.pages.at(0).qml, m_dir.filePath(QStringLiteral("page.qml")));
        QCOMPARE(m.pages.at(0).glyph, QStringLiteral("!"));
        QCOMPARE(m.settings.value(QStringLiteral("baseUrl")), QStringLiteral("https://api.pagerduty.com"));
        QCOMPARE(m.translations, m_dir.filePath(QStringLiteral("imports/Acme")));
        QCOMPARE(m.importPaths, (QStringList{m_dir.filePath(QStringLiteral("imports")), m_dir.filePath(QStringLiteral("imports"))}));

        const plugins::Contribution &card = m.entityCards.at(0);
        QVERIFY(card.appliesTo(QStringLiteral("component"), {QStringLiteral("pagerduty.com/integration-key")}));
        QVERIFY(!card.appliesTo(QStringLiteral("API"), {QStringLiteral("pagerduty.com/service-id")}));
        QVERIFY(!card.appliesTo(QStringLiteral("Component"), {QStringLiteral("backstage.io/techdocs-ref")}));

        QVERIFY(m.allowsUrl(QUrl(QStringLiteral("https://api.pagerduty.com/oncalls?x=1"))));
        QVERIFY(m.allowsUrl(QUrl(QStringLiteral("https://API.PagerDuty.com/"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("https://api.pagerduty.com.evil.test/"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("ftp://api.pagerduty.com/"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(m.allowsUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("http://127.0.0.1:8081/x"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("http://127.0.0.1/x"))));
        QVERIFY(m.allowsUrl(QUrl(QStringLiteral("https://grafana.example.com/d/1"))));
        QVERIFY(!m.allowsUrl(QUrl(QStringLiteral("https://example.com/"))));
    }

    void validYaml()
    {
        const QString path = write(QStringLiteral("y/portolan-plugin.yaml"),
                                   "id: links\nname: Links\nversion: '0.1'\napiVersion: 1\n"
                                   "contributes:\n  entityTabs:\n    - id: t\n      title: T\n      qml: ../card.qml\n");
        // "../card.qml" leaves the plugin folder y/: refused even though the file exists.
        plugins::ParseResult result = plugins::parseManifest(path);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.at(0).toString(),
                 path + QStringLiteral(":9:12: contributes.entityTabs[0].qml: must be a path inside the plugin folder"));
        write(QStringLiteral("y/tab.qml"), "import QtQuick\nItem {}\n");
        result = plugins::parseManifest(write(QStringLiteral("y/portolan-plugin.yaml"),
            "id: links\nname: Links\nversion: '0.1'\napiVersion: 1\n"
            "contributes:\n  entityTabs:\n    - id: t\n      title: T\n      qml: tab.qml\n"));
        QVERIFY(result.manifest);
        QCOMPARE(result.manifest->entityTabs.size(), 1);
        QVERIFY(result.manifest->entityTabs.at(0).appliesTo(QStringLiteral("Group"), {}));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("expected"); // "line:column: field: message" of each problem

        QTest::newRow("bad JSON") << QByteArray("{\n  \"id\": \"x\",\n  \"name\": }\n")
                                  << QStringList{QStringLiteral("3:11: invalid JSON: object is missing after a comma")};
        QTest::newRow("trailing comma") << QByteArray("{\"id\": \"x\",\n}")
                                        << QStringList{QStringLiteral("2:1: invalid JSON: object is missing after a comma")};
        QTest::newRow("not an object") << QByteArray("[1, 2]")
                                       << QStringList{QStringLiteral("1:1: the manifest must be an object")};
        QTest::newRow("missing fields") << QByteArray("{\n  \"id\": \"x\"\n}\n")
            << QStringList{QStringLiteral("1:1: name: required field is missing"),
                           QStringLiteral("1:1: version: required field is missing"),
                           QStringLiteral("1:1: apiVersion: required field is missing (this Portolan supports API 1)"),
                           QStringLiteral("1:1: contributes: required field is missing")};
        QTest::newRow("wrong apiVersion")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\",\n \"apiVersion\": 2,\n \"contributes\": {}}")
            << QStringList{QStringLiteral("2:16: apiVersion: the plugin needs API 2; this Portolan supports API 1")};
        QTest::newRow("unknown contribution key")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1,\n"
                          " \"contributes\": {\n   \"entityCard\": []\n }}")
            << QStringList{QStringLiteral("3:4: contributes.entityCard: unknown key \"entityCard\" (expected one of: entityCards, entityTabs, pages)")};
        QTest::newRow("unknown top-level key and bad id")
            << QByteArray("{\"id\": \"My Plugin\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {},\n"
                          " \"permissions\": []}")
            << QStringList{QStringLiteral("2:2: permissions: unknown key \"permissions\" (expected one of: id, name, version, description, apiVersion, contributes, http, settings, qmlImportPaths, translations)"),
                           QStringLiteral("1:8: id: use lower-case letters, digits, '.', '_' and '-' (e.g. \"pagerduty-oncall\")")};
        QTest::newRow("contribution fields")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {\n"
                          " \"entityCards\": [\n"
                          "  {\"id\": \"a\", \"title\": \"A\", \"qml\": \"missing.qml\", \"kinds\": \"Component\"},\n"
                          "  {\"id\": \"a\", \"qml\": \"card.qml\", \"color\": \"red\"}\n"
                          " ]}}")
            << QStringList{QStringLiteral("3:36: contributes.entityCards[0].qml: file \"missing.qml\" does not exist in the plugin folder"),
                           QStringLiteral("3:60: contributes.entityCards[0].kinds: must be a list of strings"),
                           QStringLiteral("4:34: contributes.entityCards[1].color: unknown key \"color\" (expected one of: id, title, qml, kinds, annotations)"),
                           QStringLiteral("4:3: contributes.entityCards[1].title: required field is missing"),
                           QStringLiteral("4:10: contributes.entityCards[1].id: id \"a\" is used twice")};
        QTest::newRow("allowed hosts")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {},\n"
                          " \"http\": {\"allowedHosts\": [\"https://api.example.com/v2\", \"ok.example.com\"]}}")
            << QStringList{QStringLiteral("2:28: http.allowedHosts[0]: \"https://api.example.com/v2\" is not a host name "
                                          "(write \"api.example.com\", \"host:8080\" or \"*.example.com\", no scheme or path)")};
        QTest::newRow("import paths")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {},\n"
                          " \"qmlImportPaths\": [\"../elsewhere\", \"/usr/lib\", \"absent\", \"imports\"]}")
            << QStringList{QStringLiteral("2:21: qmlImportPaths[0]: must be a path inside the plugin folder"),
                           QStringLiteral("2:37: qmlImportPaths[1]: must be a path inside the plugin folder"),
                           QStringLiteral("2:49: qmlImportPaths[2]: folder \"absent\" does not exist in the plugin folder")};
        QTest::newRow("import paths not a list")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {},\n"
                          " \"qmlImportPaths\": \"imports\"}")
            << QStringList{QStringLiteral("2:20: qmlImportPaths: must be a list of folders inside the plugin folder")};
        QTest::newRow("translations outside")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"version\": \"1\", \"apiVersion\": 1, \"contributes\": {},\n"
                          " \"translations\": \"../i18n\"}")
            << QStringList{QStringLiteral("2:18: translations: must be a path inside the plugin folder")};
    }

    void problems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, expected);
        const QString path = write(QStringLiteral("portolan-plugin.json"), text);
        const plugins::ParseResult result = plugins::parseManifest(path);
        QVERIFY(!result.manifest);
        QStringList actual;
        for (const plugins::Problem &problem : result.problems) {
            QCOMPARE(problem.file, path);
            actual << problem.toString().mid(path.size() + 1);
        }
        QCOMPARE(actual, expected);
    }

    void unreadable()
    {
        const plugins::ParseResult result = plugins::parseManifest(m_dir.filePath(QStringLiteral("nope/portolan-plugin.json")));
        QVERIFY(!result.manifest);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY(result.problems.at(0).message.startsWith(QLatin1String("cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestManifest)
#include "tst_manifest.moc"
