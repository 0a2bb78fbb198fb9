// SPDX-License-Identifier: Apache-2.0
#include "scorecardmodel.h"

#include "refs.h"
#include "scorecardservice.h"

#include <QVariantMap>
#include <QtConcurrent>

namespace {

QVariantMap option(const QString &value, const QString &label)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("label"), label } };
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QObject(parent)
    , m_owners(new ScoreTallyModel(this))
    , m_kinds(new ScoreTallyModel(this))
    , m_checks(new ScoreCheckModel(this))
    , m_failing(new ScoreEntityModel(this))
    , m_trend(new ScoreTrendModel(this))
    , m_selectionTrend(new ScoreTrendModel(this))
{
    m_pool.setMaxThreadCount(1);
    if (auto *service = ScorecardService::instance())
        setService(service);
}

ScorecardModel::~ScorecardModel()
{
    m_latest->store(0); // queued requests skip their work
    m_pool.waitForDone();
}

void ScorecardModel::setService(ScorecardService *service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (service) {
        connect(service, &ScorecardService::loadingChanged, this, &ScorecardModel::loadingChanged);
        connect(service, &ScorecardService::reportChanged, this, [this]() {
            rebuildOptions();
            rebuild();
        });
    }
    rebuildOptions();
    rebuild();
    Q_EMIT loadingChanged();
}

void ScorecardModel::setOwner(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    Q_EMIT filterChanged();
    rebuild();
}

void ScorecardModel::setKind(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT filterChanged();
    rebuild();
}

void ScorecardModel::setCheck(const QString &check)
{
    if (check == m_check)
        return;
    m_check = check;
    Q_EMIT filterChanged();
    rebuild();
}

QString ScorecardModel::checkName() const
{
    if (m_service) {
        for (const scorecards::Check &check : m_service->rules().checks) {
            if (check.id == m_check)
                return check.name;
        }
    }
    return {};
}

void ScorecardModel::clearFilters()
{
    if (m_owner.isEmpty() && m_kind.isEmpty() && m_check.isEmpty())
        return;
    m_owner.clear();
    m_kind.clear();
    m_check.clear();
    Q_EMIT filterChanged();
    rebuild();
}

void ScorecardModel::refresh()
{
    if (m_service)
        m_service->refresh();
}

bool ScorecardModel::loading() const
{
    return m_service && m_service->loading();
}

bool ScorecardModel::ready() const
{
    return m_service && m_service->generation() > 0;
}

QString ScorecardModel::ruleSetName() const
{
    return m_service ? m_service->rules().name : QString();
}

int ScorecardModel::ruleCount() const
{
    return m_service ? int(m_service->rules().checks.size()) : 0;
}

QStringList ScorecardModel::ruleProblems() const
{
    return m_service ? m_service->ruleProblems() : QStringList();
}

QString ScorecardModel::error() const
{
    return m_service ? m_service->error() : QString();
}

void ScorecardModel::rebuildOptions()
{
    m_ownerOptions = { option({}, tr("All owners", "@item:inlistbox")) };
    m_kindOptions = { option({}, tr("All kinds", "@item:inlistbox")) };
    if (m_service) {
        for (const scorecards::Tally &t : m_service->report().byOwner) {
            m_ownerOptions << (t.key.isEmpty() ? option(views::unownedKey(), tr("No owner", "@item:inlistbox"))
                                               : option(t.key, views::shortRef(t.key)));
        }
        for (const scorecards::Tally &t : m_service->report().byKind)
            m_kindOptions << option(t.key, t.key);
    }
}

void ScorecardModel::rebuild()
{
    const quint64 serial = ++m_serial;
    m_latest->store(serial);
    if (!m_filtering) {
        m_filtering = true;
        Q_EMIT filteringChanged();
    }
    // The report's lists are implicitly shared: the worker's copy costs nothing and stays valid if a new report
    // replaces the service's meanwhile.
    const scorecards::Report report = m_service ? m_service->report() : scorecards::Report();
    QtConcurrent::run(&m_pool, [report, owner = m_owner, kind = m_kind, check = m_check, serial, latest = m_latest]() {
        ScorecardSlice slice;
        if (latest->load() == serial)
            slice = sliceReport(report, owner, kind, check);
        slice.serial = serial;
        return slice;
    }).then(this, [this](const ScorecardSlice &slice) { apply(slice); });
}

void ScorecardModel::apply(const ScorecardSlice &slice)
{
    if (slice.serial != m_serial)
        return; // overtaken by a newer selection or report
    m_owners->setTallies(slice.owners, true, m_owner);
    m_kinds->setTallies(slice.kinds, false, m_kind);
    m_checks->setChecks(slice.checks, m_service ? m_service->rules() : scorecards::RuleSet(), m_check);
    m_failing->setRows(slice.failing, m_check);
    m_overall = slice.overall;
    rebuildTrends();
    m_filtering = false;
    Q_EMIT filteringChanged();
    Q_EMIT updated();
}

void ScorecardModel::rebuildTrends()
{
    if (!m_service) {
        m_trend->setPoints({}, {});
        m_selectionTrend->setPoints({}, {});
        return;
    }
    // A few dozen rows by index from the store: cheap enough for the UI thread.
    m_trend->setPoints(m_service->history(QStringLiteral("all"), QStringLiteral("all")), {});
    if (!m_owner.isEmpty() && m_kind.isEmpty()) {
        const bool unowned = m_owner == views::unownedKey();
        m_selectionTrend->setPoints(
            m_service->history(QStringLiteral("owner"), unowned ? QString() : m_owner.toLower()),
            unowned ? tr("No owner", "@label entities without an owner") : views::shortRef(m_owner.toLower()));
    } else if (m_owner.isEmpty() && !m_kind.isEmpty()) {
        // Kinds are stored as written: take the spelling the report uses.
        QString key = m_kind;
        for (const scorecards::Tally &t : m_service->report().byKind) {
            if (t.key.compare(m_kind, Qt::CaseInsensitive) == 0)
                key = t.key;
        }
        m_selectionTrend->setPoints(m_service->history(QStringLiteral("kind"), key), key);
    } else {
        m_selectionTrend->setPoints({}, {});
    }
}
