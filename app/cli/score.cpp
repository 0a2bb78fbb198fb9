// SPDX-License-Identifier: Apache-2.0
#include "cli/score.h"

#include "cli/common.h"
#include "scorecards/evaluator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cli
{

namespace
{

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1) + u'%';
}

QJsonObject tallyJson(const scorecards::Tally &t)
{
    return { { QStringLiteral("key"), t.key }, { QStringLiteral("entities"), t.entities },
        { QStringLiteral("passed"), t.passed }, { QStringLiteral("applicable"), t.applicable },
        { QStringLiteral("percent"), t.percent() } };
}

QJsonArray talliesJson(const QList<scorecards::Tally> &tallies)
{
    QJsonArray out;
    for (const auto &t : tallies)
        out.append(tallyJson(t));
    return out;
}

QJsonObject entityJson(const scorecards::EntityScore &entity)
{
    QJsonArray checks;
    for (const auto &c : entity.checks) {
        QJsonObject check { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("passed"), c.passed } };
        if (!c.passed) {
            check.insert(QStringLiteral("reason"), c.reason());
            // The same as data, for tools that word it themselves.
            check.insert(QStringLiteral("failure"),
                QJsonObject { { QStringLiteral("subject"), c.failure.subject },
                    { QStringLiteral("operator"), scorecards::operatorName(c.failure.op) },
                    { QStringLiteral("expected"), c.failure.expected },
                    { QStringLiteral("found"), QJsonArray::fromStringList(c.failure.found) } });
            check.insert(QStringLiteral("fix"), c.fix);
        }
        checks.append(check);
    }
    return { { QStringLiteral("ref"), entity.ref }, { QStringLiteral("kind"), entity.kind },
        { QStringLiteral("owner"), entity.owner }, { QStringLiteral("file"), entity.file },
        { QStringLiteral("line"), entity.line }, { QStringLiteral("passed"), entity.passed() },
        { QStringLiteral("applicable"), int(entity.checks.size()) }, { QStringLiteral("percent"), entity.percent() },
        { QStringLiteral("checks"), checks } };
}

void printTallies(const char *title, const QList<scorecards::Tally> &tallies)
{
    out() << title << ":\n";
    for (const auto &t : tallies) {
        out() << "  " << (t.key.isEmpty() ? QStringLiteral("(no owner)") : t.key).leftJustified(34) << ' '
              << QString::number(t.entities).rightJustified(4) << (t.entities == 1 ? " entity  " : " entities")
              << percentText(t.percent()).rightJustified(8) << " (" << t.passed << '/' << t.applicable << ")\n";
    }
}

} // namespace

int runScore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Scores catalog entities against scorecard rules: what each entity misses and how to fix it, completeness per "
        "owner and kind. Rules: the built-in defaults plus ~/.config/portolan/scorecards/*.yaml, or only the --rules "
        "files. With --min, exits 1 when the selection scores below PERCENT (a CI gate)."));
    addDatabaseOption(parser);
    addJsonOption(parser);
    parser.addOption({ QStringLiteral("rules"),
        QStringLiteral(
            "A rule file to use instead of the defaults (repeatable; later files override checks with the same id)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("owner"), QStringLiteral("Only entities owned by this group or user."),
        QStringLiteral("owner") });
    parser.addOption({ QStringLiteral("kind"), QStringLiteral("Only entities of this kind."), QStringLiteral("kind") });
    parser.addOption({ QStringLiteral("min"),
        QStringLiteral("Fail (exit 1) when the selection's completeness is below this percentage."),
        QStringLiteral("percent") });
    parser.addOption({ QStringLiteral("record"),
        QStringLiteral("Keep this run's scores in the catalog for trends (one snapshot per sync).") });
    int code = Ok;
    if (!parse(parser, QStringLiteral("score"), args, &code))
        return code;
    std::optional<double> minimum;
    if (parser.isSet(QStringLiteral("min"))) {
        bool ok = false;
        const double value = parser.value(QStringLiteral("min")).toDouble(&ok);
        if (!ok || value < 0 || value > 100) {
            err() << "score: --min must be a percentage from 0 to 100\n";
            return UsageOrFatal;
        }
        minimum = value;
    }
    const scorecards::LoadResult rules = parser.isSet(QStringLiteral("rules"))
        ? scorecards::loadRuleFiles(parser.values(QStringLiteral("rules")))
        : scorecards::loadConfiguredRules();
    if (!rules.ok()) {
        for (const auto &problem : rules.problems)
            err() << problem.toString() << '\n';
        err() << "score: the rules have " << rules.problems.size() << " problems; nothing was scored\n";
        return UsageOrFatal;
    }
    auto store = openStore(parser);
    if (!store)
        return UsageOrFatal;

    const scorecards::Report full = scorecards::Evaluator(rules.ruleSet).evaluate(*store);
    const QString owner = parser.isSet(QStringLiteral("owner"))
        ? normaliseRef(parser.value(QStringLiteral("owner")), QStringLiteral("group"))
        : QString();
    const QString kind = parser.value(QStringLiteral("kind"));
    const scorecards::Report report = full.filtered(owner, kind);
    const QString ruleKey = scorecards::ruleSetKey(rules.ruleSet);
    if (parser.isSet(QStringLiteral("record"))) {
        const QString error = scorecards::recordSnapshot(*store, full);
        if (!error.isEmpty()) {
            err() << "score: could not record the snapshot: " << error << '\n';
            return UsageOrFatal;
        }
    }
    // The trend follows the selection when it is one owner or one kind.
    const auto [scope, scopeKey] = !owner.isEmpty() && kind.isEmpty() ? std::pair(QStringLiteral("owner"), owner)
        : owner.isEmpty() && !kind.isEmpty()
        ? std::pair(QStringLiteral("kind"), full.filtered({}, kind).byKind.value(0).key)
        : owner.isEmpty() ? std::pair(QStringLiteral("all"), QStringLiteral("all"))
                          : std::pair(QString(), QString());
    const QList<store::ScorePoint> trend
        = scope.isEmpty() ? QList<store::ScorePoint>() : store->scoreHistory(ruleKey, scope, scopeKey, 10);
    const bool empty = report.entities.isEmpty();
    const bool gatePassed = !empty && (!minimum || report.overall.percent() >= *minimum);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray entities, points;
        for (const auto &entity : report.entities)
            entities.append(entityJson(entity));
        for (const auto &point : trend) {
            points.append(QJsonObject { { QStringLiteral("takenAt"), point.takenAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("catalogSyncedAt"), point.catalogSyncedAt.toString(Qt::ISODateWithMs) },
                { QStringLiteral("percent"),
                    scorecards::Tally { {}, point.tally.entities, point.tally.passed, point.tally.applicable }
                        .percent() },
                { QStringLiteral("entities"), point.tally.entities } });
        }
        QJsonObject json { { QStringLiteral("ruleSet"), rules.ruleSet.name },
            { QStringLiteral("digest"), rules.ruleSet.digest },
            { QStringLiteral("ruleFiles"), QJsonArray::fromStringList(rules.ruleSet.files) },
            { QStringLiteral("entities"), entities }, { QStringLiteral("owners"), talliesJson(report.byOwner) },
            { QStringLiteral("kinds"), talliesJson(report.byKind) },
            { QStringLiteral("checks"), talliesJson(report.byCheck) },
            { QStringLiteral("overall"), tallyJson(report.overall) }, { QStringLiteral("trend"), points } };
        if (minimum)
            json.insert(QStringLiteral("gate"),
                QJsonObject { { QStringLiteral("min"), *minimum }, { QStringLiteral("passed"), gatePassed } });
        printJson(json);
    } else {
        out() << "Scorecard " << rules.ruleSet.name << " (" << rules.ruleSet.checks.size() << " checks, rules "
              << rules.ruleSet.digest << ")\n\n";
        for (const auto &entity : report.entities) {
            if (entity.passed() == entity.checks.size())
                continue;
            out() << entity.ref << "  " << percentText(entity.percent()) << " (" << entity.passed() << '/'
                  << entity.checks.size() << ")  " << entity.file << ':' << entity.line << '\n';
            for (const auto &check : entity.checks) {
                if (check.passed)
                    continue;
                out() << "  ✗ " << check.id << ": " << check.name << " — " << check.reason() << '\n';
                if (!check.fix.isEmpty())
                    out() << "    fix: " << check.fix << '\n';
            }
        }
        const auto complete = std::count_if(report.entities.cbegin(), report.entities.cend(),
            [](const auto &e) { return e.passed() == e.checks.size(); });
        out() << '\n' << complete << " of " << report.entities.size() << " entities pass every check.\n\n";
        printTallies("By owner", report.byOwner);
        printTallies("By kind", report.byKind);
        printTallies("By check", report.byCheck);
        out() << "\nOverall: " << percentText(report.overall.percent()) << " (" << report.overall.passed << '/'
              << report.overall.applicable << " checks passed over " << report.overall.entities << " entities)\n";
        if (trend.size() > 1) {
            out() << "Trend (" << trend.size() << " syncs):";
            for (const auto &point : trend)
                out() << ' '
                      << percentText(
                             scorecards::Tally { {}, point.tally.entities, point.tally.passed, point.tally.applicable }
                                 .percent());
            out() << '\n';
        }
        if (minimum) {
            out() << "Gate: " << percentText(report.overall.percent()) << (gatePassed ? " >= " : " < ")
                  << percentText(*minimum) << (gatePassed ? " passed\n" : " FAILED\n");
        }
    }
    if (empty && (!owner.isEmpty() || !kind.isEmpty())) {
        err() << "score: no scored entities match" << (owner.isEmpty() ? QString() : QStringLiteral(" owner ") + owner)
              << (kind.isEmpty() ? QString() : QStringLiteral(" kind ") + kind) << '\n';
        return ProblemsFound;
    }
    return minimum && !gatePassed ? ProblemsFound : Ok;
}

} // namespace cli
