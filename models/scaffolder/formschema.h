// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/templatedefinition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace scaffolder {

/// One form field as the wizard shows it. `ui:*` keys are lifted out of the schema like Backstage's
/// extractUiSchema does.
struct FormField {
    QString name;
    QString title;
    QString description;
    QString type;            ///< JSON Schema type (string, number, integer, boolean, array, object)
    QString widget;          ///< ui:widget (password, textarea, radio, ...)
    QString field;           ///< ui:field (EntityPicker, OwnerPicker, RepoUrlPicker, ...)
    QString help;            ///< ui:help
    QString placeholder;     ///< ui:placeholder
    bool autofocus = false;  ///< ui:autofocus
    bool required = false;
    bool multiSelect = false; ///< array of enum items with uniqueItems: a multi-select
    QJsonValue defaultValue;
    QJsonArray enumValues;   ///< enum (or items.enum for a multi-select)
    QJsonArray enumNames;    ///< labels for enumValues
    QJsonObject uiOptions;   ///< ui:options
    QJsonObject schema;      ///< the field's schema without ui:* keys
};

struct FormPage {
    QString title;
    QString description;
    QList<FormField> fields; ///< in `ui:order`, else declaration order
    QJsonObject schema;      ///< the page schema without ui:* keys, as validated
};

/// The parameter form of a template, and its validation with valijson (JSON Schema draft 7 keywords: types,
/// enum, required, pattern, minimum/maximum, minLength/maxLength, items, uniqueItems, dependencies, oneOf,
/// if/then/else).
class FormSchema
{
public:
    [[nodiscard]] static Result<FormSchema> fromTemplate(const TemplateDefinition &definition);

    [[nodiscard]] const QList<FormPage> &pages() const { return m_pages; }

    /// `values` with every missing field's default filled in.
    [[nodiscard]] QJsonObject withDefaults(const QJsonObject &values) const;

    /// Field name -> messages, checked against every page. Problems not tied to one field use the key "".
    [[nodiscard]] QHash<QString, QStringList> validate(const QJsonObject &values) const;

private:
    QList<FormPage> m_pages;
};

} // namespace scaffolder
