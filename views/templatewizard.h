// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scaffolder/formschema.h"
#include "scaffolder/nunjucksengine.h"
#include "scaffolder/templaterunner.h"
#include "templatewizardmodels.h"

#include <QObject>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <functional>
#include <memory>
#include <optional>

/// The Create wizard for one Software Template: pages of fields (values, per-page validation with the
/// template's JSON Schema), a review, then a run with TemplateRunner (real into a folder, or a dry run into a
/// temporary one) with streamed step states, logs, outputs and catalog registrations.
class TemplateWizard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString templatePath READ templatePath WRITE load NOTIFY loaded)
    Q_PROPERTY(QString title READ title NOTIFY loaded)
    Q_PROPERTY(QString description READ description NOTIFY loaded)
    Q_PROPERTY(QString loadError READ loadError NOTIFY loaded)
    Q_PROPERTY(QStringList pageTitles READ pageTitles NOTIFY loaded)
    /// The progress row: the page titles, then Review and Run.
    Q_PROPERTY(QStringList stepTitles READ stepTitles NOTIFY loaded)
    Q_PROPERTY(int currentPage READ currentPage NOTIFY pageChanged)
    Q_PROPERTY(QString pageDescription READ pageDescription NOTIFY pageChanged)
    Q_PROPERTY(QString pageError READ pageError NOTIFY pageChanged)
    /// One flag per parameter page: true while its `when` condition skips it (values decide, so it changes).
    Q_PROPERTY(QVariantList skippedPages READ skippedPages NOTIFY pageChanged)
    /// True on the last page that shows (the next step is the review).
    Q_PROPERTY(bool lastPage READ lastPage NOTIFY pageChanged)
    Q_PROPERTY(WizardFieldModel *fields READ fields CONSTANT)
    Q_PROPERTY(WizardStepModel *steps READ steps CONSTANT)
    Q_PROPERTY(QString workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(bool running READ running NOTIFY runChanged)
    Q_PROPERTY(bool ran READ ran NOTIFY runChanged)
    Q_PROPERTY(bool succeeded READ succeeded NOTIFY runChanged)
    Q_PROPERTY(bool dryRun READ dryRun NOTIFY runChanged)
    Q_PROPERTY(QString runError READ runError NOTIFY runChanged)
    Q_PROPERTY(QStringList files READ files NOTIFY runChanged)
    Q_PROPERTY(QVariantList outputLinks READ outputLinks NOTIFY runChanged)
    Q_PROPERTY(QVariantList outputText READ outputText NOTIFY runChanged)
    Q_PROPERTY(QVariantList registrations READ registrations NOTIFY runChanged)

public:
    explicit TemplateWizard(QObject *parent = nullptr);
    ~TemplateWizard() override;

    /// The app-config files the user configured (their `scaffolder.defaultEnvironment` gives templates
    /// `environment.parameters` / `environment.secrets`); set once by the composition root.
    static void setAppConfigFiles(std::function<QStringList()> files);

    /// Catalog lookups for pickers and registrations; defaults to the app's catalog.
    void setStore(store::CatalogStore *store) { m_store = store; }

    /// Loads a template.yaml and shows its first page; false (with loadError) when it cannot be read.
    bool load(const QString &path);
    /// Loads the same template again: empty form, no run (the "Start over" button).
    Q_INVOKABLE void restart() { load(m_path); }
    Q_INVOKABLE void setValue(const QString &name, const QVariant &value);
    Q_INVOKABLE QVariant value(const QString &name) const;
    /// Validates the current page; its fields show their errors. True when the page is valid.
    Q_INVOKABLE bool validatePage();
    /// Validates the current page and moves on; on the last page this leaves currentPage == pageCount (review).
    Q_INVOKABLE bool next();
    /// Goes to the previous page that shows; false on the first one (nothing before it).
    Q_INVOKABLE bool back();
    /// Every field shown (all pages, conditional ones while they show) with its value; secrets masked.
    Q_INVOKABLE QVariantList review() const;
    Q_INVOKABLE bool run(bool dryRun);
    Q_INVOKABLE void cancel();
    /// Text of one file of the last run's tree (for the preview; read when the file is opened, so only the
    /// file looked at is read and highlighted). Empty for paths outside the tree.
    Q_INVOKABLE QString fileContent(const QString &relativePath) const;
    /// RepoUrlPicker value: "host?owner=o&repo=r", and its parts back.
    Q_INVOKABLE static QString composeRepoUrl(const QString &host, const QString &owner, const QString &repo);
    Q_INVOKABLE static QVariantMap parseRepoUrl(const QString &value);

    [[nodiscard]] QString templatePath() const { return m_path; }
    [[nodiscard]] QString title() const { return m_definition.title; }
    [[nodiscard]] QString description() const { return m_definition.description; }
    [[nodiscard]] QString loadError() const { return m_loadError; }
    [[nodiscard]] QStringList pageTitles() const;
    [[nodiscard]] QStringList stepTitles() const
    {
        return pageTitles() << tr("Review", "@title step") << tr("Run", "@title step");
    }
    [[nodiscard]] int currentPage() const { return m_page; }
    [[nodiscard]] QString pageDescription() const;
    [[nodiscard]] QString pageError() const { return m_pageError; }
    [[nodiscard]] QVariantList skippedPages() const;
    [[nodiscard]] bool lastPage() const;
    [[nodiscard]] WizardFieldModel *fields() { return &m_fields; }
    [[nodiscard]] WizardStepModel *steps() { return &m_steps; }
    [[nodiscard]] QString workspace() const { return m_workspace; }
    void setWorkspace(const QString &workspace);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool ran() const { return m_ran; }
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    [[nodiscard]] bool dryRun() const { return m_dryRun; }
    [[nodiscard]] QString runError() const { return m_runError; }
    [[nodiscard]] QStringList files() const { return m_files; }
    [[nodiscard]] QVariantList outputLinks() const { return m_outputLinks; }
    [[nodiscard]] QVariantList outputText() const { return m_outputText; }
    [[nodiscard]] QVariantList registrations() const { return m_registrations; }
    /// Every field's errors (all pages), as the last validation left them.
    [[nodiscard]] QHash<QString, QStringList> errors() const { return m_errors; }
    [[nodiscard]] QJsonObject values() const { return m_values; }
    [[nodiscard]] QHash<QString, QString> secrets() const { return m_secrets; }

Q_SIGNALS:
    void loaded();
    void pageChanged();
    void workspaceChanged();
    void runChanged();
    /// A registered catalog-info.yaml was handed to the catalog for import.
    void registered(const QString &entityRef);

private:
    void showPage(int page);
    /// The next page after `from` (or before it, step -1) that shows for the current values; pageCount for the
    /// review, -1 before the first.
    [[nodiscard]] int shownPage(int from, int step) const;
    void refreshFields();
    [[nodiscard]] const scaffolder::FormField *findField(const QString &name) const;
    /// The values the field editors show: secrets in clear (they live only in memory).
    [[nodiscard]] QJsonObject displayValues() const;
    [[nodiscard]] QStringList choicesFor(const scaffolder::FormField &field) const;
    [[nodiscard]] store::CatalogStore *catalogStore() const;
    void onFinished(bool ok, const QString &error, const QJsonObject &output, const QStringList &files,
                    const QJsonArray &registrations);

    QString m_path;
    QString m_loadError;
    scaffolder::TemplateDefinition m_definition;
    std::optional<scaffolder::FormSchema> m_schema;
    /// Renders pages' `when` strings on this thread; made only for templates that have one.
    std::unique_ptr<scaffolder::NunjucksEngine> m_whenEngine;
    QJsonObject m_values;
    QHash<QString, QString> m_secrets; ///< ui:field Secret / ui:widget password values: never logged or stored
    QHash<QString, QStringList> m_errors;
    QString m_pageError;
    int m_page = 0;
    WizardFieldModel m_fields;
    WizardStepModel m_steps;
    scaffolder::TemplateRunner m_runner;
    std::unique_ptr<QTemporaryDir> m_dryRunDir;
    store::CatalogStore *m_store = nullptr;
    QString m_workspace;
    bool m_running = false, m_ran = false, m_succeeded = false, m_dryRun = false;
    QString m_runError;
    QStringList m_files;
    QVariantList m_outputLinks, m_outputText, m_registrations;
};
