// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace techdocs {

/// Rendered pages (whole HTML documents) for the app's docs view, so opening a page again costs a lookup instead
/// of Markdown, sanitizing and highlighting. Keyed by what the page was rendered from: site, page URL, a stamp of
/// the page's source file (mtime and size) and the theme. Bounded by total bytes, least recently used out first.
/// Snippets a page includes do not change its stamp: the live-preview watcher calls invalidate(). Thread-safe.
class PageCache
{
public:
    struct Key {
        QString site;       ///< the site's identity (e.g. its project folder)
        QString pageUrl;    ///< site-relative
        QByteArray stamp;   ///< sourceStamp() of the page's Markdown file
        QString variant;    ///< theme and other render options
    };

    explicit PageCache(qsizetype maxBytes = 32 * 1024 * 1024);

    /// "<mtime ms>-<size>" of `file`; empty when it does not exist.
    [[nodiscard]] static QByteArray sourceStamp(const QString &file);

    [[nodiscard]] std::optional<QByteArray> find(const Key &key);
    void insert(const Key &key, const QByteArray &html);
    /// Drops the listed pages of `site` (every variant and stamp), or all of the site's pages when `pageUrls` is empty.
    void invalidate(const QString &site, const QStringList &pageUrls = {});
    void clear();

    [[nodiscard]] qsizetype bytes() const;
    [[nodiscard]] qsizetype maxBytes() const { return m_maxBytes; }
    [[nodiscard]] int size() const;
    [[nodiscard]] int hits() const;
    [[nodiscard]] int misses() const;

private:
    [[nodiscard]] static QString cacheKey(const Key &key);

    mutable QMutex m_mutex;
    QCache<QString, QByteArray> m_pages;
    qsizetype m_maxBytes;
    int m_hits = 0;
    int m_misses = 0;
};

} // namespace techdocs
