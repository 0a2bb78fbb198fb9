// SPDX-License-Identifier: Apache-2.0
#include "sync/credentials.h"

#include "sync/sshkey.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace portolan::sync {

namespace {

// QtKeychain jobs are asynchronous; the callers here are short, so wait for each in a local loop.
QString runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError ? QString() : job.errorString();
}

} // namespace

TokenStore::TokenStore(QString service, QString keyPrefix)
    : m_service(std::move(service))
    , m_keyPrefix(std::move(keyPrefix))
{
}

bool TokenStore::available()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

QString TokenStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    return runJob(job);
}

QString TokenStore::erase(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    return runJob(job);
}

QString TokenStore::store(const QString &host, const QString &token)
{
    return write(keyFor(host), token);
}

std::optional<QString> TokenStore::read(const QString &key, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    const QString problem = runJob(job);
    if (!problem.isEmpty()) {
        if (error && job.error() != QKeychain::EntryNotFound)
            *error = problem;
        return std::nullopt;
    }
    return job.textData();
}

std::optional<QString> TokenStore::token(const QString &host, QString *error)
{
    return read(keyFor(host), error);
}

QString TokenStore::passphraseKey(const QString &keyFile)
{
    return QStringLiteral("ssh-passphrase:") + QFileInfo(keyFile).absoluteFilePath();
}

QString TokenStore::storeSshPassphrase(const QString &keyFile, const QString &passphrase)
{
    return write(passphraseKey(keyFile), passphrase);
}

std::optional<QString> TokenStore::sshPassphrase(const QString &keyFile, QString *error)
{
    return read(passphraseKey(keyFile), error);
}

QString TokenStore::removeSshPassphrase(const QString &keyFile)
{
    return erase(passphraseKey(keyFile));
}

QString TokenStore::remove(const QString &host)
{
    return erase(keyFor(host));
}

void TokenStore::fillPlan(SyncPlan &plan)
{
    if (!available())
        return;
    QSet<QString> asked;
    for (const auto &repo : std::as_const(plan.repositories)) {
        const QUrl url(repo.url);
        if (url.scheme() != u"https" && url.scheme() != u"http")
            continue;
        const QString host = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        bool known = asked.contains(host);
        for (const auto &c : std::as_const(plan.credentials))
            known = known || (c.host.compare(host, Qt::CaseInsensitive) == 0 && !c.token.isEmpty());
        asked.insert(host);
        if (known)
            continue;
        if (const auto token = this->token(host))
            plan.credentials.append({host, QStringLiteral("generic"), {}, *token});
    }
    // Backstage instances without a token in the config: the one `portolan repo token HOST` stored for their host.
    for (auto &instance : plan.backstages) {
        const QUrl url(instance.baseUrl);
        if (!instance.token.isEmpty() || url.host().isEmpty())
            continue;
        const QString host = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
        if (const auto token = this->token(host))
            instance.token = *token;
    }
    // Only keys that need one are looked up: each lookup may make the keychain ask the user to unlock.
    QHash<QString, QString> passphrases;
    const auto passphraseFor = [&](const QString &keyFile) -> QString {
        if (keyFile.isEmpty() || !inspectSshKey(keyFile).encrypted)
            return {};
        if (!passphrases.contains(keyFile))
            passphrases.insert(keyFile, sshPassphrase(keyFile).value_or(QString()));
        return passphrases.value(keyFile);
    };
    for (auto &repo : plan.repositories) {
        if (repo.sshPassphrase.isEmpty())
            repo.sshPassphrase = passphraseFor(repo.sshKey);
    }
    if (plan.ssh.passphrase.isEmpty())
        plan.ssh.passphrase = passphraseFor(plan.ssh.privateKey);
}

} // namespace portolan::sync
