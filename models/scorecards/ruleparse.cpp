// SPDX-License-Identifier: Apache-2.0
// Rule files: YAML → RuleSet. yaml-cpp stays inside this file; every problem names file:line:col and the field.
#include "scorecards/facts.h"
#include "scorecards/ruleset.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace scorecards
{

namespace
{

QString str(const std::string &text)
{
    return QString::fromStdString(text);
}

class Parser
{
public:
    Parser(QString fileName, QList<catalog::Diagnostic> *problems) : m_file(std::move(fileName)), m_problems(problems)
    {
    }

    void problem(const YAML::Node &at, const QString &field, const QString &message)
    {
        const YAML::Mark mark = at.Mark();
        m_problems->append(
            { m_file, mark.line >= 0 ? mark.line + 1 : 0, mark.column >= 0 ? mark.column + 1 : 0, field, message });
    }

    /// Complains about keys outside `allowed` (typos would otherwise silently disable a rule).
    void onlyKeys(const YAML::Node &map, const QString &field, const QStringList &allowed)
    {
        for (const auto &kv : map) {
            const QString key = str(kv.first.Scalar());
            if (!allowed.contains(key)) {
                problem(kv.first, field.isEmpty() ? key : field + u'.' + key,
                    QStringLiteral("unknown field '%1'; expected one of: %2")
                        .arg(key, allowed.join(QStringLiteral(", "))));
            }
        }
    }

    std::optional<QString> text(const YAML::Node &map, const char *key, const QString &field, bool required)
    {
        const YAML::Node node = map[key];
        const QString name = field + u'.' + QLatin1String(key);
        if (!node) {
            if (required)
                problem(map, name, QStringLiteral("'%1' is required").arg(QLatin1String(key)));
            return std::nullopt;
        }
        if (!node.IsScalar() || node.Scalar().empty()) {
            problem(node, name, QStringLiteral("'%1' must be a non-empty string").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return str(node.Scalar());
    }

    /// `kind: Component` or `kind: [Component, API]`, lowercased.
    QStringList names(const YAML::Node &node, const QString &field)
    {
        QStringList out;
        if (node.IsScalar())
            return { str(node.Scalar()).toLower() };
        if (node.IsSequence()) {
            for (const auto &item : node) {
                if (item.IsScalar())
                    out << str(item.Scalar()).toLower();
                else
                    problem(item, field, QStringLiteral("expected a name"));
            }
            return out;
        }
        problem(node, field, QStringLiteral("expected a name or a list of names"));
        return out;
    }

    static QJsonValue scalarValue(const YAML::Node &node)
    {
        const std::string &text = node.Scalar();
        if (node.Tag() == "!") // quoted: always a string
            return str(text);
        if (text == "true" || text == "True" || text == "TRUE")
            return true;
        if (text == "false" || text == "False" || text == "FALSE")
            return false;
        if (text == "null" || text == "~" || text.empty())
            return QJsonValue::Null;
        bool ok = false;
        const double number = str(text).toDouble(&ok);
        return ok ? QJsonValue(number) : QJsonValue(str(text));
    }

    std::optional<Condition> condition(const YAML::Node &node, const QString &field)
    {
        if (!node.IsMap()) {
            problem(node, field, QStringLiteral("a rule is a mapping with factRef or path, operator and value"));
            return std::nullopt;
        }
        onlyKeys(node, field,
            { QStringLiteral("factRef"), QStringLiteral("path"), QStringLiteral("operator"), QStringLiteral("value") });
        Condition c;
        c.line = node.Mark().line + 1;
        const bool hasFact = bool(node["factRef"]), hasPath = bool(node["path"]);
        if (hasFact == hasPath) {
            problem(node, field, QStringLiteral("give exactly one of factRef (a built-in fact) or path (a JSONPath)"));
            return std::nullopt;
        }
        bool ok = true;
        if (hasFact) {
            const auto fact = text(node, "factRef", field, true);
            if (fact && !isBuiltinFact(*fact)) {
                QStringList known;
                for (const FactInfo &info : builtinFacts())
                    known << info.name;
                problem(node["factRef"], field + QStringLiteral(".factRef"),
                    QStringLiteral("unknown fact '%1'; built-in facts: %2")
                        .arg(*fact, known.join(QStringLiteral(", "))));
                ok = false;
            }
            c.factRef = fact.value_or(QString());
            ok = ok && fact.has_value();
        } else if (const auto pathText = text(node, "path", field, true)) {
            auto parsed = JsonPath::parse(*pathText);
            if (const auto *error = std::get_if<JsonPath::Error>(&parsed)) {
                problem(node["path"], field + QStringLiteral(".path"),
                    QStringLiteral("invalid JSONPath '%1' at character %2: %3")
                        .arg(*pathText)
                        .arg(error->column)
                        .arg(error->message));
                ok = false;
            } else {
                c.path = std::get<JsonPath>(std::move(parsed));
            }
        } else {
            ok = false;
        }
        const auto opText = text(node, "operator", field, true);
        const auto op = opText ? operatorFromName(*opText) : std::nullopt;
        if (opText && !op) {
            problem(node["operator"], field + QStringLiteral(".operator"),
                QStringLiteral("unknown operator '%1'; use equal, notEqual, greaterThan, lessThan, contains or exists")
                    .arg(*opText));
        }
        if (!op)
            return std::nullopt;
        c.op = *op;
        const YAML::Node value = node["value"];
        const QString valueField = field + QStringLiteral(".value");
        if (!value) {
            if (c.op != Operator::Exists) {
                problem(node, valueField, QStringLiteral("operator %1 needs a value").arg(*opText));
                return std::nullopt;
            }
            c.value = true;
        } else if (!value.IsScalar()) {
            problem(value, valueField, QStringLiteral("value must be a single string, number or boolean"));
            return std::nullopt;
        } else {
            c.value = scalarValue(value);
            if ((c.op == Operator::GreaterThan || c.op == Operator::LessThan) && !c.value.isDouble()) {
                problem(value, valueField,
                    QStringLiteral("%1 compares numbers; '%2' is not a number").arg(*opText, str(value.Scalar())));
                ok = false;
            } else if (c.op == Operator::Exists && !c.value.isBool()) {
                problem(
                    value, valueField, QStringLiteral("exists takes true (must be present) or false (must be absent)"));
                ok = false;
            }
        }
        return ok ? std::optional<Condition>(std::move(c)) : std::nullopt;
    }

    std::optional<Check> check(const YAML::Node &node, const QString &field)
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
        if (!node.IsMap()) {
            problem(node, field, QStringLiteral("a check is a mapping with id, name, rules"));
            return std::nullopt;
        }
        onlyKeys(node, field,
            { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("fix"),
                QStringLiteral("filter"), QStringLiteral("rules") });
        Check c;
        c.file = m_file;
        c.line = node.Mark().line + 1;
        const int before = int(m_problems->size());
        if (const auto id = text(node, "id", field, true)) {
            if (!idPattern.match(*id).hasMatch())
                problem(node["id"], field + QStringLiteral(".id"),
                    QStringLiteral("id '%1' must be lowercase letters, digits, '.', '_' or '-'").arg(*id));
            else if (m_ids.contains(*id))
                problem(node["id"], field + QStringLiteral(".id"),
                    QStringLiteral("id '%1' is used twice in this file").arg(*id));
            m_ids.insert(*id);
            c.id = *id;
        }
        c.name = text(node, "name", field, true).value_or(QString());
        c.description = text(node, "description", field, false).value_or(QString());
        c.fix = text(node, "fix", field, false).value_or(QString());
        if (const YAML::Node filter = node["filter"]) {
            const QString filterField = field + QStringLiteral(".filter");
            if (!filter.IsMap()) {
                problem(filter, filterField, QStringLiteral("filter is a mapping with kind and/or type"));
            } else {
                onlyKeys(filter, filterField, { QStringLiteral("kind"), QStringLiteral("type") });
                if (filter["kind"])
                    c.kinds = names(filter["kind"], filterField + QStringLiteral(".kind"));
                if (filter["type"])
                    c.types = names(filter["type"], filterField + QStringLiteral(".type"));
            }
        }
        const YAML::Node rules = node["rules"];
        if (!rules || !rules.IsSequence() || rules.size() == 0) {
            problem(rules ? rules : node, field + QStringLiteral(".rules"),
                QStringLiteral("'rules' must be a non-empty list"));
        } else {
            for (std::size_t i = 0; i < rules.size(); ++i) {
                if (auto condition = this->condition(rules[i], field + QStringLiteral(".rules.%1").arg(i)))
                    c.rules.append(std::move(*condition));
            }
        }
        return m_problems->size() == before ? std::optional<Check>(std::move(c)) : std::nullopt;
    }

    void ruleSet(const YAML::Node &root, RuleSet *out)
    {
        if (!root.IsMap()) {
            problem(root, {}, QStringLiteral("a rule file is a mapping with 'checks' (a list)"));
            return;
        }
        onlyKeys(root, {}, { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("checks") });
        out->name = text(root, "name", QString(), false).value_or(QString());
        const YAML::Node checks = root["checks"];
        if (!checks || !checks.IsSequence() || checks.size() == 0) {
            problem(
                checks ? checks : root, QStringLiteral("checks"), QStringLiteral("'checks' must be a non-empty list"));
            return;
        }
        for (std::size_t i = 0; i < checks.size(); ++i) {
            if (auto c = check(checks[i], QStringLiteral("checks.%1").arg(i)))
                out->checks.append(std::move(*c));
        }
    }

private:
    QString m_file;
    QList<catalog::Diagnostic> *m_problems;
    QSet<QString> m_ids;
};

} // namespace

LoadResult parseRules(const QByteArray &text, const QString &fileName)
{
    LoadResult result;
    result.ruleSet.files = { fileName };
    result.ruleSet.digest
        = QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(12));
    Parser parser(fileName, &result.problems);
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        if (!root || root.IsNull())
            result.problems.append(
                { fileName, 1, 1, {}, QStringLiteral("the rule file is empty; it needs a 'checks' list") });
        else
            parser.ruleSet(root, &result.ruleSet);
    } catch (const YAML::Exception &e) {
        result.problems.append({ fileName, e.mark.line + 1, e.mark.column + 1, {},
            QStringLiteral("YAML syntax error: %1").arg(str(e.msg)) });
    }
    if (!result.ok())
        result.ruleSet.checks.clear();
    return result;
}

} // namespace scorecards
