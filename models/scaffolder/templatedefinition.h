// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace scaffolder {

/// One `spec.steps[]` entry. Templated parts stay JSON text so object key order survives until rendering.
struct StepDefinition {
    QString id;     ///< defaults to `step-<n>` like Backstage's router
    QString name;   ///< defaults to the action id
    QString action;
    QString inputJson = QStringLiteral("{}");
    QString ifJson;   ///< empty: no `if`
    QString eachJson; ///< empty: no `each`
    int line = 0;
};

/// A scaffolder.backstage.io/v1beta3 Template read from a template.yaml.
struct TemplateDefinition {
    QString file;        ///< absolute path of template.yaml
    QString baseDir;     ///< folder of template.yaml: relative `fetch:*` URLs resolve against it
    QString name;        ///< metadata.name
    QString title;       ///< metadata.title (or name)
    QString description;
    QString type;        ///< spec.type
    QString entityRef;   ///< template:<namespace>/<name>
    QString parametersJson = QStringLiteral("[]"); ///< always a list of pages
    QString outputJson;  ///< spec.output or empty
    QList<StepDefinition> steps;
    QHash<QString, int> lines; ///< field path -> line, for messages

    /// Line of `field`, or of its closest parent that exists (a missing key is reported where its parent is).
    [[nodiscard]] int lineOf(const QString &field) const;
};

/// Reads and validates a template: a template.yaml path or a folder holding one. Multi-document files are
/// searched for the document with `kind: Template`. Errors name file:line: field.
[[nodiscard]] Result<TemplateDefinition> loadTemplate(const QString &path);

/// Every template found below `roots` (files named *.yaml / *.yml whose document has kind Template).
[[nodiscard]] QStringList findTemplates(const QStringList &roots);

} // namespace scaffolder
