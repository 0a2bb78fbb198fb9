// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "techdocs/problem.h"
#include "techdocs/sanitizer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace techdocs {

/// techdocs_metadata.json as the generator writes it.
struct SiteMetadata {
    QString siteName;
    QString siteDescription;
    QDateTime buildTimestamp; ///< invalid when absent
    QStringList files;
    QString etag;
    QString engine;
};

[[nodiscard]] std::variant<SiteMetadata, Problem> parseMetadata(const QByteArray &json, const QString &file);

/// A site built by `techdocs-cli generate`/Backstage, published to a folder (`<storage>/<ns>/<kind>/<name>/`).
/// Pages are sanitized like the Backstage reader does before they reach the view.
class PrebuiltSite
{
public:
    [[nodiscard]] static std::variant<PrebuiltSite, Problem> open(const QString &siteDir);
    [[nodiscard]] const SiteMetadata &metadata() const { return m_metadata; }
    [[nodiscard]] const QString &root() const { return m_root; }
    /// The file for a site-relative URL ("", "guide/", "guide/index.html", "assets/x.css"); nullopt when missing
    /// or outside the site.
    [[nodiscard]] std::optional<QString> filePath(const QString &url) const;
    /// Sanitized HTML document for a page URL.
    [[nodiscard]] std::optional<QString> page(const QString &url, const SanitizerOptions &options = {}) const;

private:
    QString m_root;
    SiteMetadata m_metadata;
};

} // namespace techdocs
