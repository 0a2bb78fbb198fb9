// SPDX-License-Identifier: Apache-2.0
// Backstage's field-format rules (KubernetesValidatorFunctions / CommonValidatorFunctions / makeValidator),
// written as character scans rather than regexes: they run for every field of every entity.
#include "catalog/schema.h"

namespace catalog {

namespace {

bool isLowerAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= u'A' && c <= u'Z');
}

// Backstage's links text: the policy message names the field relative to metadata.
const QString kDocsHint = QStringLiteral(" To learn more about catalog file format, visit: "
                                         "https://github.com/backstage/backstage/blob/master/docs/"
                                         "architecture-decisions/adr002-default-catalog-file-format.md");

ValidationError notValid(const QStringList &path, const QString &label, const QString &expectation,
                         const QString &value)
{
    return ValidationError{path, u'"' + label + u"\" is not valid; expected " + expectation + u" but found \"" +
                                     value + u"\"." + kDocsHint};
}

const QString kObjectNameRule =
    QStringLiteral("a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total");
const QString kDnsLabelRule =
    QStringLiteral("a string that is sequences of [a-z0-9] separated by [-], at most 63 characters in total");
const QString kPrefixRule = QStringLiteral("a valid prefix and/or suffix");
const QString kKindRule =
    QStringLiteral("a string that is a sequence of [a-zA-Z][a-z0-9A-Z], at most 63 characters in total");
const QString kTagRule =
    QStringLiteral("a string that is sequences of [a-z0-9+#] separated by [-], at most 63 characters in total");

} // namespace

namespace validators {

bool isValidObjectName(QStringView v)
{
    if (v.isEmpty() || v.size() > 63 || !isAlnum(v.front()) || !isAlnum(v.back()))
        return false;
    for (QChar c : v) {
        if (!isAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

bool isValidDnsLabel(QStringView v)
{
    if (v.isEmpty() || v.size() > 63 || v.front() == u'-' || v.back() == u'-')
        return false;
    for (QChar c : v) {
        if (!isLowerAlnum(c) && c != u'-')
            return false;
    }
    return true;
}

bool isValidDnsSubdomain(QStringView v)
{
    if (v.isEmpty() || v.size() > 253)
        return false;
    for (QStringView label : v.split(u'.')) {
        if (!isValidDnsLabel(label))
            return false;
    }
    return true;
}

bool isValidKind(QStringView v)
{
    if (v.isEmpty() || v.size() > 63 || !((v.front() >= u'a' && v.front() <= u'z') || (v.front() >= u'A' && v.front() <= u'Z')))
        return false;
    for (QChar c : v) {
        if (!isAlnum(c))
            return false;
    }
    return true;
}

bool isValidApiVersion(QStringView v)
{
    const auto parts = v.split(u'/');
    auto validSuffix = [](QStringView s) {
        if (s.isEmpty() || s.size() > 63)
            return false;
        for (QChar c : s) {
            if (!isAlnum(c))
                return false;
        }
        return true;
    };
    if (parts.size() == 1)
        return validSuffix(parts[0]);
    return parts.size() == 2 && isValidDnsSubdomain(parts[0]) && validSuffix(parts[1]);
}

bool isValidPrefixAndOrSuffix(QStringView v)
{
    const auto parts = v.split(u'/');
    if (parts.size() == 1)
        return isValidObjectName(parts[0]);
    return parts.size() == 2 && isValidDnsSubdomain(parts[0]) && isValidObjectName(parts[1]);
}

bool isValidLabelValue(QStringView v)
{
    return v.isEmpty() || isValidObjectName(v);
}

bool isValidTag(QStringView v)
{
    if (v.isEmpty() || v.size() > 63 || v.front() == u'-' || v.back() == u'-')
        return false;
    QChar previous;
    for (QChar c : v) {
        const bool ok = isLowerAlnum(c) || c == u':' || c == u'+' || c == u'#' || c == u'-';
        if (!ok || (c == u'-' && previous == u'-'))
            return false;
        previous = c;
    }
    return true;
}

bool isValidUrl(QStringView raw)
{
    // WHATWG URL parsing without a base, reduced to what decides validity: leading/trailing C0 and spaces
    // are stripped, a scheme is required, special schemes need a host without forbidden characters.
    QStringView v = raw;
    while (!v.isEmpty() && v.front().unicode() <= 0x20)
        v = v.mid(1);
    while (!v.isEmpty() && v.back().unicode() <= 0x20)
        v.chop(1);
    const qsizetype colon = v.indexOf(u':');
    if (colon < 1 || !((v[0] >= u'a' && v[0] <= u'z') || (v[0] >= u'A' && v[0] <= u'Z')))
        return false;
    for (QChar c : v.left(colon)) {
        if (!isAlnum(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    const QString scheme = v.left(colon).toString().toLower();
    static const QStringList special = {QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("ws"),
                                        QStringLiteral("wss"), QStringLiteral("ftp")};
    if (!special.contains(scheme))
        return true; // file: and opaque non-special URLs always parse
    QStringView rest = v.mid(colon + 1);
    while (!rest.isEmpty() && (rest.front() == u'/' || rest.front() == u'\\'))
        rest = rest.mid(1);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != u'/' && rest[end] != u'?' && rest[end] != u'#' && rest[end] != u'\\')
        ++end;
    QStringView authority = rest.left(end);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.mid(at + 1);
    QStringView host = authority;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return false;
        const QStringView after = host.mid(close + 1);
        host = host.left(close + 1);
        authority = after;
    } else {
        const qsizetype portColon = host.indexOf(u':');
        authority = portColon >= 0 ? host.mid(portColon) : QStringView();
        host = portColon >= 0 ? host.left(portColon) : host;
    }
    if (!authority.isEmpty()) { // ":port"
        QStringView port = authority.mid(1);
        bool ok = true;
        if (!port.isEmpty() && (port.toUInt(&ok) > 65535 || !ok))
            return false;
    }
    if (host.isEmpty())
        return false;
    static const QString forbidden = QStringLiteral(" #%/:<>?@[\\]^|\t\n\r");
    if (!host.startsWith(u'[')) {
        for (QChar c : host) {
            if (forbidden.contains(c))
                return false;
        }
    }
    return true;
}

} // namespace validators

namespace detail {

ValidationOutcome fieldFormatPolicy(const QJsonObject &entity)
{
    using namespace validators;
    const QString apiVersion = entity.value(QLatin1String("apiVersion")).toString();
    if (!isValidApiVersion(apiVersion))
        return notValid({QStringLiteral("apiVersion")}, QStringLiteral("apiVersion"), kPrefixRule, apiVersion);
    const QString kind = entity.value(QLatin1String("kind")).toString();
    if (!isValidKind(kind))
        return notValid({QStringLiteral("kind")}, QStringLiteral("kind"), kKindRule, kind);

    const QJsonObject metadata = entity.value(QLatin1String("metadata")).toObject();
    const QString metadataKey = QStringLiteral("metadata");
    const QString name = metadata.value(QLatin1String("name")).toString();
    if (!isValidObjectName(name))
        return notValid({metadataKey, QStringLiteral("name")}, QStringLiteral("metadata.name"), kObjectNameRule, name);
    const auto ns = metadata.constFind(QLatin1String("namespace"));
    if (ns != metadata.constEnd() && !isValidDnsLabel(ns->toString()))
        return notValid({metadataKey, QStringLiteral("namespace")}, QStringLiteral("metadata.namespace"), kDnsLabelRule,
                        ns->toString());

    const QJsonObject labels = metadata.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const QStringList path{metadataKey, QStringLiteral("labels"), it.key()};
        if (!isValidPrefixAndOrSuffix(it.key()))
            return notValid(path, u"labels." + it.key(), kPrefixRule, it.key());
        if (!isValidLabelValue(it.value().toString()))
            return notValid(path, u"labels." + it.key(), kObjectNameRule, it.value().toString());
    }
    const QJsonObject annotations = metadata.value(QLatin1String("annotations")).toObject();
    for (auto it = annotations.constBegin(); it != annotations.constEnd(); ++it) {
        if (!isValidPrefixAndOrSuffix(it.key()))
            return notValid({metadataKey, QStringLiteral("annotations"), it.key()}, u"annotations." + it.key(),
                            kPrefixRule, it.key());
    }
    const QJsonArray tags = metadata.value(QLatin1String("tags")).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString tag = tags.at(i).toString();
        if (!isValidTag(tag))
            return notValid({metadataKey, QStringLiteral("tags"), QString::number(i)}, u"tags." + QString::number(i),
                            kTagRule, tag);
    }
    const QJsonArray links = metadata.value(QLatin1String("links")).toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QJsonObject link = links.at(i).toObject();
        const QString index = QString::number(i);
        const QString url = link.value(QLatin1String("url")).toString();
        if (!isValidUrl(url))
            return notValid({metadataKey, QStringLiteral("links"), index, QStringLiteral("url")},
                            u"links." + index + u".url", QStringLiteral("a string that is a valid url"), url);
        const auto title = link.constFind(QLatin1String("title"));
        if (title != link.constEnd() && title->toString().trimmed().isEmpty())
            return notValid({metadataKey, QStringLiteral("links"), index, QStringLiteral("title")},
                            u"links." + index + u".title", QStringLiteral("a non empty string"), title->toString());
    }
    return std::nullopt;
}

} // namespace detail

} // namespace catalog
