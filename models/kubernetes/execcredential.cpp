// SPDX-License-Identifier: Apache-2.0
#include "kubernetes/execcredential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

namespace k8s
{

ExecCredentialCache::ExecCredentialCache(Clock now)
    : m_now(now ? std::move(now) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

QString ExecCredentialCache::key(const ExecConfig &config)
{
    QStringList parts { config.apiVersion, config.command };
    parts += config.args;
    for (const auto &[name, value] : config.env)
        parts << name + u'=' + value;
    return parts.join(QChar(0x1f));
}

std::optional<Credential> ExecCredentialCache::find(const ExecConfig &config) const
{
    const auto it = m_entries.constFind(key(config));
    if (it == m_entries.cend())
        return std::nullopt;
    // Like client-go, treat a credential as gone a little before it expires so a request doesn't race it.
    if (it->expiry.isValid() && it->expiry <= m_now().addSecs(10))
        return std::nullopt;
    return *it;
}

void ExecCredentialCache::insert(const ExecConfig &config, const Credential &credential)
{
    m_entries.insert(key(config), credential);
}

void ExecCredentialCache::remove(const ExecConfig &config)
{
    m_entries.remove(key(config));
}

std::optional<Credential> parseExecCredential(const QByteArray &json, const QString &expectedApiVersion, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!doc.isObject())
        return fail(u"the plugin did not print JSON: " + parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(u"kind").toString() != u"ExecCredential")
        return fail(u"the plugin printed kind '" + root.value(u"kind").toString() + u"', expected ExecCredential");
    if (root.value(u"apiVersion").toString() != expectedApiVersion)
        return fail(u"the plugin answered with apiVersion '" + root.value(u"apiVersion").toString()
            + u"' but the kubeconfig asks for '" + expectedApiVersion + u'\'');
    const QJsonObject status = root.value(u"status").toObject();
    Credential credential;
    credential.token = status.value(u"token").toString();
    credential.clientCertPem = status.value(u"clientCertificateData").toString().toUtf8();
    credential.clientKeyPem = status.value(u"clientKeyData").toString().toUtf8();
    if (credential.token.isEmpty() && (credential.clientCertPem.isEmpty() || credential.clientKeyPem.isEmpty()))
        return fail(QStringLiteral("the plugin's status has neither a token nor a client certificate and key"));
    const QString expiry = status.value(u"expirationTimestamp").toString();
    if (!expiry.isEmpty()) {
        credential.expiry = QDateTime::fromString(expiry, Qt::ISODate);
        if (!credential.expiry.isValid())
            return fail(u"expirationTimestamp '" + expiry + u"' is not an RFC 3339 time");
    }
    return credential;
}

void runExecPlugin(const ExecConfig &config, const Cluster &cluster, int timeoutMs, QObject *context,
    std::function<void(std::optional<Credential>, QString error)> done)
{
    const QString who = u"exec plugin " + config.command;
    if (config.interactiveMode == u"Always") {
        done(std::nullopt,
            who
                + u" needs an interactive terminal (interactiveMode: Always); "
                  u"run a kubectl command in a terminal once, then refresh");
        return;
    }
    QJsonObject spec { { QStringLiteral("interactive"), false } };
    if (config.provideClusterInfo) {
        QJsonObject info { { QStringLiteral("server"), cluster.url },
            { QStringLiteral("insecure-skip-tls-verify"), cluster.skipTlsVerify } };
        if (!cluster.caPem.isEmpty())
            info.insert(QStringLiteral("certificate-authority-data"), QString::fromLatin1(cluster.caPem.toBase64()));
        if (!cluster.tlsServerName.isEmpty())
            info.insert(QStringLiteral("tls-server-name"), cluster.tlsServerName);
        spec.insert(QStringLiteral("cluster"), info);
    }
    const QJsonObject execInfo { { QStringLiteral("apiVersion"), config.apiVersion },
        { QStringLiteral("kind"), QStringLiteral("ExecCredential") }, { QStringLiteral("spec"), spec } };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : config.env)
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
        QString::fromUtf8(QJsonDocument(execInfo).toJson(QJsonDocument::Compact)));

    auto *process = new QProcess(context);
    process->setProcessEnvironment(env);
    process->setProgram(config.command);
    process->setArguments(config.args);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto finish = std::make_shared<std::function<void(std::optional<Credential>, QString)>>(std::move(done));
    auto complete = [process, finish](std::optional<Credential> credential, const QString &error) {
        if (!*finish)
            return;
        auto callback = std::exchange(*finish, nullptr);
        process->disconnect();
        process->deleteLater();
        callback(std::move(credential), error);
    };
    QObject::connect(timer, &QTimer::timeout, process, [process, complete, who, timeoutMs] {
        process->kill();
        complete(std::nullopt, who + u" did not finish within " + QString::number(timeoutMs / 1000.0) + u" s");
    });
    QObject::connect(
        process, &QProcess::errorOccurred, process, [process, complete, who, config](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            QString message = who + u" could not be started: " + process->errorString();
            if (!config.installHint.isEmpty())
                message += u"\n" + config.installHint;
            complete(std::nullopt, message);
        });
    QObject::connect(
        process, &QProcess::finished, process, [process, complete, who, config](int code, QProcess::ExitStatus status) {
            if (status != QProcess::NormalExit || code != 0) {
                const QString stderrText = QString::fromUtf8(process->readAllStandardError()).trimmed();
                complete(std::nullopt,
                    who + u" failed with exit code " + QString::number(code)
                        + (stderrText.isEmpty() ? QString() : u": " + stderrText));
                return;
            }
            QString error;
            auto credential = parseExecCredential(process->readAllStandardOutput(), config.apiVersion, &error);
            complete(credential, credential ? QString() : who + u": " + error);
        });
    timer->start(timeoutMs);
    process->start();
    process->closeWriteChannel(); // no stdin: we are never interactive
}

} // namespace k8s
