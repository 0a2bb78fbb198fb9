// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"
#include "techdocs/problem.h"

#include <QList>
#include <QString>
#include <functional>

namespace techdocs {

struct TocEntry {
    int level = 0;
    QString id;
    QString title; ///< plain text
};

struct MarkdownOptions {
    /// Fenced code goes through this (language from the fence info); nullptr gives escaped
    /// <pre><code class="language-x">. Not owned.
    highlight::Highlighter *highlighter = nullptr;
    highlight::Theme theme = highlight::Theme::Light;
    QString projectDir; ///< base of pymdownx.snippets
    QString file;       ///< for problems, relative to the project
    /// Rewrites a link/image URL as written in the page to the one the HTML should carry (relative .md links
    /// to page URLs, assets relative to the page URL). Identity when unset.
    std::function<QString(const QString &url, bool isImage)> rewriteUrl;
};

struct RenderedMarkdown {
    QString html;           ///< sanitized fragment
    QString title;          ///< first level-1 heading, plain text
    QList<TocEntry> toc;    ///< every heading, in order
    QStringList links;      ///< hrefs/srcs as written, in order
    QList<Problem> problems;
    bool hasMermaid = false;
};

/// Markdown → HTML with md4c as the CommonMark parser (tables, strikethrough, task lists, autolinks) and our
/// own renderer for what techdocs-core adds (see preprocess.h, plus toc ids/permalinks, attr_list on headings
/// and images, abbreviations, superfences incl. mermaid). The result is passed through the sanitizer.
[[nodiscard]] RenderedMarkdown renderMarkdown(const QString &source, const MarkdownOptions &options);

/// One line of inline Markdown (no <p>), sanitized; used for titles and labels.
[[nodiscard]] QString renderInlineMarkdown(const QString &source);

} // namespace techdocs
