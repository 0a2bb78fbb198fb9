// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace techdocs {

/// Something wrong with the docs, located so the author can fix it: `file` is relative to the project
/// when it is inside one, `line`/`column` are 1-based (0 = unknown).
struct Problem {
    enum class Kind { Error, BrokenLink, Unsupported, Warning };
    Kind kind = Kind::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /// "docs/a.md:12: broken link to b.md" — the form compilers use, so editors can jump to it.
    [[nodiscard]] QString toString() const;
};

[[nodiscard]] QString kindName(Problem::Kind kind);

} // namespace techdocs
