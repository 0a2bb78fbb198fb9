// SPDX-License-Identifier: Apache-2.0
// What steps get and what they are checked against: environment.* from a real app-config (merged by
// sync::loadAppConfig) with its secrets redacted and never written by Portolan, user.*, and every step's rendered
// input validated against the built-in action's input schema (in dry runs too).
#include "scaffolder/actionschema.h"
#include "scaffolder/environment.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/templatedefinition.h"
#include "scaffolder/workflowrunner.h"
#include "sync/appconfig.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace scaffolder;

namespace {

const QString kData = QStringLiteral(SCAFFOLDER_TEST_DATA);
const QString kToken = QStringLiteral("dpl-7f3a9c-secret");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file below `dir` that contains `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (readAll(file).contains(needle))
            hits << file;
    }
    return hits;
}

DefaultEnvironment environmentFrom(const QString &appConfig)
{
    const auto config = portolan::sync::loadAppConfig({appConfig}, [](const QString &name) -> std::optional<QString> {
        if (name == QLatin1String("PORTOLAN_TEST_DEPLOY_TOKEN"))
            return kToken;
        return std::nullopt;
    });
    DefaultEnvironment env = defaultEnvironmentFromConfig(config.data);
    env.errors << config.errors;
    return env;
}

} // namespace

class TestInputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the compile cache goes to the test location, checked below
        QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError()));
    }

    void defaultEnvironmentFromAppConfig()
    {
        const DefaultEnvironment env = environmentFrom(kData + QStringLiteral("/conditional/app-config.yaml"));
        QVERIFY2(env.errors.isEmpty(), qPrintable(env.errors.join(u'\n')));
        QCOMPARE(env.parameters, (QJsonObject{{QStringLiteral("region"), QStringLiteral("eu-west-1")}}));
        QCOMPARE(env.secrets.value(QStringLiteral("deployToken")), kToken);
        QVERIFY(defaultEnvironmentFromConfig({}).parameters.isEmpty());
    }

    // Backstage reads every entry with getString: a number is refused, naming the key.
    void defaultEnvironmentRefusesNonStrings()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("app-config.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("scaffolder:\n  defaultEnvironment:\n    parameters:\n      replicas: 3\n    secrets: [a]\n");
        f.close();
        const DefaultEnvironment env = environmentFrom(f.fileName());
        QCOMPARE(env.errors.size(), 2);
        QCOMPARE(env.errors.at(0), QStringLiteral("scaffolder.defaultEnvironment.parameters.replicas: Invalid type in config, got number, wanted string"));
        QVERIFY(env.errors.at(1).startsWith(QStringLiteral("scaffolder.defaultEnvironment.secrets: must be a mapping")));
    }

    void environmentAndUserReachTheSteps()
    {
        const DefaultEnvironment env = environmentFrom(kData + QStringLiteral("/conditional/app-config.yaml"));
        auto def = loadTemplate(kData + QStringLiteral("/conditional"));
        QVERIFY(!isError(def));
        QTemporaryDir dir;
        RunOptions options;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        options.environmentParameters = env.parameters;
        options.environmentSecrets = env.secrets;
        options.userRef = QStringLiteral("user:default/ada");
        options.userEntityJson = QStringLiteral(R"({"kind":"User","metadata":{"name":"ada"}})");
        QStringList log;
        RunCallbacks callbacks;
        callbacks.log = [&](const QString &, const QString &line) { log << line; };
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def),
                                             QStringLiteral(R"({"name":"x","kind":"service","port":8080})"), options, callbacks);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        const QJsonObject summary = QJsonDocument::fromJson(readAll(options.workspace + QStringLiteral("/summary.json"))).object();
        QCOMPARE(summary.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        QCOMPARE(summary.value(QStringLiteral("user")).toString(), QStringLiteral("user:default/ada"));
        QCOMPARE(summary.value(QStringLiteral("userName")).toString(), QStringLiteral("ada"));
        // The secret reaches step inputs (this template writes it into the project on purpose)...
        QCOMPARE(readAll(options.workspace + QStringLiteral("/token.txt")).trimmed(), kToken.toUtf8());
        // ...but the log shows *** for it and for the input string it went into.
        // The whole message a secret went into is masked, as Backstage does.
        QCOMPARE(log.mid(log.indexOf(QStringLiteral("Beginning step debug:log")) + 1, 1), QStringList{QStringLiteral("***")});
        for (const QString &line : std::as_const(log))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
        QVERIFY(result.redactions.contains(kToken));
        // Outside step inputs environment.secrets is empty (Backstage's runner): the output has no token.
        const QJsonObject text = result.output.value(QStringLiteral("text")).toArray().at(0).toObject();
        QCOMPARE(text.value(QStringLiteral("content")).toString(), QStringLiteral("eu-west-1||user:default/ada"));
        // Nothing Portolan keeps (the compile cache) holds the secret.
        QCOMPARE(filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), kToken.toUtf8()), QStringList());
    }

    void dryRunRedactsEnvironmentSecrets()
    {
        const DefaultEnvironment env = environmentFrom(kData + QStringLiteral("/conditional/app-config.yaml"));
        auto def = loadTemplate(kData + QStringLiteral("/conditional"));
        QVERIFY(!isError(def));
        QTemporaryDir dir;
        RunOptions options;
        options.dryRun = true;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        options.environmentParameters = env.parameters;
        options.environmentSecrets = env.secrets;
        QString log;
        RunCallbacks callbacks;
        callbacks.log = [&](const QString &, const QString &line) { log += line + u'\n'; };
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def), QStringLiteral(R"({"name":"x"})"),
                                             options, callbacks);
        QVERIFY2(!result.error, qPrintable(result.error ? result.error->toString() : QString()));
        QVERIFY2(log.contains(QStringLiteral("\"token\": \"***\"")), qPrintable(log));
        QVERIFY(!log.contains(kToken));
        // In a dry run the secret is not handed to actions at all.
        QCOMPARE(readAll(options.workspace + QStringLiteral("/token.txt")).trimmed(), QByteArray());
    }

    void actionInputsAreValidated_data()
    {
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("ranBefore"); // steps completed before the failing one
        QTest::newRow("missing url") << QByteArray("    - id: ok\n      action: debug:log\n      input: {message: hi}\n"
                                                   "    - id: fetch\n      action: fetch:template\n      input: {targetPath: x}\n")
                                     << false
                                     << QStringLiteral("Invalid input passed to action fetch:template, instance requires property \"url\"")
                                     << QStringLiteral("spec.steps[1] (fetch).input.url") << 1;
        QTest::newRow("typed expression, dry run")
            << QByteArray("    - id: fetch\n      action: fetch:template\n      input:\n        url: ./s\n        replace: ${{ parameters.n }}\n")
            << true << QStringLiteral("Invalid input passed to action fetch:template, instance.replace is not of a type(s) boolean")
            << QStringLiteral("spec.steps[0] (fetch).input.replace") << 0;
        QTest::newRow("nested items")
            << QByteArray("    - id: mv\n      action: fs:rename\n      input:\n        files:\n          - from: ${{ parameters.n }}\n")
            << false
            << QStringLiteral("Invalid input passed to action fs:rename, instance.files[0] requires property \"to\", "
                              "instance.files[0].from is not of a type(s) string")
            << QStringLiteral("spec.steps[0] (mv).input.files[0].to") << 0;
        QTest::newRow("each iteration")
            << QByteArray("    - id: del\n      action: fs:delete\n      each: ['a', 'b']\n      input:\n"
                          "        files: ${{ parameters.n if each.value == 'b' else ['x'] }}\n")
            << false << QStringLiteral("Invalid input passed to action fs:delete[1], instance.files is not of a type(s) array")
            << QStringLiteral("spec.steps[0] (del).input.files") << 0;
        QTest::newRow("enum") << QByteArray("    - id: log\n      action: debug:log\n      input: {listWorkspace: everything}\n")
                              << true << QStringLiteral("Invalid input passed to action debug:log, instance.listWorkspace is not any of [subschema 0],[subschema 1]")
                              << QStringLiteral("spec.steps[0] (log).input.listWorkspace") << 0;
        QTest::newRow("oneOf of shapes")
            << QByteArray("    - id: reg\n      action: catalog:register\n      input: {optional: true}\n") << false
            << QStringLiteral("Invalid input passed to action catalog:register, instance is not any of [subschema 0],[subschema 1]")
            << QStringLiteral("spec.steps[0] (reg).input") << 0;
    }

    void actionInputsAreValidated()
    {
        QFETCH(QByteArray, steps);
        QFETCH(bool, dryRun);
        QFETCH(QString, message);
        QFETCH(QString, field);
        QFETCH(int, ranBefore);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                "  type: service\n  steps:\n" + steps);
        f.close();
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("s")));
        auto def = loadTemplate(dir.path());
        QVERIFY(!isError(def));
        RunOptions options;
        options.dryRun = dryRun;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        int completed = 0;
        QString failedStep;
        RunCallbacks callbacks;
        callbacks.stepFinished = [&](int, const StepDefinition &s, StepStatus st) {
            completed += st == StepStatus::Completed;
            if (st == StepStatus::Failed)
                failedStep = s.id;
        };
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def), QStringLiteral(R"({"n":42})"),
                                             options, callbacks);
        QVERIFY(result.error);
        QCOMPARE(result.error->name, QStringLiteral("InputError"));
        QCOMPARE(result.error->message, message);
        QCOMPARE(result.error->field, field);
        QCOMPARE(completed, ranBefore);
        QVERIFY(!failedStep.isEmpty());
        QVERIFY(result.error->toString().contains(field + QStringLiteral(": InputError: Invalid input passed to action")));
        QVERIFY(result.error->line > 7);
    }

    // The wording of each problem, checked against what the `jsonschema` library (Backstage's validator of action
    // inputs) says for the same schema and input: action-inputs/cases.json, made by generate.js next to it.
    // The order of several problems may differ (QJsonObject sorts properties), so they are compared sorted.
    void problemsWordedLikeJsonschema()
    {
        const QJsonArray cases = QJsonDocument::fromJson(readAll(kData + QStringLiteral("/action-inputs/cases.json"))).array();
        QVERIFY(cases.size() >= 20);
        int failing = 0;
        for (const QJsonValue &c : cases) {
            const QJsonObject o = c.toObject();
            const QString action = o.value(QStringLiteral("action")).toString();
            const QJsonObject schema = actionInputSchema(action);
            QVERIFY2(!schema.isEmpty(), qPrintable(action));
            QStringList expected, actual;
            for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
                expected << e.toString();
            for (const SchemaProblem &p : checkAgainstSchema(o.value(QStringLiteral("input")), schema))
                actual << p.message;
            expected.sort();
            actual.sort();
            QVERIFY2(actual == expected, qPrintable(action + QStringLiteral(": ") + actual.join(QStringLiteral(" | "))
                                                    + QStringLiteral(" != ") + expected.join(QStringLiteral(" | "))));
            failing += !expected.isEmpty();
        }
        QVERIFY(failing >= 15); // most cases are refusals
    }

    // Every built-in action has a schema, and a correct input passes it.
    void everyBuiltinActionHasASchema()
    {
        for (const char *id : {"fetch:template", "fetch:template:file", "fetch:plain", "fetch:plain:file", "fs:rename",
                               "fs:delete", "debug:log", "catalog:write", "catalog:register", "publish:git",
                               "publish:github", "publish:gitlab", "publish:bitbucket"})
            QVERIFY2(!actionInputSchema(QLatin1String(id)).isEmpty(), id);
        QVERIFY(checkAgainstSchema(QJsonObject{{QStringLiteral("url"), QStringLiteral("./s")},
                                               {QStringLiteral("templateFileExtension"), true},
                                               {QStringLiteral("copyWithoutTemplating"), QJsonArray{QStringLiteral("a/**")}}},
                                   actionInputSchema(QStringLiteral("fetch:template")))
                    .isEmpty());
        QVERIFY(checkAgainstSchema(QJsonObject{{QStringLiteral("repoContentsUrl"), QStringLiteral("file:///x")}},
                                   actionInputSchema(QStringLiteral("catalog:register")))
                    .isEmpty());
        QVERIFY(checkAgainstSchema(QJsonObject{{QStringLiteral("listWorkspace"), QStringLiteral("with-contents")}},
                                   actionInputSchema(QStringLiteral("debug:log")))
                    .isEmpty());
    }

private:
    NunjucksEngine m_engine;
};

QTEST_GUILESS_MAIN(TestInputs)
#include "tst_inputs.moc"
