// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

// Shared by the Qt 6 library and the Qt 5 helper (app/ksh-helper): Qt Core API common to both only.
namespace highlight
{

/// The language word of a Markdown fence info string: "yaml title=\"x\"" → "yaml", "{.python .numberLines}" →
/// "python". Whitespace-trimmed, case kept.
[[nodiscard]] QString languageToken(const QString &infoString);

/// The KSyntaxHighlighting definition name for a fence alias ("yml" → "YAML", "c++" → "C++"), matched without
/// case; empty when `token` is not a known alias.
[[nodiscard]] QString definitionNameForAlias(const QString &token);

/// Every alias definitionNameForAlias() knows, lower case, sorted (tests check each one resolves).
[[nodiscard]] QStringList knownAliases();

/// True for the words that explicitly ask for no highlighting ("text", "plain", "none", "txt", "").
[[nodiscard]] bool isPlainLanguage(const QString &token);

} // namespace highlight
