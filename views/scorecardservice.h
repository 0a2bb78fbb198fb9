// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecards/evaluator.h"

#include <QObject>
#include <QStringList>

#include <optional>

class CatalogBackend;

/// The scorecard of the whole catalog, computed on a worker thread with its own store connection whenever the
/// catalog changes, and recorded as that sync's trend point. Built in main() and shared by the Scorecards page
/// (ScorecardModel) and the entity cards (EntityScorecard); tests build their own.
class ScorecardService : public QObject
{
    Q_OBJECT

public:
    /// `store` is the UI thread's connection: its path is opened again by the worker.
    ScorecardService(store::CatalogStore *store, QObject *parent);
    ~ScorecardService() override;

    /// Rule files to use instead of the configured ones (defaults plus the user's); for tests and tools.
    void setRuleFiles(const QStringList &paths);
    /// Recomputes (and records a trend point) after every change of `catalog`, and once now.
    void watch(CatalogBackend *catalog);
    /// Starts a computation; one already running is followed by exactly one more.
    void refresh();

    [[nodiscard]] bool loading() const { return m_running; }
    /// The last finished report (empty before the first one).
    [[nodiscard]] const scorecards::Report &report() const { return m_report; }
    [[nodiscard]] const scorecards::RuleSet &rules() const { return m_rules; }
    /// What went wrong reading the rules, one line each ("file:line: message").
    [[nodiscard]] QStringList ruleProblems() const { return m_ruleProblems; }
    /// The last store error (opening the worker's connection, recording the snapshot), else empty.
    [[nodiscard]] QString error() const { return m_error; }
    /// Finished computations so far.
    [[nodiscard]] int generation() const { return m_generation; }
    [[nodiscard]] store::CatalogStore *store() const { return m_store; }

    /// The recorded trend of one scope ("all", "owner", "kind") and key under the current rules, oldest first.
    [[nodiscard]] QList<store::ScorePoint> history(const QString &scope, const QString &key, int limit = 30) const;
    /// One entity scored on the spot (a single row and its owner: cheap enough for the UI thread).
    [[nodiscard]] std::optional<scorecards::EntityScore> scoreEntity(const QString &ref) const;

    static void setInstance(ScorecardService *instance);
    /// The app's service, or null (tests hand theirs to the models).
    [[nodiscard]] static ScorecardService *instance();

Q_SIGNALS:
    void loadingChanged();
    void reportChanged();

private:
    void loadRules();
    void finish(const scorecards::Report &report, const QString &error);

    store::CatalogStore *m_store;
    QStringList m_ruleFiles;
    scorecards::RuleSet m_rules;
    QStringList m_ruleProblems;
    scorecards::Report m_report;
    QString m_error;
    int m_generation = 0;
    bool m_running = false;
    bool m_again = false;
};
