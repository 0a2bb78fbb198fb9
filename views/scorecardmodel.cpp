// SPDX-License-Identifier: Apache-2.0
#include "scorecardmodel.h"

#include "refs.h"
#include "scorecardservice.h"

#include <QVariantMap>

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
    if (auto *service = ScorecardService::instance())
        setService(service);
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
    // Tallying results already computed: linear in the entities scored, no rule is evaluated here.
    const QString owner = m_owner.toLower();
    auto ownerMatches = [&owner](const scorecards::EntityScore &e) {
        return owner.isEmpty() || (owner == views::unownedKey() ? e.owner.isEmpty() : e.owner == owner);
    };
    auto kindMatches = [this](const scorecards::EntityScore &e) {
        return m_kind.isEmpty() || e.kind.compare(m_kind, Qt::CaseInsensitive) == 0;
    };
    scorecards::Report ofKind, ofOwner, selection;
    if (m_service) {
        for (const scorecards::EntityScore &entity : m_service->report().entities) {
            const bool kindOk = kindMatches(entity);
            const bool ownerOk = ownerMatches(entity);
            if (kindOk)
                ofKind.entities.append(entity);
            if (ownerOk)
                ofOwner.entities.append(entity);
            if (kindOk && ownerOk)
                selection.entities.append(entity);
        }
    }
    for (scorecards::Report *report : { &ofKind, &ofOwner, &selection })
        scorecards::tally(report);
    m_owners->setTallies(ofKind.byOwner, true, m_owner);
    m_kinds->setTallies(ofOwner.byKind, false, m_kind);
    m_checks->setChecks(selection.byCheck, m_service ? m_service->rules() : scorecards::RuleSet(), m_check);
    m_failing->setEntities(selection.entities, m_check);
    m_overall = selection.overall;
    rebuildTrends();
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
