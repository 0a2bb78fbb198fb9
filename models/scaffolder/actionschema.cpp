// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/actionschema.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace scaffolder {

namespace {

// The schemas live in actionschemas.json (a resource), so tests/data/scaffolder/action-inputs/generate.js can
// ask the `jsonschema` library Backstage validates with about the very same schemas. The checker below knows only
// the keywords they use, worded like jsonschema's ValidationError#toString, so a step's error reads like
// Backstage's "Invalid input passed to action <id>, <errors>".
const QHash<QString, QJsonObject> &schemas()
{
    static const QHash<QString, QJsonObject> all = [] {
        QHash<QString, QJsonObject> out;
        QFile file(QStringLiteral(":/scaffolder/actionschemas.json"));
        const QJsonObject o = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), it.value().toObject());
        return out;
    }();
    return all;
}

bool hasType(const QJsonValue &v, const QString &type)
{
    if (type == QLatin1String("string")) return v.isString();
    if (type == QLatin1String("boolean")) return v.isBool();
    if (type == QLatin1String("object")) return v.isObject();
    if (type == QLatin1String("array")) return v.isArray();
    if (type == QLatin1String("number")) return v.isDouble();
    if (type == QLatin1String("integer")) return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == QLatin1String("null")) return v.isNull();
    return true;
}

QString instance(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("instance");
    return path.startsWith(QLatin1Char('[')) ? QStringLiteral("instance") + path : QStringLiteral("instance.") + path;
}

void check(const QJsonValue &v, const QJsonObject &s, const QString &path, QList<SchemaProblem> &out)
{
    if (s.contains(QStringLiteral("type"))) {
        const QJsonValue t = s.value(QStringLiteral("type"));
        QStringList types;
        if (t.isArray())
            for (const QJsonValue &x : t.toArray())
                types << x.toString();
        else
            types << t.toString();
        if (!std::any_of(types.cbegin(), types.cend(), [&](const QString &x) { return hasType(v, x); })) {
            out << SchemaProblem{path, instance(path) + QStringLiteral(" is not of a type(s) ") + types.join(QLatin1Char(','))};
            return; // the other keywords describe a value of the right type
        }
    }
    if (s.contains(QStringLiteral("enum")) && !s.value(QStringLiteral("enum")).toArray().contains(v)) {
        QStringList values;
        for (const QJsonValue &x : s.value(QStringLiteral("enum")).toArray())
            values << x.toVariant().toString();
        out << SchemaProblem{path, instance(path) + QStringLiteral(" is not one of enum values: ") + values.join(QLatin1Char(','))};
    }
    // Backstage's zod unions become `anyOf` (zod-to-json-schema); hand-written schemas may say `oneOf`.
    for (const char *keyword : {"anyOf", "oneOf"}) {
        if (!s.contains(QLatin1String(keyword)))
            continue;
        const QJsonArray branches = s.value(QLatin1String(keyword)).toArray();
        int matching = 0;
        QStringList names;
        for (qsizetype i = 0; i < branches.size(); ++i) {
            QList<SchemaProblem> problems;
            check(v, branches.at(i).toObject(), path, problems);
            matching += problems.isEmpty();
            names << QStringLiteral("[subschema %1]").arg(i);
        }
        const bool any = qstrcmp(keyword, "anyOf") == 0;
        if (any ? matching == 0 : matching != 1)
            out << SchemaProblem{path, instance(path) + (any ? QStringLiteral(" is not any of ") : QStringLiteral(" is not exactly one from "))
                                           + names.join(QLatin1Char(','))};
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray())
            if (!o.contains(r.toString()) || o.value(r.toString()).isUndefined())
                out << SchemaProblem{path.isEmpty() ? r.toString() : path + QLatin1Char('.') + r.toString(),
                                     instance(path) + QStringLiteral(" requires property \"%1\"").arg(r.toString())};
        const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (o.contains(it.key()))
                check(o.value(it.key()), it.value().toObject(),
                      path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), out);
    }
    if (v.isArray() && s.value(QStringLiteral("items")).isObject()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            check(a.at(i), s.value(QStringLiteral("items")).toObject(), path + QStringLiteral("[%1]").arg(i), out);
    }
}

} // namespace

QJsonObject actionInputSchema(const QString &actionId)
{
    if (actionId.startsWith(QLatin1String("publish:")) && actionId != QLatin1String("publish:git"))
        return schemas().value(QStringLiteral("publish:hosted"));
    return schemas().value(actionId);
}

QList<SchemaProblem> checkAgainstSchema(const QJsonValue &input, const QJsonObject &schema)
{
    QList<SchemaProblem> out;
    if (!schema.isEmpty())
        check(input, schema, QString(), out);
    return out;
}

} // namespace scaffolder
