// SPDX-License-Identifier: Apache-2.0
#include "store/catalogstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run portolan(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(PORTOLAN_CLI), args);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString demo(const char *path)
{
    return QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/") + QString::fromLatin1(path);
}

QString conformance(const char *file)
{
    return QStringLiteral(PORTOLAN_TEST_DATA "/conformance/catalog/") + QString::fromLatin1(file);
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = portolan({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--source"),
                                  QStringLiteral("demo"), demo("all.yaml")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QStringLiteral("Imported 45 entities")));
    }

    // The demo catalog as Backstage's own catalog stitched it (tests/data/demo-catalog-expected.jsonl).
    void demoRelationsMatchBackstage()
    {
        QFile expected(QStringLiteral(PORTOLAN_TEST_DATA "/demo-catalog-expected.jsonl"));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        store::CatalogStore store;
        QCOMPARE(store.open(m_db), QString());
        int stitched = 0;
        while (!expected.atEnd()) {
            const QJsonObject line = QJsonDocument::fromJson(expected.readLine()).object();
            if (line.contains(QStringLiteral("stitched"))) {
                const QString ref = line.value(QStringLiteral("stitched")).toString();
                QStringList want, got;
                for (const auto &r : line.value(QStringLiteral("relations")).toArray())
                    want << r[QStringLiteral("type")].toString() + u' ' + r[QStringLiteral("targetRef")].toString();
                for (const auto &r : store.relationsFrom(ref))
                    got << r.type + u' ' + r.target;
                QCOMPARE(got, want);
                ++stitched;
            } else if (line.value(QStringLiteral("ok")).toBool()) {
                QVERIFY2(store.entity(line.value(QStringLiteral("ref")).toString()),
                         qPrintable(line.value(QStringLiteral("ref")).toString()));
            }
        }
        QCOMPARE(stitched, 45);
    }

    void validateReportsFileLineFieldAndExitCodes()
    {
        Run run = portolan({QStringLiteral("validate"), demo("services/payments-service/catalog-info.yaml")});
        QCOMPARE(run.exitCode, 0);
        run = portolan({QStringLiteral("validate"), conformance("invalid-spec.yaml")});
        QCOMPARE(run.exitCode, 1);
        static const QRegularExpression shape(QStringLiteral("^.+invalid-spec\\.yaml:\\d+:\\d+: [\\w./]+: .+$"),
                                              QRegularExpression::MultilineOption);
        QVERIFY2(shape.match(run.out).hasMatch(), qPrintable(run.out));
        run = portolan({QStringLiteral("validate"), QStringLiteral("--json"), conformance("invalid-spec.yaml")});
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!json.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(portolan({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(portolan({QStringLiteral("no-such-command")}).exitCode, 2);
    }

    void searchFindsByPrefixWithFacetFilters()
    {
        const Run run = portolan({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                  QStringLiteral("--kind"), QStringLiteral("Component"), QStringLiteral("paym")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QStringList refs;
        for (const auto &item : json.value(QStringLiteral("items")).toArray())
            refs << item[QStringLiteral("ref")].toString();
        QVERIFY2(refs.contains(QStringLiteral("component:default/payments-service")), qPrintable(refs.join(u',')));
        for (const QString &ref : refs)
            QVERIFY(ref.startsWith(QStringLiteral("component:")));
        const Run owned = portolan({QStringLiteral("search"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                    QStringLiteral("--owner"), QStringLiteral("team-risk"), QStringLiteral("--kind"), QStringLiteral("api")});
        const QJsonArray items = QJsonDocument::fromJson(owned.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first()[QStringLiteral("ref")].toString(), QStringLiteral("api:default/fraud-score-api"));
    }

    void ownerOfNamesTheTeamAndItsPeople()
    {
        Run run = portolan({QStringLiteral("owner-of"), QStringLiteral("--db"), m_db, QStringLiteral("payments-api")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("is owned by group:default/team-payments")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("user:default/alice.nguyen")));
        QVERIFY(run.out.contains(QStringLiteral("alice.nguyen@acme-payments.example")));
        run = portolan({QStringLiteral("owner-of"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                        QStringLiteral("api:payments-api")});
        const QJsonObject owner = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("owner")).toObject();
        QCOMPARE(owner.value(QStringLiteral("ref")).toString(), QStringLiteral("group:default/team-payments"));
        QCOMPARE(owner.value(QStringLiteral("members")).toArray().size(), 2);
        QCOMPARE(owner.value(QStringLiteral("parents")).toArray(), QJsonArray{QStringLiteral("group:default/acme-payments")});
    }

    void relationsFollowsDepth()
    {
        const Run one = portolan({QStringLiteral("relations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                  QStringLiteral("payments-service")});
        const Run two = portolan({QStringLiteral("relations"), QStringLiteral("--db"), m_db, QStringLiteral("--json"),
                                  QStringLiteral("--depth"), QStringLiteral("2"), QStringLiteral("payments-service")});
        const auto nodes = [](const Run &run) {
            return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("nodes")).toArray().size();
        };
        QVERIFY(nodes(one) > 3);
        QVERIFY(nodes(two) > nodes(one));
        QCOMPARE(portolan({QStringLiteral("relations"), QStringLiteral("--db"), m_db, QStringLiteral("--depth"),
                           QStringLiteral("0"), QStringLiteral("payments-service")}).exitCode, 2);
    }

    void unknownRefsAreExplained()
    {
        const Run run = portolan({QStringLiteral("show"), QStringLiteral("--db"), m_db, QStringLiteral("no-such-thing")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no entity named no-such-thing")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
