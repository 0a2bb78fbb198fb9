// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kubernetes/cluster.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace k8s
{

/// What an exec credential plugin handed back (ExecCredential `status`).
struct Credential {
    QString token;
    QByteArray clientCertPem;
    QByteArray clientKeyPem;
    QDateTime expiry; ///< invalid = valid until the server says otherwise (kubectl keeps it for the process)
};

/// Credentials by plugin invocation, kept until their expirationTimestamp. The app keeps one for its
/// lifetime so plugins (often slow, sometimes opening a browser) don't run at every refresh.
class ExecCredentialCache
{
public:
    using Clock = std::function<QDateTime()>;
    explicit ExecCredentialCache(Clock now = {});

    [[nodiscard]] std::optional<Credential> find(const ExecConfig &config) const;
    void insert(const ExecConfig &config, const Credential &credential);
    void remove(const ExecConfig &config);
    [[nodiscard]] int pluginRuns() const { return m_runs; }
    void countRun() { ++m_runs; }

    [[nodiscard]] static QString key(const ExecConfig &config);

private:
    Clock m_now;
    QHash<QString, Credential> m_entries;
    int m_runs = 0;
};

/// Parses a plugin's stdout. Checks kind and that apiVersion is the one the kubeconfig asked for.
[[nodiscard]] std::optional<Credential> parseExecCredential(
    const QByteArray &json, const QString &expectedApiVersion, QString *error);

/// Runs one exec plugin without blocking: no terminal is available, so `interactiveMode: Always` fails with
/// advice instead of hanging. @p done is called exactly once, in @p context's thread.
void runExecPlugin(const ExecConfig &config, const Cluster &cluster, int timeoutMs, QObject *context,
    std::function<void(std::optional<Credential>, QString error)> done);

} // namespace k8s
