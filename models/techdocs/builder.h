// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/page.h"
#include "techdocs/site.h"

#include <QString>
#include <variant>

namespace techdocs {

struct BuildOptions {
    RenderOptions render;
    PageOptions page;
    /// Fill each page's "Last updated" from Git history (gitLastUpdated); otherwise page.lastUpdated applies to all.
    bool gitDates = false;
};

struct BuildReport {
    int pages = 0;
    int files = 0; ///< every file written, pages included
    QList<Problem> problems;
};

/// Writes a static site like `mkdocs build`: `<url>/index.html` per page (same renderer, sanitizer and page
/// assembly as the app), the docs folder's other files, `assets/techdocs/*`, `search_index.json` (the rows the
/// store indexes) and `techdocs_metadata.json` (engine "portolan"). Refuses an output folder inside docs_dir.
[[nodiscard]] std::variant<BuildReport, Problem> buildSite(const Site &site, const QString &outDir, const BuildOptions &options = {});

} // namespace techdocs
