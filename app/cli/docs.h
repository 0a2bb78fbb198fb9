// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace highlight {
class Highlighter;
}

namespace cli {

/// `portolan docs build DIR [--out OUT] [--strict] [--theme light|dark|system] [--no-git-dates] [--json]`
/// ("Last updated" comes from Git unless --no-git-dates)
/// `portolan docs check DIR [--json]`
/// `portolan docs index [--db FILE] [--config FILE]... [--cache DIR] [--sites-cache DIR] [--force] [--json]`: indexes
/// the TechDocs of every catalog entity with a backstage.io/techdocs-ref into the catalog's docs search index, the
/// same set as the desktop app (models/docsources): local folders, MkDocs projects only in the sync's Git clones,
/// pre-built sites downloaded earlier; an entity with backstage.io/techdocs-entity reports `follows` (its target is
/// indexed). Sites whose content hash is unchanged report `unchanged`; docs not on this machine `skipped`
/// `portolan docs search TEXT [--db FILE] [--limit N] [--json]`: searches that index (exit 1 when nothing matches)
/// Exit codes: 0 ok, 1 problems found (check; build with --strict), 2 usage or fatal error.
int runDocs(const QStringList &args);

/// Same, with the code highlighter to use (not owned; nullptr = plain escaped code blocks).
/// integrator: pass the KSyntaxHighlighting service here from main().
int runDocs(const QStringList &args, highlight::Highlighter *highlighter);

} // namespace cli
