// SPDX-License-Identifier: Apache-2.0
#include "templatewizard.h"

#include "catalogbackend.h"
#include "store/catalogstore.h"

#include <QDir>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {

// Backstage's form drops empty inputs (undefined), so `required` catches a cleared field.
QJsonValue toJson(const scaffolder::FormField &field, const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isString()) {
        const QString text = json.toString();
        if (text.isEmpty())
            return QJsonValue::Undefined;
        bool ok = false;
        if (field.type == QLatin1String("integer")) {
            const qlonglong n = text.toLongLong(&ok);
            return ok ? QJsonValue(n) : json;
        }
        if (field.type == QLatin1String("number")) {
            const double n = text.toDouble(&ok);
            return ok ? QJsonValue(n) : json;
        }
    }
    return json;
}

} // namespace

TemplateWizard::TemplateWizard(QObject *parent)
    : QObject(parent)
{
    if (CatalogBackend *catalog = CatalogBackend::instance())
        m_store = catalog->store();
    connect(&m_runner, &scaffolder::TemplateRunner::stepStarted, this,
            [this](int, const QString &stepId, const QString &, const QString &) {
                m_steps.setState(stepId, QStringLiteral("running"));
            });
    connect(&m_runner, &scaffolder::TemplateRunner::logLine, this,
            [this](const QString &stepId, const QString &line) { m_steps.appendLog(stepId, line); });
    connect(&m_runner, &scaffolder::TemplateRunner::stepFinished, this,
            [this](int, const QString &stepId, const QString &status) { m_steps.setState(stepId, status); });
    connect(&m_runner, &scaffolder::TemplateRunner::finished, this, &TemplateWizard::onFinished);
}

TemplateWizard::~TemplateWizard()
{
    m_runner.cancel();
}

store::CatalogStore *TemplateWizard::catalogStore() const
{
    return m_store && m_store->isOpen() ? m_store : nullptr;
}

bool TemplateWizard::load(const QString &path)
{
    m_path = path;
    m_values = {};
    m_errors.clear();
    m_loadError.clear();
    m_schema.reset();
    m_definition = {};
    auto definition = scaffolder::loadTemplate(path);
    if (const auto *error = std::get_if<scaffolder::Error>(&definition)) {
        m_loadError = error->toString();
    } else {
        m_definition = std::get<scaffolder::TemplateDefinition>(std::move(definition));
        auto schema = scaffolder::FormSchema::fromTemplate(m_definition);
        if (const auto *error = std::get_if<scaffolder::Error>(&schema))
            m_loadError = error->toString();
        else
            m_schema = std::get<scaffolder::FormSchema>(std::move(schema));
    }
    if (m_schema && m_schema->needsWhenEvaluator()) {
        if (!m_whenEngine)
            m_whenEngine = std::make_unique<scaffolder::NunjucksEngine>();
        m_schema->setWhenEvaluator(scaffolder::nunjucksWhenEvaluator(*m_whenEngine));
    }
    m_secrets.clear();
    if (m_schema) {
        m_values = m_schema->withDefaults({});
        m_runner.preload(); // nunjucks loads while the form is filled in
    }
    const QString name = m_definition.name.isEmpty() ? QStringLiteral("project") : m_definition.name;
    setWorkspace(QDir::homePath() + QStringLiteral("/portolan-projects/") + name);
    m_ran = m_succeeded = false;
    Q_EMIT loaded();
    Q_EMIT runChanged();
    showPage(m_schema ? std::max(0, shownPage(-1, 1)) : 0);
    return m_loadError.isEmpty();
}

QStringList TemplateWizard::pageTitles() const
{
    QStringList titles;
    if (m_schema) {
        for (const scaffolder::FormPage &page : m_schema->pages())
            titles.append(page.title);
    }
    return titles;
}

QString TemplateWizard::pageDescription() const
{
    return m_schema && m_page < m_schema->pages().size() ? m_schema->pages().at(m_page).description : QString();
}

int TemplateWizard::shownPage(int from, int step) const
{
    const int count = m_schema ? int(m_schema->pages().size()) : 0;
    for (int p = from + step; p >= 0 && p < count; p += step)
        if (m_schema->pageShown(p, m_values))
            return p;
    return step > 0 ? count : -1;
}

QVariantList TemplateWizard::skippedPages() const
{
    QVariantList skipped;
    if (m_schema)
        for (int p = 0; p < m_schema->pages().size(); ++p)
            skipped.append(!m_schema->pageShown(p, m_values));
    return skipped;
}

bool TemplateWizard::lastPage() const
{
    return m_schema && m_page < m_schema->pages().size() && shownPage(m_page, 1) == m_schema->pages().size();
}

void TemplateWizard::showPage(int page)
{
    m_page = page;
    m_pageError.clear();
    QList<scaffolder::FormField> fields;
    QList<QStringList> choices;
    if (m_schema && page < m_schema->pages().size()) {
        fields = m_schema->visibleFields(page, m_values);
        for (const scaffolder::FormField &field : fields)
            choices.append(choicesFor(field));
    }
    m_fields.setPage(fields, choices);
    m_fields.setValues(displayValues());
    Q_EMIT pageChanged();
}

// Conditional fields follow the values: a changed choice may show or hide some.
void TemplateWizard::refreshFields()
{
    if (!m_schema || m_page >= m_schema->pages().size())
        return;
    const QList<scaffolder::FormField> fields = m_schema->visibleFields(m_page, m_values);
    QList<QStringList> choices;
    for (const scaffolder::FormField &field : fields)
        choices.append(choicesFor(field));
    m_fields.updateFields(fields, choices);
}

const scaffolder::FormField *TemplateWizard::findField(const QString &name) const
{
    if (!m_schema)
        return nullptr;
    for (const scaffolder::FormPage &page : m_schema->pages()) {
        for (const scaffolder::FormField &field : page.fields)
            if (field.name == name)
                return &field;
        for (const scaffolder::ConditionalFields &branch : page.conditional)
            for (const scaffolder::FormField &field : branch.fields)
                if (field.name == name)
                    return &field;
    }
    return nullptr;
}

QJsonObject TemplateWizard::displayValues() const
{
    QJsonObject values = m_values;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it)
        values.insert(it.key(), it.value());
    return values;
}

void TemplateWizard::setValue(const QString &name, const QVariant &value)
{
    const scaffolder::FormField *field = findField(name);
    if (!field)
        return;
    const QJsonValue json = toJson(*field, value);
    if (field->secret) {
        // Backstage's SecretInput: the secret goes to the run's secrets; a Secret field's parameter only holds
        // one `*` per character (so `required` and `minLength` still work). A password widget stays a parameter
        // (templates read it from `parameters`) and is a secret too, so it is masked wherever it shows.
        const QString text = json.isString() ? json.toString() : QString();
        if (text.isEmpty())
            m_secrets.remove(name);
        else
            m_secrets.insert(name, text);
        if (field->field == QLatin1String("Secret")) {
            if (text.isEmpty())
                m_values.remove(name);
            else
                m_values.insert(name, QString(text.size(), u'*'));
            m_fields.setValues(displayValues());
            return;
        }
    }
    const QVariantList skippedBefore = skippedPages();
    if (json.isUndefined())
        m_values.remove(name);
    else
        m_values.insert(name, json);
    refreshFields();
    m_fields.setValues(displayValues());
    if (skippedPages() != skippedBefore)
        Q_EMIT pageChanged(); // a later page's `when` changed: the progress row and the Next/Review label follow
}

QVariant TemplateWizard::value(const QString &name) const
{
    return m_values.value(name).toVariant();
}

bool TemplateWizard::validatePage()
{
    if (!m_schema)
        return false;
    m_errors = m_schema->validate(m_values);
    QHash<QString, QStringList> pageErrors;
    for (const scaffolder::FormField &field : m_fields.fields()) {
        if (m_errors.contains(field.name))
            pageErrors.insert(field.name, m_errors.value(field.name));
    }
    m_fields.setErrors(pageErrors);
    return pageErrors.isEmpty();
}

bool TemplateWizard::next()
{
    if (!m_schema || m_page >= m_schema->pages().size() || !validatePage())
        return false;
    const int nextPage = shownPage(m_page, 1);
    if (nextPage == m_schema->pages().size()) {
        // Review: problems not tied to one field (oneOf, dependencies) block here.
        m_pageError = m_errors.value(QString()).join(QStringLiteral("; "));
        if (!m_pageError.isEmpty()) {
            Q_EMIT pageChanged();
            return false;
        }
    }
    showPage(nextPage);
    return true;
}

bool TemplateWizard::back()
{
    if (m_running)
        return true;
    // From the review, back goes to the last page that shows; pages whose `when` is false are passed over.
    const int previous = shownPage(m_page, -1);
    if (previous < 0)
        return false;
    showPage(previous);
    return true;
}

QVariantList TemplateWizard::review() const
{
    QVariantList rows;
    if (!m_schema)
        return rows;
    for (int p = 0; p < m_schema->pages().size(); ++p) {
        const scaffolder::FormPage &page = m_schema->pages().at(p);
        for (const scaffolder::FormField &field : m_schema->visibleFields(p, m_values)) {
            if (field.widget == QLatin1String("hidden"))
                continue;
            const QJsonValue value = m_values.value(field.name);
            QString text;
            if (value.isUndefined())
                text = QString();
            else if (field.secret)
                text = QStringLiteral("••••••");
            else if (value.isString())
                text = value.toString();
            else if (value.isBool())
                text = value.toBool() ? tr("Yes") : tr("No");
            else if (value.isArray())
                text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            else if (value.isObject())
                text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            else
                text = value.toVariant().toString();
            rows.append(QVariantMap{{QStringLiteral("page"), page.title},
                                    {QStringLiteral("name"), field.name},
                                    {QStringLiteral("title"), field.title.isEmpty() ? field.name : field.title},
                                    {QStringLiteral("value"), text}});
        }
    }
    return rows;
}

void TemplateWizard::setWorkspace(const QString &workspace)
{
    QString path = workspace;
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(path).toLocalFile();
    if (path == m_workspace)
        return;
    m_workspace = path;
    Q_EMIT workspaceChanged();
}
