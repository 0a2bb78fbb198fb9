// SPDX-License-Identifier: Apache-2.0
// TemplateWizard on the real demo template and the real demo catalog: pages, pickers, validation, a dry run.
#include "catalogbackend.h"
#include "catalogfixture.h"
#include "templatewizard.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kGoService = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/templates/go-service/template.yaml");
const QString kWizardTemplate = QStringLiteral(PORTOLAN_TEST_DATA "/scaffolder/wizard/template.yaml");
const QString kSecret = QStringLiteral("tok-9f8e7d6c5b4a");
const QString kConditional = QStringLiteral(PORTOLAN_TEST_DATA "/scaffolder/conditional");
const QString kDeployToken = QStringLiteral("dpl-wizard-5e6f7a8b");

QStringList fieldNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, 0).data(WizardFieldModel::NameRole).toString();
    return names;
}

QString git(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("git"), args);
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

// Every file below `root` (the .git folder included) whose bytes contain `needle`.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

int rowOf(const QAbstractItemModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(WizardFieldModel::NameRole).toString() == name)
            return row;
    }
    return -1;
}

QVariant fieldData(const QAbstractItemModel &model, const QString &name, int role)
{
    return model.index(rowOf(model, name), 0).data(role);
}

} // namespace

class TestTemplateWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(loadDemoCatalog(m_store), QString());
    }

    void listsTemplatesOfTheCatalog()
    {
        TemplateListModel list;
        QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setStore(&m_store);
        QCOMPARE(list.rowCount(), 3);
        QStringList titles;
        for (int row = 0; row < list.rowCount(); ++row) {
            titles << list.index(row).data(TemplateListModel::TitleRole).toString();
            QVERIFY2(list.index(row).data(TemplateListModel::PathRole).toString().endsWith(QLatin1String("/template.yaml")),
                     qPrintable(list.index(row).data(TemplateListModel::PathRole).toString()));
        }
        QVERIFY2(titles.contains(QStringLiteral("Go service")), qPrintable(titles.join(u',')));
    }

    void pagesFieldsAndPickers()
    {
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QAbstractItemModelTester tester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(wizard.load(kGoService), qPrintable(wizard.loadError()));
        QCOMPARE(wizard.title(), QStringLiteral("Go service"));
        QCOMPARE(wizard.pageTitles(), (QStringList{QStringLiteral("Service details"), QStringLiteral("Runtime"),
                                                   QStringLiteral("Repository")}));
        const auto &fields = *wizard.fields();
        QCOMPARE(fields.rowCount(), 4);
        QCOMPARE(fieldData(fields, QStringLiteral("owner"), WizardFieldModel::UiFieldRole).toString(),
                 QStringLiteral("OwnerPicker"));
        QVERIFY(fieldData(fields, QStringLiteral("name"), WizardFieldModel::RequiredRole).toBool());
        // OwnerPicker with catalogFilter kind Group: groups of the demo catalog, no users.
        const QStringList owners = fieldData(fields, QStringLiteral("owner"), WizardFieldModel::ChoicesRole).toStringList();
        QVERIFY2(owners.contains(QStringLiteral("group:default/team-payments")), qPrintable(owners.join(u',')));
        for (const QString &ref : owners)
            QVERIFY2(ref.startsWith(QLatin1String("group:")), qPrintable(ref));
        const QStringList systems = fieldData(fields, QStringLiteral("system"), WizardFieldModel::ChoicesRole).toStringList();
        QVERIFY(!systems.isEmpty());
        for (const QString &ref : systems)
            QVERIFY2(ref.startsWith(QLatin1String("system:")), qPrintable(ref));
    }

    void validatesPerPage()
    {
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QAbstractItemModelTester tester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wizard.load(kGoService));
        const auto &fields = *wizard.fields();
        // Nothing filled in: the required fields of this page complain, the next page is not reached.
        QVERIFY(!wizard.next());
        QCOMPARE(wizard.currentPage(), 0);
        QVERIFY(!fieldData(fields, QStringLiteral("name"), WizardFieldModel::ErrorRole).toString().isEmpty());
        QVERIFY(!fieldData(fields, QStringLiteral("owner"), WizardFieldModel::ErrorRole).toString().isEmpty());
        QVERIFY(fieldData(fields, QStringLiteral("system"), WizardFieldModel::ErrorRole).toString().isEmpty());

        wizard.setValue(QStringLiteral("name"), QStringLiteral("Bad Name!"));
        wizard.setValue(QStringLiteral("description"), QStringLiteral("Ledger service"));
        wizard.setValue(QStringLiteral("owner"), QStringLiteral("group:default/team-payments"));
        QVERIFY(!wizard.validatePage());
        const QString nameError = fieldData(fields, QStringLiteral("name"), WizardFieldModel::ErrorRole).toString();
        QVERIFY2(nameError.contains(QLatin1String("pattern")), qPrintable(nameError));
        QCOMPARE(fieldData(fields, QStringLiteral("owner"), WizardFieldModel::ErrorRole).toString(), QString());

        wizard.setValue(QStringLiteral("name"), QStringLiteral("ledger"));
        QCOMPARE(fieldData(fields, QStringLiteral("name"), WizardFieldModel::ValueRole).toString(), QStringLiteral("ledger"));
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 1);
        // Defaults are filled in; a number typed as text becomes an integer, out of range is an error.
        QCOMPARE(fieldData(fields, QStringLiteral("goVersion"), WizardFieldModel::ValueRole).toString(), QStringLiteral("1.22"));
        QCOMPARE(fieldData(fields, QStringLiteral("lifecycle"), WizardFieldModel::WidgetRole).toString(), QStringLiteral("radio"));
        QCOMPARE(fieldData(fields, QStringLiteral("goVersion"), WizardFieldModel::EnumNamesRole).toStringList().value(0),
                 QStringLiteral("Go 1.22 (recommended)"));
        wizard.setValue(QStringLiteral("port"), QStringLiteral("80"));
        QVERIFY(!wizard.next());
        QVERIFY(!fieldData(fields, QStringLiteral("port"), WizardFieldModel::ErrorRole).toString().isEmpty());
        wizard.setValue(QStringLiteral("port"), QStringLiteral("9090"));
        QCOMPARE(wizard.values().value(QStringLiteral("port")).toInteger(), 9090);
        QVERIFY(wizard.next());
        wizard.back();
        QCOMPARE(wizard.currentPage(), 1);
    }

    void repoUrlComposition()
    {
        const QString url = TemplateWizard::composeRepoUrl(QStringLiteral("github.com"), QStringLiteral("acme-payments"),
                                                           QStringLiteral("ledger"));
        QCOMPARE(url, QStringLiteral("github.com?owner=acme-payments&repo=ledger"));
        const QVariantMap parts = TemplateWizard::parseRepoUrl(url);
        QCOMPARE(parts.value(QStringLiteral("owner")).toString(), QStringLiteral("acme-payments"));
        QCOMPARE(parts.value(QStringLiteral("repo")).toString(), QStringLiteral("ledger"));
        QCOMPARE(parts.value(QStringLiteral("host")).toString(), QStringLiteral("github.com"));
    }

    void dryRunListsFiles()
    {
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QAbstractItemModelTester fieldTester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stepTester(wizard.steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(wizard.load(kGoService));
        wizard.setValue(QStringLiteral("name"), QStringLiteral("ledger"));
        wizard.setValue(QStringLiteral("description"), QStringLiteral("Ledger service"));
        wizard.setValue(QStringLiteral("owner"), QStringLiteral("group:default/team-payments"));
        QVERIFY(wizard.next());
        QVERIFY(wizard.next());
        wizard.setValue(QStringLiteral("repoUrl"), TemplateWizard::composeRepoUrl(QStringLiteral("github.com"),
                                                                                  QStringLiteral("acme-payments"),
                                                                                  QStringLiteral("ledger")));
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 3); // review
        const QVariantList review = wizard.review();
        QVERIFY(review.size() >= 9);
        QCOMPARE(review.constFirst().toMap().value(QStringLiteral("value")).toString(), QStringLiteral("ledger"));

        QSignalSpy changed(&wizard, &TemplateWizard::runChanged);
        QVERIFY(wizard.run(true));
        QVERIFY(wizard.running());
        QCOMPARE(wizard.steps()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.running(), 60000);
        QVERIFY2(wizard.succeeded(), qPrintable(wizard.runError()));
        QVERIFY(wizard.files().contains(QStringLiteral("go.mod")));
        QVERIFY(wizard.files().contains(QStringLiteral("catalog-info.yaml")));
        // The preview reads a file of the tree when it is opened, and nothing outside the tree.
        QVERIFY2(wizard.fileContent(QStringLiteral("catalog-info.yaml")).contains(QStringLiteral("name: ledger")),
                 qPrintable(wizard.fileContent(QStringLiteral("catalog-info.yaml"))));
        QCOMPARE(wizard.fileContent(QStringLiteral("../catalog-info.yaml")), QString());
        QCOMPARE(wizard.fileContent(QStringLiteral("/etc/passwd")), QString());
        const auto state = [&](int row) { return wizard.steps()->index(row).data(WizardStepModel::StateRole).toString(); };
        QCOMPARE(state(0), QStringLiteral("completed"));
        QCOMPARE(state(1), QStringLiteral("skipped")); // publish:github has no dry run
        // Its example outputs ("<example>") make no links; the text output stays.
        QVERIFY(wizard.outputLinks().isEmpty());
        QCOMPARE(wizard.outputText().size(), 1);
        QVERIFY(!wizard.steps()->index(0).data(WizardStepModel::LogRole).toString().isEmpty());
        QVERIFY(changed.count() >= 2);
    }

    void conditionalAndHiddenFields()
    {
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QAbstractItemModelTester tester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(wizard.load(kWizardTemplate), qPrintable(wizard.loadError()));
        const auto &fields = *wizard.fields();
        // kind defaults to "library": the oneOf branch for libraries adds nothing; `generator` is hidden.
        QCOMPARE(fieldNames(fields), (QStringList{QStringLiteral("name"), QStringLiteral("kind"),
                                                  QStringLiteral("public"), QStringLiteral("generator")}));
        QCOMPARE(fieldData(fields, QStringLiteral("generator"), WizardFieldModel::WidgetRole).toString(),
                 QStringLiteral("hidden"));
        QSignalSpy inserted(wizard.fields(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(wizard.fields(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(wizard.fields(), &QAbstractItemModel::modelReset);

        // dependencies/oneOf: a service needs a port.
        wizard.setValue(QStringLiteral("kind"), QStringLiteral("service"));
        QCOMPARE(fieldNames(fields).last(), QStringLiteral("port"));
        QCOMPARE(inserted.count(), 1);
        QVERIFY(fieldData(fields, QStringLiteral("port"), WizardFieldModel::RequiredRole).toBool());
        wizard.setValue(QStringLiteral("name"), QStringLiteral("orders"));
        QVERIFY(!wizard.next());
        QCOMPARE(fieldData(fields, QStringLiteral("port"), WizardFieldModel::ErrorRole).toString(), QStringLiteral("is required"));
        // The library branch's narrower enum is not blamed on `kind`.
        QCOMPARE(fieldData(fields, QStringLiteral("kind"), WizardFieldModel::ErrorRole).toString(), QString());

        // if/then: public services get a domain field; both conditions hold at once.
        wizard.setValue(QStringLiteral("public"), true);
        QCOMPARE(fieldNames(fields), (QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("public"),
                                                  QStringLiteral("generator"), QStringLiteral("port"),
                                                  QStringLiteral("domain")}));
        wizard.setValue(QStringLiteral("kind"), QStringLiteral("library"));
        QCOMPARE(fieldNames(fields).mid(4), QStringList{QStringLiteral("domain")});
        QCOMPARE(removed.count(), 1);
        wizard.setValue(QStringLiteral("public"), false);
        QCOMPARE(fieldNames(fields).size(), 4);
        QCOMPARE(reset.count(), 0); // rows come and go, the others keep their editors

        wizard.setValue(QStringLiteral("kind"), QStringLiteral("service"));
        wizard.setValue(QStringLiteral("port"), QStringLiteral("80"));
        QVERIFY(!wizard.next()); // minimum 1024 of the branch's schema
        wizard.setValue(QStringLiteral("port"), QStringLiteral("8080"));
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 1);
        // The review lists the conditional field, not the hidden one.
        QStringList reviewed;
        for (const QVariant &row : wizard.review())
            reviewed << row.toMap().value(QStringLiteral("name")).toString();
        QVERIFY2(reviewed.contains(QStringLiteral("port")), qPrintable(reviewed.join(u',')));
        QVERIFY(!reviewed.contains(QStringLiteral("generator")));
        QVERIFY(!reviewed.contains(QStringLiteral("domain")));
    }

    // Create (not a dry run) from the wizard: a Secret field, publish:git pushing to a bare repository this test
    // creates, catalog:register into the app's catalog (a real SQLite file behind the app's CatalogBackend).
    void createPublishesRegistersAndKeepsSecrets()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString bare = dir.filePath(QStringLiteral("remote.git"));
        git({QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("-q"), bare});
        CatalogBackend backend(nullptr);
        const QString db = dir.filePath(QStringLiteral("catalog.sqlite"));
        QCOMPARE(backend.open(db), QString());
        {
            catalog::Reader reader;
            const auto demo = reader.readPaths({QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/all.yaml")});
            QCOMPARE(backend.store()->replaceSnapshot({QStringLiteral("demo"), QStringLiteral("file"), QStringLiteral("all.yaml")}, demo),
                     QString());
        }
        QCOMPARE(backend.store()->setSetting(QStringLiteral("identity"), QStringLiteral("user:default/alice.nguyen")), QString());
        CatalogBackend::setInstance(&backend);
        auto unset = qScopeGuard([] { CatalogBackend::setInstance(nullptr); });

        TemplateWizard wizard; // takes the app's catalog, like the Create page does
        QAbstractItemModelTester fieldTester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester stepTester(wizard.steps(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(wizard.load(kWizardTemplate), qPrintable(wizard.loadError()));
        wizard.setValue(QStringLiteral("name"), QStringLiteral("orders"));
        wizard.setValue(QStringLiteral("kind"), QStringLiteral("service"));
        wizard.setValue(QStringLiteral("port"), 8443);
        QVERIFY(wizard.next());
        QVERIFY(fieldData(*wizard.fields(), QStringLiteral("token"), WizardFieldModel::SecretRole).toBool());
        QVERIFY(fieldData(*wizard.fields(), QStringLiteral("password"), WizardFieldModel::SecretRole).toBool());
        wizard.setValue(QStringLiteral("token"), QStringLiteral("short"));
        QVERIFY(!wizard.next()); // minLength 8 applies to the masked parameter, as in Backstage
        QVERIFY(!fieldData(*wizard.fields(), QStringLiteral("token"), WizardFieldModel::ErrorRole).toString().isEmpty());
        wizard.setValue(QStringLiteral("token"), kSecret);
        wizard.setValue(QStringLiteral("password"), QStringLiteral("hunter2-registry"));
        wizard.setValue(QStringLiteral("remote"), QUrl::fromLocalFile(bare).toString());
        // The editor shows what was typed; the parameter only holds one '*' per character.
        QCOMPARE(fieldData(*wizard.fields(), QStringLiteral("token"), WizardFieldModel::ValueRole).toString(), kSecret);
        QCOMPARE(wizard.values().value(QStringLiteral("token")).toString(), QString(kSecret.size(), u'*'));
        QCOMPARE(wizard.secrets().value(QStringLiteral("token")), kSecret);
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 2); // review

        QMap<QString, QString> review;
        for (const QVariant &row : wizard.review())
            review.insert(row.toMap().value(QStringLiteral("name")).toString(), row.toMap().value(QStringLiteral("value")).toString());
        QCOMPARE(review.value(QStringLiteral("token")), QStringLiteral("••••••"));
        QCOMPARE(review.value(QStringLiteral("password")), QStringLiteral("••••••"));
        QCOMPARE(review.value(QStringLiteral("port")), QStringLiteral("8443"));

        const QString workspace = dir.filePath(QStringLiteral("projects/orders"));
        wizard.setWorkspace(workspace);
        QSignalSpy imported(&backend, &CatalogBackend::importFinished);
        QVERIFY(wizard.run(false));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.running(), 60000);
        QVERIFY2(wizard.succeeded(), qPrintable(wizard.runError()));
        QVERIFY(!wizard.dryRun());

        // Logs: the secret and what was made from it are masked; user.ref/user.entity come from Settings.
        QStringList logs;
        for (int row = 0; row < wizard.steps()->rowCount(); ++row) {
            QCOMPARE(wizard.steps()->index(row).data(WizardStepModel::StateRole).toString(), QStringLiteral("completed"));
            logs << wizard.steps()->index(row).data(WizardStepModel::LogRole).toString();
        }
        const QString log = logs.join(u'\n');
        // Like Backstage, a string a secret went into is masked whole ("token is <secret>" logs as "***").
        QVERIFY2(log.contains(QStringLiteral("\n***\n")), qPrintable(log));
        QVERIFY2(log.contains(QStringLiteral("by portolan for alice.nguyen (user:default/alice.nguyen)")), qPrintable(log));
        QVERIFY(!log.contains(kSecret));
        QVERIFY(!log.contains(kSecret.toUpper()));

        // The bare repository received the commit with the rendered files.
        QCOMPARE(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("log"), QStringLiteral("--format=%an <%ae>|%s"),
                      QStringLiteral("main")}),
                 QStringLiteral("Ada Lovelace <ada@example.org>|Create orders"));
        QCOMPARE(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("ls-tree"), QStringLiteral("-r"),
                      QStringLiteral("--name-only"), QStringLiteral("main")}),
                 QStringLiteral("README.md\ncatalog-info.yaml\nsrc/main.go"));
        QCOMPARE(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("show"), QStringLiteral("main:README.md")}),
                 QStringLiteral("# orders\nListens on port 8443."));
        QVERIFY(git({QStringLiteral("--git-dir=") + bare, QStringLiteral("show"), QStringLiteral("main:catalog-info.yaml")})
                    .contains(QStringLiteral("name: orders")));

        // catalog:register landed in the app's catalog.
        QTRY_VERIFY_WITH_TIMEOUT(!imported.isEmpty(), 20000);
        QCOMPARE(wizard.registrations().size(), 1);
        const auto entity = backend.store()->entity(QStringLiteral("component:default/orders"));
        QVERIFY(entity.has_value());
        QCOMPARE(entity->type, QStringLiteral("service"));
        QCOMPARE(backend.entity(QStringLiteral("component:default/orders")).value(QStringLiteral("metadata")).toMap()
                     .value(QStringLiteral("description")).toString(),
                 QStringLiteral("A service made by the wizard test"));

        // Outputs for the last page.
        QCOMPARE(wizard.outputLinks().size(), 2);
        QCOMPARE(wizard.outputLinks().at(0).toMap().value(QStringLiteral("url")).toString(),
                 QUrl::fromLocalFile(bare).toString());
        QCOMPARE(wizard.outputLinks().at(1).toMap().value(QStringLiteral("entityRef")).toString(),
                 QStringLiteral("component:default/orders"));
        QCOMPARE(wizard.outputText().size(), 1);
        QVERIFY(wizard.outputText().at(0).toMap().value(QStringLiteral("content")).toString().startsWith(QStringLiteral("**orders** is ready")));

        // Never on disk: not in the workspace or its repository, the remote, the catalog database, or any of the
        // app's folders (settings, data, the template compile cache); no values file is kept anywhere.
        for (const QString &root : {dir.path(), QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                                    QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                    QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)}) {
            for (const QByteArray &needle : {kSecret.toUtf8(), kSecret.toUpper().toUtf8(), QByteArray("hunter2-registry")})
                QVERIFY2(filesContaining(root, needle).isEmpty(), qPrintable(filesContaining(root, needle).join(u',')));
        }
        QVERIFY(!QFileInfo::exists(workspace + QStringLiteral("/values.yaml")));
    }

    // Pages with `when`: Next and Back pass over skipped pages, the progress row knows which are skipped, the
    // Review button comes on the last page that shows, and a skipped page's values are not sent to the run.
    void whenSkipsPagesBothWays()
    {
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QAbstractItemModelTester fieldTester(wizard.fields(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(wizard.load(kConditional + QStringLiteral("/template.yaml")), qPrintable(wizard.loadError()));
        QCOMPARE(wizard.pageTitles().size(), 5);
        QCOMPARE(wizard.skippedPages(), (QVariantList{false, false, true, true, true})); // kind defaults to service
        QSignalSpy pageChanged(&wizard, &TemplateWizard::pageChanged);
        wizard.setValue(QStringLiteral("name"), QStringLiteral("lib"));
        QCOMPARE(pageChanged.count(), 0); // no page's `when` changed
        wizard.setValue(QStringLiteral("kind"), QStringLiteral("library"));
        QCOMPARE(pageChanged.count(), 1);
        QCOMPARE(wizard.skippedPages(), (QVariantList{false, true, false, true, true}));
        QVERIFY(!wizard.lastPage());
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 2); // Service (page 1) passed over
        QCOMPARE(fieldNames(*wizard.fields()), QStringList{QStringLiteral("language")});
        QVERIFY(wizard.lastPage()); // CI and Never are skipped: Review comes next
        QVERIFY(!wizard.next());    // language is required on this shown page
        wizard.setValue(QStringLiteral("language"), QStringLiteral("rust"));
        QVERIFY(wizard.back());
        QCOMPARE(wizard.currentPage(), 0);
        QVERIFY(!wizard.back()); // nothing before the first page: the QML page closes the wizard
        // CI on: its page shows, with the github branch and the nested runner branch inside it.
        wizard.setValue(QStringLiteral("ci"), true);
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 2);
        QVERIFY(!wizard.lastPage());
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 3);
        wizard.setValue(QStringLiteral("provider"), QStringLiteral("github"));
        QCOMPARE(fieldNames(*wizard.fields()), (QStringList{QStringLiteral("provider"), QStringLiteral("runner")}));
        wizard.setValue(QStringLiteral("runner"), QStringLiteral("self"));
        QCOMPARE(fieldNames(*wizard.fields()), (QStringList{QStringLiteral("provider"), QStringLiteral("runner"), QStringLiteral("label")}));
        QVERIFY(!wizard.next()); // the nested branch's label is required
        wizard.setValue(QStringLiteral("label"), QStringLiteral("arm64"));
        QVERIFY(wizard.next());
        QCOMPARE(wizard.currentPage(), 5); // review: Never (when: false) passed over
        QVERIFY(wizard.back());
        QCOMPARE(wizard.currentPage(), 3);
        QVERIFY(wizard.next());
        QStringList reviewed;
        for (const QVariant &row : wizard.review())
            reviewed << row.toMap().value(QStringLiteral("name")).toString();
        QCOMPARE(reviewed, (QStringList{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("ci"), QStringLiteral("language"),
                                        QStringLiteral("provider"), QStringLiteral("runner"), QStringLiteral("label")}));

        // A real run with environment.* from the configured app-config (its secret from ${VAR}).
        qputenv("PORTOLAN_TEST_DEPLOY_TOKEN", kDeployToken.toUtf8());
        TemplateWizard::setAppConfigFiles([] { return QStringList{kConditional + QStringLiteral("/app-config.yaml")}; });
        auto unset = qScopeGuard([] { TemplateWizard::setAppConfigFiles({}); });
        wizard.setValue(QStringLiteral("port"), 1234); // not on a shown page: must not reach the run
        QTemporaryDir dir;
        wizard.setWorkspace(dir.filePath(QStringLiteral("lib")));
        QVERIFY(wizard.run(false));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.running(), 60000);
        QVERIFY2(wizard.succeeded(), qPrintable(wizard.runError()));
        QFile summaryFile(dir.filePath(QStringLiteral("lib/summary.json")));
        QVERIFY(summaryFile.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        const QJsonObject params = summary.value(QStringLiteral("params")).toObject();
        QVERIFY2(!params.contains(QStringLiteral("port")) && !params.contains(QStringLiteral("ghost")), summaryFile.fileName().toUtf8());
        QCOMPARE(params.value(QStringLiteral("label")).toString(), QStringLiteral("arm64"));
        QString log;
        for (int row = 0; row < wizard.steps()->rowCount(); ++row)
            log += wizard.steps()->index(row).data(WizardStepModel::LogRole).toString();
        QVERIFY(!log.contains(kDeployToken));
        // The template writes the token into its project on purpose (token.txt); nothing of Portolan's keeps it.
        for (const QString &root : {QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation),
                                    QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                    QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)})
            QVERIFY2(filesContaining(root, kDeployToken.toUtf8()).isEmpty(), qPrintable(root));
        QVERIFY(!wizard.outputText().isEmpty());
        QVERIFY(!wizard.outputText().at(0).toMap().value(QStringLiteral("content")).toString().contains(kDeployToken));
    }

    void badDefaultEnvironmentStopsTheRun()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("app-config.yaml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("scaffolder:\n  defaultEnvironment:\n    secrets:\n      token: [1]\n");
        config.close();
        TemplateWizard::setAppConfigFiles([file = config.fileName()] { return QStringList{file}; });
        auto unset = qScopeGuard([] { TemplateWizard::setAppConfigFiles({}); });
        TemplateWizard wizard;
        wizard.setStore(&m_store);
        QVERIFY(wizard.load(kConditional + QStringLiteral("/template.yaml")));
        wizard.setValue(QStringLiteral("name"), QStringLiteral("x"));
        QVERIFY(!wizard.run(true));
        QVERIFY(wizard.ran() && !wizard.succeeded());
        QVERIFY2(wizard.runError().contains(QStringLiteral("scaffolder.defaultEnvironment.secrets.token: Invalid type in config, got array, wanted string")),
                 qPrintable(wizard.runError()));
    }

private:
    store::CatalogStore m_store;
};

QTEST_GUILESS_MAIN(TestTemplateWizard)
#include "tst_templatewizard.moc"
