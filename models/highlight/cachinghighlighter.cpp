// SPDX-License-Identifier: Apache-2.0
#include "highlight/cachinghighlighter.h"

namespace highlight
{

CachingHighlighter::CachingHighlighter(std::unique_ptr<Highlighter> inner, qsizetype budgetBytes)
    : m_inner(std::move(inner)), m_budgetBytes(budgetBytes)
{
    Q_ASSERT(m_inner);
}

QString CachingHighlighter::toHtml(const QString &code, const QString &language, Theme theme)
{
    return highlight(code, language, theme).html;
}

Result CachingHighlighter::highlight(const QString &code, const QString &language, Theme theme)
{
    Key key { code, language, theme };
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_index.constFind(key); it != m_index.constEnd()) {
            m_recent.splice(m_recent.begin(), m_recent, *it);
            ++m_stats.hits;
            return m_recent.front().result;
        }
        ++m_stats.misses;
    }
    Result result = m_inner->highlight(code, language, theme);
    if (!result.degraded)
        insert(std::move(key), result);
    return result;
}

bool CachingHighlighter::hasDefinition(const QString &language)
{
    return m_inner->hasDefinition(language);
}

QString CachingHighlighter::definitionName(const QString &language)
{
    return m_inner->definitionName(language);
}

QStringList CachingHighlighter::definitionNames()
{
    return m_inner->definitionNames();
}

QString CachingHighlighter::lastError() const
{
    return m_inner->lastError();
}

CachingHighlighter::Stats CachingHighlighter::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void CachingHighlighter::clear()
{
    QMutexLocker lock(&m_mutex);
    m_recent.clear();
    m_index.clear();
    m_stats.entries = 0;
    m_stats.bytes = 0;
}

void CachingHighlighter::insert(Key key, const Result &result)
{
    const qsizetype characters = result.html.size() + result.definition.size() + key.code.size() + key.language.size();
    const qsizetype bytes = characters * qsizetype(sizeof(QChar)) + qsizetype(sizeof(Entry)) + 64;
    if (bytes > m_budgetBytes)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_index.contains(key)) // another thread highlighted the same block meanwhile
        return;
    m_recent.push_front(Entry { key, result, bytes });
    m_index.insert(m_recent.front().key, m_recent.begin());
    m_stats.bytes += bytes;
    ++m_stats.entries;
    while (m_stats.bytes > m_budgetBytes) {
        const Entry &oldest = m_recent.back();
        m_stats.bytes -= oldest.bytes;
        --m_stats.entries;
        m_index.remove(oldest.key);
        m_recent.pop_back();
    }
}

} // namespace highlight
