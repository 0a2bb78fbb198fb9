// SPDX-License-Identifier: Apache-2.0
// The step runner end to end on a real template: typed inputs, each/if, fs and catalog actions, secrets kept
// out of logs and files, and publish:git pushing to a `git daemon` this test starts on 127.0.0.1.
#include "scaffolder/fetchtemplate.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/safepath.h"
#include "scaffolder/templatedefinition.h"
#include "scaffolder/templaterunner.h"
#include "scaffolder/workflowrunner.h"
#include "scaffolder/yamljson.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace scaffolder;

namespace {

const QString kData = QStringLiteral(SCAFFOLDER_TEST_DATA);
const QString kSecret = QStringLiteral("s3cr3t-t0ken-value");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString git(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString valuesJson(const QString &extraKey = {}, const QString &extraValue = {})
{
    auto converted = yamlToJson(readAll(kData + QStringLiteral("/service/values.yaml")), QStringLiteral("values.yaml"));
    QString json = std::get<YamlJson>(converted).json;
    if (!extraKey.isEmpty())
        json = json.chopped(1) + QStringLiteral(",%1:%2}").arg(jsonQuote(extraKey), jsonQuote(extraValue));
    return json;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // compile cache under the test location
        QVERIFY2(m_engine.loadError().isEmpty(), qPrintable(m_engine.loadError()));
        // A bare repository served read-write by git daemon on a free loopback port.
        QVERIFY(m_gitRoot.isValid());
        QCOMPARE(git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"),
                      m_gitRoot.filePath(QStringLiteral("remote.git"))}),
                 QString());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        m_daemon.start(QStringLiteral("git"),
                       {QStringLiteral("daemon"), QStringLiteral("--reuseaddr"), QStringLiteral("--export-all"),
                        QStringLiteral("--enable=receive-pack"), QStringLiteral("--listen=127.0.0.1"),
                        QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--base-path=") + m_gitRoot.path(),
                        m_gitRoot.path()});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(
            [this] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, m_port);
                return s.waitForConnected(100);
            }(),
            10000);
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void runPublishesAndRegisters()
    {
        auto def = loadTemplate(kData + QStringLiteral("/service"));
        QVERIFY2(!isError(def), isError(def) ? qPrintable(std::get<Error>(def).toString()) : "");
        QTemporaryDir out;
        const QString remote = QStringLiteral("git://127.0.0.1:%1/remote.git").arg(m_port);
        RunOptions options;
        options.workspace = out.filePath(QStringLiteral("billing"));
        options.secrets.insert(QStringLiteral("token"), kSecret);
        QStringList logs;
        QList<std::pair<QString, StepStatus>> statuses;
        RunCallbacks callbacks;
        callbacks.log = [&](const QString &step, const QString &line) { logs << step + QStringLiteral(": ") + line; };
        callbacks.stepFinished = [&](int, const StepDefinition &s, StepStatus st) { statuses << std::pair{s.id, st}; };
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def),
                                             valuesJson(QStringLiteral("remote"), remote), options, callbacks);
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");

        const QDir ws(options.workspace);
        // Single expressions keep their type (3, 0.75, a list); mixed text stays a string.
        QCOMPARE(QString::fromUtf8(readAll(ws.filePath(QStringLiteral("package.json")))),
                 QStringLiteral("{\n  \"name\": \"billing\",\n  \"replicas\": 3,\n  \"ratio\": 0.75,\n"
                                "  \"label\": \"replicas=3\",\n  \"languages\": [\"go\",\"node\"],\n"
                                "  \"owner\": \"payments\"\n}\n"));
        QCOMPARE(readAll(ws.filePath(QStringLiteral("src/billing.js"))), QByteArray("console.log(\"billing\");\n"));
        QCOMPARE(readAll(ws.filePath(QStringLiteral("docs/NOTES.md"))), QByteArray("notes for billing\n"));
        QVERIFY(!QFile::exists(ws.filePath(QStringLiteral("NOTES.tmp"))));
        QVERIFY(!QFile::exists(ws.filePath(QStringLiteral("src/old.bak"))));
        QCOMPARE(readAll(ws.filePath(QStringLiteral("langs/go.txt"))), QByteArray("extra readme\n"));
        QCOMPARE(readAll(ws.filePath(QStringLiteral("langs/node.txt"))), QByteArray("extra readme\n"));
        QVERIFY(!QFile::exists(ws.filePath(QStringLiteral("langs/java.txt"))));
        const QString catalog = QString::fromUtf8(readAll(ws.filePath(QStringLiteral("catalog-info.yaml"))));
        QVERIFY2(catalog.contains(QStringLiteral("backstage.io/source-template: template:default/node-service")),
                 qPrintable(catalog));
        QVERIFY2(catalog.contains(QStringLiteral("portolan.dev/replicas: 3")), qPrintable(catalog));
        QVERIFY(catalog.indexOf(QStringLiteral("apiVersion")) < catalog.indexOf(QStringLiteral("kind")));

        // Secrets: redacted in logs, never on disk.
        // Backstage masks every input string a secret went into, whole: "token is <secret> for billing".
        QVERIFY2(logs.contains(QStringLiteral("log: ***")), qPrintable(logs.join(u'\n')));
        QVERIFY(result.redactions.contains(QStringLiteral("token is %1 for billing").arg(kSecret)));
        QVERIFY(!logs.join(u'\n').contains(kSecret));
        QDirIterator files(options.workspace, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext())
            QVERIFY2(!readAll(files.next()).contains(kSecret.toUtf8()), qPrintable(files.filePath()));

        QVERIFY(statuses.contains(std::pair{QStringLiteral("skipped"), StepStatus::Skipped}));
        QCOMPARE(statuses.size(), 9);

        // The push reached the daemon: the remote has our commit with its author on `main`.
        const QString bare = m_gitRoot.filePath(QStringLiteral("remote.git"));
        QCOMPARE(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("log"), QStringLiteral("--format=%an <%ae>|%s"),
                      QStringLiteral("main")}),
                 QStringLiteral("Ada Lovelace <ada@example.org>|Create billing"));
        QVERIFY(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("ls-tree"), QStringLiteral("-r"),
                     QStringLiteral("--name-only"), QStringLiteral("main")})
                    .split(u'\n')
                    .contains(QStringLiteral("src/billing.js")));

        // Registration for the app, and the rendered output.
        QCOMPARE(result.registrations.size(), 1);
        QCOMPARE(result.registrations.first().entityRef, QStringLiteral("component:default/billing"));
        QVERIFY(result.registrations.first().catalogInfoUrl.endsWith(QStringLiteral("/billing/catalog-info.yaml")));
        const QJsonArray links = result.output.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links.at(0).toObject().value(QStringLiteral("url")).toString(), remote);
        QCOMPARE(links.at(1).toObject().value(QStringLiteral("entityRef")).toString(),
                 QStringLiteral("component:default/billing"));
        QCOMPARE(result.output.value(QStringLiteral("replicas")).toInt(), 3);
        QCOMPARE(result.output.value(QStringLiteral("commit")).toString().size(), 40);
    }

    void dryRunSkipsPublishAndRegister()
    {
        auto def = loadTemplate(kData + QStringLiteral("/service/template.yaml"));
        QVERIFY(!isError(def));
        QTemporaryDir out;
        RunOptions options;
        options.workspace = out.path();
        options.dryRun = true;
        options.secrets.insert(QStringLiteral("token"), kSecret);
        QStringList logs;
        RunCallbacks callbacks;
        callbacks.log = [&](const QString &, const QString &line) { logs << line; };
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def),
                                             valuesJson(QStringLiteral("remote"), QStringLiteral("git://127.0.0.1:1/x")),
                                             options, callbacks);
        QVERIFY2(!result.error, result.error ? qPrintable(result.error->toString()) : "");
        QVERIFY(logs.contains(QStringLiteral("Skipping because publish:git does not support dry-run")));
        QVERIFY(logs.contains(QStringLiteral("Skipping because catalog:register does not support dry-run")));
        QVERIFY(QFile::exists(QDir(out.path()).filePath(QStringLiteral("package.json"))));
        QVERIFY(!QFileInfo::exists(QDir(out.path()).filePath(QStringLiteral(".git"))));
        QVERIFY(!logs.join(u'\n').contains(kSecret));
        QCOMPARE(result.output.value(QStringLiteral("commit")).toString(), QStringLiteral("<example>"));
    }

    void templateRunnerSignalsFromItsThread()
    {
        QTemporaryDir out;
        TemplateRunner runner;
        QSignalSpy started(&runner, &TemplateRunner::stepStarted);
        QSignalSpy finishedSteps(&runner, &TemplateRunner::stepFinished);
        QSignalSpy done(&runner, &TemplateRunner::finished);
        RunOptions options;
        options.workspace = out.path();
        options.dryRun = true;
        QVERIFY(runner.start(kData + QStringLiteral("/service"), valuesJson(), options));
        QVERIFY(!runner.start(kData + QStringLiteral("/service"), valuesJson(), options)); // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(started.size(), 9);
        QCOMPARE(finishedSteps.size(), 9);
        QCOMPARE(finishedSteps.at(7).at(2).toString(), QStringLiteral("skipped")); // publish in a dry run
        QVERIFY(done.first().at(3).toStringList().contains(QStringLiteral("package.json")));

        // Cancelled before it starts: no step runs, the error says so.
        QTemporaryDir out2;
        options.workspace = out2.path();
        QSignalSpy done2(&runner, &TemplateRunner::finished);
        QTRY_VERIFY(!runner.isRunning());
        QVERIFY(runner.start(kData + QStringLiteral("/service"), valuesJson(), options));
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(done2.size(), 1, 60000);
        QCOMPARE(done2.first().at(0).toBool(), false);
        QVERIFY2(done2.first().at(1).toString().contains(QStringLiteral("cancelled")), qPrintable(done2.first().at(1).toString()));
    }

    void fetchTemplateRefusesSymlinksOutOfTheWorkspace()
    {
        QTemporaryDir dir;
        const QString skeleton = dir.filePath(QStringLiteral("skeleton"));
        const QString workspace = dir.filePath(QStringLiteral("ws"));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(skeleton + QStringLiteral("/escape")) && QDir().mkpath(workspace) && QDir().mkpath(outside));
        QFile f(skeleton + QStringLiteral("/escape/x.txt"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("${{ values.name }}\n");
        f.close();
        namespace fs = std::filesystem;
        // A skeleton symlink is copied as a link, never followed.
        fs::create_symlink(outside.toStdString(), QString(skeleton + QStringLiteral("/link")).toStdString());
        QJsonObject input;
        auto plan = planFetchTemplate(m_engine, skeleton, workspace, input, m_engine.fromJson(QStringLiteral("{\"name\":\"n\"}")));
        QVERIFY(!isError(plan));
        QVERIFY(!applyPlan(std::get<FetchPlan>(plan)));
        QVERIFY(QFileInfo(workspace + QStringLiteral("/link")).isSymLink());
        QCOMPARE(readAll(workspace + QStringLiteral("/escape/x.txt")), QByteArray("n\n"));

        // A workspace folder that is a link to elsewhere: writing through it is refused, nothing lands outside.
        QTemporaryDir dir2;
        const QString ws2 = dir2.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(ws2));
        fs::create_symlink(outside.toStdString(), QString(ws2 + QStringLiteral("/escape")).toStdString());
        auto refused = planFetchTemplate(m_engine, skeleton, ws2, input, m_engine.fromJson(QStringLiteral("{}")));
        QVERIFY(isError(refused));
        QCOMPARE(std::get<Error>(refused).what(), QStringLiteral("NotAllowedError: Relative path is not allowed to refer "
                                                                 "to a directory outside its parent"));
        QVERIFY(!QFile::exists(outside + QStringLiteral("/x.txt")));
        // Absolute targetPath and `..` are refused as well.
        input.insert(QStringLiteral("targetPath"), outside);
        QVERIFY(isError(planFetchTemplate(m_engine, skeleton, workspace, input, {})));
        input.insert(QStringLiteral("targetPath"), QStringLiteral("sub/../../x"));
        QVERIFY(isError(planFetchTemplate(m_engine, skeleton, workspace, input, {})));
    }

    void hostedPublishWithoutTokenSaysWhatToDo()
    {
        qunsetenv("GITHUB_TOKEN");
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                "  type: service\n  steps:\n    - id: publish\n      action: publish:github\n      input:\n"
                "        repoUrl: github.com?owner=acme&repo=web\n");
        f.close();
        auto def = loadTemplate(dir.path());
        QVERIFY(!isError(def));
        RunOptions options;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def), QStringLiteral("{}"), options);
        QVERIFY(result.error);
        QVERIFY2(result.error->message.contains(QStringLiteral("publish:github needs credentials for github.com")),
                 qPrintable(result.error->message));
        QVERIFY(result.error->message.contains(QStringLiteral("https://github.com/acme/web.git")));
        QVERIFY(!QFileInfo::exists(options.workspace + QStringLiteral("/.git")));
    }

    void unknownActionFailsBeforeAnyStep()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\nspec:\n"
                "  type: service\n  steps:\n    - action: debug:log\n      input: {message: hi}\n"
                "    - id: bad\n      action: acme:doesnotexist\n");
        f.close();
        auto def = loadTemplate(dir.path());
        QVERIFY(!isError(def));
        int started = 0;
        RunCallbacks callbacks;
        callbacks.stepStarted = [&](int, const StepDefinition &) { ++started; };
        RunOptions options;
        options.workspace = dir.filePath(QStringLiteral("ws"));
        const RunResult result = runWorkflow(m_engine, std::get<TemplateDefinition>(def), QStringLiteral("{}"), options,
                                             callbacks);
        QVERIFY(result.error);
        QCOMPARE(started, 0);
        QCOMPARE(result.error->line, 10);
        QCOMPARE(result.error->field, QStringLiteral("spec.steps[1].action"));
        QVERIFY(result.error->toString().contains(QStringLiteral("template.yaml:10: spec.steps[1].action: NotFoundError: "
                                                                 "Template action with ID 'acme:doesnotexist' is not "
                                                                 "registered.")));
    }

    void templateErrorsNameFileLineField_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        const QByteArray head = "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n  name: t\n";
        QTest::newRow("no type") << head + "spec:\n  steps: []\n" << 6 << QStringLiteral("spec.type"); // reported at the spec mapping
        QTest::newRow("steps not a list") << head + "spec:\n  type: x\n  steps: {}\n" << 7 << QStringLiteral("spec.steps");
        QTest::newRow("step without action") << head + "spec:\n  type: x\n  steps:\n    - id: a\n" << 8
                                             << QStringLiteral("spec.steps[0].action");
        QTest::newRow("old apiVersion") << QByteArray("apiVersion: backstage.io/v1beta2\nkind: Template\nmetadata:\n  name: t\n")
                                        << 1 << QStringLiteral("apiVersion");
        QTest::newRow("yaml syntax") << head + "spec:\n  type: [x\n" << 7 << QString();
    }

    void templateErrorsNameFileLineField()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(int, line);
        QFETCH(QString, field);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("template.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        auto def = loadTemplate(f.fileName());
        QVERIFY(isError(def));
        const Error e = std::get<Error>(def);
        QCOMPARE(e.field, field);
        QCOMPARE(e.line, line);
        QVERIFY(e.toString().startsWith(f.fileName() + u':' + QString::number(line)));
    }

    // The shape cache swaps literal text for lookups: output and error texts must stay nunjucks' own.
    void shapesRenderLikeTheSource_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("cookiecutter");
        QTest::newRow("loop") << QStringLiteral("a ${{ v.name }}\n{% for t in v.tags %}- ${{ t | upper }} {{x}}\n{% endfor %}z") << false;
        QTest::newRow("macro") << QStringLiteral("{% macro m(x) %}<${{ x }}|${{ v.name }}>{% endmacro %}A${{ m('q') }}B") << false;
        QTest::newRow("set block") << QStringLiteral("{% set s %}in ${{ v.name }} block{% endset %}[${{ s | upper }}]") << false;
        QTest::newRow("filter block") << QStringLiteral("{% filter upper %}text ${{ v.name }}{% endfilter %} after") << false;
        QTest::newRow("quotes in tags") << QStringLiteral("x${{ \"}}\" }}y{% if '%}' %}ok{% endif %}") << false;
        QTest::newRow("whitespace control") << QStringLiteral("a  {%- if true -%}  b  {%- endif %}  c") << false;
        QTest::newRow("raw") << QStringLiteral("{% raw %}${{ kept }}{% endraw %} ${{ v.name }}") << false;
        QTest::newRow("dollar text") << QStringLiteral("$ {{ not a tag }} $${{ v.name }}$") << false;
        QTest::newRow("cookiecutter") << QStringLiteral("{{ cookiecutter.name }}-${x}-{% if cookiecutter.tags %}t{% endif %}") << true;
        QTest::newRow("syntax error") << QStringLiteral("line one\nline two {% for x in v.tags %}\n${{ x }}\n{% endfr %}") << false;
        QTest::newRow("render error") << QStringLiteral("text\nmore text ${{ v.name | nosuchfilter }}") << false;
        QTest::newRow("unterminated") << QStringLiteral("abc ${{ v.name ") << false;
    }

    void shapesRenderLikeTheSource()
    {
        QFETCH(QString, source);
        QFETCH(bool, cookiecutter);
        QJSValue context = m_engine.newObject();
        const QJSValue values = m_engine.fromJson(QStringLiteral("{\"name\":\"orders\",\"tags\":[\"a\",\"b\"]}"));
        context.setProperty(cookiecutter ? QStringLiteral("cookiecutter") : QStringLiteral("v"), values);
        NunjucksOptions options;
        options.cookiecutterCompat = cookiecutter;
        m_engine.setShapeCache(false);
        const auto plain = m_engine.render(source, context, options);
        m_engine.setShapeCache(true);
        const auto shaped = m_engine.render(source, context, options);
        m_engine.setShapeCache(true);
        QCOMPARE(isError(shaped), isError(plain));
        if (isError(plain))
            QCOMPARE(std::get<Error>(shaped).message, std::get<Error>(plain).message);
        else
            QCOMPARE(std::get<QString>(shaped), std::get<QString>(plain));
    }

    void typedSingleExpressions()
    {
        QJSValue ctx = m_engine.fromJson(QStringLiteral("{\"parameters\":{\"n\":2,\"list\":[\"a\"],\"s\":\"x\"}}"));
        auto render = [&](const QString &json) {
            const QString out = m_engine.toJsonText(m_engine.renderValue(m_engine.fromJson(json), ctx));
            return out;
        };
        QCOMPARE(render(QStringLiteral("{\"a\":\"${{ parameters.n + 1 }}\"}")), QStringLiteral("{\"a\":3}"));
        QCOMPARE(render(QStringLiteral("{\"a\":\"${{ parameters.list }}\"}")), QStringLiteral("{\"a\":[\"a\"]}"));
        QCOMPARE(render(QStringLiteral("{\"a\":\"n=${{ parameters.n }}\"}")), QStringLiteral("{\"a\":\"n=2\"}"));
        QCOMPARE(render(QStringLiteral("{\"a\":\"${{ parameters.missing }}\",\"b\":1}")), QStringLiteral("{\"b\":1}"));
        QCOMPARE(render(QStringLiteral("{\"a\":\"${{ parameters.n > 1 }}\"}")), QStringLiteral("{\"a\":true}"));
        QCOMPARE(render(QStringLiteral("{\"a\":\"${{ parameters.s | bogusfilter }}\"}")),
                 QStringLiteral("{\"a\":\"${{ parameters.s | bogusfilter }}\"}"));
    }

    void safeChildPaths()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("ws"));
        QVERIFY(QDir().mkpath(base + QStringLiteral("/inner")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("outside"))));
        namespace fs = std::filesystem;
        fs::create_symlink(dir.filePath(QStringLiteral("outside")).toStdString(), QString(base + QStringLiteral("/out-link")).toStdString());
        fs::create_symlink("inner", QString(base + QStringLiteral("/in-link")).toStdString());
        fs::create_symlink("../../nowhere", QString(base + QStringLiteral("/dangling")).toStdString());
        const QString refusal = QStringLiteral("NotAllowedError: Relative path is not allowed to refer to a directory "
                                               "outside its parent");
        auto what = [&](const QString &p) {
            auto r = resolveSafeChildPath(base, p);
            return isError(r) ? std::get<Error>(r).what() : QString();
        };
        QCOMPARE(what(QStringLiteral("../x")), refusal);
        QCOMPARE(what(QStringLiteral("inner/../../x")), refusal);
        QCOMPARE(what(QStringLiteral("/etc/passwd")), refusal);
        QCOMPARE(what(QStringLiteral("out-link/file")), refusal);
        QCOMPARE(what(QStringLiteral("dangling/file")), refusal);
        QCOMPARE(what(QStringLiteral("in-link/file")), QString());
        QCOMPARE(what(QStringLiteral("inner/../ok.txt")), QString());
        QCOMPARE(what(QStringLiteral("./")), QString());
        // Backstage's isChildPath tests `relative.startsWith('..')`, so a child named "..foo" is refused too.
        QCOMPARE(what(QStringLiteral("..foo")), refusal);
    }

private:
    NunjucksEngine m_engine;
    QTemporaryDir m_gitRoot;
    QProcess m_daemon;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
