// SPDX-License-Identifier: Apache-2.0
// TemplateWizard on the real demo template and the real demo catalog: pages, pickers, validation, a dry run.
#include "catalogfixture.h"
#include "templatewizard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString kGoService = QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/demo-catalog/templates/go-service/template.yaml");

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
        const auto state = [&](int row) { return wizard.steps()->index(row).data(WizardStepModel::StateRole).toString(); };
        QCOMPARE(state(0), QStringLiteral("completed"));
        QCOMPARE(state(1), QStringLiteral("skipped")); // publish:github has no dry run
        QVERIFY(!wizard.steps()->index(0).data(WizardStepModel::LogRole).toString().isEmpty());
        QVERIFY(changed.count() >= 2);
    }

private:
    store::CatalogStore m_store;
};

QTEST_GUILESS_MAIN(TestTemplateWizard)
#include "tst_templatewizard.moc"
