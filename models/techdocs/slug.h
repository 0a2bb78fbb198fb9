// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

namespace techdocs {

/// Heading id exactly as Python-Markdown's toc extension makes it (the one MkDocs uses): NFKD, ASCII only,
/// drop everything but word characters, spaces and '-', lowercase, runs of spaces/'-' become one '-'.
[[nodiscard]] QString slugify(const QString &text);

/// Python-Markdown's `unique()`: "a" → "a_1" → "a_2" when already used; records the result in `used`.
[[nodiscard]] QString uniqueId(QString id, QSet<QString> &used);

} // namespace techdocs
