// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/formschema.h"

#include "scaffolder/nunjucksengine.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

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
    f.secret = f.field == QLatin1String("Secret") || f.widget == QLatin1String("password");
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

// Property names in declaration order: yaml-cpp keeps it, QJsonObject sorts.
QStringList keyOrder(const YAML::Node &properties, const QJsonObject &fallback)
{
    QStringList order;
    if (properties && properties.IsMap()) {
        for (const auto &kv : properties)
            order << QString::fromStdString(kv.first.as<std::string>());
        return order;
    }
    return fallback.keys();
}

QList<FormField> fieldsOf(const QJsonObject &schema, const YAML::Node &node, const QStringList &exclude)
{
    QList<FormField> fields;
    const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
    QStringList required;
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
        required << r.toString();
    for (const QString &name : keyOrder(node ? node["properties"] : YAML::Node(), properties))
        if (!exclude.contains(name) && properties.value(name).isObject())
            fields << makeField(name, properties.value(name).toObject(), required.contains(name));
    return fields;
}

YAML::Node child(const YAML::Node &node, const char *key)
{
    return node && node.IsMap() ? node[key] : YAML::Node();
}

YAML::Node child(const YAML::Node &node, std::size_t index)
{
    return node && node.IsSequence() && index < node.size() ? node[index] : YAML::Node();
}

void collectConditionals(QList<ConditionalFields> &out, const QJsonObject &schema, const YAML::Node &node,
                         const QStringList &base, int &groups, int parent);

// Appends one branch, then the conditions nested inside it (they show only while this branch shows).
void addBranch(QList<ConditionalFields> &out, ConditionalFields branch, const QJsonObject &schema,
               const YAML::Node &node, const QStringList &base, int &groups)
{
    out << std::move(branch);
    collectConditionals(out, schema, node, base, groups, int(out.size()) - 1);
}

void addIfThenElse(QList<ConditionalFields> &out, const QJsonObject &schema, const YAML::Node &node,
                   const QStringList &base, int &groups, int parent)
{
    if (!schema.value(QStringLiteral("if")).isObject())
        return;
    const QJsonObject condition = stripUi(schema.value(QStringLiteral("if"))).toObject();
    for (const auto &[key, negate] : {std::pair{"then", false}, std::pair{"else", true}}) {
        const QJsonObject branch = schema.value(QLatin1String(key)).toObject();
        if (!branch.isEmpty())
            addBranch(out, ConditionalFields{condition, negate, -1, fieldsOf(branch, child(node, key), base), parent},
                      branch, child(node, key), base, groups);
    }
}

// `dependencies`, `if`/`then`/`else` and `allOf` of `schema` (a page, or a branch when `parent` >= 0).
void collectConditionals(QList<ConditionalFields> &out, const QJsonObject &schema, const YAML::Node &node,
                         const QStringList &base, int &groups, int parent)
{
    const QJsonObject dependencies = schema.value(QStringLiteral("dependencies")).toObject();
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
        if (!it.value().isObject())
            continue; // a list of names only makes them required
        const QString key = it.key();
        const QJsonObject dependency = it.value().toObject();
        const YAML::Node dependencyNode = child(child(node, "dependencies"), key.toStdString().c_str());
        if (dependency.contains(QStringLiteral("properties")))
            addBranch(out,
                      ConditionalFields{QJsonObject{{QStringLiteral("required"), QJsonArray{key}}}, false, -1,
                                        fieldsOf(dependency, dependencyNode, base + QStringList{key}), parent},
                      dependency, dependencyNode, base + QStringList{key}, groups);
        const char *listKey = dependency.contains(QStringLiteral("oneOf")) ? "oneOf"
            : dependency.contains(QStringLiteral("anyOf"))                ? "anyOf" : nullptr;
        if (!listKey)
            continue;
        const int group = groups++;
        const QJsonArray branches = dependency.value(QLatin1String(listKey)).toArray();
        for (qsizetype i = 0; i < branches.size(); ++i) {
            const QJsonObject branch = branches.at(i).toObject();
            const QJsonValue keySchema = branch.value(QStringLiteral("properties")).toObject().value(key);
            if (!keySchema.isObject())
                continue;
            // RJSF: the branch whose schema for `key` accepts the current value (exactly one must).
            const QJsonObject condition{{QStringLiteral("type"), QStringLiteral("object")},
                                        {QStringLiteral("properties"), QJsonObject{{key, stripUi(keySchema)}}}};
            const YAML::Node branchNode = child(child(dependencyNode, listKey), std::size_t(i));
            addBranch(out,
                      ConditionalFields{condition, false, group, fieldsOf(branch, branchNode, base + QStringList{key}), parent},
                      branch, branchNode, base + QStringList{key}, groups);
        }
    }
    addIfThenElse(out, schema, node, base, groups, parent);
    const QJsonArray allOf = schema.value(QStringLiteral("allOf")).toArray();
    for (qsizetype i = 0; i < allOf.size(); ++i)
        addIfThenElse(out, allOf.at(i).toObject(), child(child(node, "allOf"), std::size_t(i)), base, groups, parent);
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
        fp.when = page.value(QStringLiteral("when"));
        // `when` is Backstage's page condition, not a JSON Schema keyword: keep it out of validation.
        fp.schema.remove(QStringLiteral("when"));
        if (!fp.when.isUndefined() && !fp.when.isBool() && !fp.when.isString())
            return Error{QStringLiteral("InputError"), QStringLiteral("must be a boolean or a template string"),
                         definition.file, definition.lineOf(QStringLiteral("spec.parameters[%1].when").arg(p)),
                         QStringLiteral("spec.parameters[%1].when").arg(p)};
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
        int groups = 0;
        collectConditionals(fp.conditional, page, ordered[std::size_t(p)], order, groups, -1);
        form.m_pages << fp;
    }
    return form;
}

QJsonObject FormSchema::withDefaults(const QJsonObject &values) const
{
    QJsonObject out = values;
    // Twice: a default may switch on a condition whose fields have defaults of their own.
    for (int round = 0; round < 2; ++round)
        for (const FormField &f : allVisibleFields(out))
            if (!out.contains(f.name) && !f.defaultValue.isUndefined())
                out.insert(f.name, f.defaultValue);
    return out;
}

bool FormSchema::matches(const QJsonObject &schemaJson, const QJsonObject &values)
{
    try {
        valijson::Schema schema;
        valijson::SchemaParser parser;
        const QJsonValue schemaValue(schemaJson);
        valijson::adapters::QtJsonAdapter schemaAdapter(schemaValue);
        parser.populateSchema(schemaAdapter, schema);
        valijson::Validator validator;
        const QJsonValue target(values);
        valijson::adapters::QtJsonAdapter targetAdapter(target);
        return validator.validate(schema, targetAdapter, nullptr);
    } catch (const std::exception &) {
        return false;
    }
}

WhenEvaluator nunjucksWhenEvaluator(NunjucksEngine &engine)
{
    return [&engine](const QString &expression, const QJsonObject &values) {
        // Backstage's page conditions also accept a leading `!` (`${{ !parameters.ci }}`), which nunjucks has no
        // operator for: it becomes `not (...)`.
        static const QRegularExpression negated(QStringLiteral(R"(^\s*\$\{\{\s*!(?!=)(.*)\}\}\s*$)"),
                                                QRegularExpression::DotMatchesEverythingOption);
        QString source = expression;
        if (const auto m = negated.match(expression); m.hasMatch())
            source = QStringLiteral("${{ not (%1) }}").arg(m.captured(1).trimmed());
        QJSValue context = engine.newObject();
        context.setProperty(QStringLiteral("parameters"), engine.fromJson(QJsonValue(values)));
        const QJSValue v = engine.renderValue(QJSValue(source), context);
        if (v.isArray())
            return v.property(QStringLiteral("length")).toInt() > 0;
        return v.toBool();
    };
}

bool FormSchema::needsWhenEvaluator() const
{
    return std::any_of(m_pages.cbegin(), m_pages.cend(), [](const FormPage &p) { return p.when.isString(); });
}

bool FormSchema::pageShown(int page, const QJsonObject &values) const
{
    if (page < 0 || page >= m_pages.size())
        return false;
    const QJsonValue &when = m_pages.at(page).when;
    if (when.isBool())
        return when.toBool();
    if (!when.isString() || !m_when)
        return true;
    // The wizard asks about every page several times per keystroke with the same values: remember the last answer.
    if (m_whenCache.size() != m_pages.size())
        m_whenCache.resize(m_pages.size());
    auto &cached = m_whenCache[page];
    if (!cached || cached->first != values)
        cached = std::pair{values, m_when(when.toString(), values)};
    return cached->second;
}

QList<FormField> FormSchema::visibleFields(int pageIndex, const QJsonObject &values) const
{
    if (!pageShown(pageIndex, values))
        return {};
    const FormPage &page = m_pages.at(pageIndex);
    QList<FormField> fields = page.fields;
    QHash<int, int> groupMatches;
    QList<bool> shows;
    for (const ConditionalFields &c : page.conditional) {
        const bool show = matches(c.condition, values) != c.negate;
        shows << show;
        if (show && c.group >= 0)
            ++groupMatches[c.group];
    }
    // A nested condition shows only while the branch around it shows (parents come before their children).
    for (qsizetype i = 0; i < page.conditional.size(); ++i) {
        const ConditionalFields &c = page.conditional.at(i);
        shows[i] = shows.at(i) && (c.group < 0 || groupMatches.value(c.group) == 1)
            && (c.parent < 0 || shows.at(c.parent));
    }
    for (qsizetype i = 0; i < page.conditional.size(); ++i) {
        const ConditionalFields &c = page.conditional.at(i);
        if (!shows.at(i))
            continue;
        for (const FormField &f : c.fields) {
            const bool known = std::any_of(fields.cbegin(), fields.cend(), [&](const FormField &x) { return x.name == f.name; });
            if (!known)
                fields << f;
        }
    }
    return fields;
}

QList<FormField> FormSchema::allVisibleFields(const QJsonObject &values) const
{
    QList<FormField> fields;
    for (int p = 0; p < m_pages.size(); ++p)
        fields << visibleFields(p, values);
    return fields;
}

QJsonObject FormSchema::withoutHiddenBranches(const QJsonObject &values) const
{
    QStringList visible;
    for (const FormField &f : allVisibleFields(values))
        visible << f.name;
    QJsonObject out = values;
    for (const FormPage &page : m_pages) {
        for (const FormField &f : page.fields)
            if (!visible.contains(f.name))
                out.remove(f.name);
        for (const ConditionalFields &c : page.conditional)
            for (const FormField &f : c.fields)
                if (!visible.contains(f.name))
                    out.remove(f.name);
    }
    return out;
}

QHash<QString, QStringList> FormSchema::validate(const QJsonObject &values) const
{
    QHash<QString, QStringList> errors;
    const QJsonValue target(values);
    for (int p = 0; p < m_pages.size(); ++p) {
        const FormPage &page = m_pages.at(p);
        if (!pageShown(p, values))
            continue;
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
                // A `oneOf` branch chosen by another value reports its own narrower enum ("kind: [library]" while
                // kind is "service"); the field's value is fine when its own enum accepts it.
                auto acceptedByOwnEnum = [&](const QList<FormField> &fields) {
                    return std::any_of(fields.cbegin(), fields.cend(), [&](const FormField &f) {
                        return f.name == field && f.enumValues.contains(values.value(field));
                    });
                };
                if (message.startsWith(QLatin1String("Failed to match against any enum values"))
                    && (acceptedByOwnEnum(page.fields)
                        || std::any_of(page.conditional.cbegin(), page.conditional.cend(),
                                       [&](const ConditionalFields &c) { return acceptedByOwnEnum(c.fields); })))
                    continue;
                if (!errors.value(field).contains(message))
                    errors[field] << message;
            }
        } catch (const std::exception &e) {
            errors[QString()] << QStringLiteral("invalid parameter schema on page \"%1\": %2")
                                      .arg(page.title, QString::fromUtf8(e.what()));
        }
    }
    // A `oneOf`, `if`/`then` or `allOf` fails as a whole when a field inside its branch fails (a nested branch's
    // required field, say); that field's own message says what to fix, so the whole-form one goes.
    if (errors.size() > 1 && errors.contains(QString())) {
        for (const char *generic : {"Failed to validate against any child schemas allowed by oneOf constraint.",
                                    "Failed to validate against a conditional schema set by if-then-else constraints.",
                                    "Failed to validate against child schema #"})
            errors[QString()].removeIf([&](const QString &m) { return m.startsWith(QLatin1String(generic)); });
        if (errors.value(QString()).isEmpty())
            errors.remove(QString());
    }
    return errors;
}

} // namespace scaffolder
