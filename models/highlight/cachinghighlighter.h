// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "highlight/highlighter.h"

#include <QHash>
#include <QHashFunctions>
#include <QMutex>

#include <list>
#include <memory>

namespace highlight
{

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
public:
    /// The full input, not a digest: a hit is verified by comparing the text (a memcmp, cheaper than hashing it
    /// with a cryptographic digest), so no two blocks can ever share an entry. The code is implicitly shared with
    /// the caller's QString, and counted in the budget.
    struct Key {
        QString code;
        QString language;
        Theme theme = Theme::Light;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.code, key.language, int(key.theme));
        }
    };

private:
    struct Entry {
        Key key;
        Result result;
        qsizetype bytes = 0;
    };
    void insert(Key key, const Result &result);

    std::unique_ptr<Highlighter> m_inner;
    const qsizetype m_budgetBytes;
    mutable QMutex m_mutex;
    std::list<Entry> m_recent; // most recently used first
    QHash<Key, std::list<Entry>::iterator> m_index;
    Stats m_stats;
};

} // namespace highlight
