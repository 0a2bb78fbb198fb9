// SPDX-License-Identifier: Apache-2.0
#include "techdocs/pagecache.h"

#include <QFileInfo>

namespace techdocs {

namespace {
// Separates key parts; cannot occur in paths, URLs or stamps.
constexpr QChar kSeparator = QChar(0x1f);
} // namespace

PageCache::PageCache(qsizetype maxBytes) : m_pages(maxBytes), m_maxBytes(maxBytes) {}

QByteArray PageCache::sourceStamp(const QString &file)
{
    const QFileInfo info(file);
    if (!info.exists())
        return {};
    return QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + '-' + QByteArray::number(info.size());
}

QString PageCache::cacheKey(const Key &key)
{
    return key.site + kSeparator + key.pageUrl + kSeparator + QString::fromLatin1(key.stamp) + kSeparator + key.variant;
}

std::optional<QByteArray> PageCache::find(const Key &key)
{
    const QMutexLocker lock(&m_mutex);
    if (const QByteArray *html = m_pages.object(cacheKey(key))) {
        ++m_hits;
        return *html;
    }
    ++m_misses;
    return std::nullopt;
}

void PageCache::insert(const Key &key, const QByteArray &html)
{
    const QMutexLocker lock(&m_mutex);
    // A page larger than the whole cache is simply not kept (QCache deletes it at once).
    m_pages.insert(cacheKey(key), new QByteArray(html), html.size());
}

void PageCache::invalidate(const QString &site, const QStringList &pageUrls)
{
    const QMutexLocker lock(&m_mutex);
    const QString sitePrefix = site + kSeparator;
    const QList<QString> keys = m_pages.keys();
    for (const QString &key : keys) {
        if (!key.startsWith(sitePrefix))
            continue;
        const QString page = key.section(kSeparator, 1, 1);
        if (pageUrls.isEmpty() || pageUrls.contains(page))
            m_pages.remove(key);
    }
}

void PageCache::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_pages.clear();
}

qsizetype PageCache::bytes() const
{
    const QMutexLocker lock(&m_mutex);
    return m_pages.totalCost();
}

int PageCache::size() const
{
    const QMutexLocker lock(&m_mutex);
    return int(m_pages.size());
}

int PageCache::hits() const
{
    const QMutexLocker lock(&m_mutex);
    return m_hits;
}

int PageCache::misses() const
{
    const QMutexLocker lock(&m_mutex);
    return m_misses;
}

} // namespace techdocs
