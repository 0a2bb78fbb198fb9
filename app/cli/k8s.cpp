// SPDX-License-Identifier: Apache-2.0
#include "cli/k8s.h"

#include "kubernetes/clusterset.h"
#include "kubernetes/fixtureserver.h"
#include "kubernetes/labelselector.h"
#include "kubernetes/workloadfetcher.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <yaml-cpp/yaml.h>

namespace cli
{

namespace
{

const QString usage = QStringLiteral(
    "usage: portolan k8s status REF [--json] [--entity-file catalog-info.yaml] [--app-config FILE]...\n"
    "                               [--kubeconfig FILE] [--fixture recorded.json] [--timeout SECONDS] [--offline]\n");

struct Options {
    QString ref;
    bool json = false;
    bool offline = false;
    QString entityFile;
    QStringList appConfigs;
    QString kubeconfig;
    QString fixture;
    int timeoutSecs = 15;
};

struct Ref {
    QString kind, nameSpace, name;
};

Ref parseRef(const QString &text)
{
    Ref ref;
    QString rest = text;
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        ref.kind = rest.left(colon);
        rest = rest.mid(colon + 1);
    }
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        ref.nameSpace = rest.left(slash);
        rest = rest.mid(slash + 1);
    }
    ref.name = rest;
    return ref;
}

QJsonValue toJson(const YAML::Node &node)
{
    if (node.IsMap()) {
        QJsonObject o;
        for (const auto &kv : node)
            o.insert(QString::fromStdString(kv.first.as<std::string>()), toJson(kv.second));
        return o;
    }
    if (node.IsSequence()) {
        QJsonArray a;
        for (const auto &item : node)
            a.append(toJson(item));
        return a;
    }
    return node.IsScalar() ? QJsonValue(QString::fromStdString(node.Scalar())) : QJsonValue();
}

// The metadata of the entity in a catalog-info.yaml that REF names (or the only entity, without REF).
std::optional<QJsonObject> metadataFromFile(const QString &file, const QString &refText, QString *error)
{
    std::vector<YAML::Node> docs;
    try {
        docs = YAML::LoadAllFromFile(file.toStdString());
    } catch (const YAML::BadFile &) {
        *error = file + u": cannot read the file";
        return std::nullopt;
    } catch (const YAML::Exception &e) {
        *error = file + u':' + QString::number(e.mark.line + 1) + u": invalid YAML: " + QString::fromStdString(e.msg);
        return std::nullopt;
    }
    const Ref ref = parseRef(refText);
    QList<QJsonObject> candidates;
    for (const auto &doc : docs) {
        const QJsonObject entity = toJson(doc).toObject();
        const QJsonObject meta = entity.value(u"metadata").toObject();
        if (meta.value(u"name").toString().isEmpty())
            continue;
        const bool match = refText.isEmpty()
            || (meta.value(u"name").toString().compare(ref.name, Qt::CaseInsensitive) == 0
                && (ref.kind.isEmpty() || entity.value(u"kind").toString().compare(ref.kind, Qt::CaseInsensitive) == 0)
                && (ref.nameSpace.isEmpty()
                    || meta.value(u"namespace")
                            .toString(QStringLiteral("default"))
                            .compare(ref.nameSpace, Qt::CaseInsensitive)
                        == 0));
        if (match)
            candidates.append(meta);
    }
    if (candidates.size() == 1)
        return candidates.first();
    *error = candidates.isEmpty()
        ? QString(file + u": no entity matches '" + refText + u'\'')
        : QString(file + u": " + QString::number(candidates.size()) + u" entities; name one with REF");
    return std::nullopt;
}

std::optional<Options> parseArgs(const QStringList &args, QString *error)
{
    if (args.value(0) != u"status") {
        *error
            = args.isEmpty() ? QStringLiteral("missing subcommand") : u"unknown subcommand '" + args.value(0) + u'\'';
        return std::nullopt;
    }
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString *into) {
            if (i + 1 >= args.size()) {
                *error = a + u" needs a value";
                return false;
            }
            *into = args[++i];
            return true;
        };
        QString v;
        if (a == u"--json") {
            o.json = true;
        } else if (a == u"--offline") {
            o.offline = true;
        } else if (a == u"--entity-file") {
            if (!value(&o.entityFile))
                return std::nullopt;
        } else if (a == u"--app-config") {
            if (!value(&v))
                return std::nullopt;
            o.appConfigs.append(v);
        } else if (a == u"--kubeconfig") {
            if (!value(&o.kubeconfig))
                return std::nullopt;
        } else if (a == u"--fixture") {
            if (!value(&o.fixture))
                return std::nullopt;
        } else if (a == u"--timeout") {
            bool ok = false;
            if (!value(&v) || (o.timeoutSecs = v.toInt(&ok), !ok || o.timeoutSecs <= 0)) {
                *error = QStringLiteral("--timeout needs a positive number of seconds");
                return std::nullopt;
            }
        } else if (a.startsWith(u"--")) {
            *error = u"unknown option " + a;
            return std::nullopt;
        } else if (o.ref.isEmpty()) {
            o.ref = a;
        } else {
            *error = u"unexpected argument '" + a + u'\'';
            return std::nullopt;
        }
    }
    if (o.ref.isEmpty() && o.entityFile.isEmpty()) {
        *error = QStringLiteral("missing REF");
        return std::nullopt;
    }
    if (o.appConfigs.isEmpty()) // like `backstage-cli`: the config files of the current folder
        for (const QString &name : { QStringLiteral("app-config.yaml"), QStringLiteral("app-config.local.yaml") })
            if (QFileInfo::exists(name))
                o.appConfigs.append(name);
    return o;
}

QJsonObject summaryJson(const k8s::ClusterState &c)
{
    QJsonObject counts;
    for (auto it = c.resources.cbegin(); it != c.resources.cend(); ++it)
        counts.insert(it.key(), it.value().size());
    k8s::ComponentState one;
    one.clusters = { c };
    const QJsonObject full = one.toJson().value(u"clusters").toArray().first().toObject();
    return { { QStringLiteral("name"), c.name }, { QStringLiteral("title"), c.title },
        { QStringLiteral("source"), c.source }, { QStringLiteral("reachable"), c.reachable() },
        { QStringLiteral("fromCache"), c.fromCache }, { QStringLiteral("fetchedAt"), full.value(u"fetchedAt") },
        { QStringLiteral("counts"), counts }, { QStringLiteral("errors"), full.value(u"errors") },
        { QStringLiteral("detectedErrors"), full.value(u"detectedErrors") } };
}

void printText(QTextStream &out, const k8s::ComponentState &state)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out << state.target.name << QStringLiteral("  (") << state.target.labelSelector
        << (state.target.nameSpace.isEmpty() ? QString() : u", namespace " + state.target.nameSpace)
        << QStringLiteral(")\n");
    for (const auto &c : state.clusters) {
        out << QStringLiteral("cluster ") << c.title << QStringLiteral(" [") << c.source << QStringLiteral("]: ");
        if (!c.reachable() && !c.fromCache) {
            out << QStringLiteral("not read: ") << c.errors.first().message << QChar(u'\n');
            continue;
        }
        out << c.objects(QStringLiteral("pods")).size() << QStringLiteral(" pods, ") << c.detectedErrors.size()
            << QStringLiteral(" errors");
        if (c.fromCache)
            out << QStringLiteral(" (cached, as of ") << k8s::ageText(c.fetchedAt, now)
                << (c.errors.isEmpty() ? QString() : u"; now: " + c.errors.first().message) << QChar(u')');
        out << QChar(u'\n');
        for (const auto &group : k8s::ComponentState::workloads(c)) {
            const QJsonObject status = group.object.value(u"status").toObject();
            out << QStringLiteral("  ") << (group.kind.isEmpty() ? QStringLiteral("Pods") : group.kind) << QChar(u' ')
                << group.object.value(u"metadata").toObject().value(u"name").toString();
            if (group.kind == u"Deployment" || group.kind == u"StatefulSet")
                out << QStringLiteral("  ") << status.value(u"readyReplicas").toInt() << QChar(u'/')
                    << group.object.value(u"spec").toObject().value(u"replicas").toInt() << QStringLiteral(" ready");
            out << QStringLiteral("  pods ") << group.pods.size();
            if (!group.hpa.isEmpty()) {
                const QJsonObject spec = group.hpa.value(u"spec").toObject();
                out << QStringLiteral("  HPA ") << spec.value(u"minReplicas").toInt(1) << QStringLiteral("..")
                    << spec.value(u"maxReplicas").toInt();
            }
            out << QChar(u'\n');
        }
        for (const auto &e : c.errors)
            if (!e.fatal)
                out << QStringLiteral("  warning  ") << e.resourcePath << QStringLiteral(": ") << e.message
                    << QChar(u'\n');
        for (const auto &e : c.detectedErrors)
            out << QStringLiteral("  error  ") << e.sourceRef.kind << QChar(u' ') << e.sourceRef.name
                << QStringLiteral(": ") << e.message << QStringLiteral("  [") << e.type
                << (e.portolanAddition ? QStringLiteral(", Portolan check") : QString()) << QStringLiteral("]\n");
    }
}

} // namespace

int runK8s(const QStringList &args, const K8sHooks &hooks)
{
    QTextStream stdOut(stdout), stdErr(stderr);
    QTextStream &out = hooks.out ? *hooks.out : stdOut;
    QTextStream &err = hooks.err ? *hooks.err : stdErr;
    QString error;
    const auto options = parseArgs(args, &error);
    if (!options) {
        err << QStringLiteral("portolan k8s: ") << error << QChar(u'\n') << usage;
        return 2;
    }
    std::optional<QJsonObject> metadata;
    if (!options->entityFile.isEmpty())
        metadata = metadataFromFile(options->entityFile, options->ref, &error);
    else if (hooks.findComponent)
        metadata = hooks.findComponent(options->ref);
    else
        error = QStringLiteral("no catalog to look the component up in; pass --entity-file catalog-info.yaml");
    if (!metadata) {
        err << QStringLiteral("portolan k8s: ")
            << (error.isEmpty() ? QString(u"no component '" + options->ref + u"' in the catalog") : error)
            << QChar(u'\n');
        return 2;
    }
    const k8s::ComponentTarget target = k8s::ComponentTarget::fromMetadata(*metadata);
    if (!k8s::LabelSelector::parse(target.labelSelector, &error)) {
        err << QStringLiteral("portolan k8s: annotation backstage.io/kubernetes-label-selector: ") << error
            << QChar(u'\n');
        return 2;
    }
    const QString ref = options->ref.isEmpty() ? target.name : options->ref;
    std::optional<k8s::ComponentState> cached = hooks.loadCache ? hooks.loadCache(ref) : std::nullopt;

    k8s::ComponentState state;
    if (options->offline) {
        if (!cached) {
            err << QStringLiteral("portolan k8s: nothing cached for ") << ref << QChar(u'\n');
            return 2;
        }
        state = *cached;
        for (auto &c : state.clusters)
            c.fromCache = true;
    } else {
        QProcessEnvironment env = hooks.environment;
        if (!options->kubeconfig.isEmpty())
            env.insert(QStringLiteral("KUBECONFIG"), options->kubeconfig);
        k8s::ClusterSet set;
        // --fixture: a loopback API server serving a recorded cluster stands in for every real cluster.
        k8s::FixtureServer fixture;
        if (!options->fixture.isEmpty()) {
            if (!fixture.loadFixture(options->fixture, &error) || !fixture.listenLoopback()) {
                err << QStringLiteral("portolan k8s: ") << (error.isEmpty() ? fixture.errorString() : error)
                    << QChar(u'\n');
                return 2;
            }
            const QString name = target.cluster.isEmpty() ? QStringLiteral("recorded") : target.cluster;
            set.addCluster(
                fixture.cluster(name, name + u" (recorded: " + QFileInfo(options->fixture).fileName() + u')'));
        } else {
            set = k8s::ClusterSet::load(
                options->appConfigs, env, hooks.homeDir.isEmpty() ? QDir::homePath() : hooks.homeDir);
            for (const auto &d : set.diagnostics())
                err << QStringLiteral("warning: ") << d.toString() << QChar(u'\n');
        }
        const auto clusters = k8s::WorkloadFetcher::clustersFor(set, target, &error);
        if (!clusters || clusters->isEmpty()) {
            err << QStringLiteral("portolan k8s: ")
                << (clusters
                           ? QStringLiteral("no clusters: add kubernetes.clusterLocatorMethods to app-config.yaml or a "
                                            "context to your kubeconfig")
                           : error)
                << QChar(u'\n');
            return 2;
        }
        k8s::WorkloadFetcher fetcher;
        auto fetchOptions = fetcher.options();
        fetchOptions.timeoutMs = options->timeoutSecs * 1000;
        fetcher.setOptions(fetchOptions);
        QEventLoop loop;
        QObject::connect(&fetcher, &k8s::WorkloadFetcher::finished, &loop, &QEventLoop::quit);
        fetcher.fetch(*clusters, target);
        if (fetcher.isRunning())
            loop.exec();
        state = fetcher.state();
        if (cached)
            state = k8s::ComponentState::withCacheFallback(state, *cached);
        if (hooks.saveCache)
            hooks.saveCache(
                ref, k8s::ComponentState::updatedCache(cached.value_or(k8s::ComponentState {}), fetcher.state()));
    }

    if (options->json) {
        QJsonArray clusters;
        for (const auto &c : state.clusters)
            clusters.append(summaryJson(c));
        const QJsonObject json { { QStringLiteral("ref"), ref },
            { QStringLiteral("labelSelector"), target.labelSelector },
            { QStringLiteral("namespace"), target.nameSpace }, { QStringLiteral("errorCount"), state.errorCount() },
            { QStringLiteral("ok"), !state.hasProblems() }, { QStringLiteral("clusters"), clusters } };
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        printText(out, state);
    }
    out.flush();
    return state.hasProblems() ? 1 : 0;
}

int runK8s(const QStringList &args)
{
    return runK8s(args, K8sHooks {});
}

} // namespace cli
