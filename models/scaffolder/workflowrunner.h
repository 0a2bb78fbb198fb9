// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/actions.h"
#include "scaffolder/templatedefinition.h"

#include <QJsonObject>

#include <functional>

namespace scaffolder {

class NunjucksEngine;

struct RunOptions {
    QString workspace;   ///< where the steps write; created when missing
    bool dryRun = false; ///< skip actions without dry-run support (publish:*, catalog:register)
    QHash<QString, QString> secrets;
    GitAuthor author;
    QString userRef;     ///< `user.ref` in templates; defaults to user:default/<login name>
    QString userEntityJson; ///< `user.entity`: the user's catalog entity as JSON text, empty when unknown
    QString taskId;      ///< `context.task.id`
    /// `environment.parameters` (every expression) and `environment.secrets` (step inputs only, empty in a dry
    /// run, redacted like task secrets): app-config's scaffolder.defaultEnvironment (see environment.h).
    QJsonObject environmentParameters;
    QHash<QString, QString> environmentSecrets;
    std::function<bool()> isCancelled;
};

enum class StepStatus { Completed, Skipped, Failed, Cancelled };

struct RunCallbacks {
    std::function<void(int index, const StepDefinition &step)> stepStarted;
    std::function<void(const QString &stepId, const QString &message)> log; ///< secrets already redacted
    std::function<void(int index, const StepDefinition &step, StepStatus status)> stepFinished;
};

struct RunResult {
    std::optional<Error> error; ///< empty on success
    QJsonObject output;         ///< rendered spec.output (links/text whose `if` is falsy removed)
    QList<Registration> registrations;
    QString workspace;
    QStringList redactions; ///< secrets and values made from them: mask these in anything shown or stored
};

/// Runs a template's steps like Backstage's NunjucksWorkflowRunner: `if`, `each`, typed single-expression
/// inputs, `steps.<id>.output`, secrets only in step inputs and redacted from logs. Every action id is checked
/// before the first step runs. Synchronous: call it on a worker thread (see TemplateRunner).
[[nodiscard]] RunResult runWorkflow(NunjucksEngine &engine, const TemplateDefinition &definition,
                                    const QString &parametersJson, const RunOptions &options,
                                    const RunCallbacks &callbacks = {});

} // namespace scaffolder
