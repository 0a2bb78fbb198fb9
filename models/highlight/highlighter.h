// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace highlight
{

enum class Theme { Light, Dark };

/// One highlighting answer with what produced it.
struct Result {
    QString html;
    /// KSyntaxHighlighting definition actually used ("YAML"); empty when the text came out plain.
    QString definition;
    /// True when the backend failed (helper missing, crashed, timed out) and `html` is escaped plain text
    /// instead of what the definition would give. Such results are not cached.
    bool degraded = false;
};

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

    /// Like toHtml(), also telling which definition was used and whether the backend failed.
    [[nodiscard]] virtual Result highlight(const QString &code, const QString &language, Theme theme) = 0;

    /// True when `language` resolves to a real definition.
    [[nodiscard]] virtual bool hasDefinition(const QString &language) = 0;

    /// The definition name `language` resolves to ("yml" → "YAML"), empty when none does.
    [[nodiscard]] virtual QString definitionName(const QString &language) = 0;

    /// Every definition name the backend knows, sorted; empty when the backend is unavailable.
    [[nodiscard]] virtual QStringList definitionNames() = 0;

    /// The most recent backend failure in words a user can act on; empty while the backend works.
    [[nodiscard]] virtual QString lastError() const = 0;
};

} // namespace highlight
