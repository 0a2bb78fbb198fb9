// SPDX-License-Identifier: Apache-2.0
// The run side of TemplateWizard (runner, outputs, registrations) and the catalog-backed pickers.
#include "templatewizard.h"

#include "catalogbackend.h"
#include "scaffolder/binaryfile.h"
#include "scaffolder/environment.h"
#include "scaffolder/safepath.h"
#include "store/catalogstore.h"
#include "sync/appconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {

std::function<QStringList()> &appConfigFiles()
{
    static std::function<QStringList()> files;
    return files;
}

} // namespace

void TemplateWizard::setAppConfigFiles(std::function<QStringList()> files)
{
    appConfigFiles() = std::move(files);
}

bool TemplateWizard::run(bool dryRun)
{
    if (!m_schema || m_running)
        return false;
    scaffolder::RunOptions options;
    options.dryRun = dryRun;
    // environment.*: read when the run starts, so an edited app-config counts without a restart.
    QStringList configFiles;
    if (QFileInfo::exists(portolan::sync::portolanConfigPath()))
        configFiles << portolan::sync::portolanConfigPath();
    if (appConfigFiles())
        configFiles << appConfigFiles()();
    const portolan::sync::AppConfig appConfig = portolan::sync::loadAppConfig(configFiles);
    const scaffolder::DefaultEnvironment environment = scaffolder::defaultEnvironmentFromConfig(appConfig.data);
    if (!appConfig.errors.isEmpty() || !environment.errors.isEmpty()) {
        m_ran = true;
        m_succeeded = false;
        m_dryRun = dryRun;
        m_runError = tr("app-config: %1", "@info").arg((appConfig.errors + environment.errors).join(QStringLiteral("; ")));
        Q_EMIT runChanged();
        return false;
    }
    options.environmentParameters = environment.parameters;
    options.environmentSecrets = environment.secrets;
    if (dryRun) {
        // A dry run writes into a throw-away folder, so the file list shows exactly what would be produced.
        m_dryRunDir = std::make_unique<QTemporaryDir>();
        options.workspace = m_dryRunDir->path();
    } else {
        options.workspace = m_workspace;
    }
    QList<std::pair<QString, std::pair<QString, QString>>> steps;
    for (const scaffolder::StepDefinition &step : m_definition.steps)
        steps.append({step.id, {step.name, step.action}});
    m_steps.reset(steps);
    options.secrets = m_secrets;
    // `user.ref` / `user.entity`: who the user said they are in Settings, looked up in the catalog.
    if (store::CatalogStore *db = catalogStore()) {
        options.userRef = db->setting(QStringLiteral("identity"));
        if (const auto row = options.userRef.isEmpty() ? std::nullopt : db->entity(options.userRef))
            options.userEntityJson = QString::fromUtf8(QJsonDocument(row->data).toJson(QJsonDocument::Compact));
    }
    const QJsonObject parameters = m_schema->withoutHiddenBranches(m_schema->withDefaults(m_values));
    const QString json = QString::fromUtf8(QJsonDocument(parameters).toJson(QJsonDocument::Compact));
    if (!m_runner.start(m_definition.file, json, options))
        return false;
    m_running = true;
    m_ran = false;
    m_succeeded = false;
    m_dryRun = dryRun;
    m_runError.clear();
    m_files.clear();
    m_outputLinks.clear();
    m_outputText.clear();
    m_registrations.clear();
    Q_EMIT runChanged();
    return true;
}

void TemplateWizard::cancel()
{
    m_runner.cancel();
}

void TemplateWizard::onFinished(bool ok, const QString &error, const QJsonObject &output, const QStringList &files,
                                const QJsonArray &registrations)
{
    m_running = false;
    m_ran = true;
    m_succeeded = ok;
    m_runError = error;
    m_files = files;
    // Steps that never started (after a failure or cancel) are shown as not run.
    m_steps.finishOpen(QStringLiteral("skipped"));
    for (const QJsonValue &link : output.value(QStringLiteral("links")).toArray()) {
        const QJsonObject l = link.toObject();
        // A link without url or entityRef rendered to nothing; in a dry run, skipped steps output "<example>",
        // which leads nowhere either.
        const QString url = l.value(QStringLiteral("url")).toString(), ref = l.value(QStringLiteral("entityRef")).toString();
        if ((url.isEmpty() && ref.isEmpty()) || (m_dryRun && (url.contains(u"<example>") || ref.contains(u"<example>"))))
            continue;
        m_outputLinks.append(l.toVariantMap());
    }
    for (const QJsonValue &text : output.value(QStringLiteral("text")).toArray())
        m_outputText.append(text.toObject().toVariantMap());
    CatalogBackend *catalog = CatalogBackend::instance();
    for (const QJsonValue &value : registrations) {
        const QJsonObject reg = value.toObject();
        QVariantMap row = reg.toVariantMap();
        const QUrl url(reg.value(QStringLiteral("catalogInfoUrl")).toString());
        const QString file = url.isLocalFile() ? url.toLocalFile() : QString();
        row.insert(QStringLiteral("file"), file);
        // Only local files can be imported; remote ones are shown for the user to register where they live.
        if (!file.isEmpty() && catalog) {
            catalog->importPaths({file}, QStringLiteral("scaffolder:") + QFileInfo(file).absolutePath());
            Q_EMIT registered(reg.value(QStringLiteral("entityRef")).toString());
        }
        m_registrations.append(row);
    }
    Q_EMIT runChanged();
}

QString TemplateWizard::fileContent(const QString &relativePath) const
{
    const QString root = m_dryRun && m_dryRunDir ? m_dryRunDir->path() : m_workspace;
    if (!m_ran || root.isEmpty() || !m_files.contains(relativePath))
        return {};
    auto path = scaffolder::resolveSafeChildPath(root, relativePath);
    if (scaffolder::isError(path))
        return {};
    const QString file = std::get<QString>(path);
    if (scaffolder::isBinaryFile(file))
        return tr("(binary file, %n bytes)", "@info", int(QFileInfo(file).size()));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    constexpr qint64 kLimit = 512 * 1024; // the preview is for reading, not for megabytes of generated data
    const QByteArray data = f.read(kLimit);
    return QString::fromUtf8(data) + (f.size() > kLimit ? tr("\n… (%n bytes more)", "@info", int(f.size() - kLimit)) : QString());
}

QString TemplateWizard::composeRepoUrl(const QString &host, const QString &owner, const QString &repo)
{
    QUrlQuery query;
    if (!owner.isEmpty())
        query.addQueryItem(QStringLiteral("owner"), owner);
    if (!repo.isEmpty())
        query.addQueryItem(QStringLiteral("repo"), repo);
    if (host.isEmpty() && query.isEmpty())
        return {};
    return host + u'?' + query.toString(QUrl::FullyEncoded);
}

QVariantMap TemplateWizard::parseRepoUrl(const QString &value)
{
    const qsizetype mark = value.indexOf(u'?');
    const QUrlQuery query(mark < 0 ? QString() : value.mid(mark + 1));
    return {{QStringLiteral("host"), mark < 0 ? value : value.left(mark)},
            {QStringLiteral("owner"), query.queryItemValue(QStringLiteral("owner"), QUrl::FullyDecoded)},
            {QStringLiteral("repo"), query.queryItemValue(QStringLiteral("repo"), QUrl::FullyDecoded)}};
}

namespace {

// catalogFilter is an object or a list of objects; allowedKinds a list. Kinds come back lower-cased.
QStringList kindsOf(const QJsonObject &options)
{
    QStringList kinds;
    for (const QJsonValue &kind : options.value(QStringLiteral("allowedKinds")).toArray())
        kinds.append(kind.toString().toLower());
    const QJsonValue filter = options.value(QStringLiteral("catalogFilter"));
    const QJsonArray filters = filter.isArray() ? filter.toArray() : QJsonArray{filter};
    for (const QJsonValue &f : filters) {
        const QJsonValue kind = f.toObject().value(QStringLiteral("kind"));
        if (kind.isString())
            kinds.append(kind.toString().toLower());
        for (const QJsonValue &k : kind.toArray())
            kinds.append(k.toString().toLower());
    }
    kinds.removeDuplicates();
    return kinds;
}

} // namespace

QStringList TemplateWizard::choicesFor(const scaffolder::FormField &field) const
{
    const bool owner = field.field == QLatin1String("OwnerPicker");
    if (!owner && field.field != QLatin1String("EntityPicker") && field.field != QLatin1String("MultiEntityPicker"))
        return {};
    store::CatalogStore *db = catalogStore();
    if (!db)
        return {};
    QStringList kinds = kindsOf(field.uiOptions);
    if (kinds.isEmpty() && owner)
        kinds = {QStringLiteral("group"), QStringLiteral("user")};
    store::Query query;
    if (!kinds.isEmpty())
        query.filters.insert(QStringLiteral("kind"), kinds);
    query.limit = 2000;
    QStringList refs;
    for (const store::EntityRow &row : db->search(query))
        refs.append(row.ref);
    refs.sort();
    return refs;
}
