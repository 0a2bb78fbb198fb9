// SPDX-License-Identifier: Apache-2.0
#include "sync/resultcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace portolan::sync {

namespace {

QJsonObject diagnosticJson(const catalog::Diagnostic &d)
{
    return {{QStringLiteral("f"), d.file},     {QStringLiteral("l"), d.line},      {QStringLiteral("c"), d.column},
            {QStringLiteral("k"), d.field},    {QStringLiteral("m"), d.message},   {QStringLiteral("r"), d.entityRef},
            {QStringLiteral("i"), d.documentIndex},
            {QStringLiteral("w"), d.severity == catalog::Diagnostic::Severity::Warning}};
}

} // namespace

QByteArray encodeResult(const catalog::ReadResult &result)
{
    QJsonArray entities, diagnostics;
    for (const auto &e : result.entities) {
        QJsonArray relations;
        for (const auto &r : e.relations)
            relations.append(QJsonArray{r.source, r.type, r.target});
        entities.append(QJsonObject{{QStringLiteral("d"), e.data},
                                    {QStringLiteral("r"), e.ref},
                                    {QStringLiteral("rel"), relations},
                                    {QStringLiteral("f"), e.position.file},
                                    {QStringLiteral("l"), e.position.line},
                                    {QStringLiteral("c"), e.position.column},
                                    {QStringLiteral("k"), e.locationKey},
                                    {QStringLiteral("i"), e.documentIndex},
                                    {QStringLiteral("p"), e.parentRef},
                                    {QStringLiteral("e"), QJsonArray::fromStringList(e.emittedRefs)}});
    }
    for (const auto &d : result.diagnostics)
        diagnostics.append(diagnosticJson(d));
    return QJsonDocument(QJsonObject{{QStringLiteral("entities"), entities},
                                     {QStringLiteral("diagnostics"), diagnostics},
                                     {QStringLiteral("files"), result.filesRead},
                                     {QStringLiteral("documents"), result.documentsRead}})
        .toJson(QJsonDocument::Compact);
}

std::optional<catalog::ReadResult> decodeResult(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    catalog::ReadResult out;
    for (const auto &value : root.value(u"entities").toArray()) {
        const QJsonObject o = value.toObject();
        catalog::Entity e;
        e.data = o.value(u"d").toObject();
        e.ref = o.value(u"r").toString();
        for (const auto &r : o.value(u"rel").toArray()) {
            const QJsonArray a = r.toArray();
            e.relations.append({a.at(0).toString(), a.at(1).toString(), a.at(2).toString()});
        }
        e.position = {o.value(u"f").toString(), o.value(u"l").toInt(), o.value(u"c").toInt()};
        e.locationKey = o.value(u"k").toString();
        e.documentIndex = o.value(u"i").toInt();
        e.parentRef = o.value(u"p").toString();
        for (const auto &r : o.value(u"e").toArray())
            e.emittedRefs << r.toString();
        out.entities.append(std::move(e));
    }
    for (const auto &value : root.value(u"diagnostics").toArray()) {
        const QJsonObject o = value.toObject();
        catalog::Diagnostic d;
        d.file = o.value(u"f").toString();
        d.line = o.value(u"l").toInt();
        d.column = o.value(u"c").toInt();
        d.field = o.value(u"k").toString();
        d.message = o.value(u"m").toString();
        d.entityRef = o.value(u"r").toString();
        d.documentIndex = o.value(u"i").toInt();
        d.severity = o.value(u"w").toBool() ? catalog::Diagnostic::Severity::Warning : catalog::Diagnostic::Severity::Error;
        out.diagnostics.append(std::move(d));
    }
    out.filesRead = root.value(u"files").toInt();
    out.documentsRead = root.value(u"documents").toInt();
    return out;
}

} // namespace portolan::sync
