// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <list>
#include <memory>

namespace highlight {

/// Keeps recent results of another Highlighter: a TechDocs page or a catalog file viewed again costs no
/// highlighting. Least recently used entries go first once the HTML held exceeds the byte budget. Degraded results
/// (backend down) are not kept, so highlighting comes back with the backend. Thread-safe; the inner highlighter is
/// called without the cache lock held.
class CachingHighlighter final : public Highlighter
{
public:
    static constexpr qsizetype defaultBudgetBytes = 32 * 1024 * 1024;

    explicit CachingHighlighter(std::unique_ptr<Highlighter> inner, qsizetype budgetBytes = defaultBudgetBytes);

    [[nodiscard]] QString toHtml(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] Result highlight(const QString &code, const QString &language, Theme theme) override;
    [[nodiscard]] bool hasDefinition(const QString &language) override;
    [[nodiscard]] QString definitionName(const QString &language) override;
    [[nodiscard]] QStringList definitionNames() override;
    [[nodiscard]] QString lastError() const override;

    struct Stats {
        quint64 hits = 0;
        quint64 misses = 0;
        qsizetype entries = 0;
        qsizetype bytes = 0;
    };
    [[nodiscard]] Stats stats() const;
    void clear();
    [[nodiscard]] Highlighter &inner() { return *m_inner; }

private:
    struct Entry {
        QByteArray key;
        Result result;
        qsizetype bytes = 0;
    };
    [[nodiscard]] static QByteArray keyFor(const QString &code, const QString &language, Theme theme);
    void insert(QByteArray key, const Result &result);

    std::unique_ptr<Highlighter> m_inner;
    const qsizetype m_budgetBytes;
    mutable QMutex m_mutex;
    std::list<Entry> m_recent; // most recently used first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    Stats m_stats;
};

} // namespace highlight
