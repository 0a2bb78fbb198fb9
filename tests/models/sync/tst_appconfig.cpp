// SPDX-License-Identifier: Apache-2.0
// app-config reading (merge, ${VAR}, $env, $file, $include), the sync plan built from it, blob URLs, catalog
// rules, and `repo add` editing the Portolan config.
#include "sync/appconfig.h"
#include "sync/syncconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan::sync;

namespace {

const QString kDir = QStringLiteral(PORTOLAN_TEST_DATA "/sync/config");

std::optional<QString> fakeEnv(const QString &name)
{
    if (name == u"GITHUB_TOKEN")
        return QStringLiteral("gh-token");
    if (name == u"GITLAB_TOKEN")
        return QStringLiteral("gl-token");
    return std::nullopt;
}

} // namespace

class TestAppConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergesLikeBackstage()
    {
        const AppConfig config = loadAppConfig(defaultAppConfigFiles(kDir), fakeEnv);
        QVERIFY2(config.errors.isEmpty(), qPrintable(config.errors.join(u'\n')));
        QCOMPARE(config.files.size(), 2);
        QCOMPARE(config.data.value(u"app").toObject().value(u"title").toString(), QStringLiteral("Acme portal (local)"));
        // Arrays are replaced, not concatenated: the local file's one location wins.
        QCOMPARE(config.data.value(u"catalog").toObject().value(u"locations").toArray().size(), 1);
        // Objects merge: rules from the base file survive.
        QVERIFY(config.data.value(u"catalog").toObject().contains(u"rules"));
    }

    void substitutesAndIncludes()
    {
        const AppConfig config = loadAppConfig({kDir + QStringLiteral("/app-config.yaml")}, fakeEnv);
        const QJsonObject integrations = config.data.value(u"integrations").toObject();
        QCOMPARE(integrations.value(u"github").toArray().first().toObject().value(u"token").toString(), QStringLiteral("gh-token"));
        QCOMPARE(integrations.value(u"gitlab").toArray().first().toObject().value(u"token").toString(), QStringLiteral("gl-token"));
        const QJsonObject portolan = config.data.value(u"portolan").toObject();
        QCOMPARE(portolan.value(u"banner").toString(), QStringLiteral("Hello from a file\n"));
        QCOMPARE(portolan.value(u"settings").toObject().value(u"interval").toInt(), 15);
        QCOMPARE(portolan.value(u"settings").toObject().value(u"escaped").toString(), QStringLiteral("${NOT_SUBSTITUTED}"));
        // An unset variable drops the value (Backstage does the same) and says so.
        QVERIFY(!portolan.value(u"backstage").toArray().first().toObject().contains(u"token"));
        QVERIFY(config.warnings.join(u'\n').contains(u"BACKSTAGE_TOKEN"));
    }

    void badFilesNameTheProblem()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("app-config.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("catalog:\n  locations: [\n  - broken\n");
        f.close();
        const AppConfig config = loadAppConfig({f.fileName(), dir.filePath(QStringLiteral("missing.yaml"))}, fakeEnv);
        QCOMPARE(config.errors.size(), 2);
        QVERIFY(config.errors.at(0).startsWith(f.fileName() + u':'));
        QVERIFY(config.errors.at(1).contains(u"missing.yaml"));
    }

    void planFromConfig()
    {
        const AppConfig config = loadAppConfig({kDir + QStringLiteral("/app-config.yaml")}, fakeEnv);
        const SyncPlan plan = buildPlan(config.data, kDir);
        // github + gitlab url locations become repositories; the raw URL is refused with a reason.
        QCOMPARE(plan.repositories.size(), 2);
        QCOMPARE(plan.repositories.at(0).url, QStringLiteral("https://github.com/acme/payments.git"));
        QCOMPARE(plan.repositories.at(0).branch, QStringLiteral("main"));
        QCOMPARE(plan.repositories.at(0).roots.first().pathOrGlob, QStringLiteral("catalog-info.yaml"));
        QCOMPARE(plan.repositories.at(1).url, QStringLiteral("https://gitlab.acme.test/platform/infra.git"));
        QCOMPARE(plan.repositories.at(1).branch, QStringLiteral("develop"));
        QCOMPARE(plan.repositories.at(1).roots.first().pathOrGlob, QStringLiteral("teams/catalog-info.yaml"));
        QCOMPARE(plan.errors.size(), 1);
        QVERIFY(plan.errors.first().contains(u"raw.example.org"));
        QCOMPARE(plan.files.size(), 1);
        QCOMPARE(plan.files.first().target, QDir::cleanPath(kDir + QStringLiteral("/../catalog/*.yaml")));
        QCOMPARE(plan.backstages.size(), 1);
        QCOMPARE(plan.backstages.first().name, QStringLiteral("prod"));
        QCOMPARE(plan.sourceIds().size(), 4);

        // Rules: System allowed globally; Group only from the gitlab location.
        const auto origin = QStringLiteral("https://gitlab.acme.test/platform/infra/-/blob/develop/teams/catalog-info.yaml");
        QJsonObject group{{QStringLiteral("kind"), QStringLiteral("Group")}};
        QJsonObject system{{QStringLiteral("kind"), QStringLiteral("system")}};
        CatalogRules rules = plan.rules;
        QVERIFY(rules.isAllowed(system, QStringLiteral("url"), QStringLiteral("https://github.com/x")));
        QVERIFY(!rules.isAllowed(group, QStringLiteral("url"), origin));
        for (const auto &rule : plan.repositories.at(1).roots.first().extraRules)
            rules.add(rule);
        QVERIFY(rules.isAllowed(group, QStringLiteral("url"), origin));
        QVERIFY(!rules.isAllowed(group, QStringLiteral("url"), QStringLiteral("https://github.com/acme/payments/blob/main/catalog-info.yaml")));
    }

    void defaultRules()
    {
        const CatalogRules rules = CatalogRules::fromConfig(QJsonValue::Undefined);
        for (const char *kind : {"Component", "API", "Location"})
            QVERIFY(rules.isAllowed({{QStringLiteral("kind"), QLatin1String(kind)}}, QStringLiteral("url"), QStringLiteral("x")));
        for (const char *kind : {"Group", "User", "System", "Template"})
            QVERIFY(!rules.isAllowed({{QStringLiteral("kind"), QLatin1String(kind)}}, QStringLiteral("url"), QStringLiteral("x")));
    }

    void blobUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("clone");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("edit");
        QTest::newRow("github") << "https://github.com/o/r/blob/main/a/catalog-info.yaml" << "https://github.com/o/r.git" << "main"
                                << "a/catalog-info.yaml" << "https://github.com/o/r/edit/main/a/catalog-info.yaml";
        QTest::newRow("gitlab") << "https://gitlab.com/g/sub/r/-/blob/dev/c.yaml" << "https://gitlab.com/g/sub/r.git" << "dev"
                                << "c.yaml" << "https://gitlab.com/g/sub/r/-/edit/dev/c.yaml";
        QTest::newRow("bitbucket") << "https://bitbucket.org/w/r/src/main/c.yaml" << "https://bitbucket.org/w/r.git" << "main"
                                   << "c.yaml" << "https://bitbucket.org/w/r/src/main/c.yaml?mode=edit";
        QTest::newRow("git daemon") << "git://127.0.0.1:9418/p.git/blob/main/x/c.yaml" << "git://127.0.0.1:9418/p.git" << "main"
                                    << "x/c.yaml" << "";
    }
    void blobUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, clone);
        QFETCH(QString, branch);
        QFETCH(QString, path);
        QFETCH(QString, edit);
        const auto blob = parseBlobUrl(url);
        QVERIFY(blob);
        QCOMPARE(blob->cloneUrl, clone);
        QCOMPARE(blob->branch, branch);
        QCOMPARE(blob->path, path);
        QCOMPARE(blobUrl(clone, branch, path), url);
        QCOMPARE(editUrl(clone, branch, path), edit);
    }

    void repoNames()
    {
        QCOMPARE(repoNameFromUrl(QStringLiteral("git://h/payments.git")), QStringLiteral("payments"));
        QCOMPARE(repoNameFromUrl(QStringLiteral("git@github.com:org/web.git")), QStringLiteral("web"));
        QCOMPARE(repoNameFromUrl(QStringLiteral("/srv/git/infra/")), QStringLiteral("infra"));
    }

    void repoAddKeepsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portolan.yaml"));
        QVERIFY(appendRepository(path, {{}, QStringLiteral("git://h/a.git"), {}, {}}, {}).isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite | QIODevice::Append));
        f.write("# my note\nother:\n  key: 1\n");
        f.close();
        QVERIFY(appendRepository(path, {QStringLiteral("bee"), QStringLiteral("https://h/b.git"), QStringLiteral("dev"), {}},
                                 {QStringLiteral("docs/*.yaml")}).isEmpty());
        QVERIFY(appendRepository(path, {{}, QStringLiteral("git://h/a.git"), {}, {}}, {}).contains(u"already"));
        const AppConfig config = loadAppConfig({path}, fakeEnv);
        const QJsonArray repos = config.data.value(u"portolan").toObject().value(u"repositories").toArray();
        QCOMPARE(repos.size(), 2);
        QCOMPARE(repos.at(1).toObject().value(u"branch").toString(), QStringLiteral("dev"));
        QCOMPARE(repos.at(1).toObject().value(u"paths").toArray().first().toString(), QStringLiteral("docs/*.yaml"));
        QCOMPARE(config.data.value(u"other").toObject().value(u"key").toInt(), 1);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("# my note"));
    }

    void repositorySshKeys()
    {
        // `repo add --ssh-key` writes the key path; the plan resolves ~ and relative paths like portolan.ssh.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("portolan.yaml"));
        RepoSpec keyed{QStringLiteral("pay"), QStringLiteral("ssh://git@h/pay.git"), {}, {}};
        keyed.sshKey = QStringLiteral("/keys/pay deploy");
        QVERIFY(appendRepository(path, keyed, {}).isEmpty());
        QVERIFY(appendRepository(path, {QStringLiteral("web"), QStringLiteral("ssh://git@h/web.git"), {}, {}}, {}).isEmpty());
        const AppConfig written = loadAppConfig({path}, fakeEnv);
        QVERIFY2(written.errors.isEmpty(), qPrintable(written.errors.join(u'\n')));
        const SyncPlan plan = buildPlan(written.data, dir.path());
        QCOMPARE(plan.repositories.size(), 2);
        QCOMPARE(plan.repositories.at(0).sshKey, QStringLiteral("/keys/pay deploy"));
        QVERIFY(plan.repositories.at(1).sshKey.isEmpty());

        const QJsonObject config{{QStringLiteral("portolan"), QJsonObject{{QStringLiteral("repositories"), QJsonArray{
            QJsonObject{{QStringLiteral("url"), QStringLiteral("ssh://git@h/a.git")}, {QStringLiteral("sshKey"), QStringLiteral("keys/a")}},
            QJsonObject{{QStringLiteral("url"), QStringLiteral("ssh://git@h/b.git")}, {QStringLiteral("sshKey"), QStringLiteral("~/.ssh/b")}},
            QJsonObject{{QStringLiteral("url"), QStringLiteral("ssh://git@h/c.git")}, {QStringLiteral("sshKey"), QStringLiteral("/k/c")},
                        {QStringLiteral("sshPassphrase"), QStringLiteral("hunter2")}},
            QJsonObject{{QStringLiteral("url"), QStringLiteral("ssh://git@h/d.git")}, {QStringLiteral("sshKey"), 3}}}}}}};
        const SyncPlan relative = buildPlan(config, QStringLiteral("/etc/portolan"));
        QCOMPARE(relative.repositories.at(0).sshKey, QStringLiteral("/etc/portolan/keys/a"));
        QCOMPARE(relative.repositories.at(1).sshKey, QDir::homePath() + QStringLiteral("/.ssh/b"));
        // A passphrase in a config file is refused (never used), and the message says where it belongs.
        QVERIFY(relative.repositories.at(2).sshPassphrase.isEmpty());
        QCOMPARE(relative.errors.size(), 2);
        QVERIFY2(relative.errors.at(0).startsWith(u"portolan.repositories[2] (c): a key passphrase is never read from a file"),
                 qPrintable(relative.errors.at(0)));
        QCOMPARE(relative.errors.at(1), QStringLiteral("portolan.repositories[3] (d): sshKey must be the path of a private key file"));
    }
};

QTEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
