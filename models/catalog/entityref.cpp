// SPDX-License-Identifier: Apache-2.0
#include "catalog/entityref.h"

namespace catalog {

namespace {

// JSON.stringify of a string, which is how Backstage quotes the reference in its messages.
QString jsonQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace

QString EntityRef::toString() const
{
    return stringifyEntityRef(kind, nameSpace, name);
}

QString stringifyEntityRef(const QString &kind, const QString &nameSpace, const QString &name)
{
    return kind.toLower() + u':' + nameSpace.toLower() + u'/' + name.toLower();
}

EntityRefResult parseEntityRef(const QString &text, const QString &defaultKind, const QString &defaultNamespace)
{
    EntityRefResult result;
    if (text.isEmpty()) {
        result.error = QStringLiteral("Entity reference must not be empty");
        return result;
    }
    qsizetype colon = text.indexOf(u':');
    const qsizetype slash = text.indexOf(u'/');
    if (slash != -1 && slash < colon)
        colon = -1;

    const bool hasKind = colon != -1;
    const bool hasNamespace = slash != -1;
    const QString kind = hasKind ? text.left(colon) : QString();
    const QString nameSpace = hasNamespace ? text.mid(colon + 1, slash - colon - 1) : QString();
    const QString name = text.mid(std::max(colon + 1, slash + 1));
    if ((hasKind && kind.isEmpty()) || (hasNamespace && nameSpace.isEmpty()) || name.isEmpty()) {
        result.error = u"Entity reference \"" + text + u"\" was not on the form [<kind>:][<namespace>/]<name>";
        return result;
    }

    EntityRef ref;
    ref.kind = hasKind ? kind : defaultKind;
    ref.nameSpace = hasNamespace ? nameSpace : (defaultNamespace.isEmpty() ? QStringLiteral("default") : defaultNamespace);
    ref.name = name;
    if (ref.kind.isEmpty()) {
        result.error = QStringLiteral("Entity reference %1 had missing or empty kind (e.g. did not start with "
                                      "\"component:\" or similar)")
                           .arg(jsonQuoted(text));
        return result;
    }
    result.ref = std::move(ref);
    return result;
}

} // namespace catalog
