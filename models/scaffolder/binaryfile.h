// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace scaffolder {

/// The heuristic of the npm `isbinaryfile` package that Backstage uses to decide between rendering and
/// copying a skeleton file: BOMs mean text, `%PDF-` or a NUL byte mean binary, otherwise more than 10 %
/// suspicious bytes (not printable, not valid UTF-8) in the first 512 bytes.
[[nodiscard]] bool isBinaryData(const QByteArray &head);
[[nodiscard]] bool isBinaryFile(const QString &path);

} // namespace scaffolder
