// SPDX-License-Identifier: Apache-2.0
#include "scorecardservice.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

#include <QFutureWatcher>
#include <QtConcurrent>

#include <functional>
#include <utility>

namespace {

ScorecardService *s_instance = nullptr;

struct Outcome {
    scorecards::Report report;
    QString error;
};

bool inMemory(const QString &path)
{
    return path == u":memory:";
}

} // namespace

ScorecardService::ScorecardService(store::CatalogStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    loadRules();
}

ScorecardService::~ScorecardService()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void ScorecardService::setInstance(ScorecardService *instance)
{
    s_instance = instance;
}

ScorecardService *ScorecardService::instance()
{
    return s_instance;
}

void ScorecardService::setRuleFiles(const QStringList &paths)
{
    m_ruleFiles = paths;
    loadRules();
}

void ScorecardService::loadRules()
{
    // A few small YAML files: re-read on every refresh so edits to the user's rules show after the next sync.
    const scorecards::LoadResult loaded
        = m_ruleFiles.isEmpty() ? scorecards::loadConfiguredRules() : scorecards::loadRuleFiles(m_ruleFiles);
    m_rules = loaded.ruleSet;
    m_ruleProblems.clear();
    for (const catalog::Diagnostic &problem : loaded.problems)
        m_ruleProblems << problem.toString();
}

void ScorecardService::watch(CatalogBackend *catalog)
{
    connect(catalog, &CatalogBackend::catalogChanged, this, &ScorecardService::refresh);
    refresh();
}

void ScorecardService::refresh()
{
    if (m_running) {
        m_again = true;
        return;
    }
    loadRules();
    m_running = true;
    Q_EMIT loadingChanged();

    const scorecards::RuleSet rules = m_rules;
    const QString path = m_store->path();
    std::function<Outcome()> work;
    if (inMemory(path)) {
        // An in-memory catalog (tests, --self-test) has no second connection: read the rows here, score there.
        store::Query all;
        all.limit = 0;
        work = [rules, rows = m_store->search(all)]() {
            QSet<QString> refs;
            for (const store::EntityRow &row : rows)
                refs.insert(row.ref);
            return Outcome { scorecards::Evaluator(rules).evaluate(rows, refs), {} };
        };
    } else {
        work = [rules, path]() {
            store::CatalogStore store;
            Outcome outcome;
            outcome.error = store.open(path);
            if (!outcome.error.isEmpty())
                return outcome;
            outcome.report = scorecards::Evaluator(rules).evaluate(store);
            // One trend point per sync: recordSnapshot replaces this sync's point when scored again.
            if (!outcome.report.entities.isEmpty())
                outcome.error = scorecards::recordSnapshot(store, outcome.report);
            return outcome;
        };
    }
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher]() {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        finish(outcome.report, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void ScorecardService::finish(const scorecards::Report &report, const QString &error)
{
    m_report = report;
    m_error = error;
    if (error.isEmpty() && inMemory(m_store->path()) && !report.entities.isEmpty())
        m_error = scorecards::recordSnapshot(*m_store, report);
    if (!m_error.isEmpty())
        qWarning("scorecards: %s", qPrintable(m_error));
    ++m_generation;
    m_running = false;
    Q_EMIT reportChanged();
    Q_EMIT loadingChanged();
    if (std::exchange(m_again, false))
        refresh();
}

QList<store::ScorePoint> ScorecardService::history(const QString &scope, const QString &key, int limit) const
{
    if (m_report.ruleSetName.isEmpty())
        return {};
    return m_store->scoreHistory(m_report.ruleSetName + u'@' + m_report.ruleSetDigest, scope, key, limit);
}

std::optional<scorecards::EntityScore> ScorecardService::scoreEntity(const QString &ref) const
{
    const std::optional<store::EntityRow> row = m_store->entity(ref);
    if (!row)
        return std::nullopt;
    // Only "does the owner exist" reads other entities, so the owner is all of the catalog this entity needs.
    QSet<QString> known { row->ref };
    if (!row->owner.isEmpty() && m_store->entity(row->owner))
        known.insert(row->owner);
    return scorecards::Evaluator(m_rules).score(*row, known);
}
