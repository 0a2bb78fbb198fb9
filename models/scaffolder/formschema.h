// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/templatedefinition.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace scaffolder {

class NunjucksEngine;

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
    /// ui:field Secret (the value goes to the run's `secrets`, the parameter only holds `*` per character, as
    /// Backstage's SecretInput does) or ui:widget password (a parameter Backstage keeps, masked like a secret).
    bool secret = false;
    QJsonValue defaultValue;
    QJsonArray enumValues;   ///< enum (or items.enum for a multi-select)
    QJsonArray enumNames;    ///< labels for enumValues
    QJsonObject uiOptions;   ///< ui:options
    QJsonObject schema;      ///< the field's schema without ui:* keys
};

/// Fields a page shows only while a condition holds: a `dependencies` entry (RJSF picks the `oneOf` branch whose
/// schema for the dependency property matches its value; without `oneOf` the fields show once the property has a
/// value) or `if`/`then`/`else` (also inside `allOf`), decided by validating the values against `condition`.
struct ConditionalFields {
    QJsonObject condition;  ///< JSON Schema the values must match
    bool negate = false;    ///< `else` branches: shown when the values do not match
    int group = -1;         ///< branches of one `oneOf`: fields show only when exactly one of them matches
    QList<FormField> fields;
    /// Index (in FormPage::conditional) of the branch this condition sits in, -1 at page level: a condition
    /// nested in a branch shows only while that branch shows.
    int parent = -1;
};

struct FormPage {
    QString title;
    QString description;
    QList<FormField> fields; ///< in `ui:order`, else declaration order
    QList<ConditionalFields> conditional;
    QJsonObject schema;      ///< the page schema without ui:* keys, as validated
    /// `when`: Undefined (always shown), a boolean, or a template string such as
    /// `${{ parameters.kind === 'service' }}` rendered against the values; a falsy page is skipped.
    QJsonValue when;
};

/// Renders a page's `when` string against the form values and says whether it is truthy.
using WhenEvaluator = std::function<bool(const QString &expression, const QJsonObject &values)>;

/// A WhenEvaluator on `engine` (which must outlive it): `${{ }}` rendered with `parameters` = the values, truthy
/// like a step's `if` (a lone expression keeps its type; a render error keeps the string, which is truthy).
[[nodiscard]] WhenEvaluator nunjucksWhenEvaluator(NunjucksEngine &engine);

/// The parameter form of a template, and its validation with valijson (JSON Schema draft 7 keywords: types,
/// enum, required, pattern, minimum/maximum, minLength/maxLength, items, uniqueItems, dependencies, oneOf,
/// if/then/else).
class FormSchema
{
public:
    [[nodiscard]] static Result<FormSchema> fromTemplate(const TemplateDefinition &definition);

    [[nodiscard]] const QList<FormPage> &pages() const { return m_pages; }

    /// True when some page has a `when` string (it needs an evaluator, see setWhenEvaluator()).
    [[nodiscard]] bool needsWhenEvaluator() const;
    /// Without an evaluator, a page whose `when` is a string shows.
    void setWhenEvaluator(WhenEvaluator evaluator)
    {
        m_when = std::move(evaluator);
        m_whenCache.clear();
    }
    /// False when page `page`'s `when` is false (or renders falsy) for `values`: the page is skipped.
    [[nodiscard]] bool pageShown(int page, const QJsonObject &values) const;

    /// `values` with every missing field's default filled in (conditional fields only while they show).
    [[nodiscard]] QJsonObject withDefaults(const QJsonObject &values) const;

    /// The fields page `page` shows for `values`: its own, then those of the conditions that hold (none when the
    /// page is skipped).
    [[nodiscard]] QList<FormField> visibleFields(int page, const QJsonObject &values) const;
    /// Every field of every page that shows for `values`, in page order.
    [[nodiscard]] QList<FormField> allVisibleFields(const QJsonObject &values) const;
    /// `values` without the values of fields that do not show: conditional fields whose condition does not hold
    /// and fields of skipped pages (unless a shown page has them too). This is what the run gets.
    [[nodiscard]] QJsonObject withoutHiddenBranches(const QJsonObject &values) const;
    /// True when `values` validate against `schema` (used for `if` and `oneOf` conditions).
    [[nodiscard]] static bool matches(const QJsonObject &schema, const QJsonObject &values);

    /// Field name -> messages, checked against every shown page (Backstage validates the values against each
    /// page's schema, skipped pages left out). Problems not tied to one field use the key "".
    [[nodiscard]] QHash<QString, QStringList> validate(const QJsonObject &values) const;

private:
    QList<FormPage> m_pages;
    WhenEvaluator m_when;
    /// Per page: the last values and answer (so a FormSchema with an evaluator is for one thread at a time).
    mutable QList<std::optional<std::pair<QJsonObject, bool>>> m_whenCache;
};

} // namespace scaffolder
