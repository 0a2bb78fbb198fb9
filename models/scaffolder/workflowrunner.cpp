// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/workflowrunner.h"

#include "scaffolder/actionschema.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/redactor.h"

#include <QDir>
#include <QJSValueIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace scaffolder {

namespace {

QJSValue withProperties(NunjucksEngine &engine, const QJSValue &base, const QList<std::pair<QString, QJSValue>> &extra)
{
    QJSValue copy = engine.newObject();
    QJSValueIterator it(base);
    while (it.hasNext()) {
        it.next();
        copy.setProperty(it.name(), it.value());
    }
    for (const auto &[name, value] : extra)
        copy.setProperty(name, value);
    return copy;
}

bool isTruthy(const QJSValue &v)
{
    if (v.isArray())
        return v.property(QStringLiteral("length")).toInt() > 0;
    return v.toBool();
}

QJsonValue filterConditional(NunjucksEngine &engine, const QJsonValue &items)
{
    Q_UNUSED(engine);
    if (!items.isArray())
        return items;
    QJsonArray kept;
    for (const QJsonValue &item : items.toArray()) {
        QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("if"))) {
            const QJsonValue cond = o.take(QStringLiteral("if"));
            const bool truthy = cond.isArray() ? !cond.toArray().isEmpty()
                : cond.isString()              ? !cond.toString().isEmpty()
                : cond.isDouble()              ? cond.toDouble() != 0
                                               : cond.toBool() || cond.isObject();
            if (!truthy)
                continue;
        }
        kept.append(o);
    }
    return kept;
}

} // namespace

RunResult runWorkflow(NunjucksEngine &engine, const TemplateDefinition &def, const QString &parametersJson,
                      const RunOptions &options, const RunCallbacks &callbacks)
{
    RunResult result;
    result.workspace = QDir(options.workspace).absolutePath();
    Redactor redactor;
    redactor.addAll(options.secrets.values());
    redactor.addAll(options.environmentSecrets.values());
    auto log = [&](const QString &stepId, const QString &message) {
        if (callbacks.log)
            callbacks.log(stepId, redactor.apply(message));
    };
    auto fail = [&](Error e) {
        e.message = redactor.apply(e.message);
        result.error = e;
        result.redactions = redactor.values();
        return result;
    };
    if (!engine.loadError().isEmpty())
        return fail(Error{QStringLiteral("Error"), engine.loadError(), {}, 0, {}});
    // Unknown actions fail before anything runs.
    for (int i = 0; i < def.steps.size(); ++i)
        if (!findAction(def.steps.at(i).action))
            return fail(Error{QStringLiteral("NotFoundError"),
                              QStringLiteral("Template action with ID '%1' is not registered.")
                                  .arg(def.steps.at(i).action),
                              def.file, def.steps.at(i).line, QStringLiteral("spec.steps[%1].action").arg(i)});
    if (!QDir().mkpath(result.workspace))
        return fail(Error{QStringLiteral("Error"), QStringLiteral("cannot create workspace"), result.workspace, 0, {}});

    QString userRef = options.userRef;
    if (userRef.isEmpty()) {
        QString login = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME", QDir::home().dirName()));
        login = login.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]")), QStringLiteral("-"));
        userRef = QStringLiteral("user:default/") + (login.isEmpty() ? QStringLiteral("guest") : login);
    }
    const QString taskId = options.taskId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.taskId;
    QJSValue steps = engine.newObject();
    QJSValue user = engine.newObject();
    if (!options.userEntityJson.isEmpty())
        user.setProperty(QStringLiteral("entity"), engine.fromJson(options.userEntityJson));
    user.setProperty(QStringLiteral("ref"), userRef);
    QJSValue task = engine.newObject();
    task.setProperty(QStringLiteral("id"), taskId);
    QJSValue taskContext = engine.newObject();
    taskContext.setProperty(QStringLiteral("task"), task);
    // Outside step inputs (if, each, output) environment.secrets is empty, as in Backstage's runner.
    auto environmentWith = [&](const QJsonObject &secrets) {
        return engine.fromJson(QJsonValue(QJsonObject{{QStringLiteral("parameters"), options.environmentParameters},
                                                      {QStringLiteral("secrets"), secrets}}));
    };
    QJsonObject environmentSecrets, redactedEnvironmentSecrets;
    for (auto it = options.environmentSecrets.cbegin(); it != options.environmentSecrets.cend(); ++it) {
        environmentSecrets.insert(it.key(), it.value());
        redactedEnvironmentSecrets.insert(it.key(), QStringLiteral("***"));
    }
    const QJSValue environment = environmentWith({});
    QJSValue context = engine.newObject();
    context.setProperty(QStringLiteral("parameters"), engine.fromJson(parametersJson));
    context.setProperty(QStringLiteral("steps"), steps);
    context.setProperty(QStringLiteral("user"), user);
    context.setProperty(QStringLiteral("context"), taskContext);
    context.setProperty(QStringLiteral("environment"), environment);

    QJsonObject secretsJson;
    QJsonObject redactedSecrets;
    for (auto it = options.secrets.cbegin(); it != options.secrets.cend(); ++it) {
        secretsJson.insert(it.key(), it.value());
        redactedSecrets.insert(it.key(), QStringLiteral("***"));
    }

    for (int index = 0; index < def.steps.size(); ++index) {
        const StepDefinition &step = def.steps.at(index);
        const ActionInfo *action = findAction(step.action);
        if (options.isCancelled && options.isCancelled()) {
            if (callbacks.stepFinished)
                callbacks.stepFinished(index, step, StepStatus::Cancelled);
            return fail(Error{QStringLiteral("Error"),
                              QStringLiteral("Step %1 (%2) has been cancelled.").arg(step.id, step.name), {}, 0, {}});
        }
        if (callbacks.stepStarted)
            callbacks.stepStarted(index, step);
        log(step.id, QStringLiteral("Beginning step %1").arg(step.name));
        auto finish = [&](StepStatus status) {
            if (callbacks.stepFinished)
                callbacks.stepFinished(index, step, status);
        };
        const QJSValue ifValue = step.ifJson.isEmpty() ? QJSValue() : engine.fromJson(step.ifJson);
        if (ifValue.isBool() && !ifValue.toBool()) {
            log(step.id, QStringLiteral("Skipping step %1 because its if condition was false").arg(step.id));
            finish(StepStatus::Skipped);
            continue;
        }
        if (ifValue.isString() && step.eachJson.isEmpty() && !isTruthy(engine.renderValue(ifValue, context))) {
            log(step.id, QStringLiteral("Skipping step %1 because its if condition was false").arg(step.id));
            finish(StepStatus::Skipped);
            continue;
        }
        const QJSValue inputTemplate = engine.fromJson(step.inputJson);
        if (options.dryRun) {
            const QJSValue debugContext = withProperties(engine, context, {{QStringLiteral("secrets"), engine.fromJson(QJsonValue(redactedSecrets))},
                                                                           {QStringLiteral("environment"), environmentWith(redactedEnvironmentSecrets)}});
            const QJsonValue debugInput = engine.toJson(engine.renderValue(inputTemplate, debugContext));
            log(step.id, QStringLiteral("Running %1 in dry-run mode with inputs (secrets redacted): %2")
                             .arg(action->id, QString::fromUtf8(QJsonDocument(debugInput.toObject()).toJson(QJsonDocument::Indented)).trimmed()));
            if (!action->supportsDryRun) {
                log(step.id, QStringLiteral("Skipping because %1 does not support dry-run").arg(action->id));
                QJSValue out = engine.newObject();
                out.setProperty(QStringLiteral("output"), engine.fromJson(QJsonValue(action->exampleOutput)));
                steps.setProperty(step.id, out);
                finish(StepStatus::Skipped);
                continue;
            }
        }
        const QJSValue preIteration = withProperties(
            engine, context, {{QStringLiteral("secrets"), engine.fromJson(QJsonValue(options.dryRun ? QJsonObject() : secretsJson))},
                              {QStringLiteral("environment"), environmentWith(options.dryRun ? QJsonObject() : environmentSecrets)}});
        // Values a secret went into are masked too: render once more without secrets and compare.
        const bool withSecrets = !options.dryRun && (!secretsJson.isEmpty() || !environmentSecrets.isEmpty());
        const QJSValue withoutSecrets = withSecrets
            ? withProperties(engine, context, {{QStringLiteral("secrets"), engine.newObject()}, {QStringLiteral("environment"), environment}})
            : QJSValue();

        struct Iteration {
            QJSValue each;
            QString key;
            bool shouldRun = true;
            QJSValue input;
        };
        QList<Iteration> iterations;
        QStringList warnings;
        if (!step.eachJson.isEmpty()) {
            const QJSValue eachValue = engine.renderValue(engine.fromJson(step.eachJson), preIteration);
            if (!eachValue.isObject() || (!eachValue.isArray() && !isTruthy(eachValue))) {
                finish(StepStatus::Failed);
                return fail(Error{QStringLiteral("InputError"),
                                  QStringLiteral("Invalid value on action %1.each parameter, \"%2\" cannot be resolved "
                                                 "to a value")
                                      .arg(action->id, step.eachJson),
                                  def.file, step.line, QStringLiteral("spec.steps[%1].each").arg(index)});
            }
            QJSValueIterator it(eachValue);
            while (it.hasNext()) {
                it.next();
                if (eachValue.isArray() && it.name() == QLatin1String("length"))
                    continue;
                QJSValue each = engine.newObject();
                each.setProperty(QStringLiteral("key"), it.name());
                each.setProperty(QStringLiteral("value"), it.value());
                const QJSValue full = withProperties(engine, preIteration, {{QStringLiteral("each"), each}});
                Iteration iter{each, it.name(), true, engine.renderValue(inputTemplate, full)};
                warnings << engine.lastWarnings();
                if (withSecrets)
                    redactor.addChanged(engine.toJson(iter.input),
                                        engine.toJson(engine.renderValue(inputTemplate,
                                                                         withProperties(engine, withoutSecrets, {{QStringLiteral("each"), each}}))));
                if (ifValue.isString())
                    iter.shouldRun = isTruthy(engine.renderValue(ifValue, full));
                iterations << iter;
            }
        } else {
            iterations << Iteration{{}, {}, true, engine.renderValue(inputTemplate, preIteration)};
            warnings << engine.lastWarnings();
            if (withSecrets)
                redactor.addChanged(engine.toJson(iterations.constLast().input),
                                    engine.toJson(engine.renderValue(inputTemplate, withoutSecrets)));
        }
        warnings.removeDuplicates();
        for (const QString &w : warnings)
            log(step.id, w);
        // Every iteration that will run is checked against the action's input schema before any of them runs
        // (Backstage's runner does the same, in dry runs too).
        const QJsonObject inputSchema = actionInputSchema(action->id);
        for (const Iteration &iter : iterations) {
            if (!iter.shouldRun)
                continue;
            const QList<SchemaProblem> problems = checkAgainstSchema(engine.toJson(iter.input), inputSchema);
            if (problems.isEmpty())
                continue;
            QStringList messages;
            for (const SchemaProblem &p : problems)
                messages << p.message;
            const QString actionId = action->id + (step.eachJson.isEmpty() ? QString() : QStringLiteral("[%1]").arg(iter.key));
            log(step.id, QStringLiteral("Invalid input passed to action %1, %2").arg(actionId, messages.join(QStringLiteral(", "))));
            finish(StepStatus::Failed);
            const QString field = QStringLiteral("spec.steps[%1] (%2).input").arg(index).arg(step.id)
                + (problems.first().path.isEmpty() ? QString() : QLatin1Char('.') + problems.first().path);
            return fail(Error{QStringLiteral("InputError"),
                              QStringLiteral("Invalid input passed to action %1, %2").arg(actionId, messages.join(QStringLiteral(", "))),
                              def.file, step.line, field});
        }

        QJSValue stepOutput = engine.newObject();
        for (const Iteration &iter : iterations) {
            if (options.isCancelled && options.isCancelled()) {
                finish(StepStatus::Cancelled);
                return fail(Error{QStringLiteral("Error"),
                                  QStringLiteral("Step %1 (%2) has been cancelled.").arg(step.id, step.name), {}, 0, {}});
            }
            if (!step.eachJson.isEmpty()) {
                log(step.id, QStringLiteral("%1 step each: {\"key\":\"%2\"}").arg(iter.shouldRun ? QStringLiteral("Running") : QStringLiteral("Skipping"), iter.key));
                if (!iter.shouldRun)
                    continue;
            }
            ActionContext ctx{engine, result.workspace, def.baseDir, def.entityRef, step.id, options.dryRun,
                              engine.toJson(iter.input).toObject(), iter.input, options.secrets, options.author,
                              [&](const QString &line) { log(step.id, line); },
                              [&](const QString &name, const QJsonValue &value) {
                                  const QJSValue v = engine.fromJson(value);
                                  if (step.eachJson.isEmpty()) {
                                      stepOutput.setProperty(name, v);
                                  } else {
                                      QJSValue list = stepOutput.property(name);
                                      if (!list.isArray()) {
                                          list = engine.fromJson(QStringLiteral("[]"));
                                          stepOutput.setProperty(name, list);
                                      }
                                      list.property(QStringLiteral("push")).callWithInstance(list, {v});
                                  }
                              },
                              &result.registrations};
            if (auto error = action->handler(ctx)) {
                finish(StepStatus::Failed);
                Error e = *error;
                if (e.field.isEmpty())
                    e.field = QStringLiteral("spec.steps[%1] (%2)").arg(index).arg(step.id);
                return fail(e);
            }
        }
        QJSValue holder = engine.newObject();
        holder.setProperty(QStringLiteral("output"), stepOutput);
        steps.setProperty(step.id, holder);
        log(step.id, QStringLiteral("Finished step %1").arg(step.name));
        finish(StepStatus::Completed);
    }

    if (!def.outputJson.isEmpty()) {
        const QJsonObject rendered = engine.toJson(engine.renderValue(engine.fromJson(def.outputJson), context)).toObject();
        for (auto it = rendered.begin(); it != rendered.end(); ++it)
            result.output.insert(it.key(), (it.key() == QLatin1String("links") || it.key() == QLatin1String("text"))
                                     ? filterConditional(engine, it.value()) : it.value());
    }
    result.redactions = redactor.values();
    return result;
}

} // namespace scaffolder
