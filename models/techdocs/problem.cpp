// SPDX-License-Identifier: Apache-2.0
#include "techdocs/problem.h"

namespace techdocs {

QString Problem::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + QStringLiteral(": ") + kindName(kind) + QStringLiteral(": ") + message;
}

QString kindName(Problem::Kind kind)
{
    switch (kind) {
    case Problem::Kind::Error:
        return QStringLiteral("error");
    case Problem::Kind::BrokenLink:
        return QStringLiteral("broken link");
    case Problem::Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Problem::Kind::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

} // namespace techdocs
