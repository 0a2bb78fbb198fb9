// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/problem.h"

#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace techdocs {

struct PreprocessContext {
    QString projectDir;  ///< pymdownx.snippets base path (restrict_base_path: true, as techdocs-core forces)
    QString file;        ///< shown in problems, relative to the project
    /// Renders a one-line Markdown fragment (admonition titles, tab labels, definition terms) to inline HTML.
    std::function<QString(const QString &)> renderInline;
};

struct Preprocessed {
    QString markdown;  ///< CommonMark (+ GFM tables/tasks/strikethrough) with extension blocks as raw HTML
    QList<Problem> problems;
    QList<QPair<QString, QString>> abbreviations; ///< *[HTML]: Hyper Text Markup Language
};

/// The Python-Markdown block extensions techdocs-core enables, lowered to CommonMark + raw HTML so a single
/// md4c pass renders the page (which keeps reference links and footnotes working across blocks):
/// admonition, pymdownx.details, pymdownx.tabbed (alternate style), def_list, footnotes, abbr,
/// pymdownx.snippets, pymdownx.mark/caret/tilde. Unsupported syntax is reported with its line.
[[nodiscard]] Preprocessed preprocess(const QString &source, const PreprocessContext &context);

/// Escapes &, <, >, " for HTML text and attribute values.
[[nodiscard]] QString htmlEscape(const QString &text);

} // namespace techdocs
