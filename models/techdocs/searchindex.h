// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/site.h"

#include <QList>
#include <QString>
#include <atomic>

namespace techdocs {

/// A fingerprint of what a site's text is built from: the config file and every Markdown file below docs_dir
/// (paths and contents), plus the indexer's version. Equal hashes mean the search rows would be the same.
[[nodiscard]] QString contentHash(const Site &site);

/// Every page (at most `maxPages`, in site order) rendered without highlighting and split at its headings: the
/// rows the docs search indexes. Runs on the calling thread; `cancel` stops between pages.
[[nodiscard]] QList<SearchRow> siteSearchRows(const Site &site, int maxPages = 2000,
                                              const std::atomic<bool> *cancel = nullptr);

} // namespace techdocs
