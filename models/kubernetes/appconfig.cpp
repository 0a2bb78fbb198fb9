// SPDX-License-Identifier: Apache-2.0
// ClusterSet::fromAppConfig: the `config` cluster locator of Backstage's kubernetes plugin.
#include "kubernetes/clusterset.h"
#include "kubernetes/yamlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace k8s
{

std::optional<QString> substituteEnv(const QString &value, const QProcessEnvironment &env, QString *missing)
{
    static const QRegularExpression reference(QStringLiteral(R"(\$?\$\{([^{}]*)\})"));
    QString out;
    qsizetype last = 0;
    bool undefined = false;
    auto it = reference.globalMatch(value);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(value).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        if (match.captured().startsWith(u"$$")) { // escaped: keep one literal `${...}`
            out += match.captured().mid(1);
            continue;
        }
        const QString name = match.captured(1).trimmed();
        if (!env.contains(name)) {
            undefined = true;
            if (missing)
                *missing = name;
            continue;
        }
        out += env.value(name);
    }
    if (undefined)
        return std::nullopt;
    out += QStringView(value).mid(last);
    return out;
}

namespace
{

struct AppConfigReader {
    QString file;
    const QProcessEnvironment &env;
    ClusterSet *set;
    QList<ConfigDiagnostic> *diagnostics;

    void report(const YAML::Node &node, const QString &field, const QString &message)
    {
        diagnostics->append({ file, yaml::lineOf(node), field, message });
    }

    // A string field after ${VAR} substitution; an unset variable makes the field absent, as in Backstage.
    std::optional<QString> field(const YAML::Node &map, const char *key, const QString &path)
    {
        auto raw = yaml::scalar(map, key);
        if (!raw)
            return std::nullopt;
        QString missing;
        auto value = substituteEnv(*raw, env, &missing);
        if (!value)
            report(yaml::child(map, key), path + u'.' + QLatin1String(key),
                u"environment variable " + missing + u" is not set; the value is ignored");
        return value;
    }

    void readCluster(const YAML::Node &node, const QString &path, QList<Cluster> *out)
    {
        Cluster cluster;
        cluster.source = Cluster::Source::AppConfig;
        cluster.origin = file;
        cluster.name = field(node, "name", path).value_or(QString());
        cluster.url = field(node, "url", path).value_or(QString());
        if (cluster.name.isEmpty()) {
            report(node, path + u".name", QStringLiteral("a cluster needs a name"));
            return;
        }
        if (cluster.url.isEmpty()) {
            report(node, path + u".url", u"cluster " + cluster.name + u" needs a url");
            return;
        }
        cluster.title = field(node, "title", path).value_or(cluster.name);
        QString provider = field(node, "authProvider", path).value_or(QString());
        if (provider.isEmpty() && yaml::child(node, "authMetadata").IsMap())
            provider
                = yaml::scalar(yaml::child(node, "authMetadata"), "kubernetes.io/auth-provider").value_or(QString());
        if (provider.isEmpty()) {
            report(node, path + u".authProvider", u"cluster " + cluster.name + u" needs an authProvider");
            return;
        }
        if (provider == u"serviceAccount")
            cluster.auth.token = field(node, "serviceAccountToken", path).value_or(QString());
        else
            cluster.auth.unsupportedProvider = provider;
        if (auto skip = field(node, "skipTLSVerify", path)) {
            auto flag = yaml::toBool(*skip);
            if (!flag)
                report(yaml::child(node, "skipTLSVerify"), path + u".skipTLSVerify",
                    u"expected true or false, got " + *skip);
            cluster.skipTlsVerify = flag.value_or(false);
        }
        QString error;
        if (auto caData = field(node, "caData", path)) {
            if (auto pem = decodeBase64Pem(*caData, &error))
                cluster.caPem = *pem;
            else
                report(yaml::child(node, "caData"), path + u".caData", error);
        } else if (auto caFile = field(node, "caFile", path)) {
            const QString resolved
                = QFileInfo(*caFile).isAbsolute() ? *caFile : QFileInfo(file).absoluteDir().filePath(*caFile);
            if (auto pem = readPemFile(resolved, &error))
                cluster.caPem = *pem;
            else
                report(yaml::child(node, "caFile"), path + u".caFile", error);
        }
        cluster.dashboardUrl = field(node, "dashboardUrl", path).value_or(QString());
        cluster.dashboardApp = field(node, "dashboardApp", path).value_or(QString());
        for (const auto &other : std::as_const(*out)) {
            if (other.name == cluster.name) {
                // Backstage refuses to start on a duplicate name; we keep the first and say why.
                report(yaml::child(node, "name"), path + u".name",
                    u"duplicate cluster name " + cluster.name + u"; ignored");
                return;
            }
        }
        out->append(cluster);
    }
};

} // namespace

ClusterSet ClusterSet::fromAppConfig(const QStringList &files, const QProcessEnvironment &env)
{
    ClusterSet set;
    YAML::Node methods;
    QString methodsFile;
    for (const QString &file : files) {
        try {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            const YAML::Node kubernetes = root.IsMap() ? yaml::child(root, "kubernetes") : YAML::Node();
            if (kubernetes.IsMap() && yaml::child(kubernetes, "clusterLocatorMethods").IsDefined()) {
                methods = yaml::child(kubernetes, "clusterLocatorMethods");
                methodsFile = file;
            }
        } catch (const YAML::BadFile &) {
            set.m_diagnostics.append({ file, 0, {}, QStringLiteral("cannot read the file") });
        } catch (const YAML::Exception &e) {
            set.m_diagnostics.append({ file, e.mark.line + 1, {}, u"invalid YAML: " + QString::fromStdString(e.msg) });
        }
    }
    if (!methods.IsDefined())
        return set;
    AppConfigReader reader { methodsFile, env, &set, &set.m_diagnostics };
    const QString base = QStringLiteral("kubernetes.clusterLocatorMethods");
    if (!methods.IsSequence()) {
        reader.report(methods, base, QStringLiteral("expected a list of locator methods"));
        return set;
    }
    for (std::size_t i = 0; i < methods.size(); ++i) {
        const YAML::Node method = methods[i];
        const QString path = base + u'[' + QString::number(i) + u']';
        const QString type = yaml::scalar(method, "type").value_or(QString());
        if (type != u"config") {
            reader.report(method, path + u".type",
                u"cluster locator type '" + type + u"' is not supported by Portolan (only 'config')");
            continue;
        }
        const YAML::Node clusters = yaml::child(method, "clusters");
        if (!clusters.IsSequence()) {
            reader.report(method, path + u".clusters", QStringLiteral("expected a list of clusters"));
            continue;
        }
        for (std::size_t c = 0; c < clusters.size(); ++c)
            reader.readCluster(clusters[c], path + u".clusters[" + QString::number(c) + u']', &set.m_clusters);
    }
    return set;
}

} // namespace k8s
