// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

// Shared by the Qt 6 library and the Qt 5 helper (app/ksh-helper): Qt Core API common to both only.
namespace highlight
{

/// Appends `text` to `out` with &, <, > and " escaped, so code always stays text inside HTML.
void appendEscaped(QString &out, QStringView text);

[[nodiscard]] QString escapeHtml(QStringView text);

/// The opening of a highlighted block; colours are "#rrggbb" or empty to leave them to the page.
[[nodiscard]] QString blockOpening(const QString &background, const QString &foreground);
[[nodiscard]] QString blockClosing();

/// `code` escaped inside a block with no colours: what every backend returns for plain text.
[[nodiscard]] QString plainBlock(QStringView code);

} // namespace highlight
