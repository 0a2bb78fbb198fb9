// SPDX-License-Identifier: Apache-2.0
// `portolan template run|validate` through cli::runTemplate, run as a child process of this test (the same
// binary with --portolan-template) so stdout, stderr and exit codes are the real ones. Also the FormSchema the
// wizard uses.
#include "catalog/reader.h"
#include "cli/template.h"
#include "scaffolder/formschema.h"
#include "store/catalogstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace scaffolder;

namespace {

const QString kTemplate = QStringLiteral(SCAFFOLDER_TEST_DATA "/service");
const QString kConditional = QStringLiteral(SCAFFOLDER_TEST_DATA "/conditional");
const QString kDeployToken = QStringLiteral("dpl-cli-0a1b2c3d");

struct Run {
    int code = -1;
    QByteArray out, err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run portolanTemplate(const QStringList &args, const QHash<QString, QString> &extraEnv = {})
{
    static QTemporaryDir cache; // the children's compile cache stays out of the user's
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    // Neither the user's catalog (identity) nor their Portolan config (app-config) may leak into a test.
    env.insert(QStringLiteral("PORTOLAN_DB"), cache.filePath(QStringLiteral("no-catalog.sqlite")));
    env.insert(QStringLiteral("PORTOLAN_CONFIG"), cache.filePath(QStringLiteral("no-portolan.yaml")));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--portolan-template")} + args);
    p.waitForFinished(60000);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return f.fileName();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateOk()
    {
        const Run r = portolanTemplate({QStringLiteral("validate"), kTemplate});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(": ok (9 steps, 2 pages)"), QByteArray(r.out + r.err).constData());
    }

    void validateReportsEachField()
    {
        QTemporaryDir dir;
        const QString values = writeFile(dir, QStringLiteral("v.yaml"),
                                         "name: Bad Name\nreplicas: 20\nlanguages: [go, go, cobol]\n"
                                         "environment: prod\n");
        const Run r = portolanTemplate({QStringLiteral("validate"), kTemplate, QStringLiteral("--values"), values,
                                        QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject errors = r.json().value(QStringLiteral("errors")).toObject();
        QVERIFY2(errors.contains(QStringLiteral("name")), r.out);       // pattern
        QVERIFY2(errors.contains(QStringLiteral("owner")), r.out);      // required
        QVERIFY2(errors.contains(QStringLiteral("replicas")), r.out);   // maximum
        QVERIFY2(errors.contains(QStringLiteral("languages")), r.out);  // enum items + uniqueItems
        QVERIFY2(errors.value(QStringLiteral("owner")).toArray().contains(QStringLiteral("is required")), r.out);
        QVERIFY2(r.out.contains("approver"), r.out); // dependencies/oneOf: prod needs an approver

        const QString fixed = writeFile(dir, QStringLiteral("ok.yaml"),
                                        "name: billing\nowner: group:default/payments\nenvironment: prod\n"
                                        "approver: alice\n");
        QCOMPARE(portolanTemplate({QStringLiteral("validate"), kTemplate, QStringLiteral("--values"), fixed}).code, 0);
    }

    void brokenTemplateIsFatalWithLocation()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("template.yaml"),
                                       "apiVersion: scaffolder.backstage.io/v1beta3\nkind: Template\nmetadata:\n"
                                       "  name: t\nspec:\n  type: x\n  steps:\n    - id: a\n");
        const Run r = portolanTemplate({QStringLiteral("validate"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains((file + QStringLiteral(":8: spec.steps[0].action: ")).toUtf8()), r.err);
        QCOMPARE(portolanTemplate({QStringLiteral("run")}).code, 2);
        QCOMPARE(portolanTemplate({QStringLiteral("frobnicate"), kTemplate}).code, 2);
    }

    void dryRunListsTreeAndDiffs()
    {
        QTemporaryDir dir;
        const QString values = QStringLiteral(SCAFFOLDER_TEST_DATA "/service/values.yaml");
        const Run first = portolanTemplate({QStringLiteral("run"), kTemplate, QStringLiteral("--values"), values,
                                            QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(first.code, 0);
        const QJsonObject doc = first.json();
        QVERIFY2(doc.value(QStringLiteral("ok")).toBool(), first.out);
        const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
        QVERIFY(files.contains(QStringLiteral("package.json")));
        QVERIFY(files.contains(QStringLiteral("catalog-info.yaml")));
        QVERIFY(files.contains(QStringLiteral("langs/go.txt")));
        QStringList statuses;
        for (const QJsonValue &s : doc.value(QStringLiteral("steps")).toArray())
            statuses << s.toObject().value(QStringLiteral("id")).toString() + u'=' + s.toObject().value(QStringLiteral("status")).toString();
        QCOMPARE(statuses.join(u' '), QStringLiteral("fetch=completed extras=completed skipped=skipped log=completed "
                                                     "rename=completed delete=completed write=completed "
                                                     "publish=skipped register=skipped"));

        // A real run into --out, then a dry run compared with it after a local edit.
        const QString out = dir.filePath(QStringLiteral("billing"));
        const Run real = portolanTemplate({QStringLiteral("run"), kTemplate, QStringLiteral("--values"), values,
                                           QStringLiteral("--out"), out});
        QVERIFY2(real.code == 0, real.err);
        QVERIFY(real.err.contains("[1/9] Fetch skeleton (fetch:template)"));
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/.git/HEAD")));
        writeFile(dir, QStringLiteral("billing/package.json"), "{}\n");
        writeFile(dir, QStringLiteral("billing/local.txt"), "mine\n");
        const Run diff = portolanTemplate({QStringLiteral("run"), kTemplate, QStringLiteral("--values"), values,
                                           QStringLiteral("--dry-run"), QStringLiteral("--out"), out, QStringLiteral("--json")});
        QCOMPARE(diff.code, 0);
        const QJsonArray changes = diff.json().value(QStringLiteral("diff")).toArray();
        QVERIFY2(changes.contains(QStringLiteral("~ package.json")), diff.out);
        QVERIFY2(changes.contains(QStringLiteral("- local.txt")), diff.out);
        QCOMPARE(changes.size(), 2);
    }

    void secretsFromFileAndOptionAreMasked()
    {
        QTemporaryDir dir;
        const QString wizard = QStringLiteral(SCAFFOLDER_TEST_DATA "/wizard");
        const QString secret = QStringLiteral("cli-s3cret-value");
        const QString values = writeFile(dir, QStringLiteral("v.yaml"), "name: orders\nkind: library\nremote: ''\n");
        const QString secrets = writeFile(dir, QStringLiteral("s.yaml"), "token: " + secret.toUtf8() + "\n");
        // The Secret field `token` is required: given as a secret, its parameter is filled with one '*' per character.
        const QString out = dir.filePath(QStringLiteral("orders"));
        const Run r = portolanTemplate({QStringLiteral("run"), wizard, QStringLiteral("--values"), values,
                                        QStringLiteral("--secrets-file"), secrets, QStringLiteral("--out"), out,
                                        QStringLiteral("--json")});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(!r.out.contains(secret.toUtf8()) && !r.out.contains(secret.toUpper().toUtf8()), r.out);
        QVERIFY2(!r.err.contains(secret.toUtf8()), r.err);
        QStringList messages;
        for (const QJsonValue &line : r.json().value(QStringLiteral("log")).toArray())
            messages << line.toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(messages.count(QStringLiteral("***")) == 2, qPrintable(messages.join(u'\n')));
        QDirIterator files(out, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }

        // Without the secret the required Secret field is missing; a bad --secret is a usage error.
        const Run missing = portolanTemplate({QStringLiteral("run"), wizard, QStringLiteral("--values"), values,
                                              QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.json().value(QStringLiteral("errors")).toObject().contains(QStringLiteral("token")), missing.out);
        QCOMPARE(portolanTemplate({QStringLiteral("run"), wizard, QStringLiteral("--secret"), QStringLiteral("novalue")}).code, 2);
        // --secret on the command line, dry run: masked in the dry-run inputs, as Backstage's `***`.
        const Run dry = portolanTemplate({QStringLiteral("run"), wizard, QStringLiteral("--values"), values,
                                          QStringLiteral("--secret"), QStringLiteral("token=") + secret,
                                          QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.code == 0, QByteArray(dry.out + dry.err).constData());
        QVERIFY(!dry.out.contains(secret.toUtf8()));
        QVERIFY2(dry.out.contains("token is ***"), dry.out);
    }

    // `when` pages in the CLI: a skipped page is not validated and its values (given or default) are not sent;
    // environment.* comes from --config; user.* from --user (its entity from the catalog).
    void whenPagesEnvironmentAndUser()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("catalog.sqlite"));
        {
            store::CatalogStore store;
            QCOMPARE(store.open(db), QString());
            catalog::Reader reader;
            const auto demo = reader.readPaths({QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")});
            QCOMPARE(store.replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("all.yaml")}, demo), QString());
            QCOMPARE(store.setSetting(QStringLiteral("identity"), QStringLiteral("user:default/alice.nguyen")), QString());
        }
        // A library: the Service page (port) is skipped, so its port is neither required nor sent.
        const QString values = writeFile(dir, QStringLiteral("v.yaml"), "name: lib\nkind: library\nlanguage: go\nport: 1\nghost: x\n");
        const QString config = kConditional + QStringLiteral("/app-config.yaml");
        const QString out = dir.filePath(QStringLiteral("out"));
        const QHash<QString, QString> env{{QStringLiteral("PORTOLAN_TEST_DEPLOY_TOKEN"), kDeployToken}};
        Run r = portolanTemplate({QStringLiteral("run"), kConditional, QStringLiteral("--values"), values, QStringLiteral("--config"),
                                  config, QStringLiteral("--db"), db, QStringLiteral("--out"), out, QStringLiteral("--json")}, env);
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QFile summaryFile(out + QStringLiteral("/summary.json"));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("params")).toObject().keys(),
                 (QStringList{QStringLiteral("ci"), QStringLiteral("kind"), QStringLiteral("language"), QStringLiteral("name")}));
        QCOMPARE(summary.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        // No --user: the identity chosen in the app (stored in the catalog) and its entity.
        QCOMPARE(summary.value(QStringLiteral("user")).toString(), QStringLiteral("user:default/alice.nguyen"));
        QCOMPARE(summary.value(QStringLiteral("userName")).toString(), QStringLiteral("alice.nguyen"));
        QVERIFY2(!r.out.contains(kDeployToken.toUtf8()) && !r.err.contains(kDeployToken.toUtf8()), r.out);
        QVERIFY2(r.out.contains(R"({"message":"***","stepId":"announce"})"), r.out);

        // --user wins over the stored identity; a user the catalog does not hold has a ref and no entity.
        r = portolanTemplate({QStringLiteral("run"), kConditional, QStringLiteral("--values"), values, QStringLiteral("--config"),
                              config, QStringLiteral("--db"), db, QStringLiteral("--dry-run"), QStringLiteral("--user"),
                              QStringLiteral("grace"), QStringLiteral("--json")}, env);
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains(R"(\"user\": \"user:default/grace\")"), r.out);
        QVERIFY2(r.out.contains(R"(\"token\": \"***\")"), r.out);

        // A service without a port: the Service page shows, so its port is required (its default fills it in
        // unless the values say otherwise).
        const QString bad = writeFile(dir, QStringLiteral("bad.yaml"), "name: svc\nkind: service\nport: nope\n");
        r = portolanTemplate({QStringLiteral("validate"), kConditional, QStringLiteral("--values"), bad, QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toObject().keys(), QStringList{QStringLiteral("port")});
        QCOMPARE(r.json().value(QStringLiteral("skippedPages")).toArray(),
                 (QJsonArray{QStringLiteral("Library"), QStringLiteral("CI"), QStringLiteral("Never")}));
        r = portolanTemplate({QStringLiteral("validate"), kConditional, QStringLiteral("--values"), values});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("ok (2 steps, 5 pages, skipped: Service, CI, Never)"), r.out);
    }

    void badDefaultEnvironmentIsFatal()
    {
        QTemporaryDir dir;
        const QString config = writeFile(dir, QStringLiteral("app-config.yaml"),
                                         "scaffolder:\n  defaultEnvironment:\n    parameters:\n      replicas: 3\n");
        const QString values = writeFile(dir, QStringLiteral("v.yaml"), "name: lib\nkind: library\nlanguage: go\n");
        const Run r = portolanTemplate({QStringLiteral("run"), kConditional, QStringLiteral("--values"), values,
                                        QStringLiteral("--config"), config, QStringLiteral("--dry-run")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("scaffolder.defaultEnvironment.parameters.replicas: Invalid type in config, got number, wanted string"), r.err);
    }

    void formSchemaForTheWizard()
    {
        auto def = loadTemplate(kTemplate);
        QVERIFY(!isError(def));
        auto form = FormSchema::fromTemplate(std::get<TemplateDefinition>(def));
        QVERIFY(!isError(form));
        const auto &pages = std::get<FormSchema>(form).pages();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).title, QStringLiteral("Basics"));
        QStringList names;
        for (const FormField &f : pages.at(0).fields)
            names << f.name;
        QCOMPARE(names, (QStringList{QStringLiteral("name"), QStringLiteral("owner"), QStringLiteral("replicas")}));
        const FormField &name = pages.at(0).fields.at(0);
        QVERIFY(name.required && name.autofocus);
        QCOMPARE(name.help, QStringLiteral("Lowercase letters, digits and dashes"));
        QVERIFY(!name.schema.contains(QStringLiteral("ui:help")));
        const FormField &owner = pages.at(0).fields.at(1);
        QCOMPARE(owner.field, QStringLiteral("OwnerPicker"));
        QCOMPARE(owner.uiOptions.value(QStringLiteral("catalogFilter")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("Group"));
        QCOMPARE(pages.at(0).fields.at(2).defaultValue.toInt(), 2);
        const FormField &languages = pages.at(1).fields.at(0);
        QVERIFY(languages.multiSelect);
        QCOMPARE(languages.enumNames.at(2).toString(), QStringLiteral("Node.js"));
        const QJsonObject withDefaults = std::get<FormSchema>(form).withDefaults({{QStringLiteral("name"), QStringLiteral("x")}});
        QCOMPARE(withDefaults.value(QStringLiteral("environment")).toString(), QStringLiteral("dev"));
        QCOMPARE(withDefaults.value(QStringLiteral("withDocs")).toBool(), true);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--portolan-template") == 0)
        return cli::runTemplate(app.arguments().mid(2));
    TestCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli.moc"
