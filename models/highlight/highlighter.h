// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace highlight {

enum class Theme { Light, Dark };

/// Syntax highlighting by KSyntaxHighlighting, whatever the backend (in process with KF6, or our
/// persistent KF5 helper process on Debian 12). Implementations are thread-safe and cache results by
/// content hash, language and theme.
class Highlighter
{
public:
    virtual ~Highlighter() = default;

    /// HTML for `code`: a <pre class="highlight"><code>…</code></pre> block whose spans carry inline colours from
    /// the theme. `language` is a KSyntaxHighlighting definition name ("YAML", "C++"), an alias used in Markdown
    /// fences ("yaml", "cpp", "sh") or a file name ("openapi.yaml"); unknown languages give escaped plain text.
    [[nodiscard]] virtual QString toHtml(const QString &code, const QString &language, Theme theme) = 0;

    /// True when `language` resolves to a real definition.
    [[nodiscard]] virtual bool hasDefinition(const QString &language) = 0;
};

} // namespace highlight
