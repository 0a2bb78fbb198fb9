// SPDX-License-Identifier: Apache-2.0
#include "scorecards/ruleset.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace scorecards
{

namespace
{

constexpr qint64 kMaxRuleFileBytes = 1024 * 1024;

const QList<std::pair<Operator, QString>> &operatorNames()
{
    static const QList<std::pair<Operator, QString>> names = {
        { Operator::Equal, QStringLiteral("equal") },
        { Operator::NotEqual, QStringLiteral("notEqual") },
        { Operator::GreaterThan, QStringLiteral("greaterThan") },
        { Operator::LessThan, QStringLiteral("lessThan") },
        { Operator::Contains, QStringLiteral("contains") },
        { Operator::Exists, QStringLiteral("exists") },
    };
    return names;
}

} // namespace

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString operatorName(Operator op)
{
    for (const auto &[candidate, name] : operatorNames()) {
        if (candidate == op)
            return name;
    }
    return {};
}

std::optional<Operator> operatorFromName(const QString &name)
{
    for (const auto &[op, candidate] : operatorNames()) {
        if (candidate == name)
            return op;
    }
    return std::nullopt;
}

QString Condition::describe() const
{
    const QString subject = path ? path->text() : factRef;
    if (op == Operator::Exists)
        return subject + (value.toBool(true) ? QStringLiteral(" exists") : QStringLiteral(" is absent"));
    return subject + u' ' + operatorName(op) + u' ' + valueText(value);
}

bool Check::appliesTo(const QString &kind, const QString &type) const
{
    return (kinds.isEmpty() || kinds.contains(kind.toLower())) && (types.isEmpty() || types.contains(type.toLower()));
}

LoadResult loadRuleFiles(const QStringList &paths)
{
    LoadResult merged;
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            merged.problems.append(
                { path, 0, 0, {}, QStringLiteral("cannot read the rule file: %1").arg(file.errorString()) });
            continue;
        }
        if (file.size() > kMaxRuleFileBytes) {
            merged.problems.append({ path, 0, 0, {}, QStringLiteral("the rule file is larger than 1 MiB") });
            continue;
        }
        const QByteArray text = file.readAll();
        digest.addData(text);
        LoadResult one = parseRules(text, path);
        merged.problems += one.problems;
        merged.ruleSet.files << path;
        if (merged.ruleSet.name.isEmpty())
            merged.ruleSet.name = one.ruleSet.name;
        for (Check &check : one.ruleSet.checks) {
            auto same = std::find_if(merged.ruleSet.checks.begin(), merged.ruleSet.checks.end(),
                [&check](const Check &c) { return c.id == check.id; });
            if (same != merged.ruleSet.checks.end())
                *same = std::move(check);
            else
                merged.ruleSet.checks.append(std::move(check));
        }
    }
    if (merged.ruleSet.name.isEmpty())
        merged.ruleSet.name = QStringLiteral("default");
    merged.ruleSet.digest = QString::fromLatin1(digest.result().toHex().left(12));
    if (!merged.ok())
        merged.ruleSet.checks.clear();
    return merged;
}

QString defaultRulesPath()
{
    return QStringLiteral(":/portolan/scorecards/default.yaml");
}

QStringList userRuleFiles()
{
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/portolan/scorecards"));
    QStringList out;
    const QStringList names
        = dir.entryList({ QStringLiteral("*.yaml"), QStringLiteral("*.yml") }, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out << dir.filePath(name);
    return out;
}

LoadResult loadConfiguredRules()
{
    return loadRuleFiles(QStringList { defaultRulesPath() } + userRuleFiles());
}

QString ruleSetKey(const RuleSet &rules)
{
    return rules.name + u'@' + rules.digest;
}

} // namespace scorecards
