// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

#include <QString>

namespace KSyntaxHighlighting
{
class Repository;
}

// Shared by the KF5 helper (Qt 5) and the in-process KF6 backend: KSyntaxHighlighting API common to both only.
namespace highlight::ksh
{

/// The definition for a fence info string, alias, definition name (any case) or file name; invalid when the
/// language is unknown or explicitly plain ("text").
[[nodiscard]] KSyntaxHighlighting::Definition resolveDefinition(
    const KSyntaxHighlighting::Repository &repository, const QString &language);

/// "light" → GitHub Light, "dark" → GitHub Dark (Breeze, then the repository default, when missing); any other
/// value is taken as a theme name.
[[nodiscard]] KSyntaxHighlighting::Theme resolveTheme(
    const KSyntaxHighlighting::Repository &repository, const QString &theme);

} // namespace highlight::ksh
