// SPDX-License-Identifier: Apache-2.0
// Scorecards over the real demo catalog in a real SQLite store, rule files good and bad, and the CLI gate.
#include "catalog/reader.h"
#include "scorecards/evaluator.h"
#include "scorecards/facts.h"
#include "store/catalogstore.h"
#include "store/schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace scorecards;

namespace
{

QString demoCatalog()
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml");
}

QByteArray oneRule(const QString &rule)
{
    return QStringLiteral("checks:\n  - id: probe\n    name: Probe\n    rules:\n      - %1\n").arg(rule).toUtf8();
}

const char *kEntity = "{"
                      "  'apiVersion': 'backstage.io/v1alpha1', 'kind': 'Component',"
                      "  'metadata': {'name': 'svc', 'description': '', 'tags': ['go', 'payments'],"
                      "               'annotations': {'pagerduty.com/service-id': 'PX7K2QA'}},"
                      "  'spec': {'type': 'service', 'lifecycle': 'production', 'owner': 'team-a', 'replicas': 3}"
                      "}";

QStringList failing(const Report &report, const QString &checkId)
{
    QStringList refs;
    for (const EntityScore &entity : report.entities) {
        for (const CheckResult &check : entity.checks) {
            if (check.id == checkId && !check.passed)
                refs << entity.ref;
        }
    }
    refs.sort();
    return refs;
}

const Tally *find(const QList<Tally> &tallies, const QString &key)
{
    for (const Tally &t : tallies) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

} // namespace

class ScorecardsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    RuleSet m_defaults;

    [[nodiscard]] QString writeFile(const QString &name, const QByteArray &text) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

    int runCli(const QStringList &args, QByteArray *stdoutText = nullptr)
    {
        QProcess process;
        process.start(
            QStringLiteral(PORTOLAN_CLI), QStringList { QStringLiteral("score"), QStringLiteral("--db"), m_db } + args);
        if (!process.waitForFinished(60000))
            return -1;
        if (stdoutText)
            *stdoutText = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        store::CatalogStore store;
        QCOMPARE(store.open(m_db), QString());
        catalog::Reader reader;
        const catalog::ReadResult result = reader.readPaths({ demoCatalog() });
        QCOMPARE(result.entities.size(), 45);
        QCOMPARE(store.replaceSnapshot({ QStringLiteral("demo"), QStringLiteral("file"), demoCatalog() }, result),
            QString());
        const LoadResult defaults = loadRuleFiles({ defaultRulesPath() });
        QVERIFY2(defaults.ok(), qPrintable(defaults.problems.value(0).toString()));
        m_defaults = defaults.ruleSet;
    }

    void defaultRulesShip()
    {
        QCOMPARE(m_defaults.name, QStringLiteral("default"));
        QCOMPARE(m_defaults.checks.size(), 11);
        QCOMPARE(m_defaults.digest.size(), 12);
        for (const Check &check : std::as_const(m_defaults.checks))
            QVERIFY2(!check.fix.isEmpty(), qPrintable(check.id + QStringLiteral(" has no fix text")));
    }

    void schemaHasScoreTables()
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), store::schemaVersion());
            QVERIFY(q.exec(QStringLiteral(
                        "SELECT count(*) FROM sqlite_master WHERE name IN ('score_runs', 'score_tallies')"))
                && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        raw.close();
        raw = {};
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

    // Expected values come from the demo catalog's README (who owns what, which services have PagerDuty).
    void demoCatalogScores()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_db), QString());
        const Report report = Evaluator(m_defaults).evaluate(store);
        // Users, groups and the Location have no applicable checks.
        QCOMPARE(report.entities.size(), 31);
        QCOMPARE(failing(report, QStringLiteral("has-pagerduty")),
            (QStringList { QStringLiteral("component:default/chargeback-service"),
                QStringLiteral("component:default/fraud-rules-engine"),
                QStringLiteral("component:default/payments-webhook-worker") }));
        const Tally *pagerDuty = find(report.byCheck, QStringLiteral("has-pagerduty"));
        QVERIFY(pagerDuty);
        QCOMPARE(pagerDuty->applicable, 7);
        QCOMPARE(pagerDuty->passed, 4);
        QCOMPARE(failing(report, QStringLiteral("has-owner")), QStringList());
        QCOMPARE(failing(report, QStringLiteral("owner-exists")), QStringList());
        QCOMPARE(failing(report, QStringLiteral("api-definition")), QStringList());
        QCOMPARE(find(report.byCheck, QStringLiteral("api-definition"))->applicable, 5);
        // platform-tooling is in no domain, but the check is only for components, APIs and resources: all have one.
        QCOMPARE(find(report.byCheck, QStringLiteral("has-system"))->applicable, 22);

        QStringList owners;
        for (const Tally &t : report.byOwner)
            owners << t.key + u'=' + QString::number(t.entities);
        QCOMPARE(owners,
            (QStringList { QStringLiteral("group:default/team-payments=11"),
                QStringLiteral("group:default/team-platform=5"), QStringLiteral("group:default/team-risk=6"),
                QStringLiteral("group:default/team-web=9") }));
        QCOMPARE(find(report.byKind, QStringLiteral("Component"))->entities, 12);
        int passed = 0, applicable = 0;
        for (const Tally &t : report.byOwner) {
            passed += t.passed;
            applicable += t.applicable;
        }
        QCOMPARE(report.overall.passed, passed);
        QCOMPARE(report.overall.applicable, applicable);
        QVERIFY(report.overall.percent() > 50 && report.overall.percent() < 100);

        // A failure says what was expected, what was found and how to fix it.
        for (const EntityScore &entity : report.entities) {
            if (entity.ref != u"component:default/chargeback-service")
                continue;
            const auto check = std::find_if(entity.checks.cbegin(), entity.checks.cend(),
                [](const CheckResult &c) { return c.id == u"has-pagerduty"; });
            QVERIFY(check != entity.checks.cend());
            QCOMPARE(check->reason(), QStringLiteral("needs hasPagerDuty equal true; found false"));
            // ... as data the app words in the user's language.
            QCOMPARE(check->failure.subject, QStringLiteral("hasPagerDuty"));
            QCOMPARE(check->failure.op, Operator::Equal);
            QCOMPARE(check->failure.expected, QJsonValue(true));
            QCOMPARE(check->failure.found, QStringList { QStringLiteral("false") });
            QVERIFY(check->fix.contains(QStringLiteral("pagerduty.com/service-id")));
            QVERIFY(entity.file.endsWith(QStringLiteral("chargeback-service/catalog-info.yaml")));
        }

        const Report risk = report.filtered(QStringLiteral("group:default/team-risk"), QStringLiteral("component"));
        QCOMPARE(risk.entities.size(), 3);
        QCOMPARE(risk.byOwner.size(), 1);
        QCOMPARE(risk.overall.entities, 3);
    }

    void ownerExistsFollowsTheCatalog()
    {
        store::EntityRow row;
        row.ref = QStringLiteral("component:default/x");
        row.kind = QStringLiteral("Component");
        row.owner = QStringLiteral("group:default/ghosts");
        QCOMPARE(factsFor(row, { QStringLiteral("group:default/team-a") }).value(u"ownerExists").toBool(), false);
        QCOMPARE(factsFor(row, { QStringLiteral("group:default/ghosts") }).value(u"ownerExists").toBool(), true);
        row.owner.clear();
        const QJsonObject facts = factsFor(row, {});
        QCOMPARE(facts.value(u"hasOwner").toBool(), false);
        QCOMPARE(facts.size(), builtinFacts().size());
    }

    void operators_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("holds");
        QTest::newRow("equal string") << "{path: $.spec.owner, operator: equal, value: team-a}" << true;
        QTest::newRow("equal is case-sensitive") << "{path: $.spec.owner, operator: equal, value: Team-A}" << false;
        QTest::newRow("equal number") << "{path: $.spec.replicas, operator: equal, value: 3}" << true;
        QTest::newRow("equal quoted number is a string")
            << "{path: $.spec.replicas, operator: equal, value: '3'}" << false;
        QTest::newRow("equal fact bool") << "{factRef: hasPagerDuty, operator: equal, value: true}" << true;
        QTest::newRow("equal fact bool false") << "{factRef: hasTechDocs, operator: equal, value: true}" << false;
        QTest::newRow("equal any wildcard value")
            << "{path: '$.metadata.tags[*]', operator: equal, value: payments}" << true;
        QTest::newRow("notEqual") << "{path: $.spec.lifecycle, operator: notEqual, value: deprecated}" << true;
        QTest::newRow("notEqual same") << "{path: $.spec.lifecycle, operator: notEqual, value: production}" << false;
        QTest::newRow("notEqual missing") << "{path: $.spec.system, operator: notEqual, value: x}" << true;
        QTest::newRow("notEqual any of wildcard")
            << "{path: '$.metadata.tags[*]', operator: notEqual, value: go}" << false;
        QTest::newRow("greaterThan") << "{path: $.spec.replicas, operator: greaterThan, value: 2}" << true;
        QTest::newRow("greaterThan equal") << "{path: $.spec.replicas, operator: greaterThan, value: 3}" << false;
        QTest::newRow("greaterThan string") << "{path: $.spec.owner, operator: greaterThan, value: 1}" << false;
        QTest::newRow("greaterThan fact") << "{factRef: tagCount, operator: greaterThan, value: 1}" << true;
        QTest::newRow("lessThan") << "{path: $.spec.replicas, operator: lessThan, value: 3.5}" << true;
        QTest::newRow("lessThan missing") << "{path: $.spec.nothing, operator: lessThan, value: 3}" << false;
        QTest::newRow("lessThan fact") << "{factRef: linkCount, operator: lessThan, value: 1}" << true;
        QTest::newRow("contains array") << "{path: $.metadata.tags, operator: contains, value: go}" << true;
        QTest::newRow("contains array no") << "{path: $.metadata.tags, operator: contains, value: rust}" << false;
        QTest::newRow("contains substring") << "{path: $.spec.owner, operator: contains, value: team}" << true;
        QTest::newRow("contains object key")
            << "{path: $.metadata.annotations, operator: contains, value: pagerduty.com/service-id}" << true;
        QTest::newRow("contains fact string") << "{factRef: lifecycle, operator: contains, value: prod}" << true;
        QTest::newRow("exists") << "{path: \"$.metadata.annotations['pagerduty.com/service-id']\", operator: exists}"
                                << true;
        QTest::newRow("exists missing")
            << "{path: \"$.metadata.annotations['backstage.io/techdocs-ref']\", operator: exists}" << false;
        QTest::newRow("exists empty string") << "{path: $.metadata.description, operator: exists}" << false;
        QTest::newRow("exists false") << "{path: $.spec.system, operator: exists, value: false}" << true;
        QTest::newRow("exists false present") << "{path: $.spec.owner, operator: exists, value: false}" << false;
        QTest::newRow("exists index") << "{path: '$.metadata.tags[1]', operator: exists}" << true;
    }
    void operators()
    {
        QFETCH(QString, rule);
        QFETCH(bool, holds);
        const LoadResult loaded = parseRules(oneRule(rule), QStringLiteral("probe.yaml"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
        QCOMPARE(loaded.ruleSet.checks.size(), 1);
        store::EntityRow row;
        row.ref = QStringLiteral("component:default/svc");
        row.kind = QStringLiteral("Component");
        row.owner = QStringLiteral("group:default/team-a");
        row.data = QJsonDocument::fromJson(QByteArray(kEntity).replace('\'', '"')).object();
        const QJsonObject facts = factsFor(row, { row.owner });
        QString why;
        QCOMPARE(conditionHolds(loaded.ruleSet.checks.first().rules.first(), row.data, facts, &why), holds);
        QCOMPARE(why.isEmpty(), holds);
        Failure failure;
        QCOMPARE(conditionHolds(loaded.ruleSet.checks.first().rules.first(), row.data, facts, &failure), holds);
        if (!holds) {
            QCOMPARE(failure.describe(), why);
            QCOMPARE(failure.op, loaded.ruleSet.checks.first().rules.first().op);
        }
    }

    void badRuleFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "bad.yaml:1:1: the rule file is empty";
        QTest::newRow("syntax") << QByteArray("checks:\n  - id: a\n    name: [unclosed\n")
                                << "bad.yaml:4:1: YAML syntax error";
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << "bad.yaml:1:1: a rule file is a mapping";
        QTest::newRow("no checks") << QByteArray("name: x\n")
                                   << "bad.yaml:1:1: checks: 'checks' must be a non-empty list";
        QTest::newRow("unknown top-level")
            << QByteArray("chekcs: []\n") << "bad.yaml:1:1: chekcs: unknown field 'chekcs'";
        QTest::newRow("missing id") << QByteArray(
            "checks:\n  - name: A\n    rules: [{factRef: hasOwner, operator: exists}]\n")
                                    << "bad.yaml:2:5: checks.0.id: 'id' is required";
        QTest::newRow("bad id")
            << oneRule(QStringLiteral("{factRef: hasOwner, operator: exists}")).replace("id: probe", "id: Has Owner")
            << "bad.yaml:2:9: checks.0.id: id 'Has Owner' must be lowercase";
        QTest::newRow("duplicate id") << QByteArray(
            "checks:\n  - {id: a, name: A, rules: [{factRef: hasOwner, operator: exists}]}\n"
            "  - {id: a, name: B, rules: [{factRef: hasOwner, operator: exists}]}\n")
                                      << "bad.yaml:3:10: checks.1.id: id 'a' is used twice";
        QTest::newRow("empty rules") << QByteArray("checks:\n  - id: a\n    name: A\n    rules: []\n")
                                     << "bad.yaml:4:12: checks.0.rules: 'rules' must be a non-empty list";
        QTest::newRow("unknown fact")
            << oneRule(QStringLiteral("{factRef: hasOwnr, operator: exists}"))
            << "bad.yaml:5:19: checks.0.rules.0.factRef: unknown fact 'hasOwnr'; built-in facts: hasOwner";
        QTest::newRow("unknown operator")
            << oneRule(QStringLiteral("{factRef: hasOwner, operator: equals, value: true}"))
            << "bad.yaml:5:39: checks.0.rules.0.operator: unknown operator 'equals'";
        QTest::newRow("both fact and path")
            << oneRule(QStringLiteral("{factRef: hasOwner, path: $.spec.owner, operator: exists}"))
            << "bad.yaml:5:9: checks.0.rules.0: give exactly one of factRef";
        QTest::newRow("bad path")
            << oneRule(QStringLiteral("{path: $..owner, operator: exists}"))
            << "bad.yaml:5:16: checks.0.rules.0.path: invalid JSONPath '$..owner' at character 2: recursive descent";
        QTest::newRow("missing value") << oneRule(QStringLiteral("{path: $.spec.owner, operator: equal}"))
                                       << "bad.yaml:5:9: checks.0.rules.0.value: operator equal needs a value";
        QTest::newRow("non-numeric greaterThan")
            << oneRule(QStringLiteral("{factRef: tagCount, operator: greaterThan, value: many}"))
            << "bad.yaml:5:59: checks.0.rules.0.value: greaterThan compares numbers; 'many' is not a number";
        QTest::newRow("list value") << oneRule(QStringLiteral("{path: $.spec.owner, operator: equal, value: [a, b]}"))
                                    << "bad.yaml:5:54: checks.0.rules.0.value: value must be a single string";
        QTest::newRow("typo in rule") << oneRule(QStringLiteral("{factRef: hasOwner, opertor: exists}"))
                                      << "bad.yaml:5:29: checks.0.rules.0.opertor: unknown field 'opertor'";
        QTest::newRow("bad filter") << QByteArray("checks:\n  - id: a\n    name: A\n    filter: Component\n"
                                                  "    rules: [{factRef: hasOwner, operator: exists}]\n")
                                    << "bad.yaml:4:13: checks.0.filter: filter is a mapping with kind and/or type";
    }
    void badRuleFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const LoadResult loaded = parseRules(text, QStringLiteral("bad.yaml"));
        QVERIFY(!loaded.ok());
        QVERIFY(loaded.ruleSet.checks.isEmpty());
        QStringList all;
        for (const auto &p : loaded.problems)
            all << p.toString();
        QVERIFY2(all.first().startsWith(expected), qPrintable(all.join(u'\n')));
    }

    void userFileOverridesADefaultCheck()
    {
        const QString user = writeFile(QStringLiteral("mine.yaml"),
            "checks:\n"
            "  - id: has-pagerduty\n    name: Paged\n    filter: {kind: Component, type: website}\n"
            "    rules: [{factRef: hasPagerDuty, operator: equal, value: true}]\n"
            "  - id: has-runbook\n    name: Runbook\n    filter: {kind: component}\n"
            "    rules: [{path: \"$.metadata.links[*].title\", operator: contains, value: Runbook}]\n");
        const LoadResult merged = loadRuleFiles({ defaultRulesPath(), user });
        QVERIFY(merged.ok());
        QCOMPARE(merged.ruleSet.checks.size(), 12);
        QVERIFY(merged.ruleSet.digest != m_defaults.digest);
        store::CatalogStore store;
        QCOMPARE(store.open(m_db), QString());
        const Report report = Evaluator(merged.ruleSet).evaluate(store);
        QCOMPARE(find(report.byCheck, QStringLiteral("has-pagerduty"))->applicable, 2); // the two websites
        QCOMPARE(find(report.byCheck, QStringLiteral("has-runbook"))->applicable, 12);

        const LoadResult missing = loadRuleFiles({ m_dir.filePath(QStringLiteral("nope.yaml")) });
        QVERIFY(!missing.ok());
        QVERIFY(missing.problems.first().toString().contains(QStringLiteral("cannot read the rule file")));
    }

    void trendKeepsOneSnapshotPerSync()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_db), QString());
        const Report report = Evaluator(m_defaults).evaluate(store);
        const QString key = ruleSetKey(m_defaults);
        QCOMPARE(key, QStringLiteral("default@") + m_defaults.digest);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.recordScoreSnapshot(key, report.snapshotTallies(), t0), QString());
        QCOMPARE(store.recordScoreSnapshot(key, report.snapshotTallies(), t0.addSecs(5)), QString());
        auto history = store.scoreHistory(key, QStringLiteral("all"), QStringLiteral("all"));
        QCOMPARE(history.size(), 1); // same sync: replaced
        QCOMPARE(history.first().tally.passed, report.overall.passed);
        QCOMPARE(history.first().takenAt, t0.addSecs(5));

        // A new sync of the demo source starts a new point.
        QTest::qWait(5); // last_sync has millisecond resolution
        catalog::Reader reader;
        QCOMPARE(store.replaceSnapshot({ QStringLiteral("demo"), QStringLiteral("file"), demoCatalog() },
                     reader.readPaths({ demoCatalog() })),
            QString());
        QCOMPARE(store.recordScoreSnapshot(key, report.snapshotTallies(), t0.addSecs(10)), QString());
        history = store.scoreHistory(key, QStringLiteral("owner"), QStringLiteral("group:default/team-risk"));
        QCOMPARE(history.size(), 2);
        QVERIFY(history.at(0).catalogSyncedAt < history.at(1).catalogSyncedAt);
        QCOMPARE(history.at(1).tally.entities, 6);
        QCOMPARE(store.scoreHistory(key, QStringLiteral("all"), QStringLiteral("all"), 1).size(), 1);
        QCOMPARE(
            store.scoreHistory(QStringLiteral("other@rules"), QStringLiteral("all"), QStringLiteral("all")).size(), 0);
    }

    void cliGate_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no gate") << QStringList {} << 0;
        QTest::newRow("gate met") << QStringList { QStringLiteral("--min"), QStringLiteral("50") } << 0;
        QTest::newRow("gate failed") << QStringList { QStringLiteral("--min"), QStringLiteral("100") } << 1;
        QTest::newRow("owner gate met") << QStringList { QStringLiteral("--owner"), QStringLiteral("team-platform"),
            QStringLiteral("--min"), QStringLiteral("60") }
                                        << 0;
        QTest::newRow("kind API is complete") << QStringList { QStringLiteral("--kind"), QStringLiteral("api"),
            QStringLiteral("--min"), QStringLiteral("100") }
                                              << 0;
        QTest::newRow("unknown owner") << QStringList { QStringLiteral("--owner"), QStringLiteral("team-nobody") } << 1;
        QTest::newRow("bad min") << QStringList { QStringLiteral("--min"), QStringLiteral("lots") } << 2;
        QTest::newRow("missing rules file")
            << QStringList { QStringLiteral("--rules"), QStringLiteral("/nonexistent/rules.yaml") } << 2;
    }
    void cliGate()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QCOMPARE(runCli(args), exitCode);
    }

    void cliJson()
    {
        QByteArray text;
        QCOMPARE(runCli({ QStringLiteral("--json"), QStringLiteral("--owner"), QStringLiteral("team-risk"),
                            QStringLiteral("--min"), QStringLiteral("100") },
                     &text),
            1);
        const QJsonObject json = QJsonDocument::fromJson(text).object();
        QCOMPARE(json.value(u"entities").toArray().size(), 6);
        QCOMPARE(json.value(u"gate").toObject().value(u"passed").toBool(true), false);
        QCOMPARE(json.value(u"overall").toObject().value(u"entities").toInt(), 6);
        const QJsonArray owners = json.value(u"owners").toArray();
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners.first().toObject().value(u"key").toString(), QStringLiteral("group:default/team-risk"));
        bool sawFix = false;
        for (const QJsonValue &entity : json.value(u"entities").toArray()) {
            for (const QJsonValue &check : entity.toObject().value(u"checks").toArray())
                sawFix = sawFix
                    || (!check.toObject().value(u"passed").toBool()
                        && !check.toObject().value(u"fix").toString().isEmpty());
        }
        QVERIFY(sawFix);
        // Failures carry their parts too (the English reason is built from them).
        bool sawFailure = false;
        for (const QJsonValue &entity : json.value(u"entities").toArray()) {
            if (entity.toObject().value(u"ref").toString() != u"component:default/chargeback-service")
                continue;
            for (const QJsonValue &value : entity.toObject().value(u"checks").toArray()) {
                const QJsonObject check = value.toObject();
                if (check.value(u"id").toString() != u"has-pagerduty")
                    continue;
                sawFailure = true;
                QCOMPARE(check.value(u"reason").toString(), QStringLiteral("needs hasPagerDuty equal true; found false"));
                QCOMPARE(check.value(u"failure").toObject(),
                    (QJsonObject { { QStringLiteral("subject"), QStringLiteral("hasPagerDuty") },
                        { QStringLiteral("operator"), QStringLiteral("equal") }, { QStringLiteral("expected"), true },
                        { QStringLiteral("found"), QJsonArray { QStringLiteral("false") } } }));
            }
        }
        QVERIFY(sawFailure);

        // --record replaces this sync's trend point (trendKeepsOneSnapshotPerSync left two syncs).
        QCOMPARE(runCli({ QStringLiteral("--json"), QStringLiteral("--record") }, &text), 0);
        const QJsonObject recorded = QJsonDocument::fromJson(text).object();
        const QJsonArray trend = recorded.value(u"trend").toArray();
        QCOMPARE(trend.size(), 2);
        QCOMPARE(trend.last().toObject().value(u"percent").toDouble(),
            recorded.value(u"overall").toObject().value(u"percent").toDouble());
    }
};

QTEST_GUILESS_MAIN(ScorecardsTest)
#include "tst_scorecards.moc"
