// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/site.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace techdocs {

struct PageOptions {
    /// Colours: follow the system (prefers-color-scheme) unless forced; the highlighter theme should match.
    enum class ColorScheme { System, Light, Dark };
    ColorScheme colorScheme = ColorScheme::System;
    QString lastUpdated;             ///< shown in the footer when set ("2026-11-20", from Git by the caller)
    QStringList allowedIframeHosts;  ///< CSP frame-src; must match the sanitizer's list
};

/// The complete HTML document for a rendered page: nav tree, breadcrumb, table of contents, prev/next, edit link,
/// stylesheet and a strict Content-Security-Policy. Used by both `portolan docs build` and the app's view, so
/// they show the same thing. Links are relative to the page URL; assets live under `assets/techdocs/` at the
/// site root (see builtinAsset()).
[[nodiscard]] QString assemblePage(const Site &site, const RenderedPage &page, const PageOptions &options = {});

/// The CSP we put in every page (also worth sending as a header by the scheme handler).
[[nodiscard]] QString contentSecurityPolicy(const QStringList &allowedIframeHosts = {});

/// Files served under `assets/techdocs/`: techdocs.css, techdocs.js (built in) and mermaid.min.js (from the
/// npm assets: $PORTOLAN_MERMAID_JS, <app>/../share/portolan/mermaid.min.js, or the source tree at build time).
[[nodiscard]] std::optional<QByteArray> builtinAsset(const QString &name);
[[nodiscard]] QStringList builtinAssetNames();

} // namespace techdocs
