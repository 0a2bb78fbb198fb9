// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace techdocs {

/// Backstage's TechDocs reader runs DOMPurify with its own hooks (backstage-facts §6.4). This is the same policy as
/// an allow-list over a small HTML tokenizer, re-serializing everything it keeps so the browser parses exactly what
/// was checked:
/// - no script/style/object/embed/base/template, no event handler or srcdoc attributes, no forms (unwrapped,
///   action/formaction dropped);
/// - URL attributes must match DOMPurify's ALLOWED_URI_REGEXP (plus data:image/* on images);
/// - iframes only with an https/http src whose host is in `allowedIframeHosts`;
/// - <meta> only as http-equiv=refresh with url=, <link> only for main.<hash>.min.css (document mode);
/// - unknown and custom elements are unwrapped (content kept), elements are re-balanced.
struct SanitizerOptions {
    QStringList allowedIframeHosts;
};

[[nodiscard]] QString sanitizeFragment(const QString &html, const SanitizerOptions &options = {});
/// Whole pages (pre-built sites): keeps html/head/body/title and the allowed meta/link.
[[nodiscard]] QString sanitizeDocument(const QString &html, const SanitizerOptions &options = {});

/// DOMPurify's ALLOWED_URI_REGEXP on the decoded value with whitespace and control characters removed.
[[nodiscard]] bool isAllowedUri(const QString &value);

/// Numeric and the common named character references; unknown ones stay literal.
[[nodiscard]] QString decodeEntities(const QString &text);

} // namespace techdocs
