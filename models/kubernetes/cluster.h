// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace k8s
{

/// A problem found while reading app-config or a kubeconfig, naming file, line and field.
struct ConfigDiagnostic {
    QString file;
    int line = 0; ///< 1-based; 0 when unknown
    QString field; ///< e.g. "kubernetes.clusterLocatorMethods[0].clusters[1].url", "users[dev].user.exec"
    QString message;

    /// "file:line: field: message"
    [[nodiscard]] QString toString() const;
};

/// `users[].user.exec` of a kubeconfig: a credential plugin printing an ExecCredential.
struct ExecConfig {
    QString apiVersion; ///< client.authentication.k8s.io/v1 or v1beta1
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString interactiveMode; ///< Never, IfAvailable or Always (v1 requires it; v1beta1 defaults to IfAvailable)
    bool provideClusterInfo = false;
    QString installHint;

    [[nodiscard]] bool isSet() const { return !command.isEmpty(); }
};

/// How Portolan authenticates to one cluster. Everything is read-only: we only GET.
struct AuthInfo {
    QString token; ///< bearer token (serviceAccountToken, user.token or from tokenFile)
    QString tokenFile; ///< re-read at each fetch, as client-go does for rotated tokens
    QByteArray clientCertPem; ///< client-certificate-data, or client-certificate read from file
    QByteArray clientKeyPem;
    QString username;
    QString password;
    ExecConfig exec;
    QString unsupportedProvider; ///< e.g. "google", "aws": known to Backstage, not implemented here
};

/// One cluster Portolan may query: a `config` cluster of app-config or one kubeconfig context.
struct Cluster {
    enum class Source { AppConfig, Kubeconfig, Fixture };

    QString name; ///< app-config name or kubeconfig context name; unique within a ClusterSet
    QString title; ///< shown to people; defaults to name
    QString url; ///< API server, e.g. https://10.0.0.1:6443
    Source source = Source::AppConfig;
    QString origin; ///< the file it came from

    QByteArray caPem; ///< trusted CA(s); empty = the system store
    bool skipTlsVerify = false;
    QString tlsServerName; ///< name checked against the server certificate instead of the URL host
    QString proxyUrl;
    AuthInfo auth;
    QString defaultNamespace; ///< kubeconfig context namespace (informational: Backstage queries cluster-wide)
    QString dashboardUrl;
    QString dashboardApp;

    [[nodiscard]] static QString sourceName(Source source);
};

/// Reads a PEM bundle either inline (base64, as in caData / *-data fields) or from a file.
/// Returns nullopt and fills @p error when it cannot.
[[nodiscard]] std::optional<QByteArray> decodeBase64Pem(const QString &base64, QString *error);
[[nodiscard]] std::optional<QByteArray> readPemFile(const QString &path, QString *error);

} // namespace k8s
