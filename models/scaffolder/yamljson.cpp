// SPDX-License-Identifier: Apache-2.0
#include "scaffolder/yamljson.h"

#include <QJSValueIterator>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace scaffolder {

QString jsonQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

namespace {

// YAML 1.2 core schema resolution of a plain scalar.
QString plainScalarToJson(const QString &v)
{
    static const QRegularExpression nullRx(QStringLiteral("^(?:~|null|Null|NULL|)$"));
    static const QRegularExpression boolRx(QStringLiteral("^(?:true|True|TRUE|false|False|FALSE)$"));
    static const QRegularExpression intRx(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression hexRx(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression octRx(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression floatRx(
        QStringLiteral("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"));
    if (nullRx.match(v).hasMatch())
        return QStringLiteral("null");
    if (boolRx.match(v).hasMatch())
        return v.toLower();
    auto number = [](double d) {
        if (!std::isfinite(d))
            return QStringLiteral("null"); // JSON has no Infinity/NaN
        return QString::number(d, 'g', 17).replace(QStringLiteral("e+"), QStringLiteral("e"));
    };
    if (intRx.match(v).hasMatch())
        return number(v.toDouble());
    if (hexRx.match(v).hasMatch())
        return number(double(v.mid(2).toULongLong(nullptr, 16)));
    if (octRx.match(v).hasMatch())
        return number(double(v.mid(2).toULongLong(nullptr, 8)));
    if (floatRx.match(v).hasMatch())
        return number(v.toDouble());
    return jsonQuote(v);
}

} // namespace

QString yamlNodeToJson(const YAML::Node &node, const QString &path, QHash<QString, int> *lines)
{
    if (lines)
        lines->insert(path, node.Mark().line + 1);
    switch (node.Type()) {
    case YAML::NodeType::Sequence: {
        QStringList items;
        int i = 0;
        for (const auto &child : node)
            items << yamlNodeToJson(child, path + QStringLiteral("[%1]").arg(i++), lines);
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    case YAML::NodeType::Map: {
        QStringList items;
        for (const auto &kv : node) {
            const QString key = QString::fromStdString(kv.first.as<std::string>());
            const QString childPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            items << jsonQuote(key) + QLatin1Char(':') + yamlNodeToJson(kv.second, childPath, lines);
        }
        return QLatin1Char('{') + items.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    case YAML::NodeType::Scalar: {
        const QString value = QString::fromStdString(node.Scalar());
        return node.Tag() == "!" ? jsonQuote(value) : plainScalarToJson(value);
    }
    default:
        return QStringLiteral("null");
    }
}

Result<YamlJson> yamlToJson(const QByteArray &yaml, const QString &fileName)
{
    try {
        YamlJson out;
        const YAML::Node root = YAML::Load(yaml.toStdString());
        out.json = yamlNodeToJson(root, QString(), &out.lines);
        return out;
    } catch (const YAML::Exception &e) {
        return Error{QStringLiteral("YAMLException"), QString::fromStdString(e.msg), fileName, e.mark.line + 1, {}};
    }
}

namespace {

void emitJs(YAML::Emitter &out, const QJSValue &v)
{
    if (v.isArray()) {
        out << YAML::BeginSeq;
        const int n = v.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < n; ++i)
            emitJs(out, v.property(quint32(i)));
        out << YAML::EndSeq;
    } else if (v.isObject()) {
        out << YAML::BeginMap;
        QJSValueIterator it(v);
        while (it.hasNext()) {
            it.next();
            if (it.value().isUndefined())
                continue;
            out << YAML::Key << it.name().toStdString() << YAML::Value;
            emitJs(out, it.value());
        }
        out << YAML::EndMap;
    } else if (v.isBool()) {
        out << v.toBool();
    } else if (v.isNumber()) {
        out << YAML::Value << QString::number(v.toNumber(), 'g', 17).toStdString();
    } else if (v.isNull() || v.isUndefined()) {
        out << YAML::Null;
    } else {
        const std::string s = v.toString().toStdString();
        // Keep strings that look like other types quoted so they read back as strings.
        const QString asJson = plainScalarToJson(v.toString());
        if (!asJson.startsWith(QLatin1Char('"')))
            out << YAML::DoubleQuoted << s;
        else
            out << s;
    }
}

} // namespace

QByteArray jsValueToYaml(const QJSValue &value)
{
    YAML::Emitter out;
    out.SetBoolFormat(YAML::TrueFalseBool);
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    emitJs(out, value);
    return QByteArray(out.c_str()) + '\n';
}

} // namespace scaffolder
