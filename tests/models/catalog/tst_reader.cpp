// SPDX-License-Identifier: Apache-2.0
// Reader behaviour beyond the conformance corpus: positions in diagnostics, YAML scalar typing,
// placeholders, Location following (globs, cycles, presence), custom loaders and speed.
#include "catalog/reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

using namespace catalog;

namespace {

QByteArray component(const QByteArray &name, const QByteArray &extraSpec = {})
{
    return "apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: " + name +
           "\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n" + extraSpec;
}

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

// 1-based line and column of the first occurrence of `needle` in `text`.
std::pair<int, int> find(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    const qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
    return {int(text.left(at).count('\n')) + 1, int(at - lineStart) + 1};
}

QString annotation(const Entity &e, const QString &key)
{
    return e.data[QLatin1String("metadata")][QLatin1String("annotations")][key].toString();
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnosticsNameLineColumnAndField_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("anchor"); // where the diagnostic must point

        const QByteArray second = "---\n# second document\n";
        QTest::newRow("spec.owner type") << (component("a") + second + component("b").replace("owner: team-a", "owner: 7"))
                                         << "spec.owner" << QByteArray("owner: 7");
        QTest::newRow("tag in block list") << (component("a") + second +
                                               component("b").replace("  name: b\n", "  name: b\n  tags:\n    - ok\n    - Not-Ok\n"))
                                           << "metadata.tags.1" << QByteArray("Not-Ok");
        QTest::newRow("annotation value") << (component("a").replace("  name: a\n", "  name: a\n  annotations:\n    example.com/flag: true\n"))
                                          << "metadata.annotations.example.com/flag" << QByteArray("example.com/flag");
        QTest::newRow("missing field points at parent") << component("a").replace("  owner: team-a\n", "")
                                                         << "spec.owner" << QByteArray("spec:");
        QTest::newRow("unknown root field") << (component("a") + "extra: 1\n") << "extra" << QByteArray("extra:");
        QTest::newRow("bad ref") << component("a", "  dependsOn:\n    - db\n") << "spec.dependsOn.0" << QByteArray("- db");
        // Backstage sorts the list first (and names index 0); the diagnostic names the item as written.
        QTest::newRow("bad ref in sorted list") << component("a", "  dependsOn:\n    - resource:z\n    - db\n")
                                                << "spec.dependsOn.1" << QByteArray("- db");
    }

    void diagnosticsNameLineColumnAndField()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(QByteArray, anchor);
        const ReadResult r = Reader().readText(text, QStringLiteral("/repo/catalog-info.yaml"));
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.first();
        QCOMPARE(d.field, field);
        auto [line, column] = find(text, anchor);
        if (anchor.startsWith("- "))
            column += 2; // the item, not its dash
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QCOMPARE(d.toString(), QStringLiteral("/repo/catalog-info.yaml:%1:%2: %3: %4").arg(line).arg(column).arg(field, d.message));
    }

    void scalarsAreTypedLikeYaml12_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("accepted"); // annotation values must be strings
        QTest::newRow("true") << QByteArray("true") << false;
        QTest::newRow("True") << QByteArray("True") << false;
        QTest::newRow("quoted true") << QByteArray("\"true\"") << true;
        QTest::newRow("yes is a string in 1.2") << QByteArray("yes") << true;
        QTest::newRow("on is a string in 1.2") << QByteArray("on") << true;
        QTest::newRow("integer") << QByteArray("123") << false;
        QTest::newRow("hex") << QByteArray("0x1F") << false;
        QTest::newRow("octal 1.2") << QByteArray("0o17") << false;
        QTest::newRow("float") << QByteArray("1.5e3") << false;
        QTest::newRow("inf") << QByteArray(".inf") << false;
        QTest::newRow("version string") << QByteArray("1.2.3") << true;
        QTest::newRow("null") << QByteArray("~") << false;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("single quoted number") << QByteArray("'123'") << true;
        QTest::newRow("block scalar") << QByteArray("|\n      text") << true;
        QTest::newRow("str tag") << QByteArray("!!str 123") << true;
        QTest::newRow("date stays text") << QByteArray("2024-01-01") << true;
    }

    void scalarsAreTypedLikeYaml12()
    {
        QFETCH(QByteArray, value);
        const QByteArray text = component("typed").replace("  name: typed\n", QByteArray("  name: typed\n  annotations:\n    example.com/v: " + value + "\n"));
        const ReadResult r = Reader().readText(text, QStringLiteral("typed.yaml"));
        QTEST(r.entities.size() == 1, "accepted");
    }

    void mergeKeysAreOff()
    {
        const QByteArray text = component("merge").replace("  name: merge\n", "  name: merge\n  labels:\n    <<: {a: b}\n");
        const ReadResult r = Reader().readText(text, QStringLiteral("merge.yaml"));
        QCOMPARE(r.entities.size(), 0); // "<<" stays a key, and it is not a valid label key
        QCOMPARE(r.diagnostics.value(0).field, QStringLiteral("metadata.labels.<<"));
    }

    void placeholders()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("specs/openapi.yaml")), "openapi: 3.0.0\n");
        write(dir.filePath(QStringLiteral("specs/schema.json")), R"({"type": "object", "n": 1})");
        write(dir.filePath(QStringLiteral("specs/extra.yaml")), "answer: 42\nlist: [a, b]\n");
        const QByteArray api = "apiVersion: backstage.io/v1alpha1\nkind: API\nmetadata:\n  name: pay-api\n"
                               "spec:\n  type: openapi\n  lifecycle: production\n  owner: team-a\n"
                               "  definition:\n    $text: ./specs/openapi.yaml\n"
                               "  schema:\n    $json: specs/schema.json\n"
                               "  extra:\n    $yaml: ./specs/extra.yaml\n"
                               "  untouched:\n    $ref: '#/components/x'\n";
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, api);
        const ReadResult r = Reader().readFile(file);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        QCOMPARE(r.entities.size(), 1);
        const QJsonObject spec = r.entities[0].data[QLatin1String("spec")].toObject();
        QCOMPARE(spec[QLatin1String("definition")].toString(), QStringLiteral("openapi: 3.0.0\n"));
        QCOMPARE(spec[QLatin1String("schema")][QLatin1String("n")].toInt(), 1);
        QCOMPARE(spec[QLatin1String("extra")][QLatin1String("answer")].toInt(), 42);
        QCOMPARE(spec[QLatin1String("extra")][QLatin1String("list")].toArray().size(), 2);
        QCOMPARE(spec[QLatin1String("untouched")][QLatin1String("$ref")].toString(), QStringLiteral("#/components/x"));

        write(file, QByteArray(api).replace("./specs/openapi.yaml", "./specs/missing.yaml"));
        const ReadResult missing = Reader().readFile(file);
        QCOMPARE(missing.entities.size(), 0);
        QCOMPARE(missing.diagnostics.size(), 1);
        QCOMPARE(missing.diagnostics[0].field, QStringLiteral("spec.definition.$text"));
        QVERIFY(missing.diagnostics[0].message.contains(QLatin1String("missing.yaml")));
        QCOMPARE(missing.diagnostics[0].line, find(api, "$text").first);
    }

    void locationsAreFollowed()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(root, "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n"
                    "  targets:\n    - ./services/*/catalog-info.yaml\n    - ../" +
                        QFileInfo(dir.path()).fileName().toUtf8() + "/teams.yaml\n");
        write(dir.filePath(QStringLiteral("services/a/catalog-info.yaml")), component("svc-a"));
        write(dir.filePath(QStringLiteral("services/b/catalog-info.yaml")), component("svc-b") + "---\n" + component("svc-b2"));
        write(dir.filePath(QStringLiteral("teams.yaml")),
              "apiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n  children: []\n");
        const ReadResult r = Reader().readFile(root);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        QHash<QString, const Entity *> byRef;
        for (const Entity &e : r.entities)
            byRef.insert(e.ref, &e);
        QCOMPARE(byRef.size(), 5);
        const Entity *location = byRef.value(QStringLiteral("location:default/root"));
        QVERIFY(location);
        QCOMPARE(location->emittedRefs, (QStringList{QStringLiteral("component:default/svc-a"), QStringLiteral("component:default/svc-b"),
                                                     QStringLiteral("component:default/svc-b2"), QStringLiteral("group:default/team-a")}));
        const Entity *svcB2 = byRef.value(QStringLiteral("component:default/svc-b2"));
        QVERIFY(svcB2);
        const QString bFile = QDir::cleanPath(dir.filePath(QStringLiteral("services/b/catalog-info.yaml")));
        QCOMPARE(svcB2->locationKey, u"file:" + bFile);
        QCOMPARE(annotation(*svcB2, QStringLiteral("backstage.io/managed-by-location")), u"file:" + bFile);
        QCOMPARE(annotation(*svcB2, QStringLiteral("backstage.io/managed-by-origin-location")), u"file:" + QDir::cleanPath(root));
        QCOMPARE(svcB2->parentRef, QStringLiteral("location:default/root"));
        QCOMPARE(svcB2->documentIndex, 1);
        QCOMPARE(svcB2->position.line, 10); // after the 8-line first document and its ---
        QCOMPARE(annotation(*location, QStringLiteral("backstage.io/managed-by-location")), u"file:" + QDir::cleanPath(root));
    }

    void locationCycleIsReportedNotLooped()
    {
        QTemporaryDir dir;
        const QByteArray loc = "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: NAME\nspec:\n  target: ./TARGET\n";
        write(dir.filePath(QStringLiteral("a.yaml")), QByteArray(loc).replace("NAME", "loc-a").replace("TARGET", "b.yaml") + "---\n" + component("in-a"));
        write(dir.filePath(QStringLiteral("b.yaml")), QByteArray(loc).replace("NAME", "loc-b").replace("TARGET", "a.yaml"));
        const ReadResult r = Reader().readFile(dir.filePath(QStringLiteral("a.yaml")));
        QCOMPARE(r.entities.size(), 3);
        QCOMPARE(r.diagnostics.size(), 1);
        const Diagnostic &d = r.diagnostics.first();
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY2(d.message.contains(QLatin1String("cycle")), qPrintable(d.toString()));
        QCOMPARE(d.file, QDir::cleanPath(dir.filePath(QStringLiteral("b.yaml"))));
        QCOMPARE(d.entityRef, QStringLiteral("location:default/loc-b"));
    }

    void locationTargetProblems_data()
    {
        QTest::addColumn<QByteArray>("spec");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("field");
        QTest::newRow("required missing") << QByteArray("  target: ./nope.yaml\n") << false << "spec.target";
        QTest::newRow("optional missing") << QByteArray("  target: ./nope.yaml\n  presence: optional\n") << true << "";
        QTest::newRow("trailing slash") << QByteArray("  type: file\n  targets: [./sub/]\n") << false << "spec.targets.0";
        QTest::newRow("empty glob") << QByteArray("  target: ./none/*.yaml\n") << false << "spec.target";
        QTest::newRow("url type not read here") << QByteArray("  type: url\n  target: https://example.com/x.yaml\n") << true << "spec.target";
    }

    void locationTargetProblems()
    {
        QFETCH(QByteArray, spec);
        QFETCH(bool, accepted);
        QFETCH(QString, field);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("catalog-info.yaml"));
        write(file, "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: loc\nspec:\n" + spec);
        const ReadResult r = Reader().readFile(file);
        QCOMPARE(r.entities.size(), accepted ? 1 : 0);
        QCOMPARE(r.diagnostics.size(), field.isEmpty() ? 0 : 1);
        if (!field.isEmpty()) {
            QCOMPARE(r.diagnostics[0].field, field);
            QCOMPARE(r.diagnostics[0].severity, accepted ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error);
        }
    }

    void customLoaderServesGitTree()
    {
        const QHash<QString, QByteArray> tree = {
            {QStringLiteral("catalog-info.yaml"),
             "apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: repo-root\nspec:\n  target: ./svc/catalog-info.yaml\n"},
            {QStringLiteral("svc/catalog-info.yaml"), component("git-svc", "  definitionFile:\n    $text: ../README.md\n")},
            {QStringLiteral("README.md"), "# hello\n"},
        };
        Reader reader;
        reader.setLocationType(QStringLiteral("url"));
        reader.setFileLoader([&tree](const QString &path) -> std::optional<QByteArray> {
            const auto it = tree.constFind(path);
            return it == tree.constEnd() ? std::nullopt : std::optional<QByteArray>(*it);
        });
        const ReadResult r = reader.readText(tree.value(QStringLiteral("catalog-info.yaml")), QStringLiteral("catalog-info.yaml"));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        QCOMPARE(r.entities.size(), 2);
        const Entity &svc = r.entities[1];
        QCOMPARE(svc.ref, QStringLiteral("component:default/git-svc"));
        QCOMPARE(svc.locationKey, QStringLiteral("url:svc/catalog-info.yaml"));
        QCOMPARE(annotation(svc, QStringLiteral("backstage.io/managed-by-origin-location")), QStringLiteral("url:catalog-info.yaml"));
        QCOMPARE(svc.data[QLatin1String("spec")][QLatin1String("definitionFile")].toString(), QStringLiteral("# hello\n"));
    }

    void foldersAreSearchedForCatalogInfo()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("b/catalog-info.yaml")), component("folder-b"));
        write(dir.filePath(QStringLiteral("a/deep/catalog-info.yaml")), component("folder-a"));
        write(dir.filePath(QStringLiteral("a/other.yaml")), component("not-read"));
        const ReadResult r = Reader().readPaths({dir.path()});
        QCOMPARE(r.filesRead, 2);
        QCOMPARE(r.entities.size(), 2);
        QCOMPARE(r.entities[0].name(), QStringLiteral("folder-a")); // sorted by path
    }

    void tenThousandEntitiesAreFast()
    {
        QByteArray text;
        for (int i = 0; i < 10000; ++i) {
            text += component("svc-" + QByteArray::number(i),
                              "  system: core\n  providesApis: [api-" + QByteArray::number(i) + "]\n  dependsOn: [resource:db]\n")
                        .replace("  name: svc-", QByteArray("  tags: [java, web]\n  annotations:\n    backstage.io/techdocs-ref: dir:.\n  name: svc-"));
            text += "---\n";
        }
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpuStart = std::clock();
        const ReadResult r = Reader().readText(text, QStringLiteral("/bench/catalog-info.yaml"));
        const qint64 ms = timer.elapsed();
        const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        qInfo("10,000 entities (%lld KB): parse + validate + relate in %lld ms wall, %lld ms CPU (all threads)",
              qlonglong(text.size() / 1024), qlonglong(ms), qlonglong(cpuMs));
        QCOMPARE(r.entities.size(), 10000);
        QCOMPARE(r.entities.last().relations.size(), 8);
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(r.diagnostics.value(0).toString()));
        // CPU time, not wall time: the test machines are shared and wall time swings with their load.
#if defined(NDEBUG) && !defined(__SANITIZE_ADDRESS__)
        const qint64 budgetMs = 4000;
#else
        const qint64 budgetMs = 40000; // unoptimised or sanitizer builds
#endif
        QVERIFY2(cpuMs < budgetMs, "far slower than the ~1 s budget");
    }
};

QTEST_GUILESS_MAIN(TestReader)
#include "tst_reader.moc"
