// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/problem.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace techdocs {

/// One entry of `nav:` as written (or as MkDocs derives it when absent).
struct NavItem {
    enum class Kind { Page, Section, Link };
    Kind kind = Kind::Page;
    QString title;       ///< empty for a page listed without title: the page's own title is used
    QString target;      ///< Page: path relative to docs_dir ("guide/intro.md"); Link: the URL
    QList<NavItem> children; ///< Section only
};

/// The parts of mkdocs.yml that change what we render. Unknown keys, plugins and `!!python/...` tags are
/// accepted and ignored, as MkDocs with techdocs-core would ignore what it does not use.
struct MkDocsConfig {
    QString configFile;  ///< absolute path of mkdocs.yml/mkdocs.yaml, empty when generated
    QString projectDir;  ///< absolute, canonical
    QString docsDir;     ///< absolute, canonical, inside projectDir
    QString siteName;
    QString siteDescription;
    QString repoUrl;
    QString editUri;
    bool useDirectoryUrls = true;
    std::optional<QList<NavItem>> nav;
    QStringList markdownExtensions; ///< names as listed, for `check` to report unsupported ones
};

using ConfigResult = std::variant<MkDocsConfig, Problem>;

/// Reads `<projectDir>/mkdocs.yaml` or `mkdocs.yml` (the order techdocs-node uses). Without a config file it
/// falls back to Backstage's default `{site_name: <dir name>, docs_dir: docs}`. Refuses a docs_dir that is
/// absolute, starts with "../" or resolves (through symlinks) outside the project.
[[nodiscard]] ConfigResult loadConfig(const QString &projectDir);

} // namespace techdocs
