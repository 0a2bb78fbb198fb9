// SPDX-License-Identifier: Apache-2.0
#include "entitycontroller.h"

#include "catalogbackend.h"
#include "refs.h"
#include "store/catalogstore.h"

#include <QFile>
#include <QJsonArray>
#include <QUrl>

namespace {

QJsonObject section(const QJsonObject &data, const char *name)
{
    return data.value(QLatin1String(name)).toObject();
}

QString annotation(const QJsonObject &data, const char *key)
{
    return section(data, "metadata").value(u"annotations").toObject().value(QLatin1String(key)).toString();
}

} // namespace

EntityController::EntityController(QObject *parent)
    : QObject(parent)
{
}

void EntityController::setStore(store::CatalogStore *store)
{
    m_store = store;
    load();
}

store::CatalogStore *EntityController::catalogStore()
{
    if (!m_store) {
        if (auto *backend = CatalogBackend::instance()) {
            m_store = backend->store();
            connect(backend, &CatalogBackend::catalogChanged, this, &EntityController::load);
        }
    }
    return m_store;
}

void EntityController::setRef(const QString &ref)
{
    if (m_ref == ref)
        return;
    m_ref = ref;
    Q_EMIT refChanged();
    load();
}

void EntityController::load()
{
    store::CatalogStore *store = catalogStore();
    const auto row = store && !m_ref.isEmpty() ? store->entity(m_ref) : std::nullopt;
    m_data = row ? row->data : QJsonObject();
    m_file = row ? row->file : QString();
    m_line = row ? row->line : 0;
    m_facts.clear();
    m_relationGroups.clear();
    m_yaml.clear();
    if (row) {
        const QJsonObject spec = section(m_data, "spec");
        const QJsonObject profile = spec.value(u"profile").toObject();
        m_facts = {{QStringLiteral("description"), row->description},
                   {QStringLiteral("type"), row->type},
                   {QStringLiteral("lifecycle"), row->lifecycle},
                   {QStringLiteral("owner"), row->owner},
                   {QStringLiteral("system"), row->system},
                   {QStringLiteral("namespace"), row->nameSpace},
                   {QStringLiteral("domain"), spec.value(u"domain").toString()},
                   {QStringLiteral("displayName"), profile.value(u"displayName").toString()},
                   {QStringLiteral("email"), profile.value(u"email").toString()},
                   {QStringLiteral("sourceId"), row->sourceId}};
        QFile file(m_file);
        if (!m_file.isEmpty() && file.open(QIODevice::ReadOnly))
            m_yaml = documentAt(QString::fromUtf8(file.readAll()), m_line);
        // Relations come out ordered by type: group consecutive runs.
        QVariantMap group;
        QVariantList items;
        const auto relations = store->relationsFrom(m_ref);
        for (const auto &relation : relations) {
            if (group.value(QStringLiteral("type")).toString() != relation.type) {
                if (!group.isEmpty()) {
                    group.insert(QStringLiteral("items"), items);
                    m_relationGroups << group;
                }
                group = {{QStringLiteral("type"), relation.type}, {QStringLiteral("label"), relationLabel(relation.type)}};
                items.clear();
            }
            items << brief(relation.target);
        }
        if (!group.isEmpty()) {
            group.insert(QStringLiteral("items"), items);
            m_relationGroups << group;
        }
    }
    loadOwnership();
    loadGroupStructure();
    Q_EMIT loaded();
}

QString EntityController::kind() const
{
    return m_data.value(u"kind").toString();
}

QString EntityController::name() const
{
    return section(m_data, "metadata").value(u"name").toString();
}

QString EntityController::title() const
{
    const QString displayName = m_facts.value(QStringLiteral("displayName")).toString();
    if (!displayName.isEmpty())
        return displayName;
    const QString title = section(m_data, "metadata").value(u"title").toString();
    return title.isEmpty() ? name() : title;
}

QStringList EntityController::tags() const
{
    QStringList out;
    for (const auto &tag : section(m_data, "metadata").value(u"tags").toArray())
        out << tag.toString();
    return out;
}

QVariantList EntityController::links() const
{
    QVariantList out;
    for (const auto &link : section(m_data, "metadata").value(u"links").toArray()) {
        const QJsonObject object = link.toObject();
        const QString url = object.value(u"url").toString();
        const QString title = object.value(u"title").toString();
        out << QVariantMap{{QStringLiteral("url"), url},
                           {QStringLiteral("title"), title.isEmpty() ? url : title},
                           {QStringLiteral("icon"), object.value(u"icon").toString()},
                           {QStringLiteral("type"), object.value(u"type").toString()}};
    }
    return out;
}

QVariantList EntityController::annotations() const
{
    struct Known {
        const char *key;
        const char *label;
    };
    static const Known known[] = {
        {"github.com/project-slug", QT_TRANSLATE_NOOP("EntityController", "GitHub repository")},
        {"backstage.io/source-location", QT_TRANSLATE_NOOP("EntityController", "Source location")},
        {"pagerduty.com/service-id", QT_TRANSLATE_NOOP("EntityController", "PagerDuty service")},
        {"grafana/dashboard-selector", QT_TRANSLATE_NOOP("EntityController", "Grafana dashboards")},
        {"backstage.io/techdocs-ref", QT_TRANSLATE_NOOP("EntityController", "TechDocs")},
        {"backstage.io/kubernetes-id", QT_TRANSLATE_NOOP("EntityController", "Kubernetes id")},
        {"backstage.io/kubernetes-label-selector", QT_TRANSLATE_NOOP("EntityController", "Kubernetes selector")},
        {"backstage.io/kubernetes-namespace", QT_TRANSLATE_NOOP("EntityController", "Kubernetes namespace")},
    };
    const QJsonObject all = section(m_data, "metadata").value(u"annotations").toObject();
    QVariantList out;
    QStringList seen;
    for (const Known &k : known) {
        const QString key = QLatin1String(k.key);
        const QString value = all.value(key).toString();
        if (value.isEmpty())
            continue;
        seen << key;
        QString url;
        if (key == u"github.com/project-slug")
            url = QStringLiteral("https://github.com/") + value;
        else if (key == u"backstage.io/source-location" && value.startsWith(QLatin1String("url:")))
            url = value.mid(4);
        out << QVariantMap{{QStringLiteral("label"), tr(k.label)},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("value"), url.isEmpty() || key == u"github.com/project-slug" ? value : url},
                           {QStringLiteral("url"), url}};
    }
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (seen.contains(it.key()))
            continue;
        out << QVariantMap{{QStringLiteral("label"), it.key()},
                           {QStringLiteral("key"), it.key()},
                           {QStringLiteral("value"), it.value().toString()},
                           {QStringLiteral("url"), QString()}};
    }
    return out;
}

bool EntityController::hasTechDocs() const
{
    // As Backstage's About card and entity tab: its own docs, or another entity's (backstage.io/techdocs-entity).
    return !annotation(m_data, "backstage.io/techdocs-ref").isEmpty() || !annotation(m_data, "backstage.io/techdocs-entity").isEmpty();
}

bool EntityController::hasKubernetes() const
{
    return !annotation(m_data, "backstage.io/kubernetes-id").isEmpty()
        || !annotation(m_data, "backstage.io/kubernetes-label-selector").isEmpty();
}

QString EntityController::definition() const
{
    return isApi() ? section(m_data, "spec").value(u"definition").toString() : QString();
}

QString EntityController::definitionLanguage() const
{
    const QString type = m_facts.value(QStringLiteral("type")).toString().toLower();
    if (type == u"graphql")
        return QStringLiteral("schema.graphql");
    if (type == u"grpc")
        return QStringLiteral("definition.proto");
    // OpenAPI and AsyncAPI documents come as YAML or JSON.
    return definition().trimmed().startsWith(u'{') ? QStringLiteral("definition.json")
                                                   : QStringLiteral("definition.yaml");
}

QString EntityController::documentAt(const QString &text, int line)
{
    const QStringList lines = text.split(u'\n');
    int first = qBound(0, line - 1, int(lines.size()));
    if (first < lines.size() && lines.at(first).startsWith(QLatin1String("---")))
        ++first;
    QStringList out;
    for (int i = first; i < lines.size(); ++i) {
        const QString &current = lines.at(i);
        if (current.startsWith(QLatin1String("---")) || current == u"...")
            break;
        out << current;
    }
    while (!out.isEmpty() && out.constLast().trimmed().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

QString EntityController::relationLabel(const QString &type)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("ownedBy"), QT_TRANSLATE_NOOP("EntityController", "Owned by")},
        {QStringLiteral("ownerOf"), QT_TRANSLATE_NOOP("EntityController", "Owner of")},
        {QStringLiteral("dependsOn"), QT_TRANSLATE_NOOP("EntityController", "Depends on")},
        {QStringLiteral("dependencyOf"), QT_TRANSLATE_NOOP("EntityController", "Dependency of")},
        {QStringLiteral("providesApi"), QT_TRANSLATE_NOOP("EntityController", "Provides API")},
        {QStringLiteral("apiProvidedBy"), QT_TRANSLATE_NOOP("EntityController", "API provided by")},
        {QStringLiteral("consumesApi"), QT_TRANSLATE_NOOP("EntityController", "Consumes API")},
        {QStringLiteral("apiConsumedBy"), QT_TRANSLATE_NOOP("EntityController", "API consumed by")},
        {QStringLiteral("partOf"), QT_TRANSLATE_NOOP("EntityController", "Part of")},
        {QStringLiteral("hasPart"), QT_TRANSLATE_NOOP("EntityController", "Has part")},
        {QStringLiteral("parentOf"), QT_TRANSLATE_NOOP("EntityController", "Parent of")},
        {QStringLiteral("childOf"), QT_TRANSLATE_NOOP("EntityController", "Child of")},
        {QStringLiteral("memberOf"), QT_TRANSLATE_NOOP("EntityController", "Member of")},
        {QStringLiteral("hasMember"), QT_TRANSLATE_NOOP("EntityController", "Has member")},
    };
    const auto it = labels.constFind(type);
    return it == labels.constEnd() ? type : tr(it.value());
}

QVariantMap EntityController::brief(const QString &ref, const QString &via) const
{
    QVariantMap out{{QStringLiteral("ref"), ref}, {QStringLiteral("kind"), views::refKind(ref)},
                    {QStringLiteral("title"), views::shortRef(ref)}, {QStringLiteral("via"), via},
                    {QStringLiteral("exists"), false}};
    if (!m_store)
        return out;
    if (const auto row = m_store->entity(ref)) {
        const QJsonObject profile = section(row->data, "spec").value(u"profile").toObject();
        const QString displayName = profile.value(u"displayName").toString();
        out.insert(QStringLiteral("kind"), row->kind);
        out.insert(QStringLiteral("title"), displayName.isEmpty() ? row->displayName() : displayName);
        out.insert(QStringLiteral("description"), row->description);
        out.insert(QStringLiteral("type"), row->type);
        out.insert(QStringLiteral("email"), profile.value(u"email").toString());
        out.insert(QStringLiteral("exists"), true);
    }
    return out;
}
