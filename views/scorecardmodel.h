// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scorecardfilter.h"
#include "scorecardlists.h"
#include "scoretrendmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThreadPool>

#include <atomic>
#include <memory>

class ScorecardService;

/// The Scorecards page: the catalog's report (computed off the UI thread by ScorecardService) cut by an owner
/// and a kind filter. The owner bars follow the kind filter only and the kind bars the owner filter only, so a
/// click on a bar narrows the rest of the page without hiding its siblings. Counting a selection runs on a worker
/// (one at a time, in order); only the result of the latest request is applied, older ones are dropped.
class ScorecardModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Owner ref, views::unownedKey() for entities without one, or empty for all.
    Q_PROPERTY(QString owner READ owner WRITE setOwner NOTIFY filterChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY filterChanged)
    /// The check whose failures the drill-down lists (empty: every failing entity).
    Q_PROPERTY(QString check READ check WRITE setCheck NOTIFY filterChanged)
    /// The selected check's name (empty without one).
    Q_PROPERTY(QString checkName READ checkName NOTIFY filterChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// A new selection is being counted on the worker; the numbers shown are still the previous selection's.
    Q_PROPERTY(bool filtering READ filtering NOTIFY filteringChanged)
    /// A report exists (the first computation has finished).
    Q_PROPERTY(bool ready READ ready NOTIFY updated)
    /// Completeness of the selection (owner and kind), 0..100.
    Q_PROPERTY(double percent READ percent NOTIFY updated)
    Q_PROPERTY(int entityCount READ entityCount NOTIFY updated)
    Q_PROPERTY(int passed READ passed NOTIFY updated)
    Q_PROPERTY(int applicable READ applicable NOTIFY updated)
    Q_PROPERTY(QString ruleSetName READ ruleSetName NOTIFY updated)
    Q_PROPERTY(int ruleCount READ ruleCount NOTIFY updated)
    Q_PROPERTY(QStringList ruleProblems READ ruleProblems NOTIFY updated)
    Q_PROPERTY(QString error READ error NOTIFY updated)
    /// [{value, label}] for the filter boxes, "all" first.
    Q_PROPERTY(QVariantList ownerOptions READ ownerOptions NOTIFY updated)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY updated)
    Q_PROPERTY(ScoreTallyModel *owners READ owners CONSTANT)
    Q_PROPERTY(ScoreTallyModel *kinds READ kinds CONSTANT)
    Q_PROPERTY(ScoreCheckModel *checks READ checks CONSTANT)
    Q_PROPERTY(ScoreEntityModel *failing READ failing CONSTANT)
    /// The whole catalog's score over syncs.
    Q_PROPERTY(ScoreTrendModel *trend READ trend CONSTANT)
    /// The selected owner's (or kind's) score over syncs; empty without one.
    Q_PROPERTY(ScoreTrendModel *selectionTrend READ selectionTrend CONSTANT)

public:
    explicit ScorecardModel(QObject *parent = nullptr);
    ~ScorecardModel() override;

    /// The service to read; a QML-created model reads the app's.
    void setService(ScorecardService *service);

    [[nodiscard]] QString owner() const { return m_owner; }
    void setOwner(const QString &owner);
    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    [[nodiscard]] QString check() const { return m_check; }
    void setCheck(const QString &check);
    [[nodiscard]] QString checkName() const;

    [[nodiscard]] bool loading() const;
    [[nodiscard]] bool filtering() const { return m_filtering; }
    [[nodiscard]] bool ready() const;
    [[nodiscard]] double percent() const { return m_overall.percent(); }
    [[nodiscard]] int entityCount() const { return m_overall.entities; }
    [[nodiscard]] int passed() const { return m_overall.passed; }
    [[nodiscard]] int applicable() const { return m_overall.applicable; }
    [[nodiscard]] QString ruleSetName() const;
    [[nodiscard]] int ruleCount() const;
    [[nodiscard]] QStringList ruleProblems() const;
    [[nodiscard]] QString error() const;
    [[nodiscard]] QVariantList ownerOptions() const { return m_ownerOptions; }
    [[nodiscard]] QVariantList kindOptions() const { return m_kindOptions; }
    [[nodiscard]] ScoreTallyModel *owners() const { return m_owners; }
    [[nodiscard]] ScoreTallyModel *kinds() const { return m_kinds; }
    [[nodiscard]] ScoreCheckModel *checks() const { return m_checks; }
    [[nodiscard]] ScoreEntityModel *failing() const { return m_failing; }
    [[nodiscard]] ScoreTrendModel *trend() const { return m_trend; }
    [[nodiscard]] ScoreTrendModel *selectionTrend() const { return m_selectionTrend; }

    /// Scores the catalog again (the service does it by itself after every import or sync).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void clearFilters();

Q_SIGNALS:
    void filterChanged();
    void loadingChanged();
    void filteringChanged();
    void updated();

private:
    /// Asks the worker for the current selection's numbers; apply() takes the answer.
    void rebuild();
    void apply(const ScorecardSlice &slice);
    void rebuildOptions();
    void rebuildTrends();

    QPointer<ScorecardService> m_service;
    QString m_owner;
    QString m_kind;
    QString m_check;
    scorecards::Tally m_overall;
    QVariantList m_ownerOptions;
    QVariantList m_kindOptions;
    ScoreTallyModel *m_owners;
    ScoreTallyModel *m_kinds;
    ScoreCheckModel *m_checks;
    ScoreEntityModel *m_failing;
    ScoreTrendModel *m_trend;
    ScoreTrendModel *m_selectionTrend;
    quint64 m_serial = 0; ///< the latest request
    /// The latest request as the worker sees it: a job overtaken before it starts skips the work.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_filtering = false;
    QThreadPool m_pool; ///< one thread: requests run in order, none competes with scoring for the global pool
};
