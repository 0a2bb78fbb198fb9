// SPDX-License-Identifier: Apache-2.0
// The Scorecards page's models and the entity card over real SQLite files: numbers worked out by hand on a small
// catalog, the demo catalog against the Evaluator run directly, trends over two syncs, the app's import wiring.
#include "catalogbackend.h"
#include "catalogfixture.h"
#include "entityscorecard.h"
#include "scorecardmodel.h"
#include "scorecardservice.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTranslator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

namespace {

QString smallCatalog(const char *name = "catalog.yaml")
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/views/scorecards/") + QLatin1String(name);
}

/// Replaces source "test" with the entities of `file`, as a sync would (a new sync time each call).
QString importFile(store::CatalogStore &store, const QString &file)
{
    catalog::Reader reader;
    const catalog::ReadResult result = reader.readPaths({ file });
    if (!result.diagnostics.isEmpty())
        return result.diagnostics.constFirst().toString();
    return store.replaceSnapshot({ QStringLiteral("test"), QStringLiteral("file"), file }, result);
}

/// Rescores and waits for the worker to finish.
bool rescore(ScorecardService &service)
{
    QSignalSpy done(&service, &ScorecardService::reportChanged);
    service.refresh();
    return done.wait(20000);
}

/// Row of `model` whose `role` equals `value`, or -1.
int rowOf(const QAbstractItemModel &model, int role, const QVariant &value)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row, 0), role) == value)
            return row;
    }
    return -1;
}

QVariant at(const QAbstractItemModel &model, int row, int role)
{
    return model.data(model.index(row, 0), role);
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << at(model, row, role).toString();
    return out;
}

/// n components across 100 teams (every tenth team is not in the catalog) with the annotations of a few checks.
catalog::ReadResult largeCatalog(int n)
{
    catalog::ReadResult result;
    for (int i = 0; i < n; ++i) {
        const QString name = QStringLiteral("svc-%1").arg(i);
        const QString owner = QStringLiteral("group:default/team-%1").arg(i % 100);
        QJsonObject metadata { { QStringLiteral("name"), name },
            { QStringLiteral("namespace"), QStringLiteral("default") },
            { QStringLiteral("tags"), QJsonArray { QStringLiteral("go") } } };
        if (i % 2)
            metadata.insert(QStringLiteral("description"), QStringLiteral("A service"));
        QJsonObject annotations;
        if (i % 3 == 0)
            annotations.insert(QStringLiteral("backstage.io/techdocs-ref"), QStringLiteral("dir:."));
        if (i % 4 == 0)
            annotations.insert(QStringLiteral("pagerduty.com/service-id"), QStringLiteral("P%1").arg(i));
        metadata.insert(QStringLiteral("annotations"), annotations);
        catalog::Entity entity;
        entity.ref = QStringLiteral("component:default/") + name;
        entity.data = QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
            { QStringLiteral("kind"), QStringLiteral("Component") },
            { QStringLiteral("metadata"), metadata },
            { QStringLiteral("spec"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("service") },
                    { QStringLiteral("lifecycle"), QStringLiteral("production") },
                    { QStringLiteral("owner"), owner } } } };
        entity.relations = { { entity.ref, QStringLiteral("ownedBy"), owner } };
        entity.position = { QStringLiteral("/large/catalog-info.yaml"), i + 1, 1 };
        result.entities << entity;
    }
    for (int team = 0; team < 100; ++team) {
        if (team % 10 == 9)
            continue;
        catalog::Entity group;
        const QString name = QStringLiteral("team-%1").arg(team);
        group.ref = QStringLiteral("group:default/") + name;
        group.data = QJsonObject { { QStringLiteral("apiVersion"), QStringLiteral("backstage.io/v1alpha1") },
            { QStringLiteral("kind"), QStringLiteral("Group") },
            { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("name"), name },
                    { QStringLiteral("namespace"), QStringLiteral("default") } } },
            { QStringLiteral("spec"), QJsonObject { { QStringLiteral("type"), QStringLiteral("team") } } } };
        group.position = { QStringLiteral("/large/groups.yaml"), team + 1, 1 };
        result.entities << group;
    }
    return result;
}

/// The page counts a selection on a worker: wait until it has applied the current one.
#define SETTLE(page) QTRY_VERIFY_WITH_TIMEOUT(!(page).filtering(), 20000)

/// Attaches a tester to every model of the page, for the whole life of the model.
void attachTesters(ScorecardModel &page)
{
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> { page.owners(), page.kinds(),
             page.checks(), page.failing(), page.trend(), page.selectionTrend() })
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

} // namespace

class TestScorecards : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        // The user's rule folder must be empty: the tests score with the shipped defaults only.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(scorecards::userRuleFiles().isEmpty());
    }

    void smallCatalogByOwnerAndKind()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("small.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);
        QVERIFY(!page.ready());
        QVERIFY(rescore(service));
        SETTLE(page);
        QVERIFY(page.ready());
        QCOMPARE(service.error(), QString());

        // Worked out by hand from the default rules (see the comments in the catalog file).
        QCOMPARE(page.entityCount(), 5);
        QCOMPARE(page.passed(), 22);
        QCOMPARE(page.applicable(), 31);
        const ScoreTallyModel &owners = *page.owners();
        QCOMPARE(column(owners, ScoreTallyModel::KeyRole),
            QStringList({ u"unowned"_qs, u"group:default/team-a"_qs, u"group:default/team-b"_qs,
                u"group:default/team-ghost"_qs }));
        QCOMPARE(column(owners, ScoreTallyModel::LabelRole),
            QStringList({ u"No owner"_qs, u"team-a"_qs, u"team-b"_qs, u"team-ghost"_qs }));
        const int teamA = rowOf(owners, ScoreTallyModel::KeyRole, u"group:default/team-a"_qs);
        QCOMPARE(at(owners, teamA, ScoreTallyModel::EntitiesRole).toInt(), 2);
        QCOMPARE(at(owners, teamA, ScoreTallyModel::PassedRole).toInt(), 13); // 10 of 10 + 3 of 8
        QCOMPARE(at(owners, teamA, ScoreTallyModel::ApplicableRole).toInt(), 18);
        QCOMPARE(qRound(at(owners, teamA, ScoreTallyModel::PercentRole).toDouble() * 10), 722);
        const int ghost = rowOf(owners, ScoreTallyModel::KeyRole, u"group:default/team-ghost"_qs);
        QCOMPARE(at(owners, ghost, ScoreTallyModel::PassedRole).toInt(), 5);
        QCOMPARE(at(owners, ghost, ScoreTallyModel::ApplicableRole).toInt(), 7);
        QCOMPARE(at(owners, 0, ScoreTallyModel::PassedRole).toInt(), 1); // the unowned template: 1 of 3

        const ScoreTallyModel &kinds = *page.kinds();
        QCOMPARE(column(kinds, ScoreTallyModel::KeyRole),
            QStringList({ u"API"_qs, u"Component"_qs, u"System"_qs, u"Template"_qs }));
        QCOMPARE(at(kinds, 1, ScoreTallyModel::PassedRole).toInt(), 13);
        QCOMPARE(at(kinds, 2, ScoreTallyModel::PercentRole).toDouble(), 100.0);

        // Checks, most failures first; rule-file order among equals.
        const ScoreCheckModel &checks = *page.checks();
        QCOMPARE(checks.rowCount(), 11);
        QCOMPARE(at(checks, 0, ScoreCheckModel::IdRole).toString(), u"owner-exists"_qs);
        QCOMPARE(at(checks, 0, ScoreCheckModel::FailedRole).toInt(), 2);
        QCOMPARE(at(checks, 1, ScoreCheckModel::IdRole).toString(), u"has-description"_qs);
        QCOMPARE(at(checks, 1, ScoreCheckModel::FailedRole).toInt(), 2);
        const int pagerDuty = rowOf(checks, ScoreCheckModel::IdRole, u"has-pagerduty"_qs);
        QCOMPARE(at(checks, pagerDuty, ScoreCheckModel::ApplicableRole).toInt(), 1);
        QCOMPARE(at(checks, pagerDuty, ScoreCheckModel::FailedRole).toInt(), 0);
        QVERIFY(at(checks, 0, ScoreCheckModel::FixRole).toString().contains(u"Group"_qs));

        // Every entity but svc-good and sys fails something; the lowest score first.
        QCOMPARE(column(*page.failing(), ScoreEntityModel::RefRole),
            QStringList({ u"template:default/tpl-unowned"_qs, u"component:default/lib-bare"_qs,
                u"api:default/api-x"_qs }));
    }

    void filtersNarrowThePage()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("filters.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        QVERIFY(rescore(service));
        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);
        QSignalSpy filterChanged(&page, &ScorecardModel::filterChanged);

        page.setOwner(u"group:default/team-a"_qs);
        SETTLE(page);
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(page.entityCount(), 2);
        QCOMPARE(page.passed(), 13);
        // Kind bars follow the owner; owner bars stay all there, the chosen one selected.
        QCOMPARE(column(*page.kinds(), ScoreTallyModel::KeyRole), QStringList({ u"Component"_qs }));
        QCOMPARE(page.owners()->rowCount(), 4);
        const int teamA = rowOf(*page.owners(), ScoreTallyModel::KeyRole, u"group:default/team-a"_qs);
        QVERIFY(at(*page.owners(), teamA, ScoreTallyModel::SelectedRole).toBool());
        QVERIFY(!at(*page.owners(), 0, ScoreTallyModel::SelectedRole).toBool());
        QCOMPARE(column(*page.failing(), ScoreEntityModel::RefRole), QStringList({ u"component:default/lib-bare"_qs }));
        const QVariantList failures = at(*page.failing(), 0, ScoreEntityModel::FailuresRole).toList();
        QCOMPARE(failures.size(), 5);
        QVERIFY(!failures.constFirst().toMap().value(u"fix"_qs).toString().isEmpty());

        // One check: only its failures.
        page.setOwner({});
        SETTLE(page);
        page.setCheck(u"has-description"_qs);
        SETTLE(page);
        QCOMPARE(column(*page.failing(), ScoreEntityModel::RefRole),
            QStringList({ u"component:default/lib-bare"_qs, u"api:default/api-x"_qs }));
        const QVariantList one = at(*page.failing(), 0, ScoreEntityModel::FailuresRole).toList();
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.constFirst().toMap().value(u"id"_qs).toString(), u"has-description"_qs);
        QVERIFY(at(*page.checks(), rowOf(*page.checks(), ScoreCheckModel::IdRole, u"has-description"_qs),
            ScoreCheckModel::SelectedRole)
                    .toBool());

        // Entities without an owner, then a kind.
        page.clearFilters();
        SETTLE(page);
        page.setOwner(u"unowned"_qs);
        SETTLE(page);
        QCOMPARE(page.entityCount(), 1);
        QCOMPARE(page.passed(), 1);
        page.setOwner({});
        SETTLE(page);
        page.setKind(u"component"_qs);
        SETTLE(page);
        QCOMPARE(page.entityCount(), 2);
        QCOMPARE(column(*page.owners(), ScoreTallyModel::KeyRole), QStringList({ u"group:default/team-a"_qs }));
        QCOMPARE(page.ownerOptions().size(), 5); // "All owners" and the four owners, whatever the filter
        QCOMPARE(page.kindOptions().size(), 5);
        page.setOwner(u"group:default/team-b"_qs);
        SETTLE(page);
        QCOMPARE(page.entityCount(), 0);
        QCOMPARE(page.failing()->rowCount(), 0);
        QCOMPARE(page.percent(), 100.0);
    }

    void demoCatalogMatchesTheEvaluator()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("demo.sqlite"))), QString());
        QCOMPARE(importFile(store, QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")),
            QString());
        ScorecardService service(&store, nullptr);
        QVERIFY(rescore(service));
        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);

        const scorecards::LoadResult rules = scorecards::loadConfiguredRules();
        QVERIFY(rules.ok());
        const scorecards::Report direct = scorecards::Evaluator(rules.ruleSet).evaluate(store);
        QVERIFY(direct.entities.size() > 20);
        QCOMPARE(page.entityCount(), direct.overall.entities);
        QCOMPARE(page.passed(), direct.overall.passed);
        QCOMPARE(page.applicable(), direct.overall.applicable);
        auto compare = [](const ScoreTallyModel &model, const QList<scorecards::Tally> &tallies) {
            QCOMPARE(model.rowCount(), int(tallies.size()));
            for (int row = 0; row < model.rowCount(); ++row) {
                QCOMPARE(model.tallyAt(row).key, tallies.at(row).key);
                QCOMPARE(at(model, row, ScoreTallyModel::EntitiesRole).toInt(), tallies.at(row).entities);
                QCOMPARE(at(model, row, ScoreTallyModel::PassedRole).toInt(), tallies.at(row).passed);
                QCOMPARE(at(model, row, ScoreTallyModel::ApplicableRole).toInt(), tallies.at(row).applicable);
            }
        };
        compare(*page.owners(), direct.byOwner);
        compare(*page.kinds(), direct.byKind);
        for (const scorecards::Tally &t : direct.byCheck) {
            const int row = rowOf(*page.checks(), ScoreCheckModel::IdRole, t.key);
            QVERIFY2(row >= 0, qPrintable(t.key));
            QCOMPARE(at(*page.checks(), row, ScoreCheckModel::FailedRole).toInt(), t.applicable - t.passed);
        }
        // The same numbers per owner as the CLI's --owner filter.
        page.setOwner(u"group:default/team-risk"_qs);
        SETTLE(page);
        const scorecards::Report risk = direct.filtered(u"group:default/team-risk"_qs, {});
        QCOMPARE(page.passed(), risk.overall.passed);
        QCOMPARE(page.applicable(), risk.overall.applicable);
        compare(*page.kinds(), risk.byKind);
    }

    void trendAfterTwoSyncs()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("trend.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);
        QVERIFY(rescore(service));
        SETTLE(page);
        QCOMPARE(page.trend()->count(), 1);
        // Scoring again before the next sync replaces that sync's point.
        QVERIFY(rescore(service));
        SETTLE(page);
        QCOMPARE(page.trend()->count(), 1);

        QTest::qWait(5); // sync times have millisecond resolution
        QCOMPARE(importFile(store, smallCatalog("catalog-fixed.yaml")), QString());
        QVERIFY(rescore(service));
        SETTLE(page);
        QCOMPARE(page.trend()->count(), 2);
        QCOMPARE(page.trend()->values().size(), 2);
        QCOMPARE(qRound(page.trend()->values().at(0) * 10), 710); // 22 of 31
        QCOMPARE(qRound(page.trend()->values().at(1) * 10), 742); // 23 of 31
        QCOMPARE(at(*page.trend(), 1, ScoreTrendModel::PassedRole).toInt(), 23);
        QCOMPARE(page.trend()->dates().size(), 2);
        QVERIFY(at(*page.trend(), 0, ScoreTrendModel::TakenAtRole).toDateTime()
            < at(*page.trend(), 1, ScoreTrendModel::TakenAtRole).toDateTime());

        QCOMPARE(page.selectionTrend()->count(), 0);
        page.setOwner(u"group:default/team-a"_qs);
        SETTLE(page);
        QCOMPARE(page.selectionTrend()->label(), u"team-a"_qs);
        QCOMPARE(column(*page.selectionTrend(), ScoreTrendModel::PassedRole), QStringList({ u"13"_qs, u"14"_qs }));
        page.setOwner(u"unowned"_qs);
        SETTLE(page);
        QCOMPARE(column(*page.selectionTrend(), ScoreTrendModel::PassedRole), QStringList({ u"1"_qs, u"1"_qs }));
        page.setOwner({});
        SETTLE(page);
        page.setKind(u"component"_qs);
        SETTLE(page);
        QCOMPARE(page.selectionTrend()->label(), u"Component"_qs);
        QCOMPARE(page.selectionTrend()->count(), 2);
    }

    void entityScorecard_data()
    {
        QTest::addColumn<QString>("ref");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("passed");
        QTest::addColumn<QStringList>("failed");
        QTest::newRow("failing library") << u"component:default/lib-bare"_qs << 8 << 3
                                         << QStringList({ u"has-description"_qs, u"has-system"_qs,
                                                u"has-techdocs"_qs, u"has-source-location"_qs, u"has-tags"_qs });
        QTest::newRow("passing service") << u"component:default/svc-good"_qs << 10 << 10 << QStringList();
        QTest::newRow("API with an unknown owner")
            << u"api:default/api-x"_qs << 7 << 5 << QStringList({ u"owner-exists"_qs, u"has-description"_qs });
        QTest::newRow("group: no rule applies") << u"group:default/team-a"_qs << 0 << 0 << QStringList();
        QTest::newRow("not in the catalog") << u"component:default/nope"_qs << 0 << 0 << QStringList();
    }

    void entityScorecard()
    {
        QFETCH(QString, ref);
        QFETCH(int, count);
        QFETCH(int, passed);
        QFETCH(QStringList, failed);
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("entity.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        EntityScorecard card;
        QAbstractItemModelTester tester(&card, QAbstractItemModelTester::FailureReportingMode::QtTest);
        card.setService(&service);
        QSignalSpy updated(&card, &EntityScorecard::updated);
        card.setRef(ref);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(card.count(), count);
        QCOMPARE(card.rowCount(), count);
        QCOMPARE(card.passed(), passed);
        QCOMPARE(card.percent(), count == 0 ? 100.0 : 100.0 * passed / count);
        QStringList failedIds;
        for (int row = 0; row < card.rowCount(); ++row) {
            const QModelIndex index = card.index(row);
            QVERIFY(!index.data(EntityScorecard::NameRole).toString().isEmpty());
            if (index.data(EntityScorecard::PassedRole).toBool()) {
                QCOMPARE(index.data(EntityScorecard::ReasonRole).toString(), QString());
                continue;
            }
            QCOMPARE(row, failedIds.size()); // failures first
            failedIds << index.data(EntityScorecard::CheckIdRole).toString();
            QVERIFY(!index.data(EntityScorecard::ReasonRole).toString().isEmpty());
            QVERIFY(!index.data(EntityScorecard::FixRole).toString().isEmpty());
        }
        QCOMPARE(failedIds, failed);
        // The same verdicts as the whole-catalog report.
        QVERIFY(rescore(service));
        for (const scorecards::EntityScore &entity : service.report().entities) {
            if (entity.ref == ref)
                QCOMPARE(entity.passed(), card.passed());
        }
        QVERIFY(updated.size() >= 2); // rescoring reloads the card
    }

    void failingCheckSaysWhy()
    {
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("why.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        EntityScorecard card;
        card.setService(&service);
        card.setRef(u"api:default/api-x"_qs);
        const int row = rowOf(card, EntityScorecard::CheckIdRole, u"owner-exists"_qs);
        QVERIFY(row >= 0);
        QCOMPARE(
            at(card, row, EntityScorecard::ReasonRole).toString(), u"needs ownerExists equal to true; found false"_qs);
        QVERIFY(at(card, row, EntityScorecard::FixRole).toString().startsWith(u"Add the owning Group"_qs));
        // The model keeps the failure as data; the English sentence the CLI prints comes from it too.
        const scorecards::EntityScore score = service.scoreEntity(u"api:default/api-x"_qs).value_or(scorecards::EntityScore {});
        const auto check = std::find_if(score.checks.cbegin(), score.checks.cend(),
            [](const scorecards::CheckResult &c) { return c.id == u"owner-exists"; });
        QVERIFY(check != score.checks.cend());
        QCOMPARE(check->failure.subject, u"ownerExists"_qs);
        QCOMPARE(check->failure.op, scorecards::Operator::Equal);
        QCOMPARE(check->failure.expected, QJsonValue(true));
        QCOMPARE(check->failure.found, QStringList { u"false"_qs });
        QCOMPARE(check->reason(), u"needs ownerExists equal true; found false"_qs);
    }

    // Failure reasons go through tr() in the context ScorecardReason: lupdate finds them in views/, and a catalogue
    // made from what it found (each message "translated" to a marked copy, compiled by lrelease) changes what the
    // page and the entity card show. The real German/French texts come from translations/*.ts (views.translations).
    void failureReasonsAreTranslatable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("reasons_de.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(PORTOLAN_LUPDATE),
            { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-target-language"),
                QStringLiteral("de"), QStringLiteral(PORTOLAN_SOURCE_DIR "/views/scorecardreason.cpp"), QStringLiteral("-ts"), ts });
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString xml = QString::fromUtf8(file.readAll());
        file.close();
        QVERIFY2(xml.contains(u"<name>ScorecardReason</name>"), qPrintable(xml));
        // Every operator has its sentence, each with the placeholders the code fills in.
        static const QRegularExpression message(
            QStringLiteral("<source>([^<]*)</source>\\s*<comment>[^<]*</comment>\\s*<translation type=\"unfinished\"></translation>"));
        QStringList sources;
        QString filled;
        qsizetype last = 0;
        for (const auto &m : message.globalMatch(xml)) {
            sources << m.captured(1);
            filled += xml.mid(last, m.capturedStart() - last);
            filled += m.captured(0).replace(u"<translation type=\"unfinished\"></translation>"_qs,
                u"<translation>[de] "_qs + m.captured(1) + u"</translation>"_qs);
            last = m.capturedEnd();
        }
        filled += xml.mid(last);
        for (const char *sentence : { "needs %1 to be set; found %2", "needs %1 to be absent; found %2",
                 "needs %1 equal to %2; found %3", "needs %1 not equal to %2; found %3",
                 "needs %1 greater than %2; found %3", "needs %1 less than %2; found %3",
                 "needs %1 to contain %2; found %3", "nothing" })
            QVERIFY2(sources.contains(QLatin1String(sentence)), sentence);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(filled.toUtf8());
        file.close();
        const QString qm = dir.filePath(QStringLiteral("reasons_de.qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PORTOLAN_LRELEASE), { QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm });
        QVERIFY(lrelease.waitForFinished(60000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("why-de.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        QVERIFY(rescore(service));
        EntityScorecard card;
        QAbstractItemModelTester tester(&card, QAbstractItemModelTester::FailureReportingMode::QtTest);
        card.setService(&service);
        card.setRef(u"api:default/api-x"_qs);
        const int row = rowOf(card, EntityScorecard::CheckIdRole, u"owner-exists"_qs);
        QVERIFY(row >= 0);
        QCOMPARE(at(card, row, EntityScorecard::ReasonRole).toString(),
            u"[de] needs ownerExists equal to true; found false"_qs);

        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);
        page.setCheck(u"has-description"_qs);
        SETTLE(page);
        const QVariantList failures = at(*page.failing(), 0, ScoreEntityModel::FailuresRole).toList();
        QCOMPARE(failures.size(), 1);
        QCOMPARE(failures.constFirst().toMap().value(u"reason"_qs).toString(),
            u"[de] needs $.metadata.description to be set; found [de] nothing"_qs);
    }

    void inMemoryCatalog()
    {
        // --self-test and the demo use ":memory:": no second connection, so rows are read here and scored there.
        store::CatalogStore store;
        QCOMPARE(loadDemoCatalog(store), QString());
        ScorecardService service(&store, nullptr);
        QSignalSpy loading(&service, &ScorecardService::loadingChanged);
        QVERIFY(rescore(service));
        QCOMPARE(loading.size(), 2);
        QCOMPARE(service.error(), QString());
        QVERIFY(service.report().overall.entities > 20);
        QCOMPARE(service.history(u"all"_qs, u"all"_qs).size(), 1);
    }

    void rescoresAfterAnImport()
    {
        // The app's wiring: CatalogBackend imports on a worker, the service rescores and records a point.
        CatalogBackend catalog(nullptr);
        QCOMPARE(catalog.open(m_dir.filePath(QStringLiteral("app.sqlite"))), QString());
        ScorecardService service(catalog.store(), nullptr);
        QSignalSpy reports(&service, &ScorecardService::reportChanged);
        service.watch(&catalog);
        QVERIFY(reports.wait(20000));
        QCOMPARE(service.report().entities.size(), 0); // empty catalog: nothing scored, nothing recorded
        QCOMPARE(service.history(u"all"_qs, u"all"_qs).size(), 0);

        QSignalSpy imported(&catalog, &CatalogBackend::importFinished);
        catalog.importPaths({ smallCatalog() }, QStringLiteral("small"));
        QVERIFY(imported.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(service.report().overall.passed, 22, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!service.loading(), 20000);
        QCOMPARE(service.history(u"all"_qs, u"all"_qs).size(), 1);
    }

    void largeCatalogKeepsTheUiThreadFree()
    {
        constexpr int kEntities = 10000;
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("large.sqlite"))), QString());
        QCOMPARE(store.replaceSnapshot({ QStringLiteral("large"), QStringLiteral("file"), QStringLiteral("/large") },
                     largeCatalog(kEntities)),
            QString());
        ScorecardService service(&store, nullptr);
        ScorecardModel page;
        page.setService(&service);
        SETTLE(page);

        // The event loop keeps turning while the worker scores: the longest gap between 5 ms ticks says so.
        QElapsedTimer sinceTick, total;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&]() {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        sinceTick.start();
        ticker.start();
        total.start();
        QSignalSpy done(&service, &ScorecardService::reportChanged);
        service.refresh();
        QVERIFY(done.wait(120000));
        SETTLE(page);
        const qint64 scoring = total.elapsed();
        ticker.stop();
        QCOMPARE(page.entityCount(), kEntities);
        QCOMPARE(page.owners()->rowCount(), 100);
        // No component has a system (the first of three checks every one fails, in rule order); every tenth team
        // is missing, so a tenth fail owner-exists; half have no description.
        QCOMPARE(at(*page.checks(), 0, ScoreCheckModel::IdRole).toString(), u"has-system"_qs);
        QCOMPARE(at(*page.checks(), 0, ScoreCheckModel::FailedRole).toInt(), kEntities);
        QCOMPARE(at(*page.checks(), rowOf(*page.checks(), ScoreCheckModel::IdRole, u"has-description"_qs),
                     ScoreCheckModel::FailedRole)
                     .toInt(),
            kEntities / 2);
        QCOMPARE(at(*page.checks(), rowOf(*page.checks(), ScoreCheckModel::IdRole, u"owner-exists"_qs),
                     ScoreCheckModel::FailedRole)
                     .toInt(),
            kEntities / 10);

        qInfo("%d entities: scored and recorded off the UI thread in %lld ms (longest UI-thread gap %lld ms)", kEntities,
            scoring, longestGap);

        // Filtering re-counts the 10k entities on the page's worker. A user clicking through bars: each call
        // returns at once, only the last selection's numbers are applied (the others are dropped, never shown),
        // and they are the evaluator's own filtered report.
        attachTesters(page);
        const QList<std::pair<QString, QString>> clicks { { u"group:default/team-7"_qs, {} },
            { u"group:default/team-3"_qs, {} }, { {}, u"component"_qs }, { u"group:default/team-19"_qs, u"Group"_qs },
            { u"group:default/team-42"_qs, u"Component"_qs } };
        QSignalSpy updated(&page, &ScorecardModel::updated);
        qint64 longestCall = 0;
        longestGap = 0;
        sinceTick.start();
        ticker.start();
        QElapsedTimer filtering;
        filtering.start();
        for (const auto &[owner, kind] : clicks) {
            QElapsedTimer call;
            call.start();
            page.setOwner(owner);
            page.setKind(kind);
            longestCall = std::max(longestCall, call.elapsed());
            QVERIFY(page.filtering());
        }
        SETTLE(page);
        const qint64 settled = filtering.elapsed();
        ticker.stop();
        QCOMPARE(updated.size(), 1);

        const QString owner = clicks.constLast().first;
        const QString kind = clicks.constLast().second;
        const scorecards::Report direct = service.report().filtered(owner, kind);
        QCOMPARE(direct.overall.entities, kEntities / 100);
        QCOMPARE(page.entityCount(), direct.overall.entities);
        QCOMPARE(page.passed(), direct.overall.passed);
        QCOMPARE(page.applicable(), direct.overall.applicable);
        // Owner bars follow the kind only, kind bars the owner only.
        const scorecards::Report ofKind = service.report().filtered({}, kind);
        QCOMPARE(page.owners()->rowCount(), int(ofKind.byOwner.size()));
        for (const scorecards::Tally &t : ofKind.byOwner) {
            const int row = rowOf(*page.owners(), ScoreTallyModel::KeyRole, t.key);
            QVERIFY2(row >= 0, qPrintable(t.key));
            QCOMPARE(at(*page.owners(), row, ScoreTallyModel::EntitiesRole).toInt(), t.entities);
            QCOMPARE(at(*page.owners(), row, ScoreTallyModel::SelectedRole).toBool(), t.key == owner);
        }
        QCOMPARE(column(*page.kinds(), ScoreTallyModel::KeyRole), QStringList { u"Component"_qs });
        // The drill-down: exactly the selection's failing entities, lowest score first.
        QSet<QString> failingRefs;
        for (const scorecards::EntityScore &e : direct.entities) {
            if (e.passed() < e.checks.size())
                failingRefs.insert(e.ref);
        }
        const QStringList shown = column(*page.failing(), ScoreEntityModel::RefRole);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()), failingRefs);
        for (int row = 1; row < page.failing()->rowCount(); ++row)
            QVERIFY(at(*page.failing(), row - 1, ScoreEntityModel::PercentRole).toDouble()
                <= at(*page.failing(), row, ScoreEntityModel::PercentRole).toDouble());
        qInfo("%lld filter changes over %d entities: longest call on the UI thread %lld ms, longest UI-thread gap "
              "%lld ms, last selection shown after %lld ms",
            qint64(clicks.size() * 2), kEntities, longestCall, longestGap, settled);
        QVERIFY2(longestCall < 15, "a filter change should only queue work");
    }

    void brokenRulesGiveAnEmptyPageWithTheProblem()
    {
        const QString rules = m_dir.filePath(QStringLiteral("broken.yaml"));
        QFile file(rules);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("checks:\n  - id: x\n    rules:\n      - factRef: noSuchFact\n        operator: equal\n");
        file.close();
        store::CatalogStore store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("broken.sqlite"))), QString());
        QCOMPARE(importFile(store, smallCatalog()), QString());
        ScorecardService service(&store, nullptr);
        service.setRuleFiles({ rules });
        ScorecardModel page;
        attachTesters(page);
        page.setService(&service);
        SETTLE(page);
        QVERIFY(rescore(service));
        SETTLE(page);
        QVERIFY(page.ready());
        QVERIFY(!page.ruleProblems().isEmpty());
        QVERIFY(page.ruleProblems().constFirst().startsWith(rules));
        QCOMPARE(page.ruleCount(), 0);
        QCOMPARE(page.entityCount(), 0);
        QCOMPARE(page.owners()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestScorecards)
#include "tst_scorecards.moc"
