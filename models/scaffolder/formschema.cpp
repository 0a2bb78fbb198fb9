// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/formschema.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <yaml-cpp/yaml.h>

namespace scaffolder {

namespace {

// Removes ui:* keys at every depth (properties, items, dependencies, oneOf, then/else...).
QJsonValue stripUi(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(stripUi(item));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!it.key().startsWith(QLatin1String("ui:")) && it.key() != QLatin1String("enumNames"))
            out.insert(it.key(), stripUi(it.value()));
    return out;
}

FormField makeField(const QString &name, const QJsonObject &s, bool required)
{
    FormField f;
    f.name = name;
    f.title = s.value(QStringLiteral("title")).toString(name);
    f.description = s.value(QStringLiteral("description")).toString(s.value(QStringLiteral("ui:description")).toString());
    f.type = s.value(QStringLiteral("type")).toString();
    f.widget = s.value(QStringLiteral("ui:widget")).toString();
    f.field = s.value(QStringLiteral("ui:field")).toString();
    f.help = s.value(QStringLiteral("ui:help")).toString();
    f.placeholder = s.value(QStringLiteral("ui:placeholder")).toString();
    f.autofocus = s.value(QStringLiteral("ui:autofocus")).toBool();
    f.required = required;
    f.defaultValue = s.value(QStringLiteral("default"));
    f.uiOptions = s.value(QStringLiteral("ui:options")).toObject();
    const QJsonObject items = s.value(QStringLiteral("items")).toObject();
    f.multiSelect = f.type == QLatin1String("array") && items.contains(QStringLiteral("enum"))
        && s.value(QStringLiteral("uniqueItems")).toBool();
    const QJsonObject &source = f.multiSelect ? items : s;
    f.enumValues = source.value(QStringLiteral("enum")).toArray();
    f.enumNames = source.value(QStringLiteral("enumNames")).toArray();
    f.schema = stripUi(s).toObject();
    return f;
}

} // namespace

Result<FormSchema> FormSchema::fromTemplate(const TemplateDefinition &definition)
{
    FormSchema form;
    const QJsonArray pages = QJsonDocument::fromJson(definition.parametersJson.toUtf8()).array();
    YAML::Node ordered; // JSON is YAML: yaml-cpp keeps the declaration order QJsonObject loses
    try {
        ordered = YAML::Load(definition.parametersJson.toStdString());
    } catch (const YAML::Exception &) {
    }
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject page = pages.at(p).toObject();
        FormPage fp;
        fp.title = page.value(QStringLiteral("title")).toString();
        fp.description = page.value(QStringLiteral("description")).toString();
        fp.schema = stripUi(page).toObject();
        QStringList requiredNames;
        for (const QJsonValue &r : page.value(QStringLiteral("required")).toArray())
            requiredNames << r.toString();
        QStringList order;
        const YAML::Node props = ordered[std::size_t(p)]["properties"];
        if (props && props.IsMap())
            for (const auto &kv : props)
                order << QString::fromStdString(kv.first.as<std::string>());
        const QJsonArray uiOrder = page.value(QStringLiteral("ui:order")).toArray();
        if (!uiOrder.isEmpty()) {
            QStringList explicitOrder;
            for (const QJsonValue &v : uiOrder)
                if (v.toString() != QLatin1String("*") && order.contains(v.toString()))
                    explicitOrder << v.toString();
            for (const QString &n : order)
                if (!explicitOrder.contains(n))
                    explicitOrder << n;
            order = explicitOrder;
        }
        const QJsonObject properties = page.value(QStringLiteral("properties")).toObject();
        for (const QString &name : order)
            fp.fields << makeField(name, properties.value(name).toObject(), requiredNames.contains(name));
        form.m_pages << fp;
    }
    return form;
}

QJsonObject FormSchema::withDefaults(const QJsonObject &values) const
{
    QJsonObject out = values;
    for (const FormPage &page : m_pages)
        for (const FormField &f : page.fields)
            if (!out.contains(f.name) && !f.defaultValue.isUndefined())
                out.insert(f.name, f.defaultValue);
    return out;
}

QHash<QString, QStringList> FormSchema::validate(const QJsonObject &values) const
{
    QHash<QString, QStringList> errors;
    const QJsonValue target(values);
    for (const FormPage &page : m_pages) {
        try {
            valijson::Schema schema;
            valijson::SchemaParser parser;
            const QJsonValue schemaJson(page.schema);
            valijson::adapters::QtJsonAdapter schemaAdapter(schemaJson);
            parser.populateSchema(schemaAdapter, schema);
            valijson::Validator validator;
            valijson::ValidationResults results;
            valijson::adapters::QtJsonAdapter targetAdapter(target);
            if (validator.validate(schema, targetAdapter, &results))
                continue;
            valijson::ValidationResults::Error error;
            while (results.popError(error)) {
                QString field;
                for (const std::string &c : error.context)
                    if (c.size() > 2 && c.front() == '[' && c.back() == ']') {
                        field = QString::fromStdString(c.substr(1, c.size() - 2)).remove(QLatin1Char('"'));
                        break;
                    }
                QString message = QString::fromStdString(error.description);
                // valijson reports a missing required property at the object; attach it to the field.
                static const QRegularExpression missing(QStringLiteral("Missing required property '([^']+)'"));
                if (const auto m = missing.match(message); field.isEmpty() && m.hasMatch()) {
                    field = m.captured(1);
                    message = QStringLiteral("is required");
                }
                // valijson also reports every enclosing schema ("... associated with property name 'x'",
                // "child schema #0"); the specific message of the field says it better.
                if (message.startsWith(QLatin1String("Failed to validate against schema associated with property"))
                    || message.startsWith(QLatin1String("Failed to validate against child schema"))
                    || message.startsWith(QLatin1String("Failed to validate against dependent schema")))
                    continue;
                if (!errors.value(field).contains(message))
                    errors[field] << message;
            }
        } catch (const std::exception &e) {
            errors[QString()] << QStringLiteral("invalid parameter schema on page \"%1\": %2")
                                      .arg(page.title, QString::fromUtf8(e.what()));
        }
    }
    return errors;
}

} // namespace scaffolder
