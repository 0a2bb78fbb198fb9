// SPDX-License-Identifier: Apache-2.0
#include "refs.h"

namespace views {

QString shortRef(const QString &ref)
{
    const qsizetype colon = ref.indexOf(u':');
    QString rest = colon >= 0 ? ref.mid(colon + 1) : ref;
    if (rest.startsWith(QLatin1String("default/")))
        rest = rest.mid(8);
    return rest;
}

QString refKind(const QString &ref)
{
    const qsizetype colon = ref.indexOf(u':');
    return colon > 0 ? ref.left(colon) : QString();
}

} // namespace views
