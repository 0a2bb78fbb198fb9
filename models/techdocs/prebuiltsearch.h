// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/prebuilt.h"
#include "techdocs/site.h"

#include <QList>
#include <QString>
#include <atomic>

namespace techdocs {

/// A fingerprint of a pre-built site for the search index: its build (build_timestamp, etag) when the metadata
/// has one, else the contents of its HTML pages; plus the extractor's version. Equal hashes mean equal rows.
[[nodiscard]] QString prebuiltContentHash(const PrebuiltSite &site);

/// The search rows of a pre-built site: every HTML page its metadata lists (at most `maxPages`, 404.html left
/// out), read through the same sanitizer as the viewer, split at its headings like siteSearchRows. The page title
/// is the first <h1> (else <title>); only the page's <article> (Material's content) counts when it has one, so
/// nav and footer text stay out. Page URLs are site-relative as the viewer opens them ("", "guide/", "a.html").
[[nodiscard]] QList<SearchRow> prebuiltSearchRows(const PrebuiltSite &site, int maxPages = 2000,
                                                  const std::atomic<bool> *cancel = nullptr);

/// Rows of one sanitized page (exposed for tests).
[[nodiscard]] QList<SearchRow> htmlSearchRows(const QString &html, const QString &pageUrl);

} // namespace techdocs
