// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "sync/syncconfig.h"

#include <optional>

namespace portolan::sync {

/// Tokens the user typed in, kept in the system keychain (Secret Service through QtKeychain), never in files
/// or logs. Tokens from config or the environment are used as given and never stored here.
class TokenStore
{
public:
    /// Entries are keyed `<keyPrefix><host>` within `service`.
    explicit TokenStore(QString service = QStringLiteral("portolan"), QString keyPrefix = QStringLiteral("git-token:"));

    /// Returns an empty string or why the keychain refused.
    [[nodiscard]] QString store(const QString &host, const QString &token);
    [[nodiscard]] std::optional<QString> token(const QString &host, QString *error = nullptr);
    [[nodiscard]] QString remove(const QString &host);

    /// Passphrases of SSH private keys, keyed `ssh-passphrase:<absolute key path>` (paths keep their case).
    [[nodiscard]] QString storeSshPassphrase(const QString &keyFile, const QString &passphrase);
    [[nodiscard]] std::optional<QString> sshPassphrase(const QString &keyFile, QString *error = nullptr);
    [[nodiscard]] QString removeSshPassphrase(const QString &keyFile);

    /// A session bus is needed to talk to the keychain; without one, lookups are skipped quietly.
    [[nodiscard]] static bool available();

    /// Adds keychain tokens for HTTPS repositories and Backstage instances whose host has no token in the config, and the passphrases of
    /// passphrase-protected SSH keys (repository keys and portolan.ssh.privateKey).
    void fillPlan(SyncPlan &plan);

private:
    [[nodiscard]] QString keyFor(const QString &host) const { return m_keyPrefix + host.toLower(); }
    [[nodiscard]] static QString passphraseKey(const QString &keyFile);
    [[nodiscard]] std::optional<QString> read(const QString &key, QString *error);
    [[nodiscard]] QString write(const QString &key, const QString &secret);
    [[nodiscard]] QString erase(const QString &key);

    QString m_service;
    QString m_keyPrefix;
};

} // namespace portolan::sync
