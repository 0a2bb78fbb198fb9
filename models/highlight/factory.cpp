// SPDX-License-Identifier: Apache-2.0
#include "highlight/factory.h"

#ifdef PORTOLAN_HIGHLIGHT_KF6
#include "highlight/kf6highlighter.h"
#else
#include "highlight/helperhighlighter.h"
#endif

namespace highlight
{

std::unique_ptr<Highlighter> createHighlighter(qsizetype cacheBudgetBytes)
{
#ifdef PORTOLAN_HIGHLIGHT_KF6
    auto backend = std::make_unique<KF6Highlighter>();
#else
    auto backend = std::make_unique<HelperHighlighter>();
#endif
    return std::make_unique<CachingHighlighter>(std::move(backend), cacheBudgetBytes);
}

QString backendDescription()
{
#ifdef PORTOLAN_HIGHLIGHT_KF6
    return QStringLiteral("KSyntaxHighlighting (KF6, in process)");
#else
    return QStringLiteral("KSyntaxHighlighting (KF5 helper process)");
#endif
}

} // namespace highlight
