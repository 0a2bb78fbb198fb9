// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

/// Certificates made at test time with the openssl CLI: a cluster CA, a server certificate for 127.0.0.1,
/// a client certificate it signed, a second server certificate only valid for a DNS name (tls-server-name),
/// and an unrelated CA that must not be trusted.
class TestPki
{
public:
    /// Empty on success, else what failed.
    QString generate();

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }
    [[nodiscard]] QByteArray pem(const QString &name) const;
    [[nodiscard]] QList<QSslCertificate> certs(const QString &name) const;
    [[nodiscard]] QSslKey key(const QString &name, QSsl::KeyAlgorithm algorithm) const;

private:
    QString openssl(const QStringList &args);
    QTemporaryDir m_dir;
};
