// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/cachinghighlighter.h"
#include "highlight/highlighter.h"

#include <memory>

namespace highlight
{

/// The highlighter for this build, behind a cache: in process when KF6SyntaxHighlighting was found at build time,
/// otherwise our KF5 helper process (Debian 12). Build one in main() and share it; it is thread-safe.
[[nodiscard]] std::unique_ptr<Highlighter> createHighlighter(
    qsizetype cacheBudgetBytes = CachingHighlighter::defaultBudgetBytes);

/// "KSyntaxHighlighting (KF6, in process)" or "KSyntaxHighlighting (KF5 helper process)", for About and logs.
[[nodiscard]] QString backendDescription();

} // namespace highlight
