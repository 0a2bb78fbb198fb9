// SPDX-License-Identifier: Apache-2.0
// ClusterSet::fromKubeconfig: kubectl's merge of KUBECONFIG files, one Cluster per context.
#include "kubernetes/clusterset.h"
#include "kubernetes/yamlutil.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace k8s
{

namespace
{

struct Named {
    YAML::Node node; ///< the inner `cluster:` / `user:` / `context:` map
    QString file;
    int line = 0;
};

// Relative paths in a kubeconfig are relative to the file that holds them (client-go ResolvePaths).
QString resolvePath(const QString &path, const QString &file)
{
    if (path.isEmpty() || QFileInfo(path).isAbsolute())
        return path;
    if (path.startsWith(u"~/"))
        return QDir::homePath() + path.mid(1);
    return QDir::cleanPath(QFileInfo(file).absoluteDir().filePath(path));
}

// First definition of a name wins across files, as kubectl's merge does.
void collect(const YAML::Node &root, const char *listKey, const char *innerKey, const QString &file,
    QHash<QString, Named> *into, QStringList *order)
{
    const YAML::Node list = yaml::child(root, listKey);
    if (!list.IsSequence())
        return;
    for (const auto &entry : list) {
        const QString name = yaml::scalar(entry, "name").value_or(QString());
        if (name.isEmpty() || into->contains(name))
            continue;
        into->insert(name, { yaml::child(entry, innerKey), file, yaml::lineOf(entry) });
        if (order)
            order->append(name);
    }
}

class UserReader
{
public:
    UserReader(const Named &user, QList<ConfigDiagnostic> *diagnostics, const QString &name)
        : m_user(user), m_diagnostics(diagnostics), m_field(u"users[" + name + u"].user")
    {
    }

    AuthInfo read()
    {
        AuthInfo auth;
        const YAML::Node &u = m_user.node;
        auth.token = yaml::scalar(u, "token").value_or(QString());
        auth.tokenFile = resolvePath(yaml::scalar(u, "tokenFile").value_or(QString()), m_user.file);
        auth.username = yaml::scalar(u, "username").value_or(QString());
        auth.password = yaml::scalar(u, "password").value_or(QString());
        auth.clientCertPem = pem(u, "client-certificate-data", "client-certificate");
        auth.clientKeyPem = pem(u, "client-key-data", "client-key");
        if (auth.clientCertPem.isEmpty() != auth.clientKeyPem.isEmpty())
            report(u, QString(), QStringLiteral("a client certificate needs both a certificate and a key"));
        if (u.IsMap() && yaml::child(u, "auth-provider").IsMap())
            auth.unsupportedProvider
                = yaml::scalar(yaml::child(u, "auth-provider"), "name").value_or(QStringLiteral("unknown"));
        if (u.IsMap() && yaml::child(u, "exec").IsMap())
            auth.exec = exec(yaml::child(u, "exec"));
        return auth;
    }

private:
    void report(const YAML::Node &node, const QString &sub, const QString &message)
    {
        const int line = yaml::lineOf(node);
        m_diagnostics->append({ m_user.file, line ? line : m_user.line, m_field + sub, message });
    }

    QByteArray pem(const YAML::Node &u, const char *dataKey, const char *fileKey)
    {
        QString error;
        if (auto data = yaml::scalar(u, dataKey)) {
            if (auto decoded = decodeBase64Pem(*data, &error))
                return *decoded;
            report(u[dataKey], u'.' + QLatin1String(dataKey), error);
        } else if (auto path = yaml::scalar(u, fileKey)) {
            if (auto read = readPemFile(resolvePath(*path, m_user.file), &error))
                return *read;
            report(u[fileKey], u'.' + QLatin1String(fileKey), error);
        }
        return {};
    }

    ExecConfig exec(const YAML::Node &e)
    {
        ExecConfig config;
        config.apiVersion = yaml::scalar(e, "apiVersion").value_or(QString());
        config.command = yaml::scalar(e, "command").value_or(QString());
        if (config.command.contains(u'/')) // a bare name is looked up in PATH, a path is file-relative
            config.command = resolvePath(config.command, m_user.file);
        for (const auto &arg : yaml::child(e, "args"))
            config.args.append(QString::fromStdString(arg.as<std::string>("")));
        for (const auto &var : yaml::child(e, "env"))
            config.env.append(
                { yaml::scalar(var, "name").value_or(QString()), yaml::scalar(var, "value").value_or(QString()) });
        config.interactiveMode = yaml::scalar(e, "interactiveMode").value_or(QString());
        config.provideClusterInfo
            = yaml::toBool(yaml::scalar(e, "provideClusterInfo").value_or(QString())).value_or(false);
        config.installHint = yaml::scalar(e, "installHint").value_or(QString());
        const bool v1 = config.apiVersion == u"client.authentication.k8s.io/v1";
        if (!v1 && config.apiVersion != u"client.authentication.k8s.io/v1beta1")
            report(yaml::child(e, "apiVersion"), QStringLiteral(".exec.apiVersion"),
                u"unsupported exec plugin apiVersion '" + config.apiVersion
                    + u"' (use client.authentication.k8s.io/v1 or v1beta1)");
        if (config.command.isEmpty())
            report(e, QStringLiteral(".exec.command"), QStringLiteral("an exec plugin needs a command"));
        if (config.interactiveMode.isEmpty()) {
            if (v1)
                report(e, QStringLiteral(".exec.interactiveMode"),
                    QStringLiteral("client.authentication.k8s.io/v1 requires interactiveMode"));
            config.interactiveMode = QStringLiteral("IfAvailable");
        }
        return config;
    }

    const Named &m_user;
    QList<ConfigDiagnostic> *m_diagnostics;
    QString m_field;
};

} // namespace

QStringList ClusterSet::kubeconfigFiles(const QProcessEnvironment &env, const QString &homeDir)
{
    if (env.contains(QStringLiteral("KUBECONFIG"))) {
        QStringList files;
        for (const QString &f : env.value(QStringLiteral("KUBECONFIG")).split(u':', Qt::SkipEmptyParts)) {
            if (!files.contains(f)) // kubectl de-duplicates the list
                files.append(f);
        }
        return files;
    }
    return { QDir(homeDir).filePath(QStringLiteral(".kube/config")) };
}

ClusterSet ClusterSet::fromKubeconfig(const QStringList &files)
{
    ClusterSet set;
    QHash<QString, Named> clusters, users, contexts;
    QStringList contextOrder;
    for (const QString &file : files) {
        if (!QFileInfo::exists(file))
            continue; // kubectl ignores missing files named in KUBECONFIG
        try {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            if (root.IsNull())
                continue; // an empty kubeconfig is valid
            if (!root.IsMap()) {
                set.m_diagnostics.append({ file, 1, {}, QStringLiteral("a kubeconfig must be a YAML map") });
                continue;
            }
            collect(root, "clusters", "cluster", file, &clusters, nullptr);
            collect(root, "users", "user", file, &users, nullptr);
            collect(root, "contexts", "context", file, &contexts, &contextOrder);
            if (set.m_currentContext.isEmpty())
                set.m_currentContext = yaml::scalar(root, "current-context").value_or(QString());
        } catch (const YAML::Exception &e) {
            set.m_diagnostics.append({ file, e.mark.line + 1, {}, u"invalid YAML: " + QString::fromStdString(e.msg) });
        }
    }
    for (const QString &name : std::as_const(contextOrder)) {
        const Named &ctx = contexts[name];
        const QString clusterName = yaml::scalar(ctx.node, "cluster").value_or(QString());
        const QString userName = yaml::scalar(ctx.node, "user").value_or(QString());
        const QString field = u"contexts[" + name + u"].context";
        if (!clusters.contains(clusterName)) {
            const int line = yaml::lineOf(yaml::child(ctx.node, "cluster"));
            set.m_diagnostics.append({ ctx.file, line ? line : ctx.line, field + u".cluster",
                u"context " + name + u" names cluster '" + clusterName + u"', which no kubeconfig defines" });
            continue;
        }
        const Named &c = clusters[clusterName];
        Cluster cluster;
        cluster.name = name;
        cluster.title = name;
        cluster.source = Cluster::Source::Kubeconfig;
        cluster.origin = ctx.file;
        cluster.url = yaml::scalar(c.node, "server").value_or(QString());
        cluster.skipTlsVerify
            = yaml::toBool(yaml::scalar(c.node, "insecure-skip-tls-verify").value_or(QString())).value_or(false);
        cluster.tlsServerName = yaml::scalar(c.node, "tls-server-name").value_or(QString());
        cluster.proxyUrl = yaml::scalar(c.node, "proxy-url").value_or(QString());
        cluster.defaultNamespace = yaml::scalar(ctx.node, "namespace").value_or(QString());
        QString error;
        const QString cfield = u"clusters[" + clusterName + u"].cluster";
        if (auto data = yaml::scalar(c.node, "certificate-authority-data")) {
            if (auto pem = decodeBase64Pem(*data, &error))
                cluster.caPem = *pem;
            else
                set.m_diagnostics.append({ c.file, yaml::lineOf(yaml::child(c.node, "certificate-authority-data")),
                    cfield + u".certificate-authority-data", error });
        } else if (auto path = yaml::scalar(c.node, "certificate-authority")) {
            if (auto pem = readPemFile(resolvePath(*path, c.file), &error))
                cluster.caPem = *pem;
            else
                set.m_diagnostics.append({ c.file, yaml::lineOf(yaml::child(c.node, "certificate-authority")),
                    cfield + u".certificate-authority", error });
        }
        if (cluster.url.isEmpty()) {
            set.m_diagnostics.append(
                { c.file, c.line, cfield + u".server", u"cluster " + clusterName + u" has no server" });
            continue;
        }
        if (!userName.isEmpty()) {
            if (!users.contains(userName)) {
                const int line = yaml::lineOf(yaml::child(ctx.node, "user"));
                set.m_diagnostics.append({ ctx.file, line ? line : ctx.line, field + u".user",
                    u"context " + name + u" names user '" + userName + u"', which no kubeconfig defines" });
                continue;
            }
            cluster.auth = UserReader(users[userName], &set.m_diagnostics, userName).read();
        }
        set.m_clusters.append(cluster);
    }
    return set;
}

ClusterSet ClusterSet::load(const QStringList &appConfigFiles, const QProcessEnvironment &env, const QString &homeDir)
{
    ClusterSet set = fromAppConfig(appConfigFiles, env);
    set.merge(fromKubeconfig(kubeconfigFiles(env, homeDir)));
    return set;
}

void ClusterSet::merge(const ClusterSet &other)
{
    m_diagnostics.append(other.m_diagnostics);
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
    for (const Cluster &cluster : other.m_clusters) {
        if (find(cluster.name)) {
            m_diagnostics.append({ cluster.origin, 0, {},
                u"cluster " + cluster.name + u" is already defined (first definition wins); ignored" });
            continue;
        }
        m_clusters.append(cluster);
    }
}

std::optional<Cluster> ClusterSet::find(const QString &name) const
{
    for (const Cluster &cluster : m_clusters) {
        if (cluster.name == name)
            return cluster;
    }
    return std::nullopt;
}

} // namespace k8s
