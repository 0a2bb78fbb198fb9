// SPDX-License-Identifier: Apache-2.0
// Operator semantics. A path can select several values (wildcards); a rule holds when any selected value
// satisfies it, except notEqual, which holds when none equals the value (a missing field is "not equal").
#include "scorecards/evaluator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace scorecards
{

namespace
{

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return u'"' + value.toString() + u'"';
    const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()                    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return json.size() > 80 ? QString::fromUtf8(json.left(77)) + QStringLiteral("...") : QString::fromUtf8(json);
}

/// YAML gives numbers as doubles and "true" as bool; entities are JSON. Numbers compare by value,
/// everything else strictly (a string "1" is not the number 1).
bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

bool containsValue(const QJsonValue &haystack, const QJsonValue &needle)
{
    if (haystack.isArray()) {
        const QJsonArray array = haystack.toArray();
        return std::any_of(
            array.begin(), array.end(), [&needle](const QJsonValue &item) { return same(item, needle); });
    }
    if (haystack.isString() && needle.isString())
        return haystack.toString().contains(needle.toString());
    if (haystack.isObject() && needle.isString())
        return haystack.toObject().contains(needle.toString());
    return false;
}

bool satisfies(Operator op, const QJsonValue &actual, const QJsonValue &expected)
{
    switch (op) {
    case Operator::Equal:
        return same(actual, expected);
    case Operator::GreaterThan:
        return actual.isDouble() && actual.toDouble() > expected.toDouble();
    case Operator::LessThan:
        return actual.isDouble() && actual.toDouble() < expected.toDouble();
    case Operator::Contains:
        return containsValue(actual, expected);
    case Operator::NotEqual:
    case Operator::Exists:
        break;
    }
    return false;
}

} // namespace

bool conditionHolds(const Condition &condition, const QJsonObject &entity, const QJsonObject &facts, Failure *failure)
{
    QList<QJsonValue> values;
    if (condition.path) {
        values = condition.path->evaluate(entity);
        // An explicit null or empty string is what people write for "not filled in".
        values.removeIf([](const QJsonValue &v) { return v.isNull() || (v.isString() && v.toString().isEmpty()); });
    } else if (facts.contains(condition.factRef)) {
        values = { facts.value(condition.factRef) };
    }
    bool holds = false;
    switch (condition.op) {
    case Operator::Exists:
        holds = values.isEmpty() != condition.value.toBool(true);
        break;
    case Operator::NotEqual:
        holds = std::none_of(
            values.cbegin(), values.cend(), [&condition](const QJsonValue &v) { return same(v, condition.value); });
        break;
    default:
        holds = std::any_of(values.cbegin(), values.cend(),
            [&condition](const QJsonValue &v) { return satisfies(condition.op, v, condition.value); });
        break;
    }
    if (!holds && failure) {
        QStringList found;
        for (const QJsonValue &v : std::as_const(values))
            found << shown(v);
        *failure = { condition.path ? condition.path->text() : condition.factRef, condition.op,
            condition.op == Operator::Exists ? QJsonValue(condition.value.toBool(true)) : condition.value, found };
    }
    return holds;
}

bool conditionHolds(const Condition &condition, const QJsonObject &entity, const QJsonObject &facts, QString *why)
{
    Failure failure;
    const bool holds = conditionHolds(condition, entity, facts, why ? &failure : nullptr);
    if (!holds && why)
        *why = failure.describe();
    return holds;
}

QString Failure::describe() const
{
    const QString rule = op == Operator::Exists
        ? QString(subject + (expected.toBool(true) ? QStringLiteral(" exists") : QStringLiteral(" is absent")))
        : QString(subject + u' ' + operatorName(op) + u' ' + expectedText());
    return QStringLiteral("needs %1; found %2")
        .arg(rule, found.isEmpty() ? QStringLiteral("nothing") : found.join(QStringLiteral(", ")));
}

} // namespace scorecards
