// SPDX-License-Identifier: Apache-2.0
#include "cli/template.h"

#include "cli/common.h"
#include "scaffolder/actions.h"
#include "scaffolder/environment.h"
#include "scaffolder/formschema.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/redactor.h"
#include "scaffolder/templaterunner.h"
#include "scaffolder/yamljson.h"
#include "store/catalogstore.h"
#include "sync/appconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

using namespace scaffolder;

namespace cli {

namespace {

constexpr int kOk = 0, kProblems = 1, kFatal = 2;

struct Args {
    QString command, templatePath, valuesFile, outDir, secretsFile, user, db;
    QStringList configs; ///< --config: app-config files (scaffolder.defaultEnvironment)
    bool dryRun = false, json = false;
    QHash<QString, QString> secrets;    ///< --secret
    QHash<QString, QString> envSecrets; ///< PORTOLAN_SECRET_<NAME>
    QString error;
};

Args parse(const QStringList &args)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto next = [&]() -> QString {
            if (i + 1 >= args.size()) {
                a.error = QStringLiteral("%1 needs a value").arg(arg);
                return {};
            }
            return args.at(++i);
        };
        if (arg == QLatin1String("--values"))
            a.valuesFile = next();
        else if (arg == QLatin1String("--out"))
            a.outDir = next();
        else if (arg == QLatin1String("--dry-run"))
            a.dryRun = true;
        else if (arg == QLatin1String("--json"))
            a.json = true;
        else if (arg == QLatin1String("--secrets-file"))
            a.secretsFile = next();
        else if (arg == QLatin1String("--user"))
            a.user = next();
        else if (arg == QLatin1String("--db"))
            a.db = next();
        else if (arg == QLatin1String("--config"))
            a.configs << next();
        else if (arg == QLatin1String("--secret")) {
            const QString kv = next();
            if (!kv.contains(QLatin1Char('=')) || kv.startsWith(QLatin1Char('=')))
                a.error = QStringLiteral("--secret needs NAME=VALUE");
            a.secrets.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        } else if (arg.startsWith(QLatin1String("--")))
            a.error = QStringLiteral("unknown option %1").arg(arg);
        else if (a.command.isEmpty())
            a.command = arg;
        else if (a.templatePath.isEmpty())
            a.templatePath = arg;
        else
            a.error = QStringLiteral("unexpected argument %1").arg(arg);
    }
    if (a.error.isEmpty() && (a.command.isEmpty() || a.templatePath.isEmpty()))
        a.error = QStringLiteral("usage: portolan template run TEMPLATE --values values.yaml [--dry-run] [--out DIR] "
                                 "[--json] [--secret NAME=VALUE] [--secrets-file secrets.yaml] [--user REF] [--db FILE] [--config app-config.yaml]\n"
                                 "       portolan template validate TEMPLATE "
                                 "[--values values.yaml] [--json]");
    // Secrets from the environment stay out of the process list: PORTOLAN_SECRET_TOKEN=... -> secrets.token.
    // --secret wins over --secrets-file, which wins over the environment.
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys())
        if (key.startsWith(QLatin1String("PORTOLAN_SECRET_")))
            a.envSecrets.insert(key.mid(16).toLower(), env.value(key));
    return a;
}

// A YAML (or JSON) mapping of names to strings; numbers and booleans are taken as their text.
Result<QHash<QString, QString>> loadSecrets(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("Error"), QStringLiteral("cannot read secrets: %1").arg(f.errorString()), file, 0,
                     {}};
    auto converted = yamlToJson(f.readAll(), file);
    if (isError(converted))
        return std::get<Error>(converted);
    const QJsonDocument doc = QJsonDocument::fromJson(std::get<YamlJson>(converted).json.toUtf8());
    if (!doc.isObject())
        return Error{QStringLiteral("InputError"), QStringLiteral("secrets must be a mapping of names to values"),
                     file, 1, {}};
    QHash<QString, QString> secrets;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            return Error{QStringLiteral("InputError"), QStringLiteral("secret %1 must be a string").arg(it.key()),
                         file, std::get<YamlJson>(converted).lines.value(it.key()), it.key()};
        secrets.insert(it.key(), it.value().toVariant().toString());
    }
    return secrets;
}

// Values as ordered JSON text plus a QJsonObject for validation; form defaults appended for missing keys, and
// for each `ui:field: Secret` given as a secret, one `*` per character (what Backstage's form submits).
Result<std::pair<QString, QJsonObject>> loadValues(const QString &file, const FormSchema &form,
                                                   const QHash<QString, QString> &secrets)
{
    QString json = QStringLiteral("{}");
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("Error"), QStringLiteral("cannot read values: %1").arg(f.errorString()), file,
                         0, {}};
        auto converted = yamlToJson(f.readAll(), file);
        if (isError(converted))
            return std::get<Error>(converted);
        json = std::get<YamlJson>(converted).json;
        if (!json.startsWith(QLatin1Char('{')))
            return Error{QStringLiteral("InputError"), QStringLiteral("values must be a mapping"), file, 1, {}};
    }
    const QJsonObject given = QJsonDocument::fromJson(json.toUtf8()).object();
    QJsonObject full = form.withDefaults(given);
    for (const FormField &f : form.allVisibleFields(full))
        if (f.field == QLatin1String("Secret") && !full.contains(f.name) && !secrets.value(f.name).isEmpty())
            full.insert(f.name, QString(secrets.value(f.name).size(), u'*'));
    QStringList extra;
    for (auto it = full.begin(); it != full.end(); ++it)
        if (!given.contains(it.key()))
            extra << jsonQuote(it.key()) + QLatin1Char(':')
                    + QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    if (!extra.isEmpty())
        json = json.chopped(1) + (given.isEmpty() ? QString() : QStringLiteral(",")) + extra.join(QLatin1Char(',')) + QLatin1Char('}');
    return std::pair{json, full};
}

QJsonObject errorsToJson(const QHash<QString, QStringList> &errors)
{
    QJsonObject out;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        out.insert(it.key().isEmpty() ? QStringLiteral("(form)") : it.key(), QJsonArray::fromStringList(it.value()));
    return out;
}

void printErrors(QTextStream &err, const QString &file, const QHash<QString, QStringList> &errors)
{
    QStringList keys = errors.keys();
    keys.sort();
    for (const QString &k : keys)
        for (const QString &m : errors.value(k))
            err << file << ": " << (k.isEmpty() ? QStringLiteral("(form)") : k) << ": " << m << '\n';
}

// "+ added", "~ changed", "- only in the existing folder"
QStringList diffTrees(const QString &produced, const QString &existing)
{
    const QStringList a = listTree(produced), b = listTree(existing);
    QStringList out;
    for (const QString &p : a) {
        if (!b.contains(p))
            out << QStringLiteral("+ ") + p;
        else if (!p.endsWith(QLatin1Char('/'))) {
            QFile x(QDir(produced).filePath(p)), y(QDir(existing).filePath(p));
            if (x.open(QIODevice::ReadOnly) && y.open(QIODevice::ReadOnly) && x.readAll() != y.readAll())
                out << QStringLiteral("~ ") + p;
        }
    }
    for (const QString &p : b)
        if (!a.contains(p))
            out << QStringLiteral("- ") + p;
    return out;
}

} // namespace

int runTemplate(const QStringList &argv)
{
    QTextStream out(stdout), err(stderr);
    const Args args = parse(argv);
    if (!args.error.isEmpty() || (args.command != QLatin1String("run") && args.command != QLatin1String("validate"))) {
        err << (args.error.isEmpty() ? QStringLiteral("unknown command %1").arg(args.command) : args.error) << '\n';
        return kFatal;
    }
    auto def = loadTemplate(args.templatePath);
    if (isError(def)) {
        err << std::get<Error>(def).toString() << '\n';
        return kFatal;
    }
    const TemplateDefinition &t = std::get<TemplateDefinition>(def);
    auto form = FormSchema::fromTemplate(t);
    if (isError(form)) {
        err << std::get<Error>(form).toString() << '\n';
        return kFatal;
    }
    // Pages with a `when` string are decided by nunjucks, the same engine that runs the steps.
    std::unique_ptr<NunjucksEngine> engine;
    if (std::get<FormSchema>(form).needsWhenEvaluator()) {
        engine = std::make_unique<NunjucksEngine>();
        std::get<FormSchema>(form).setWhenEvaluator(nunjucksWhenEvaluator(*engine));
    }
    QStringList unknownActions;
    for (int i = 0; i < t.steps.size(); ++i)
        if (!findAction(t.steps.at(i).action))
            unknownActions << QStringLiteral("%1:%2: spec.steps[%3].action: unknown action %4")
                                  .arg(t.file).arg(t.steps.at(i).line).arg(i).arg(t.steps.at(i).action);
    QHash<QString, QString> secrets = args.envSecrets;
    if (!args.secretsFile.isEmpty()) {
        auto fromFile = loadSecrets(args.secretsFile);
        if (isError(fromFile)) {
            err << std::get<Error>(fromFile).toString() << '\n';
            return kFatal;
        }
        secrets.insert(std::get<QHash<QString, QString>>(fromFile));
    }
    secrets.insert(args.secrets);
    auto values = loadValues(args.valuesFile, std::get<FormSchema>(form), secrets);
    if (isError(values)) {
        err << std::get<Error>(values).toString() << '\n';
        return kFatal;
    }
    const auto &[valuesJson, valuesObject] = std::get<std::pair<QString, QJsonObject>>(values);
    const QHash<QString, QStringList> fieldErrors = (args.command == QLatin1String("run") || !args.valuesFile.isEmpty())
        ? std::get<FormSchema>(form).validate(valuesObject) : QHash<QString, QStringList>{};

    if (args.command == QLatin1String("validate") || !fieldErrors.isEmpty() || !unknownActions.isEmpty()) {
        const bool ok = fieldErrors.isEmpty() && unknownActions.isEmpty();
        // Pages whose `when` is false for these values: not asked, not validated, their values not sent.
        QStringList skipped;
        const FormSchema &f = std::get<FormSchema>(form);
        for (int p = 0; p < f.pages().size(); ++p)
            if (!f.pageShown(p, valuesObject))
                skipped << (f.pages().at(p).title.isEmpty() ? QStringLiteral("page %1").arg(p + 1) : f.pages().at(p).title);
        if (args.json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), ok},
                                             {QStringLiteral("template"), t.entityRef},
                                             {QStringLiteral("steps"), int(t.steps.size())},
                                             {QStringLiteral("unknownActions"), QJsonArray::fromStringList(unknownActions)},
                                             {QStringLiteral("errors"), errorsToJson(fieldErrors)},
                                             {QStringLiteral("skippedPages"), QJsonArray::fromStringList(skipped)}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else {
            for (const QString &u : unknownActions)
                err << u << '\n';
            printErrors(err, args.valuesFile.isEmpty() ? t.file : args.valuesFile, fieldErrors);
            if (ok)
                out << t.file << ": ok (" << t.steps.size() << " steps, " << std::get<FormSchema>(form).pages().size()
                    << " pages" << (skipped.isEmpty() ? QString() : QStringLiteral(", skipped: ") + skipped.join(QStringLiteral(", ")))
                    << ")\n";
        }
        return ok ? kOk : kProblems;
    }

    // environment.*: app-config's scaffolder.defaultEnvironment, merged by the same reader `portolan sync` uses.
    QStringList configFiles;
    if (QFileInfo::exists(portolan::sync::portolanConfigPath()))
        configFiles << portolan::sync::portolanConfigPath();
    configFiles << (args.configs.isEmpty() ? portolan::sync::defaultAppConfigFiles(QDir::currentPath()) : args.configs);
    const portolan::sync::AppConfig appConfig = portolan::sync::loadAppConfig(configFiles);
    const DefaultEnvironment environment = defaultEnvironmentFromConfig(appConfig.data);
    if (!appConfig.errors.isEmpty() || !environment.errors.isEmpty()) {
        for (const QString &e : appConfig.errors + environment.errors)
            err << "app-config: " << e << '\n';
        return kFatal;
    }
    // user.ref / user.entity: --user, else the identity chosen in the app's Settings (stored in the catalog);
    // the entity comes from the catalog when it holds that user.
    QString userRef = args.user.isEmpty() ? QString() : normaliseRef(args.user, QStringLiteral("user"));
    QString userEntityJson;
    const QString dbPath = args.db.isEmpty() ? store::CatalogStore::defaultPath() : args.db;
    if (!args.db.isEmpty() || QFileInfo::exists(dbPath)) {
        store::CatalogStore db;
        if (const QString error = db.open(dbPath); !error.isEmpty()) {
            err << "portolan: " << error << '\n';
            return kFatal;
        }
        if (userRef.isEmpty())
            userRef = db.setting(QStringLiteral("identity"));
        if (const auto row = userRef.isEmpty() ? std::nullopt : db.entity(userRef))
            userEntityJson = QString::fromUtf8(QJsonDocument(row->data).toJson(QJsonDocument::Compact));
    }
    if (!engine)
        engine = std::make_unique<NunjucksEngine>();
    // What the run gets: values of pages whose `when` is false and of conditional branches that do not show are
    // removed, as Backstage does before a task starts.
    QString runValuesJson = valuesJson;
    const QJsonObject kept = std::get<FormSchema>(form).withoutHiddenBranches(valuesObject);
    if (kept.size() != valuesObject.size()) {
        QJSValue ordered = engine->fromJson(valuesJson);
        for (auto it = valuesObject.begin(); it != valuesObject.end(); ++it)
            if (!kept.contains(it.key()))
                ordered.deleteProperty(it.key());
        runValuesJson = engine->toJsonText(ordered);
    }

    QTemporaryDir scratch;
    RunOptions options;
    options.dryRun = args.dryRun;
    options.secrets = secrets;
    options.environmentParameters = environment.parameters;
    options.environmentSecrets = environment.secrets;
    options.userRef = userRef;
    options.userEntityJson = userEntityJson;
    options.workspace = args.dryRun ? scratch.path() : (args.outDir.isEmpty() ? QDir::current().filePath(t.name) : args.outDir);
    QJsonArray stepsJson, logJson;
    RunCallbacks callbacks;
    const int total = int(t.steps.size());
    QElapsedTimer timer;
    timer.start();
    callbacks.stepStarted = [&](int index, const StepDefinition &s) {
        if (!args.json)
            err << QStringLiteral("[%1/%2] %3 (%4)").arg(index + 1).arg(total).arg(s.name, s.action) << Qt::endl;
    };
    callbacks.log = [&](const QString &id, const QString &line) {
        logJson.append(QJsonObject{{QStringLiteral("stepId"), id}, {QStringLiteral("message"), line}});
    };
    callbacks.stepFinished = [&](int, const StepDefinition &s, StepStatus st) {
        stepsJson.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name},
                                     {QStringLiteral("action"), s.action}, {QStringLiteral("status"), statusName(st)}});
        if (!args.json)
            err << QStringLiteral("      %1").arg(statusName(st)) << Qt::endl;
    };
    const RunResult result = runWorkflow(*engine, t, runValuesJson, options, callbacks);
    // Whatever is printed is masked: the log already is, outputs and file names may carry a secret too.
    Redactor redactor;
    redactor.addAll(secrets.values());
    redactor.addAll(environment.secrets.values());
    redactor.addAll(result.redactions);
    const QStringList files = listTree(result.workspace);
    const QStringList diff = args.dryRun && !args.outDir.isEmpty() && QFileInfo(args.outDir).isDir()
        ? diffTrees(result.workspace, args.outDir) : QStringList();
    if (args.json) {
        QJsonObject doc{{QStringLiteral("ok"), !result.error},
                        {QStringLiteral("dryRun"), args.dryRun},
                        {QStringLiteral("template"), t.entityRef},
                        {QStringLiteral("steps"), stepsJson},
                        {QStringLiteral("log"), logJson},
                        {QStringLiteral("output"), result.output},
                        {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                        {QStringLiteral("registrations"), registrationsToJson(result.registrations)},
                        {QStringLiteral("elapsedMs"), qint64(timer.elapsed())}};
        if (!args.dryRun)
            doc.insert(QStringLiteral("workspace"), result.workspace);
        if (!diff.isEmpty() || (args.dryRun && !args.outDir.isEmpty()))
            doc.insert(QStringLiteral("diff"), QJsonArray::fromStringList(diff));
        if (result.error)
            doc.insert(QStringLiteral("error"), result.error->toString());
        out << QJsonDocument(redactor.apply(QJsonValue(doc)).toObject()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        if (result.error)
            err << "error: " << redactor.apply(result.error->toString()) << '\n';
        out << (args.dryRun ? QStringLiteral("Dry run, files that would be written:\n")
                            : QStringLiteral("Written to %1:\n").arg(result.workspace));
        for (const QString &f : files)
            out << "  " << redactor.apply(f) << '\n';
        if (args.dryRun && !args.outDir.isEmpty()) {
            out << QStringLiteral("Compared with %1:%2\n").arg(args.outDir, diff.isEmpty() ? QStringLiteral(" no differences") : QString());
            for (const QString &d : diff)
                out << "  " << d << '\n';
        }
        for (const Registration &r : result.registrations)
            out << "Register in catalog: " << r.catalogInfoUrl << (r.entityRef.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.entityRef)) << '\n';
    }
    return result.error ? kProblems : kOk;
}

} // namespace cli
